"""The files derived from a corpus DB and kept beside it (today: the search index).

Whoever writes the corpus DB (``build``, ``add``, the operator starting
``serve``) writes them too, so that the readers of a shared, read-only DB
never need to; a reader that still finds one missing builds it in memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB


def write_derived_indexes(db: CorpusDB) -> list[str]:
    """Bring every derived file up to date with ``db``; one line for each that could not be written."""
    try:
        from store.search import SearchIndex
    except ImportError:  # the search engine is optional in a minimal install
        return []
    index = SearchIndex.from_db(db)
    return [index.not_saved] if index.not_saved else []
