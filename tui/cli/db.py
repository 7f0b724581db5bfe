"""Open the corpus DB the global options point at, and label what it holds.

``--db PATH`` (or ``FACTSCOPE_DB``) picks a corpus DB; without it the default
DB in the user's data dir is used. Either way ``store.build.ensure_corpus_db``
builds it from the bundled corpus on first use, with progress on stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from corpus.display import source_name
from tui.cli.context import CliContext

if TYPE_CHECKING:
    from corpus.model import Article, Extraction
    from store.build import Progress
    from store.corpus_db import CorpusDB


def cli_context() -> CliContext:
    """The group's options; a bare ``CliContext`` when a command runs on its own."""
    ctx = click.get_current_context()
    obj = ctx.find_object(CliContext)
    return obj if obj is not None else CliContext(db_path=None, keymap=None)


def db_path_option(override: Path | None = None) -> Path | None:
    """The corpus DB path chosen on the command line (a subcommand's --db wins)."""
    return override if override is not None else cli_context().db_path


def open_corpus_db(override: Path | None = None, *, quiet: bool = False) -> CorpusDB:
    """The corpus DB to work on, built from the bundled corpus if it does not exist yet."""
    from store.build import ensure_corpus_db
    from tui.cli.output import warn
    from tui.cli.progress import progress_reporter

    with progress_reporter(quiet=quiet) as progress:
        return ensure_corpus_db(db_path_option(override), progress=progress, warn=warn, **as_build_rebuilds())


def as_build_rebuilds() -> dict[str, Any]:
    """How a command rebuilds a stale DB before its work: as `factscope build` does (on every core,
    the workers encoding their claims' link index rows), the user first told why it takes that long.
    The extraction pipeline is imported only if it rebuilds (a search of a current DB loads no rule)."""
    from tui.cli.output import warn

    def rebuilding(reason: str) -> None:
        warn(f"note: rebuilding the corpus DB first ({reason}): every article is extracted again")

    def extract(articles: list[Article], progress: Progress | None = None) -> Extraction:
        from corpus import parallel
        from store import link_index

        return parallel.extract(articles, progress, encode=link_index.encode)

    return {"extract": extract, "rebuilding": rebuilding}


def source_label(article: Article | None) -> str:
    """Who published it: the outlet, else the title, else the file name."""
    return "?" if article is None else source_name(article)
