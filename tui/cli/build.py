"""`factscope build [--corpus DIR]`: a full rebuild of the corpus DB, with progress.

By default it re-extracts the bundled articles plus every article the user
added earlier (their text is in the DB), so a rebuild never loses an add.
``--corpus DIR`` builds from the article files in DIR instead of the bundled
ones. The old DB is replaced in one atomic write, and only once the new
extraction is complete; a corrupt DB file is never overwritten.
"""

from __future__ import annotations

import time
from pathlib import Path

import click

from corpus.display import counted


def load_corpus_dir(directory: Path) -> list:
    """Every article file in ``directory``; warnings printed, a refused file stops the build."""
    from corpus.loader import load_dir
    from tui.cli.output import warn

    notices: list = []
    articles = load_dir(directory, warnings=notices)
    for notice in notices:
        warn(f"warning: {notice}")
    if not articles:
        from corpus.errors import FactscopeError

        raise FactscopeError(f"{directory}: no article files to build from")
    return articles


def write_derived(db, behind: list[str] | None = None) -> None:
    """Write the search index beside the DB now, so its readers (maybe read-only) never have to.
    ``behind``: the tails that fall due are named there, to be folded after (``store/fold.py``)."""
    from corpus.regex_cache import compiled_once
    from store.derived import write_derived_indexes
    from tui.cli.output import warn

    with compiled_once():  # the figures' roles compile theirs when first imported: their code cached
        problems = write_derived_indexes(db, behind)
    for problem in problems:
        warn(f"warning: {problem}")


def _derived_into(problems: list[str]):
    """``alongside`` for ``build_corpus_db``: the derived files, written while a forked process writes
    the link index; the lines about those not written go to ``problems`` (printed after the progress).
    The view columns, the largest (about 60%), are made in another forked process meanwhile, so that
    both cores stay busy once the link index is written; ``write_derived_indexes`` then finds them
    written (or makes whatever is missing, and says why it could not)."""
    from corpus.parallel import beside
    from store.claim_docs import ClaimDocs
    from store.derived import write_derived_indexes
    from store.links import LinkColumns
    from store.view_rows import ViewRows

    def write(db) -> None:
        with beside(lambda: _made(ViewRows.from_db, db), lambda: None):
            for made_from in (LinkColumns.from_db, ClaimDocs.from_db, _search_index):
                made_from(db)
        problems.extend(write_derived_indexes(db))

    return write


def _made(made_from, db) -> None:
    """A derived file written in a forked process, which prints nothing: one that could not be
    written is made again by ``write_derived_indexes`` in the build's process, which says why."""
    try:
        made_from(db)
    except Exception:  # reported by the retry in the build's process, not as a traceback here
        return


def _search_index(db) -> None:
    try:
        from store.search import SearchIndex
    except ImportError:  # the search engine is optional in a minimal install
        return
    SearchIndex.from_db(db)


@click.command("build", short_help="Rebuild the corpus DB from scratch, with progress.")
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Build from the article files in DIR instead of the bundled corpus.",
)
@click.option(
    "--drop-added",
    is_flag=True,
    help="Leave out the articles added earlier with `factscope add` (kept by default).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress output.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for extraction and linking (default: the cores); the output is the same.",
)
def build(corpus_dir: Path | None, drop_added: bool, quiet: bool, jobs: int | None) -> None:
    """Rebuild the corpus DB from scratch: claims, entities and cross-references."""
    import gc
    from functools import partial

    from corpus import parallel
    from corpus.gcpause import paused_gc
    from corpus.sanitize import escape_unsafe
    from store import link_index, paths
    from store.build import build_corpus_db
    from tui.cli.db import db_path_option
    from tui.cli.output import warn
    from tui.cli.progress import progress_reporter

    target = db_path_option() or paths.default_corpus_db_path()
    articles = load_corpus_dir(corpus_dir) if corpus_dir is not None else None
    began = time.perf_counter()
    # Storing, indexing the links and the search terms make millions of objects and no cycles: the cyclic
    # collector, which would rescan them all many times over, is paused (build of 2,000 articles: -8% CPU).
    # With more than one process, the derived files are written while another writes the link index.
    problems: list[str] = []
    alongside = _derived_into(problems) if (jobs or parallel.default_jobs()) > 1 else None
    # What the build made is frozen before the collector is on again (the process ends soon): its first
    # pass would otherwise scan every object the build made and still holds, freeing none of them.
    with paused_gc():
        try:
            with progress_reporter(quiet=quiet) as progress:
                db = build_corpus_db(
                    target,
                    articles,
                    progress=progress,
                    keep_added=not drop_added,
                    # the workers also encode their claims' link index rows: the parent only inserts them
                    extract=partial(parallel.extract, jobs=jobs, encode=link_index.encode),
                    alongside=alongside,
                )
            if alongside is None:
                write_derived(db)
        finally:
            gc.freeze()
    for problem in problems:
        warn(f"warning: {problem}")
    seconds = time.perf_counter() - began
    for notice in db.warnings:  # an article that reached a bound of corpus.limits
        warn(f"note: {notice}")
    stored = db.articles()
    kept = sum(1 for a in stored if not a.bundled) - (len(articles) if articles is not None else 0)
    rate = len(stored) / seconds if seconds > 0 else float("inf")
    kept_note = f" ({kept} added earlier, kept)" if kept > 0 else ""
    click.echo(
        f"built {escape_unsafe(str(db.path))}: {counted(len(stored), 'article')}{kept_note}, {counted(len(db.claims()), 'claim')}, "
        f"{counted(len(db.xrefs()), 'link')}, {counted(len(db.entities()), 'entity', 'entities')} in {seconds:.1f}s ({rate:.0f} articles/s)"
    )
