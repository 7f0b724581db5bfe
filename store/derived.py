"""The files derived from a corpus DB and kept beside it: claims, links, view columns, the search index.

Whoever writes the corpus DB (``build``, ``add``, the operator starting
``serve``) writes them too, so that the readers of a shared, read-only DB
never need to; a reader that still finds one missing builds it in memory.
Both are keyed by the DB version they were made from and memory-mapped when
read (``store/mapped.py``): a start maps them instead of reading every claim.
After an add (``CorpusDB.growth``) they are extended from the files of the
version added to, instead of being made again from every claim: the links,
the claims' documents, the view columns and the search index by a tail file (``store/tails.py``:
in proportion to what was added since the last fold).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store import tails
from store.claim_docs import FORMAT as CLAIMS_FORMAT
from store.claim_docs import ClaimDocs, claims_path
from store.errors import StoreError
from store.links import FORMAT as LINKS_FORMAT
from store.links import LinkColumns, links_path
from store.lock import DEFAULT_TIMEOUT, write_lock
from store.view_rows import FORMAT as VIEWS_FORMAT
from store.view_rows import ViewRows, views_path

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB, Growth


def write_derived_indexes(db: CorpusDB, behind: list[str] | None = None) -> list[str]:
    """Bring every derived file up to date with ``db``; one line for each that could not be written.
    With ``behind``, the kinds of file (``FOLDS``) whose tail fell due are named there instead of
    folded now (when their base is large: ``tails.BEHIND``), for ``store.fold`` to fold after."""
    growth, db.growth = db.growth, None
    if growth is not None and not db.readonly:
        extend_derived_indexes(db, growth, behind)
    path, version = Path(db.path), db.version_key()

    def current(file: Path, layout: int) -> bool:  # told from its meta: nothing mapped or read
        return version is not None and tails.is_current(file, f"{layout}:{version}")

    problems = []
    makers = (
        (links_path(path), LINKS_FORMAT, LinkColumns.from_db),
        (claims_path(path), CLAIMS_FORMAT, ClaimDocs.from_db),
        (views_path(path), VIEWS_FORMAT, ViewRows.from_db),
    )
    for file, layout, made_from in makers:
        if not current(file, layout):
            _made, reason = made_from(db)
            if reason is not None:
                problems.append(f"{file}: cannot be written ({reason})")
    try:
        from store.search import SearchIndex, persist
    except ImportError:  # the search engine is optional in a minimal install
        return problems
    if current(persist.cache_path(path), persist.FORMAT):
        return problems
    index = SearchIndex.from_db(db)
    return [*problems, index.not_saved] if index.not_saved else problems


def swap_lock(db_path: Path) -> contextlib.AbstractContextManager[None]:
    """The lock an add holds while it extends the derived files' tails, and a fold behind it
    while it puts a new base in place of a base and its tail (``<db>.derived.lock``)."""
    return write_lock(db_path.with_name(db_path.name + ".derived"), DEFAULT_TIMEOUT)


def extend_derived_indexes(db: CorpusDB, growth: Growth, behind: list[str] | None = None) -> None:
    """The derived files of ``growth.base`` extended by what the add stored, saved for ``db``'s
    version; a file missing or of another version is left for ``write_derived_indexes`` to make.
    ``behind``: as ``write_derived_indexes``'s."""
    version = db.version_key()
    if growth.base is None or version is None:
        return
    path = Path(db.path)
    due: list[Path] | None = None if behind is None else []
    try:
        with swap_lock(path):
            _extend(db, growth, path, version, due)
    except StoreError:  # the lock cannot be taken: the files are made again whole when read
        return
    if behind is not None and due:
        kinds = {file(path): kind for kind, (file, _load) in folds().items()}
        behind.extend(kinds[file] for file in due)


def folds() -> dict[str, tuple[Callable[[Path], Path], Callable[[Path, str], Any]]]:
    """The derived files kept as a base and a tail, by kind: where each is kept, how it is loaded."""
    found: dict[str, tuple[Callable[[Path], Path], Callable[[Path, str], Any]]] = {
        "links": (links_path, LinkColumns.load),
        "claims": (claims_path, ClaimDocs.load),
        "views": (views_path, ViewRows.load),
    }
    try:
        from store.search import persist
    except ImportError:
        return found
    return {**found, "search": (persist.cache_path, persist.load)}


def _extend(db: CorpusDB, growth: Growth, path: Path, version: str, behind: list[Path] | None) -> None:
    links_key = f"{LINKS_FORMAT}:{growth.base}", f"{LINKS_FORMAT}:{version}"
    # the tail names the links of the layers below it that the add took back (store/links.py)
    tails.extend(links_path(path), *links_key, LinkColumns.load, LinkColumns.of(growth.xrefs, growth.unlinked), behind)
    claims_key = f"{CLAIMS_FORMAT}:{growth.base}", f"{CLAIMS_FORMAT}:{version}"
    tails.extend(claims_path(path), *claims_key, ClaimDocs.load, ClaimDocs.of(growth.claims, path), behind)
    views_key = f"{VIEWS_FORMAT}:{growth.base}", f"{VIEWS_FORMAT}:{version}"
    articles = db.articles_by_id()  # the new claims' articles, looked up (store/article_map.py)
    tails.extend(views_path(path), *views_key, ViewRows.load, ViewRows.of(growth.claims, articles, path), behind)
    try:
        from store.search import SearchIndex, persist
    except ImportError:
        return
    cleared = _flags_lost(path, links_key[1], growth)
    if cleared is None:
        return  # the link columns were not extended: the index is made again
    search_key = f"{persist.FORMAT}:{growth.base}", f"{persist.FORMAT}:{version}"
    added = SearchIndex.of_added(growth.claims, growth.articles, growth.xrefs, db.entities(), cleared)
    tails.extend(persist.cache_path(path), *search_key, persist.load, added, behind)


def _flags_lost(path: Path, links_key: str, growth: Growth) -> dict[str, list[str]] | None:
    """Per search flag (is:conflict ...), the claims that lost it: a link the add took back was their
    last of its relation, told from the link columns of version ``links_key`` (just extended; None
    if they are not there)."""
    from store.search.fields import FLAG_RELATIONS

    lost: dict[str, list[str]] = {}
    links: LinkColumns | None = None
    for flag, relation in FLAG_RELATIONS.items():
        ends = sorted({end for x in growth.unlinked if x.relation == relation for end in (x.source, x.target)})
        if ends and links is None:
            links = tails.load(links_path(path), links_key, LinkColumns.load)
            if links is None:
                return None
        if ends and links is not None:
            lost[flag] = [end for end in ends if relation not in links.relations_of(end)]
    return lost
