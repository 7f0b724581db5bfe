"""`factscope check [--repair]`: validate the corpus DB and the user DB; optionally repair them.

What is checked and how a DB is repaired is the store's (``store.integrity``,
``store.repair``); this command reads the option, prints the problems found and what
was done, and exits 0 when both DBs are sound, 3 when the corpus DB is corrupt, else 1.
"""

from __future__ import annotations

from pathlib import Path

import click

from corpus.display import counted
from store.integrity import Diagnosis

SHOWN_PROBLEMS = 20


def report(diagnosis: Diagnosis) -> None:
    from corpus.display import one_line
    from store.integrity import staleness
    from store.repair import shown

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
    from corpus.errors import FactscopeError
    from store import paths
    from store.errors import CorruptDatabase
    from store.integrity import diagnose, user_db_problem
    from store.repair import repair_corpus_db, repair_user_db, shown
    from tui.cli.db import db_path_option
    from tui.cli.output import warn
    from tui.cli.progress import progress_reporter

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
        repaired_user = repair_user_db(user_path)
        click.echo(repaired_user.done)
        user_ok = repaired_user.sound
    if diagnosis.ok:
        ctx.exit(0 if user_ok else 1)
    if diagnosis.newer:
        raise FactscopeError(
            f"{shown(path)}: written by a newer factscope; upgrade instead of repairing (nothing was changed)"
        )
    with progress_reporter() as progress:  # draws only if the DB is rebuilt
        repaired = repair_corpus_db(path, waiting=warn, progress=progress)
    for notice in repaired.notices:
        warn(f"note: {notice}")
    click.echo(repaired.done)
    after = diagnose(path)
    report(after)
    ctx.exit(0 if after.ok and user_ok else 1)
