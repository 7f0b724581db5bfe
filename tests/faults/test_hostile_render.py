"""Random hostile text through ingest -> store -> every renderer (Rich Text, Textual
Content, the app's sources/claims/detail prompts, the CLI's show and search, drawn without Rich): nothing from the
article acts on the terminal, nothing is read as markup, and what is shown is
exactly the sanitised text.

Each renderer draws twice: on a terminal console without colour, where the
output must hold no escape or control character at all, and in truecolor,
where the only escapes allowed are SGR colour codes and removing them must
give the colourless output back (so no article byte rides along with them).
"""

from __future__ import annotations

import io
import re
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from corpus.article_errors import BinaryFile
from corpus.loader import read_article
from corpus.model import Claim, Extraction
from corpus.sanitize import sanitize_text
from store.corpus_db import CorpusDB

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # \n and \t aside
SGR = re.compile(r"\x1b\[[0-9;]*m")
PREFIX = "Headline "  # keeps hypothesis' text from being read as front matter or an HTML page

_PIECES = st.sampled_from(
    [
        "[bold]", "[/]", "[/bold]", "[@click=app.quit]", "[link=http://x]", "[red on blue]", ":warning:",
        ":cross_mark:", "\\[", "]", "\x1b", "\x1b[", "\x1b]", "\x1bP", "\x1b_", "\x1b\\", "\x07", "\x9b",
        "\x9d", "\x9c", "52;c;cHduZWQ=", "0;TITLE", "2J", "31m", "?1049h", "\r", "\r\n", "\n", "\t", "\x08",
        "\x7f", "\x85", "\u202e", "\u2067", "\u200b", "\u200d", "\ufeff", "\u00ad", "é", "👩\u200d👩", "&amp;",
    ]
)  # fmt: skip
HOSTILE = st.lists(
    st.one_of(_PIECES, st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=6)), max_size=30
).map("".join)


def squash(text: str) -> str:
    """The characters shown, ignoring where a renderer wrapped lines or expanded tabs."""
    return "".join(text.split())


def render(renderable, *, color: bool, width: int = 100) -> str:
    out = io.StringIO()
    from rich.console import Console

    console = Console(
        file=out, force_terminal=True, color_system="truecolor" if color else None,
        width=width, markup=False, emoji=False, highlight=False,
    )  # fmt: skip
    console.print(renderable)
    return out.getvalue()


def inert_output(renderable, width: int = 100) -> str:
    """The renderable's colourless output, after checking both outputs carry nothing foreign."""
    plain = render(renderable, color=False, width=width)
    assert "\x1b" not in plain and CONTROL.search(plain) is None, repr(plain)
    colored = render(renderable, color=True, width=width)
    assert CONTROL.search(SGR.sub("", colored)) is None, repr(colored)
    assert SGR.sub("", colored) == plain
    return plain


def inert_cli_output(draw, width: int | None = 100) -> str:
    """The CLI's lines (``draw(terminal)``) without colour, after checking that both forms carry
    nothing foreign: no escape or control character, and with colour only SGR codes."""
    from tui.cli.terminal import Terminal

    plain = "\n".join(draw(Terminal(width=width)))
    assert "\x1b" not in plain and CONTROL.search(plain) is None, repr(plain)
    colored = "\n".join(draw(Terminal(width=width, colour=True)))
    assert CONTROL.search(SGR.sub("", colored)) is None, repr(colored)
    assert SGR.sub("", colored) == plain
    return plain


def ingest_and_store(raw: str, workdir: Path):
    """Write ``raw`` to a file, load it, store it with one claim, read both back."""
    source = workdir / "hostile.txt"
    source.write_bytes((PREFIX + raw).encode("utf-8", "surrogatepass"))
    try:
        article = read_article(source).article
    except BinaryFile:
        assume(False)  # mostly control bytes: refused as binary, covered elsewhere
    claim = Claim(
        id="c" + article.id[1:], article_id=article.id, start=0, end=len(article.body),
        text=article.body, kind="statement", speaker=None, certainty="asserted",
    )  # fmt: skip
    db_path = workdir / "corpus.json"
    CorpusDB.open(db_path, create=True).replace_all(
        Extraction(articles=[article], claims=[claim]), None, pipeline_version="faults", includes_bundled=False
    )
    db = CorpusDB.open(db_path)
    return db, db.article(article.id), db.claim(claim.id)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(HOSTILE)
def test_hostile_text_is_inert_in_every_renderer(raw: str) -> None:
    from textual.content import Content

    from tui.cli.search import plain_line, results_table, run_search
    from tui.cli.show import claim_view

    with tempfile.TemporaryDirectory() as tmp:
        db, article, claim = ingest_and_store(raw, Path(tmp))
    expected = sanitize_text(PREFIX + raw)
    assert article.body == expected  # the store keeps exactly the sanitised text
    assert article.body[claim.start : claim.end] == claim.text
    assert sanitize_text(article.body) == article.body  # render-time pass moves no offset

    # the widgets' building blocks: Rich Text and Textual Content, never markup
    for renderable in (Text(article.body), Text(article.body, style="bold red"), Content(article.body)):
        # wide enough for any example: Content's __rich__ crops rather than wraps
        assert squash(inert_output(renderable, width=1000)) == squash(expected)

    # the CLI's `show`, styled for a terminal and plain for a pipe
    for width in (100, None):  # a terminal's layout, and a pipe's
        shown = squash(inert_cli_output(lambda terminal: claim_view(db, claim, terminal), width))
        assert squash(claim.text) in shown
        assert squash(article.title) in shown

    # the app's sources list, claims list and claim detail build these Text objects;
    # the speaker and the note are raw hostile text here: their render-time pass must hold
    from tui.widgets.claim_detail import facts_text
    from tui.widgets.claims import claim_prompt
    from tui.widgets.glyphs import article_title
    from tui.widgets.sources import TITLE_LIMIT, row_lines, source_row

    def flat(text: str, limit: int = 150) -> str:
        return squash(" ".join(sanitize_text(text).split())[:limit])

    row = row_lines(source_row(article, 3), 1000, is_open=True, console=Console(width=1000))
    # (a long title is cut between words, as far back as 60% of the limit: the row shows the title's start as its cut)
    kept = article_title(article, TITLE_LIMIT).removesuffix("…")
    assert flat(article.title).startswith(squash(kept)) and len(kept) >= min(len(flat(article.title)), 60)
    assert squash(kept) in squash(inert_output(Text("\n").join(row), width=1000))
    raw_speaker = replace(claim, speaker=raw + " spokesman")
    assert flat(claim.text) in squash(
        inert_output(claim_prompt(raw_speaker, conflicting=True, bookmarked=True, noted=True), width=1000)
    )
    detail = squash(inert_output(facts_text(raw_speaker, article, bookmarked=True, note=raw + " noted"), width=1000))
    assert flat(raw + " noted") in detail

    # the CLI's `search`: the terminal table and the piped tab-separated line
    results = run_search(db, "Headline", 5)
    assert [r.claim.id for r in results] == [claim.id]
    table = squash(inert_cli_output(lambda terminal: results_table(results, "Headline", terminal), width=1000))
    assert squash(article.body.split("\n")[0])[:20] in table  # a multi-line cell interleaves with its row
    line = plain_line(results[0])
    assert CONTROL.search(line.replace("\t", " ")) is None and "\n" not in line
    assert squash(line).endswith(squash(article.body))
