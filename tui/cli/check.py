"""`factscope check [--repair]`: validate the corpus DB and the user DB; optionally repair them.

Checks: the file loads, its documents have the shapes factscope writes, its
schema version, every claim's offsets inside its article body with
``body[start:end] == text``, every xref pointing at claims that exist; the
user DB (bookmarks, notes) loads.

``--repair`` is one locked, atomic step per DB. It takes the DB's write lock
on the real file (the same lock ``add`` and ``build`` take, through a
symlink too), diagnoses again under it (another process may have fixed it
meanwhile), then chooses a backup by its content (the bytes checked are the
bytes written), or else rebuilds from the corpus plus every article users
added that the damaged file or any backup still holds, in memory; the
damaged file is kept aside by a hard link and the DB replaced in one atomic
write. A crash at any moment leaves the damaged file in place or the repaired
one, never a DB without the user's articles. Success is reported only after
the replace.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

from corpus.display import counted
from corpus.errors import FactscopeError
from corpus.sanitize import escape_unsafe

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB

SHOWN_PROBLEMS = 20


@dataclass
class Diagnosis:
    path: Path
    problems: list[str] = field(default_factory=list)
    db: CorpusDB | None = None  # the CorpusDB when the file loads
    newer: bool = False  # written by a newer factscope: not ours to repair
    # unreadable or unsound, as every command refuses it (exit 3); not a missing DB, nor an older
    # schema (both built anew on use), nor a newer one
    corrupt: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def diagnose_bytes(path: Path, raw: bytes) -> Diagnosis:
    """Everything wrong with ``raw`` as the corpus DB at ``path`` (nothing is read or changed)."""
    from store.atomic import parse_tables
    from store.corpus_db import CorpusDB, check_schema, load_index
    from store.corpus_index import READABLE_SCHEMAS, SCHEMA_VERSION, paused_gc
    from store.errors import SchemaMismatch
    from store.storage import AtomicJSONStorage
    from tui.cli.integrity import corpus_problems, schema_problems

    try:
        data = parse_tables(path, raw)
        check_schema(path, data)
        with paused_gc():
            index = load_index(path, data)
    except SchemaMismatch as exc:
        newer = isinstance(exc.found, int) and exc.found > exc.expected
        return Diagnosis(path, [str(exc)], newer=newer)
    except FactscopeError as exc:
        return Diagnosis(path, [str(exc)], corrupt=is_corrupt(exc))
    db = CorpusDB(AtomicJSONStorage(path, readonly=True), index, None)
    expected = None if db.meta.get("schema_version") in READABLE_SCHEMAS else SCHEMA_VERSION
    problems = schema_problems(db.meta, expected) + corpus_problems(db)
    return Diagnosis(path, problems, db, corrupt=bool(problems))


def is_corrupt(error: FactscopeError) -> bool:
    """Whether ``error`` says the DB is corrupt (what every command exits 3 on)."""
    from store.errors import CorruptDatabase

    return isinstance(error, CorruptDatabase)


def diagnose(path: Path) -> Diagnosis:
    """Read ``path`` and list everything wrong with it (nothing is changed)."""
    from store.atomic import read_regular

    try:
        raw, _stamp = read_regular(path)
    except FileNotFoundError:
        return Diagnosis(path, ["no corpus DB at this path (one is built on first use)"])
    except FactscopeError as exc:
        return Diagnosis(path, [str(exc)], corrupt=is_corrupt(exc))
    return diagnose_bytes(path, raw)


def shown(path: Path) -> str:
    """A path as printed: control characters and bidi controls spelled out."""
    return escape_unsafe(str(path))


def report(diagnosis: Diagnosis) -> None:
    from corpus.display import one_line

    if diagnosis.ok:
        db = diagnosis.db
        assert db is not None  # no problems means the file loaded
        click.echo(
            f"{shown(diagnosis.path)}: ok — {counted(len(db.articles()), 'article')}, "
            f"{counted(len(db.claims()), 'claim')}, {counted(len(db.xrefs()), 'link')}, "
            f"schema {db.meta.get('schema_version')}"
        )
        stale = staleness(db)
        if stale:
            click.echo(f"note: {stale}; it is rebuilt on next use (or run `factscope build`)")
        return
    click.echo(f"{shown(diagnosis.path)}: {counted(len(diagnosis.problems), 'problem')}")
    for problem in diagnosis.problems[:SHOWN_PROBLEMS]:
        click.echo(f"  - {one_line(problem, 300)}")
    if len(diagnosis.problems) > SHOWN_PROBLEMS:
        click.echo(f"  … and {len(diagnosis.problems) - SHOWN_PROBLEMS} more")


def staleness(db) -> str | None:
    """Why the DB would be rebuilt on next use (older corpus or pipeline), if it would."""
    from store.build import corpus_fingerprint, pipeline_version, stale_reason

    try:
        version = pipeline_version()
        return stale_reason(db.meta, corpus_fingerprint(version), version)
    except FactscopeError:  # no pipeline to compare with: nothing to say
        return None


# -- repairing the corpus DB ---------------------------------------------------------------
def _sound(path: Path, payload: bytes) -> bool:
    return diagnose_bytes(path, payload).ok


def salvage_added_articles(real: Path, damaged: bytes | None) -> tuple[list, bool]:
    """The articles users added that the damaged file or any backup still holds, and
    whether the DB included the bundled corpus (as the newest readable file says)."""
    from corpus.model import Article
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
            data = parse_tables(real, raw)
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


def _rebuilt_payload(real: Path, damaged: bytes | None) -> tuple[bytes, str]:
    import orjson

    from corpus.loader import bundled_articles
    from store.build import fresh_index
    from tui.cli.output import warn
    from tui.cli.progress import progress_reporter

    salvaged, includes_bundled = salvage_added_articles(real, damaged)
    articles = (bundled_articles() if includes_bundled else []) + salvaged
    unique = list({a.id: a for a in articles}.values())
    with progress_reporter() as progress:
        index, notices = fresh_index(real, unique, includes_bundled=includes_bundled, progress=progress)
    for notice in notices:
        warn(f"note: {notice}")
    source = "the bundled corpus" if includes_bundled else "its own articles"
    extra = f" plus {counted(len(salvaged), 'added article')} recovered" if salvaged and includes_bundled else ""
    return orjson.dumps(index.tables()), f"rebuilt {{path}} from {source}{extra}"


def _with_added_articles(real: Path, payload: bytes, damaged: bytes | None) -> tuple[bytes, int]:
    """The backup ``payload`` plus the articles users added that it lacks (added after it
    was taken, still in the damaged file or a newer backup), linked in; and how many.

    A backup alone would silently drop them: an article someone added to a DB that
    was already unsound is acknowledged, and must survive its repair."""
    import orjson

    from store.atomic import parse_tables
    from store.corpus_db import load_index
    from store.corpus_index import paused_gc
    from store.corpus_merge import merge_delta

    with paused_gc():
        index = load_index(real, parse_tables(real, payload))
    salvaged, _includes_bundled = salvage_added_articles(real, damaged)
    missing = [a for a in salvaged if a.id not in index.articles]
    if not missing:
        return payload, 0
    from store.build import pipeline_module

    delta = pipeline_module().extend(index.extraction(), missing)
    with paused_gc():
        result, merged = merge_delta(real, index, delta)
    if merged is None:
        return payload, 0
    return orjson.dumps(merged.tables()), len(result.articles)


def repair_corpus_db(path: Path) -> tuple[str, bool]:
    """Repair the corpus DB at ``path`` in one locked, atomic step; (what was done, changed)."""
    from store.atomic import read_regular, remove_orphan_temps
    from store.backup import good_backup, replace_keeping_aside
    from store.lock import BATCH_TIMEOUT, write_lock
    from store.storage import readonly_reason
    from tui.cli.output import warn

    real = Path(os.path.realpath(path))  # lock and replace the real file, as every writer does
    if os.path.lexists(real) and not real.is_file():
        kind = "a directory" if real.is_dir() else "not a regular file"
        raise FactscopeError(
            f"{shown(path)}: is {kind}, not a corpus DB; move it away and run again (nothing was changed)"
        )
    reason = readonly_reason(real)
    if reason is not None:
        raise FactscopeError(f"{shown(path)}: cannot repair, {reason}; nothing was changed")

    def waiting() -> None:
        warn(f"waiting for another factscope process writing {real.name} …")

    with write_lock(real, BATCH_TIMEOUT, waiting):
        remove_orphan_temps(real)
        try:
            damaged, _stamp = read_regular(real)
        except FileNotFoundError:
            damaged = None
        diagnosis = diagnose_bytes(real, damaged) if damaged is not None else Diagnosis(real, ["missing"])
        if diagnosis.ok:
            return f"{shown(path)}: sound now (another process wrote it meanwhile); nothing was changed", False
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
            payload, template = _rebuilt_payload(real, damaged)
            done = template.format(path=shown(path))
        aside = replace_keeping_aside(real, payload, "damaged")
    kept = f"; the damaged file is kept at {shown(aside)}" if aside is not None else ""
    return done + kept, True


# -- the user DB ---------------------------------------------------------------------------
def user_db_problem(path: Path) -> str | None:
    """Why the user DB at ``path`` does not load, or None (also when there is none yet)."""
    from store.user_db import UserDB

    if not os.path.lexists(path):
        return None
    try:
        UserDB.open(path, readonly=True)
    except FactscopeError as exc:
        return str(exc)
    return None


def repair_user_db(path: Path) -> tuple[str, bool]:
    """Restore the newest backup of the user DB that loads, under its lock; (what was done, sound)."""
    from store.backup import good_backup, replace_keeping_aside
    from store.lock import DEFAULT_TIMEOUT, write_lock
    from store.user_db import user_payload_loads

    real = Path(os.path.realpath(path))
    if os.path.lexists(real) and not real.is_file():
        raise FactscopeError(f"{shown(path)}: is not a regular file; move it away and run again (nothing was changed)")
    with write_lock(real, DEFAULT_TIMEOUT):
        if user_db_problem(real) is None:
            return f"{shown(path)}: sound now; nothing was changed", True
        found = good_backup(real, user_payload_loads)
        if found is None:
            return (
                f"{shown(path)}: no backup of it loads; left as it is (move it away to start again"
                " without bookmarks and notes)"
            ), False
        source, payload = found
        aside = replace_keeping_aside(real, payload, "damaged")
    kept = f"; the damaged file is kept at {shown(aside)}" if aside is not None else ""
    return f"restored {shown(path)} from {escape_unsafe(source.name)}{kept}", True


@click.command("check", short_help="Validate the corpus and user DBs; --repair restores them.")
@click.option(
    "--repair", is_flag=True, help="Restore the last good backup, or rebuild; the damaged file is kept aside."
)
@click.pass_context
def check(ctx: click.Context, repair: bool) -> None:
    """Validate the corpus DB (schema, claim offsets, cross-references) and the user DB.

    Exit status 0 when both are sound (or were repaired); 3 when the corpus DB is corrupt
    (as every command exits on it: ``--repair`` restores or rebuilds it); 1 otherwise.
    """
    from corpus.display import one_line
    from store import paths
    from store.errors import CorruptDatabase
    from tui.cli.db import db_path_option

    path = Path(db_path_option() or paths.default_corpus_db_path())
    user_path = paths.user_db_path()
    diagnosis = diagnose(path)
    report(diagnosis)
    user_problem = user_db_problem(user_path)
    if user_problem is not None:
        click.echo(f"{shown(user_path)}: 1 problem\n  - {one_line(user_problem, 300)}")
    if not repair:
        if not (diagnosis.ok and user_problem is None):
            click.echo("run `factscope check --repair` to restore the last good backup or rebuild", err=True)
        ctx.exit(0 if diagnosis.ok and user_problem is None else CorruptDatabase.exit_code if diagnosis.corrupt else 1)
    user_ok = True
    if user_problem is not None:
        message, user_ok = repair_user_db(user_path)
        click.echo(message)
    if diagnosis.ok:
        ctx.exit(0 if user_ok else 1)
    if diagnosis.newer:
        raise FactscopeError(
            f"{shown(path)}: written by a newer factscope; upgrade instead of repairing (nothing was changed)"
        )
    done, _changed = repair_corpus_db(path)
    click.echo(done)
    after = diagnose(path)
    report(after)
    ctx.exit(0 if after.ok and user_ok else 1)
