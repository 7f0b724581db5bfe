"""`factscope search QUERY`: ranked claims from the same engine and filters as the browser.

On a terminal: a Rich table with the matched text highlighted. Piped: one claim
per line, tab-separated (id, date, source, speaker, links, text), no escape codes.
``--json``: a list of ``{"id", "article_id", "text", "speaker", "date", "score", "source"}``.
Exit status 0 with results, 1 with none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import click

from corpus.display import counted

if TYPE_CHECKING:
    from corpus.model import Article, Claim

QUERY_HELP = """Search claims for QUERY.

\b
QUERY is free text plus optional filters:
  speaker:NAME  source:NAME  kind:KIND  entity:NAME
  date:2024-10  date:>2024-06  date:<2025  date:2024-06..2024-12
  is:conflict  is:corroborated  is:hedged  is:bookmarked  -kind:forecast
Use quotes for values with spaces: source:"washington post".

\b
On a terminal: a table with the matches highlighted. Piped: one claim per
line, tab-separated: id, date, source, speaker, +corroborating/-conflicting
links, text. The date is the claim's own (≈ when estimated), else its
article's. Exit status 1 when nothing matches.

\b
Examples:
  factscope search "kursk casualties"
  factscope search 'speaker:shoigu workers' --json | jq '.[].text'
"""


@dataclass(slots=True)
class Result:
    """One ranked claim with what the output needs next to it."""

    claim: Claim
    article: Article | None
    score: float
    spans: list[tuple[int, int]]
    corroborating: int
    conflicting: int


def bookmarked_ids() -> list[str]:
    """The user's bookmarked claim ids, for ``is:bookmarked`` (none if the user DB is unreadable)."""
    from corpus.errors import FactscopeError
    from store.user_db import UserDB
    from tui.cli.output import warn

    try:
        return [mark.claim_id for mark in UserDB.open(readonly=True).bookmarks()]
    except FactscopeError as exc:
        warn(f"is:bookmarked matches nothing: {exc}")
        return []


def run_search(db, query: str, limit: int) -> list[Result]:
    """Search ``db`` (a CorpusDB) with the shared engine; ``limit`` results at most.

    What the engine left out of the query (a half-typed filter, ...) is said on stderr.
    """
    from store.search import SearchIndex, parse_query
    from tui.cli.output import warn

    index = SearchIndex.from_db(db)
    if index.not_saved:
        warn(f"note: {index.not_saved}")
    if "is:bookmarked" in query.casefold():
        index.add_flag("bookmarked", bookmarked_ids())
    parsed = parse_query(query)
    for problem in parsed.problems:
        warn(f"note: {problem}")
    results = []
    for hit in index.search(parsed, limit=limit):
        claim = db.claim(hit.claim_id)
        if claim is None:
            continue
        relations = [x.relation for x in db.xrefs_for_claim(claim.id)]
        results.append(
            Result(
                claim=claim,
                article=db.article(claim.article_id),
                score=float(hit.score),
                spans=[(int(s), int(e)) for s, e in hit.spans],
                corroborating=relations.count("corroborates"),
                conflicting=relations.count("conflicts"),
            )
        )
    return results


def result_date(result: Result) -> str:
    """The claim's own date, else its article's publication date (``≈`` when estimated)."""
    from corpus.display import date_label

    claim, article = result.claim, result.article
    if claim.date:
        return date_label(claim.date, claim.date_estimated)
    if article is not None:
        return date_label(article.published, article.published_estimated)
    return ""


def as_json(result: Result) -> dict:
    from tui.cli.db import source_label

    claim = result.claim
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "text": claim.text,
        "speaker": claim.speaker,
        "date": claim.date,
        "score": round(result.score, 4),
        "source": source_label(result.article),
    }


def plain_line(result: Result) -> str:
    """One tab-separated line: id, date, source, speaker, +corroborating/-conflicting, text."""
    from tui.cli.db import source_label
    from corpus.display import one_line

    claim = result.claim
    links = f"+{result.corroborating}/-{result.conflicting}"
    cells = [claim.id, result_date(result), source_label(result.article), claim.speaker or "", links, claim.text]
    return "\t".join(one_line(cell) for cell in cells)


def highlighted(result: Result):
    """The claim text as a Rich ``Text`` (never markup) with the matched spans styled."""
    from rich.text import Text

    from tui.cli.output import clean

    raw = result.claim.text
    text = Text(clean(raw))
    if text.plain == raw:  # offsets only hold if render-time sanitising changed nothing
        for start, end in result.spans:
            if 0 <= start < end <= len(raw):
                text.stylize("bold reverse", start, end)
    return text


def results_table(results: list[Result], query: str):
    from rich.table import Table
    from rich.text import Text

    from tui.cli.db import source_label
    from corpus.display import one_line

    table = Table(title=Text(f"{counted(len(results), 'claim')} for: {one_line(query, 60)}"), expand=True, show_lines=True)
    table.add_column("Claim", style="dim", no_wrap=True)
    table.add_column("Text", ratio=5)
    table.add_column("Source", ratio=1)
    table.add_column("Date", no_wrap=True)
    table.add_column("Speaker", ratio=1)
    table.add_column("Links", no_wrap=True, justify="right")
    for result in results:
        links = Text()
        links.append(f"+{result.corroborating}", style="green" if result.corroborating else "dim")
        links.append(" ")
        links.append(f"-{result.conflicting}", style="bold red" if result.conflicting else "dim")
        table.add_row(
            Text(result.claim.id),
            highlighted(result),
            Text(one_line(source_label(result.article))),
            Text(result_date(result)),
            Text(one_line(result.claim.speaker or "")),
            links,
        )
    return table


@click.command("search", help=QUERY_HELP, short_help="Search claims: free text plus filters.")
@click.argument("query")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=20, show_default=True, help="Show at most N claims.")
@click.option("--json", "as_json_output", is_flag=True, help="Print a JSON list instead of a table.")
@click.pass_context
def search(ctx: click.Context, query: str, limit: int, as_json_output: bool) -> None:
    from tui.cli.db import open_corpus_db
    from corpus.display import one_line
    from tui.cli.output import echo_json, is_terminal, make_console

    if not query.strip():
        raise click.BadParameter("is empty; give words to look for or a filter such as kind:denial", param_hint="QUERY")
    results = run_search(open_corpus_db(), query, limit)
    if as_json_output:
        echo_json([as_json(result) for result in results])
    elif not results:
        click.echo(f"No claims match {one_line(query, 80)!r}.", err=True)
    elif is_terminal():
        make_console(terminal=True).print(results_table(results, query))
    else:
        for result in results:
            click.echo(plain_line(result))
    ctx.exit(0 if results else 1)
