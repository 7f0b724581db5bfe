"""Repairing a corpus DB or a user DB (``factscope check --repair``): one locked, atomic step each.

Under the DB's write lock on the real file (the lock ``add`` and ``build`` take, through a
symlink too) the DB is diagnosed again (another process may have fixed it meanwhile); then a
backup is chosen by its content (the bytes checked are the bytes written), with the articles
users added since put back in, or else the DB is rebuilt from the corpus plus every added
article the damaged file or any backup still holds, in memory. The damaged file is kept aside
by a hard link and the DB replaced in one atomic write: a crash at any moment leaves the
damaged file in place or the repaired one, never a DB without the user's articles.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from corpus.display import counted
from corpus.errors import FactscopeError
from corpus.model import Article
from corpus.sanitize import escape_unsafe
from store.integrity import Diagnosis, diagnose_bytes, user_db_problem

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class Repaired:
    """What a repair did, in one line; whether it changed the file, and whether the DB is sound."""

    done: str
    changed: bool
    sound: bool = True
    notices: list[str] = field(default_factory=list)  # of a rebuild: articles cut at a bound


def shown(path: Path) -> str:
    """A path as printed: control characters and bidi controls spelled out."""
    return escape_unsafe(str(path))


def _sound(path: Path, payload: bytes) -> bool:
    return diagnose_bytes(path, payload).ok


def salvage_added_articles(real: Path, damaged: bytes | None) -> tuple[list[Article], bool]:
    """The articles users added that the damaged file or any backup still holds, and
    whether the DB included the bundled corpus (as the newest readable file says)."""
    from store import shards
    from store.atomic import parse_tables, read_regular
    from store.backup import list_backups
    from store.corpus_db import CORPUS_KIND
    from store.corpus_index import meta_doc, table_docs
    from store.validate import is_valid_article

    payloads = [damaged] if damaged is not None else []
    for backup in list_backups(real):
        try:
            payloads.append(read_regular(backup.path)[0])
        except (OSError, FactscopeError):
            continue
    found: dict[str, Article] = {}
    includes_bundled: bool | None = None
    for raw in payloads:
        try:
            data = shards.with_articles(real, parse_tables(real, raw))  # its article files kept too
        except FactscopeError:
            continue
        meta = meta_doc(data)
        if meta.get("kind", CORPUS_KIND) != CORPUS_KIND:
            continue
        if includes_bundled is None and meta:
            includes_bundled = meta.get("includes_bundled", True) is not False
        for doc in table_docs(data, "articles"):
            try:
                article = Article.from_dict(doc)
            except TypeError:
                continue
            if is_valid_article(article) and not article.bundled:
                found.setdefault(article.id, article)
    return list(found.values()), includes_bundled is not False


def _rebuilt_payload(real: Path, damaged: bytes | None, progress: Progress | None) -> tuple[bytes, str, list[str]]:
    """The DB made again from the corpus and the added articles salvaged: its bytes, what was
    done (``{path}`` to fill in) and the rebuild's notices."""
    import orjson

    from corpus.loader import bundled_articles
    from store.build import fresh_index

    salvaged, includes_bundled = salvage_added_articles(real, damaged)
    articles = (bundled_articles() if includes_bundled else []) + salvaged
    unique = list({a.id: a for a in articles}.values())
    index, notices = fresh_index(real, unique, includes_bundled=includes_bundled, progress=progress)
    source = "the bundled corpus" if includes_bundled else "its own articles"
    extra = f" plus {counted(len(salvaged), 'added article')} recovered" if salvaged and includes_bundled else ""
    return orjson.dumps(index.tables()), f"rebuilt {{path}} from {source}{extra}", notices


