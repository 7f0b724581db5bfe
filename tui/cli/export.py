"""`factscope export`: the whole corpus as interchange JSON, CSV, a Markdown briefing
or schema.org ClaimReview JSON-LD, to stdout or to a file written atomically."""

from __future__ import annotations

import sys
from pathlib import Path

import click

FORMAT_NAMES = ("json", "csv", "md", "claimreview")


@click.command("export", short_help="Export as json, csv, md or claimreview.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMAT_NAMES),
    default="json",
    show_default=True,
    help="json: the documented interchange format (docs/export-format.md); csv: one row per claim; "
    "md: a readable briefing; claimreview: schema.org ClaimReview JSON-LD.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    default=None,
    help="Write to FILE instead of stdout ('-' is stdout). The file is written whole or not at all.",
)
@click.option("--force", is_flag=True, help="Replace FILE if it already exists (refused otherwise).")
def export(fmt: str, output: Path | None, force: bool) -> None:
    """Export the corpus: articles, claims and cross-references.

    \b
    Examples:
      factscope export --format md -o briefing.md
      factscope export --format csv > claims.csv
    """
    from store.export import export as render
    from tui.cli.db import open_corpus_db
    from tui.cli.files import write_atomically

    data = render(fmt, open_corpus_db())
    if output is None or str(output) == "-":
        stream = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
        if stream is None:  # a text-only stdout (embedding): decode our UTF-8
            click.echo(data.decode("utf-8"), nl=False)
        else:
            sys.stdout.flush()
            view = memoryview(data)
            while view:  # a big write can be partial (a reader closing the pipe): finish it or fail
                view = view[stream.write(view) :]
            stream.flush()
        return
    write_atomically(output, data, overwrite=force)
    from corpus.sanitize import escape_unsafe

    click.echo(f"wrote {escape_unsafe(str(output))} ({fmt}, {len(data):,} bytes)", err=True)
