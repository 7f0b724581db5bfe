"""The files derived from a corpus DB and kept beside it: the search index and the links.

Whoever writes the corpus DB (``build``, ``add``, the operator starting
``serve``) writes them too, so that the readers of a shared, read-only DB
never need to; a reader that still finds one missing builds it in memory.
Both are keyed by the DB version they were made from and memory-mapped when
read (``store/mapped.py``): a start maps them instead of reading every claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.links import LinkColumns, links_path

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB


def write_derived_indexes(db: CorpusDB) -> list[str]:
    """Bring every derived file up to date with ``db``; one line for each that could not be written."""
    problems = []
    _links, reason = LinkColumns.from_db(db)
    if reason is not None:
        problems.append(f"{links_path(db.path)}: cannot be written ({reason})")
    try:
        from store.search import SearchIndex
    except ImportError:  # the search engine is optional in a minimal install
        return problems
    index = SearchIndex.from_db(db)
    return [*problems, index.not_saved] if index.not_saved else problems
