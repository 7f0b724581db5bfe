"""`factscope search QUERY`: ranked claims from the same engine and filters as the browser.

On a terminal: a table with the matched text highlighted. Piped: one claim
per line, tab-separated (id, date, source, speaker, links, text), no escape codes.
``--json``: a list of ``{"id", "article_id", "text", "speaker", "date", "date_estimated",
"date_of", "score", "source"}``; ``date`` is the plain output's (the claim's, else its
article's: ``date_of`` says which).
Exit status 0 with results, 1 with none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import click

from corpus.display import counted

if TYPE_CHECKING:
    from store.query.search import Found
    from tui.cli.terminal import Styled, Terminal

QUERY_HELP = """Search claims for QUERY.

\b
QUERY is free text plus optional filters:
  speaker:NAME  source:NAME  kind:KIND  entity:NAME
  date:2024-10  date:>2024-06  date:<2025  date:2024-06..2024-12
  is:conflict  is:corroborated  is:hedged  is:bookmarked  is:noted  -kind:forecast
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


def user_marks() -> dict[str, list[str]]:
    """The user's bookmarked and noted claim ids, for ``is:bookmarked``/``is:noted``; none if unreadable."""
    from corpus.errors import FactscopeError
    from store.user_db import UserDB
    from tui.cli.output import warn

    try:
        user = UserDB.open(readonly=True)
    except FactscopeError as exc:
        warn(f"is:bookmarked and is:noted match nothing: {exc}")
        return {}
    return {"bookmarked": [m.claim_id for m in user.bookmarks()], "noted": [m.claim_id for m in user.notes()]}


def run_search(db, query: str, limit: int) -> list[Found]:
    """Search ``db`` (a CorpusDB) as the browser does; ``limit`` results at most.

    What the grammar left out of the query (a half-typed filter, ...) is said on stderr.
    """
    from store.query.search import ClaimScan, ClaimSearch, found_claims
    from store.search import SearchIndex
    from tui.cli.output import warn

    index = SearchIndex.from_db(db)
    if index.not_saved:
        warn(f"note: {index.not_saved}")

    def scan() -> ClaimScan:  # never asked while the index is there: its imports (the views' answers) wait
        from store.query.queries import CorpusQueries

        return CorpusQueries(db).scan

    search = ClaimSearch(lambda: index, scan, user_marks)
    for problem in search.problems(query):
        warn(f"note: {problem}")
    return found_claims(db, search.search(query, limit=limit))


def result_date(result: Found) -> str:
    """The claim's own date, else its article's publication date (``≈`` when estimated)."""
    from corpus.display import date_label

    claim, article = result.claim, result.article
    if claim.date:
        return date_label(claim.date, claim.date_estimated)
    if article is not None:
        return date_label(article.published, article.published_estimated)
    return ""


def as_json(result: Found) -> dict:
    from tui.cli.db import source_label

    claim, article = result.claim, result.article
    # as the plain output: the claim's own date, else its article's ("date_of" says which)
    own = bool(claim.date)
    date = claim.date if own else (article.published if article is not None else None)
    return {
        "id": claim.id,
        "article_id": claim.article_id,
        "text": claim.text,
        "speaker": claim.speaker,
        "date": date,
        "date_estimated": bool(claim.date_estimated if own else article is not None and article.published_estimated),
        "date_of": ("claim" if own else "article") if date else None,
        "score": round(result.score, 4),
        "source": source_label(result.article),
    }


def plain_line(result: Found) -> str:
    """One tab-separated line: id, date, source, speaker, +corroborating/-conflicting, text."""
    from corpus.display import one_line
    from tui.cli.db import source_label

    claim = result.claim
    links = f"+{result.corroborating}/-{result.conflicting}"
    cells = [claim.id, result_date(result), source_label(result.article), claim.speaker or "", links, claim.text]
    return "\t".join(one_line(cell) for cell in cells)


def highlighted(result: Found) -> Styled:
    """The claim text (sanitised) with the matched spans styled."""
    from tui.cli.output import clean
    from tui.cli.terminal import Styled

    raw = result.claim.text
    text = Styled(clean(raw))
    if text.text == raw:  # offsets only hold if render-time sanitising changed nothing
        for start, end in result.spans:
            if 0 <= start < end <= len(raw):
                text.highlight(start, end, "bold reverse")
    return text


TABLE_MIN_WIDTH = 110  # narrower, the text column got ~12 cells and speakers broke mid-word ("Ministr|y")


