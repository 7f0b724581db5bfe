"""`factscope check [--repair]`: validate the corpus DB; optionally put a good one back.

Checks: the file loads, its schema version, every claim's offsets inside its
article body with ``body[start:end] == text``, every xref pointing at claims
that exist. ``--repair`` restores the newest backup that passes the same
checks, or else rebuilds from the corpus (keeping the articles users added,
when the damaged file still yields them); the damaged file is always kept aside.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import click

from corpus.display import counted
from corpus.errors import FactscopeError

SHOWN_PROBLEMS = 20


@dataclass
class Diagnosis:
    path: Path
    problems: list[str] = field(default_factory=list)
    db: object | None = None  # the CorpusDB when the file loads
    newer: bool = False  # written by a newer factscope: not ours to repair

    @property
    def ok(self) -> bool:
        return not self.problems


def diagnose(path: Path) -> Diagnosis:
    """Open ``path`` read-only and list everything wrong with it (nothing is changed)."""
    from store.corpus_db import CorpusDB
    from store.corpus_index import SCHEMA_VERSION
    from store.errors import SchemaMismatch
    from tui.cli.integrity import corpus_problems, schema_problems

    if not path.exists():
        return Diagnosis(path, ["no corpus DB at this path (one is built on first use)"])
    try:
        db = CorpusDB.open(path, readonly=True)
    except SchemaMismatch as exc:
        newer = isinstance(exc.found, int) and exc.found > exc.expected
        return Diagnosis(path, [str(exc)], newer=newer)
    except FactscopeError as exc:
        return Diagnosis(path, [str(exc)])
    return Diagnosis(path, schema_problems(db.meta, SCHEMA_VERSION) + corpus_problems(db), db)


def report(diagnosis: Diagnosis) -> None:
    from corpus.display import one_line

    if diagnosis.ok:
        db = diagnosis.db
        click.echo(
            f"{diagnosis.path}: ok — {counted(len(db.articles()), 'article')}, {counted(len(db.claims()), 'claim')}, "
            f"{counted(len(db.xrefs()), 'link')}, schema {db.meta.get('schema_version')}"
        )
        stale = staleness(db)
        if stale:
            click.echo(f"note: {stale}; it is rebuilt on next use (or run `factscope build`)")
        return
    click.echo(f"{diagnosis.path}: {counted(len(diagnosis.problems), 'problem')}")
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


def restore_good_backup(path: Path) -> str | None:
    """Restore the newest backup that passes every check; what was done, or None."""
    from store.backup import list_backups, restore_backup

    for backup in list_backups(path):
        if backup.loads and diagnose(backup.path).ok:
            restored = restore_backup(path, backup.path)
            kept = f"; the damaged file is kept at {restored.set_aside}" if restored.set_aside else ""
            return f"restored {path} from {backup.path.name}{kept}"
    return None


def set_aside(path: Path) -> Path:
    from store.backup import set_aside_path

    aside = set_aside_path(path, "damaged")
    try:
        os.rename(path, aside)
    except OSError as exc:
        reason = exc.strerror or exc
        raise FactscopeError(f"{path}: cannot set the damaged file aside ({reason}); nothing was changed") from None
    return aside


def rebuild(path: Path, damaged: Diagnosis) -> str:
    """Rebuild from the corpus, salvaging added articles from the damaged DB if it loads."""
    from store.build import add_articles, build_corpus_db
    from store.lock import write_lock
    from tui.cli.progress import progress_reporter

    salvaged, bundled_based = [], True
    if damaged.db is not None:
        salvaged = [a for a in damaged.db.articles() if not a.bundled]
        bundled_based = damaged.db.meta.get("includes_bundled", True)
    with write_lock(path, 600.0):
        aside = set_aside(path) if path.exists() else None
        with progress_reporter() as progress:
            if bundled_based:
                db = build_corpus_db(path, progress=progress, keep_added=False)
                if salvaged:
                    add_articles(db, salvaged)
            else:
                build_corpus_db(path, salvaged, progress=progress, keep_added=False)
    kept = f"; the damaged file is kept at {aside}" if aside else ""
    source = "the bundled corpus" if bundled_based else "its own articles"
    extra = f" plus {counted(len(salvaged), 'added article')} recovered from it" if salvaged and bundled_based else ""
    return f"rebuilt {path} from {source}{extra}{kept}"


@click.command("check", short_help="Validate the corpus DB; --repair restores it.")
@click.option("--repair", is_flag=True, help="Restore the last good backup, or rebuild; the damaged file is kept aside.")
@click.pass_context
def check(ctx: click.Context, repair: bool) -> None:
    """Validate the corpus DB: schema, claim offsets, cross-references.

    Exit status 0 when the DB is sound (or was repaired), 1 otherwise.
    """
    from store import paths
    from store.storage import readonly_reason
    from tui.cli.db import db_path_option

    path = Path(db_path_option() or paths.default_corpus_db_path())
    diagnosis = diagnose(path)
    report(diagnosis)
    if diagnosis.ok or not repair:
        if not diagnosis.ok:
            click.echo("run `factscope check --repair` to restore the last good backup or rebuild", err=True)
        ctx.exit(0 if diagnosis.ok else 1)
    if diagnosis.newer:
        raise FactscopeError(f"{path}: written by a newer factscope; upgrade instead of repairing (nothing was changed)")
    reason = readonly_reason(path)
    if reason is not None:
        raise FactscopeError(f"{path}: cannot repair, {reason}; nothing was changed")
    done = restore_good_backup(path) if path.exists() else None
    click.echo(done or rebuild(path, diagnosis))
    after = diagnose(path)
    report(after)
    ctx.exit(0 if after.ok else 1)
