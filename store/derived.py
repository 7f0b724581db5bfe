"""The files derived from a corpus DB and kept beside it: claims, links, view columns, the search index.

Whoever writes the corpus DB (``build``, ``add``, the operator starting
``serve``) writes them too, so that the readers of a shared, read-only DB
never need to; a reader that still finds one missing builds it in memory.
Both are keyed by the DB version they were made from and memory-mapped when
read (``store/mapped.py``): a start maps them instead of reading every claim.
After an add (``CorpusDB.growth``) they are extended from the files of the
version added to, instead of being made again from every claim: the links,
the claims' documents and the view columns by a tail file (``store/tails.py``: in proportion to what
was added since the last fold), the search index by array copies.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from store import tails
from store.claim_docs import FORMAT as CLAIMS_FORMAT
from store.claim_docs import ClaimDocs, claims_path
from store.links import FORMAT as LINKS_FORMAT
from store.links import LinkColumns, links_path
from store.view_rows import FORMAT as VIEWS_FORMAT
from store.view_rows import ViewRows, views_path

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB, Growth


def write_derived_indexes(db: CorpusDB) -> list[str]:
    """Bring every derived file up to date with ``db``; one line for each that could not be written."""
    growth, db.growth = db.growth, None
    if growth is not None and not db.readonly:
        extend_derived_indexes(db, growth)
    problems = []
    _links, reason = LinkColumns.from_db(db)
    if reason is not None:
        problems.append(f"{links_path(db.path)}: cannot be written ({reason})")
    _docs, reason = ClaimDocs.from_db(db)
    if reason is not None:
        problems.append(f"{claims_path(db.path)}: cannot be written ({reason})")
    _rows, reason = ViewRows.from_db(db)
    if reason is not None:
        problems.append(f"{views_path(db.path)}: cannot be written ({reason})")
    try:
        from store.search import SearchIndex
    except ImportError:  # the search engine is optional in a minimal install
        return problems
    index = SearchIndex.from_db(db)
    return [*problems, index.not_saved] if index.not_saved else problems


def extend_derived_indexes(db: CorpusDB, growth: Growth) -> None:
    """The derived files of ``growth.base`` extended by what the add stored, saved for ``db``'s
    version; a file missing or of another version is left for ``write_derived_indexes`` to make."""
    version = db.version_key()
    if growth.base is None or version is None:
        return
    path = Path(db.path)
    links_key = f"{LINKS_FORMAT}:{growth.base}", f"{LINKS_FORMAT}:{version}"
    tails.extend(links_path(path), *links_key, LinkColumns.load, LinkColumns.of(growth.xrefs))
    claims_key = f"{CLAIMS_FORMAT}:{growth.base}", f"{CLAIMS_FORMAT}:{version}"
    tails.extend(claims_path(path), *claims_key, ClaimDocs.load, ClaimDocs.of(growth.claims, path))
    views_key = f"{VIEWS_FORMAT}:{growth.base}", f"{VIEWS_FORMAT}:{version}"
    articles = {a.id: a for a in db.articles()}
    tails.extend(views_path(path), *views_key, ViewRows.load, ViewRows.of(growth.claims, articles, path))
    try:
        from store.search import persist
    except ImportError:
        return
    index = persist.load(persist.cache_path(path), f"{persist.FORMAT}:{growth.base}")
    if index is not None:
        grown = index.extended(growth.claims, db.articles(), growth.xrefs, db.entities())
        persist.save(grown, persist.cache_path(path), f"{persist.FORMAT}:{version}")