def results_table(results: list[Found], query: str, terminal: Terminal) -> list[str]:
    """The terminal's table: a title, then a row per claim with its text wrapped in its column;
    on a terminal narrower than ``TABLE_MIN_WIDTH``, each claim as a block (``results_blocks``)."""
    from corpus.display import one_line
    from tui.cli.db import source_label
    from tui.cli.terminal import Column, Styled, paint, table_lines

    title = paint(f"{counted(len(results), 'claim')} for: {one_line(query, 60)}", "italic", terminal)
    if terminal.width is not None and terminal.width < TABLE_MIN_WIDTH:
        return [title, *results_blocks(results, terminal)]

    columns = (
        Column("Claim"),
        Column("Text", ratio=5),
        Column("Source", ratio=1, min_width=14),
        Column("Date"),
        Column("Speaker", ratio=1),
        Column("Links", right=True),
    )
    rows = []
    for result in results:
        links = links_cell(result)
        rows.append(
            (
                Styled().append(result.claim.id, "dim"),
                highlighted(result),
                Styled(one_line(source_label(result.article))),
                Styled(result_date(result) or "undated"),
                Styled(one_line(result.claim.speaker or "")),
                links,
            )
        )
    return [title, *table_lines(columns, rows, terminal)]


def links_cell(result: Found, links: Styled | None = None) -> Styled:
    """``+corroborating -conflicting``, appended to ``links`` (default: a new cell)."""
    from tui.cli.terminal import Styled

    links = Styled() if links is None else links
    links.append(f"+{result.corroborating}", "green" if result.corroborating else "dim")
    links.append(" ")
    links.append(f"-{result.conflicting}", "bold red" if result.conflicting else "dim")
    return links


def results_blocks(results: list[Found], terminal: Terminal) -> list[str]:
    """Each claim as a block for a narrow terminal: its id, links and date; its source and speaker;
    then its text, each wrapped at the terminal's width under its indent (a dim rule between)."""
    from corpus.display import one_line
    from tui.cli.db import source_label
    from tui.cli.terminal import Styled, indented, paint

    width = terminal.width or 80
    lines: list[str] = []
    for number, result in enumerate(results):
        if number:
            lines.append(paint("─" * width, "dim", terminal))
        head = links_cell(result, Styled().append(result.claim.id, "dim").append("  "))
        head.append(f"  {result_date(result) or 'undated'}")
        lines += head.lines(terminal, width)
        who = Styled().append(one_line(source_label(result.article)), "italic")
        if result.claim.speaker:
            who.append(f" · {one_line(result.claim.speaker)}")
        lines += indented(who, 2, terminal)
        lines += indented(highlighted(result), 4, terminal)
    return lines


NEGATED_FILTER = re.compile(r"^-[A-Za-z]+:")


class SearchCommand(click.Command):
    """``-kind:forecast`` is a negated filter, not options ``-k -i -n d:forecast``: such words
    are handed over as query words (after ``--``); ``--nope`` or ``-x`` are still bad options."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        end = args.index("--") if "--" in args else len(args)
        filters = [arg for arg in args[:end] if NEGATED_FILTER.match(arg)]
        if filters:
            rest = [arg for arg in args[:end] if not NEGATED_FILTER.match(arg)]
            args = [*rest, "--", *filters, *args[end + 1 :]]
        return super().parse_args(ctx, args)


@click.command("search", cls=SearchCommand, help=QUERY_HELP, short_help="Search claims: free text plus filters.")
@click.argument("query_words", metavar="QUERY", nargs=-1, required=True)
@click.option("--limit", "-n", type=click.IntRange(min=1), default=20, show_default=True, help="Show at most N claims.")
@click.option("--json", "as_json_output", is_flag=True, help="Print a JSON list instead of a table.")
@click.pass_context
def search(ctx: click.Context, query_words: tuple[str, ...], limit: int, as_json_output: bool) -> None:
    from corpus.display import one_line
    from tui.cli.db import open_corpus_db
    from tui.cli.output import echo_json
    from tui.cli.terminal import Terminal

    query = " ".join(query_words)
    if not query.strip():
        raise click.BadParameter("is empty; give words to look for or a filter such as kind:denial", param_hint="QUERY")
    results = run_search(open_corpus_db(), query, limit)
    if as_json_output:
        echo_json([as_json(result) for result in results])
    elif not results:
        click.echo(f"No claims match {one_line(query, 80)!r}.", err=True)
    elif (terminal := Terminal.of()).width is not None:
        click.echo("\n".join(results_table(results, query, terminal)))
    else:
        for result in results:
            click.echo(plain_line(result))
    ctx.exit(0 if results else 1)
