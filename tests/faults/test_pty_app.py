"""The real app and the CLI's styled output in a real pseudo-terminal, on an
article full of OSC 52 / OSC 0 / CSI sequences: the bytes sent to the terminal
carry none of the article's sequences (Textual's and Rich's own control output
is fine: we look for the payloads we planted), while the article's words do
arrive."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from tests.faults.helpers import REPO
from tests.terminal import Terminal, visible

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal"),
]

OSC52_PAYLOAD = "cHduZWQ="  # base64 of "pwned"; short, so no pane wraps it
TITLE_PAYLOAD = "PWNED-TITLE"
CSI_MARKER = "6666;7777"  # a cursor move no app on this screen would ever emit
# Each payload sits at the start of its own line so that, if it leaked as text,
# no wrapping could split it (the hunt for it would then miss).
HOSTILE = (
    "Harbour fire update\n"
    f"\x1b]0;{TITLE_PAYLOAD}\x07The harbour master said 40 warehouses burned.\n"
    f"\x1b]52;c;{OSC52_PAYLOAD}\x07\x1b[2J\x1b[3JFirefighters said 300 people were evacuated.\n"
    f"\x1b[{CSI_MARKER}HOfficials confirmed the count on Tuesday.\n"
    f"\x1b]2;{TITLE_PAYLOAD}\x1b\\Crews said the fire was out by noon.\n"
    f"\x1bP+q{TITLE_PAYLOAD}\x1b\\The port reopened on Wednesday, officials said.\n"
    f"\x9d0;{TITLE_PAYLOAD}\x9cInsurers estimated damage at 12 million euros.\n"
)
PLANTED = (OSC52_PAYLOAD, TITLE_PAYLOAD, CSI_MARKER, "\x1b]52;", "\x1b]0;" + TITLE_PAYLOAD)
# What a terminal would act on. A DB written by something other than the loader
# (an old version, a hand edit) may hold raw escapes: render-time sanitising must
# still keep these out, even where a payload's leftover text is shown harmlessly.
LIVE_SEQUENCES = (
    "\x1b]52;",
    "\x1b]0;" + TITLE_PAYLOAD,
    "\x1b]2;" + TITLE_PAYLOAD,
    "\x1bP+q",
    "\x1b[" + CSI_MARKER,
    "\x9d",
    "\x9b",
)
VISIBLE_WORD = "warehouses"
COLUMNS, LINES = 200, 50


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    from corpus.loader import load_file
    from store.build import build_corpus_db

    source = tmp_path / "harbour.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    db_path = tmp_path / "hostile.json"
    build_corpus_db(db_path, [load_file(source)])  # the real pipeline, this one article only
    return db_path


@pytest.fixture
def raw_db(tmp_path: Path) -> Path:
    """A DB whose article body still holds the raw escapes (never through the loader)."""
    from corpus.loader import article_id
    from corpus.model import Article
    from store.build import build_corpus_db

    article = Article(
        id=article_id(HOSTILE), title="Harbour fire update", outlet=None, authors=[], published=None,
        published_estimated=False, source_file="harbour.txt", body=HOSTILE,
    )  # fmt: skip
    db_path = tmp_path / "raw.json"
    build_corpus_db(db_path, [article])
    return db_path


def _terminal(args: list[str]) -> Terminal:
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(LINES)}
    env.pop("NO_COLOR", None)
    return Terminal([sys.executable, *args], COLUMNS, LINES, env, cwd=REPO)


# The links pane drawn: a relation's heading ("~ related (2)"), no links, or no claim to select.
_LINKS_DRAWN = re.compile(
    r"\b(?:related|corroborates|conflicts|updates|cites) \(\d+\)|cross-reference|No claim selected"
)


def _detail_pane_drawn(new: bytes) -> bool:
    """The last pane to fill: the selected claim's links (or that there is none to select). A claim
    with links shows their relations' headings, not the word "cross-reference": on the raw DB, whose
    claims link, the wait ran to its 90 s bound (as it returns False, nothing failed)."""
    return _LINKS_DRAWN.search(visible(new)) is not None


def run_in_pty(args: list[str], wait_for: str, timeout: float = 90.0) -> bytes:
    """Start ``python args`` on a fresh pseudo-terminal, wait for ``wait_for`` on screen and for
    the claims and detail panes to be drawn too, then quit it as a user would."""
    terminal = _terminal(args)
    try:
        shown = terminal.wait_for_text(wait_for, timeout)
        drawn = terminal.wait_for(_detail_pane_drawn, timeout)
        terminal.type("q")
        if not terminal.wait_for(lambda _new: terminal.process.poll() is not None, 10):
            terminal.type("\x11")  # ctrl+q, Textual's own quit
        terminal.read_to_end(10)
    finally:
        terminal.close()
    assert shown, f"the article never appeared on screen; the app wrote:\n{terminal.tail(2000)}"
    assert drawn, f"the claim's links were never drawn; the app wrote:\n{terminal.tail(2000)}"
    return bytes(terminal.output)


def test_terminal_receives_none_of_the_articles_sequences(hostile_db: Path) -> None:
    output = run_in_pty(["-m", "tui", "--db", str(hostile_db)], VISIBLE_WORD)
    text = output.decode("utf-8", "replace")
    leaked = [marker for marker in PLANTED if marker in text]
    assert leaked == [], f"article sequences reached the terminal: {leaked}"
    assert "\x9d" not in text and "\x9b" not in text  # no 8-bit controls at all
    assert "Harbour fire" in text  # the title, with its OSC 0 gone


def run_command_in_pty(args: list[str], timeout: float = 60.0) -> bytes:
    """Run a CLI command on a fresh pseudo-terminal to its end; everything it wrote."""
    terminal = _terminal(args)
    try:
        terminal.read_to_end(timeout)
    finally:
        terminal.close()
    return bytes(terminal.output)


def test_cli_styled_output_on_a_terminal_carries_none_of_them(hostile_db: Path) -> None:
    from store.corpus_db import CorpusDB

    claim = next(c for c in CorpusDB.open(hostile_db).claims() if VISIBLE_WORD in c.text)
    for command in (["search", VISIBLE_WORD], ["show", claim.id]):
        text = run_command_in_pty(["-m", "tui", "--db", str(hostile_db), *command]).decode("utf-8", "replace")
        assert "\x1b[" in text, "not styled: the command did not see a terminal"
        assert VISIBLE_WORD in text, text[-1000:]
        leaked = [marker for marker in PLANTED if marker in text]
        assert leaked == [], f"{command[0]}: article sequences reached the terminal: {leaked}"


def test_raw_escapes_in_a_db_are_still_kept_off_the_terminal(raw_db: Path) -> None:
    from store.corpus_db import CorpusDB

    claim = next(c for c in CorpusDB.open(raw_db).claims() if VISIBLE_WORD in c.text)
    runs = {
        "app": run_in_pty(["-m", "tui", "--db", str(raw_db)], VISIBLE_WORD),
        "search": run_command_in_pty(["-m", "tui", "--db", str(raw_db), "search", VISIBLE_WORD]),
        "show": run_command_in_pty(["-m", "tui", "--db", str(raw_db), "show", claim.id]),
    }
    for name, output in runs.items():
        text = output.decode("utf-8", "replace")
        assert VISIBLE_WORD in text, f"{name}: {text[-1000:]}"
        live = [marker for marker in LIVE_SEQUENCES if marker in text]
        assert live == [], f"{name}: live sequences reached the terminal: {live}"