def _with_added_articles(real: Path, payload: bytes, damaged: bytes | None) -> tuple[bytes, int]:
    """The backup ``payload`` plus the articles users added that it lacks (added after it
    was taken, still in the damaged file or a newer backup), linked in; and how many.

    A backup alone would silently drop them: an article someone added to a DB that
    was already unsound is acknowledged, and must survive its repair."""
    import orjson

    from store.atomic import parse_tables
    from store.build import pipeline_module
    from store.corpus_db import load_index
    from store.corpus_index import paused_gc
    from store.corpus_merge import merge_delta

    with paused_gc():
        index = load_index(real, parse_tables(real, payload))
    salvaged, _includes_bundled = salvage_added_articles(real, damaged)
    missing = [a for a in salvaged if a.id not in index.articles]
    if not missing:
        return payload, 0
    delta = pipeline_module().extend(index.extraction(), missing)
    with paused_gc():
        result, merged = merge_delta(real, index, delta)
    if merged is None:
        return payload, 0
    return orjson.dumps(merged.tables()), len(result.articles)


def repair_corpus_db(
    path: Path, *, waiting: Callable[[str], None] | None = None, progress: Progress | None = None
) -> Repaired:
    """Repair the corpus DB at ``path`` in one locked, atomic step. ``waiting`` hears (one line)
    that another process holds the lock; ``progress`` follows a rebuild."""
    from store.atomic import read_regular, remove_orphan_temps
    from store.backup import good_backup, replace_keeping_aside
    from store.lock import BATCH_TIMEOUT, write_lock
    from store.storage import readonly_reason

    real = Path(os.path.realpath(path))  # lock and replace the real file, as every writer does
    if os.path.lexists(real) and not real.is_file():
        kind = "a directory" if real.is_dir() else "not a regular file"
        raise FactscopeError(
            f"{shown(path)}: is {kind}, not a corpus DB; move it away and run again (nothing was changed)"
        )
    reason = readonly_reason(real)
    if reason is not None:
        raise FactscopeError(f"{shown(path)}: cannot repair, {reason}; nothing was changed")

    def held() -> None:
        if waiting is not None:
            waiting(f"waiting for another factscope process writing {real.name} …")

    notices: list[str] = []
    with write_lock(real, BATCH_TIMEOUT, held):
        remove_orphan_temps(real)
        try:
            damaged, _stamp = read_regular(real)
        except FileNotFoundError:
            damaged = None
        diagnosis = diagnose_bytes(real, damaged) if damaged is not None else Diagnosis(real, ["missing"])
        if diagnosis.ok:
            return Repaired(
                f"{shown(path)}: sound now (another process wrote it meanwhile); nothing was changed", False
            )
        if diagnosis.newer:
            raise FactscopeError(
                f"{shown(path)}: written by a newer factscope; upgrade instead of repairing (nothing was changed)"
            )
        found = good_backup(real, _sound)
        if found is not None:
            source, payload = found
            payload, recovered = _with_added_articles(real, payload, damaged)
            extra = f" plus {counted(recovered, 'added article')} recovered" if recovered else ""
            done = f"restored {shown(path)} from {escape_unsafe(source.name)}{extra}"
        else:
            payload, template, notices = _rebuilt_payload(real, damaged, progress)
            done = template.format(path=shown(path))
        aside = replace_keeping_aside(real, payload, "damaged")
    kept = f"; the damaged file is kept at {shown(aside)}" if aside is not None else ""
    return Repaired(done + kept, True, notices=notices)


def repair_user_db(path: Path) -> Repaired:
    """Restore the newest backup of the user DB that loads, under its lock."""
    from store.backup import good_backup, replace_keeping_aside
    from store.lock import DEFAULT_TIMEOUT, write_lock
    from store.user_db import user_payload_loads

    real = Path(os.path.realpath(path))
    if os.path.lexists(real) and not real.is_file():
        raise FactscopeError(f"{shown(path)}: is not a regular file; move it away and run again (nothing was changed)")
    with write_lock(real, DEFAULT_TIMEOUT):
        if user_db_problem(real) is None:
            return Repaired(f"{shown(path)}: sound now; nothing was changed", False)
        found = good_backup(real, user_payload_loads)
        if found is None:
            return Repaired(
                f"{shown(path)}: no backup of it loads; left as it is (move it away to start again"
                " without bookmarks and notes)",
                False,
                sound=False,
            )
        source, payload = found
        aside = replace_keeping_aside(real, payload, "damaged")
    kept = f"; the damaged file is kept at {shown(aside)}" if aside is not None else ""
    return Repaired(f"restored {shown(path)} from {escape_unsafe(source.name)}{kept}", True)
