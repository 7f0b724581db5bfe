"""The one sanitiser: what it removes, what it marks, what it keeps, and its laws."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.loader import bundled_files
from corpus.sanitize import BIDI_MARKERS, escape_unsafe, sanitize_line, sanitize_text, sanitize_with_report

# Anything a terminal could act on: C0 except \n and \t, DEL, C1.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("a\x1b[31mred\x1b[0m b", "ared b"),  # SGR colour
        ("x\x1b[2Jy", "xy"),  # clear screen
        ("x\x1b[?1049hy", "xy"),  # private-mode CSI (alternate screen)
        ("x\x1b]52;c;SGVsbG8=\x07y", "xy"),  # OSC 52 clipboard write, BEL-terminated
        ("x\x1b]0;pwned title\x1b\\y", "xy"),  # OSC 0 window title, ST-terminated
        ("x\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\y", "xclicky"),  # OSC 8 hyperlink
        ("x\x1bP+q544e\x1b\\y", "xy"),  # DCS (XTGETTCAP)
        ("x\x1b_apc payload\x1b\\y", "xy"),  # APC
        ("x\x1b^pm payload\x1b\\y", "xy"),  # PM
        ("x\x1bXsos payload\x1b\\y", "xy"),  # SOS
        ("x\x9b2Jy", "xy"),  # 8-bit CSI
        ("x\x9d0;title\x9cy", "xy"),  # 8-bit OSC and ST
        ("x\x90dcs\x9cy", "xy"),  # 8-bit DCS
        ("x\x1bcy\x1b(Bz\x1b7", "xyz"),  # reset, charset, save-cursor escapes
        ("unterminated \x1b]0;title\nnext line", "unterminated \nnext line"),
        ("a\x00b\x07c\x08d\x7fe\x80f\x81g", "abcdefg"),  # C0, DEL, C1
        ("tab\tand\nnewline", "tab\tand\nnewline"),  # the two controls kept
        ("one\r\ntwo\rthree\u2028four\u2029five", "one\ntwo\nthree\nfour\nfive"),
        ("page one.\x0cPage two\x0bthree\x85four", "page one.\nPage two\nthree\nfour"),  # FF, VT, NEL
        ("Pu\u200btin Pyong\u00adyang \ufeffKim\u2060", "Putin Pyongyang Kim"),  # invisible chars
        ("smug\U000e0041\U000e0042gled", "smuggled"),  # tag characters hiding ASCII
        ("bad \ud800 half", "bad \ufffd half"),  # lone surrogate cannot be stored as UTF-8
    ],
)
def test_removes_controls_and_whole_escape_sequences(dirty: str, clean: str) -> None:
    assert sanitize_text(dirty) == clean


def test_bidi_controls_become_visible_markers() -> None:
    text = "admin\u202e\u2066txt.exe\u2069\u202c user\u200fname"
    assert sanitize_text(text) == "admin⟨RLO⟩⟨LRI⟩txt.exe⟨PDI⟩⟨PDF⟩ user⟨RLM⟩name"
    for control, marker in BIDI_MARKERS.items():
        assert sanitize_text(f"a{control}b") == f"a{marker}b"


@pytest.mark.parametrize(
    "legitimate",
    [
        "Mohammad\u200cReza",  # ZWNJ: Persian names
        "क्\u200dष",  # ZWJ: Indic conjuncts
        "👩\u200d👩\u200d👧",  # ZWJ emoji sequence
        "❤\ufe0f",  # variation selector
        "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # Scotland flag: tag sequence
        "Seoul\u00a0— “quotes” ‘and’ 6,000 km² €5 🔊 • bullet",
        "[bold]not markup[/] :warning: [@click=app.quit]x[/]",  # markup is plain text here
    ],
)
def test_keeps_legitimate_text(legitimate: str) -> None:
    assert sanitize_text(legitimate) == legitimate


def test_report_counts_what_changed() -> None:
    text = "\x1b[31mred\x1b]0;t\x07\x00\u202eX\u202c\u200bY"
    clean, report = sanitize_with_report(text)
    assert clean == "red⟨RLO⟩X⟨PDF⟩Y"
    assert (report.escape_sequences, report.controls, report.invisible) == (2, 1, 1)
    assert dict(report.bidi) == {"RLO": 1, "PDF": 1}
    assert "2 terminal escape sequence(s) removed" in report.describe()
    assert not sanitize_with_report("plain text\n")[1].changed()


def test_sanitize_line_folds_onto_one_line() -> None:
    assert sanitize_line("  A\ttitle\n\x1b[1mwith\r\nbreaks ") == "A title with breaks"


def test_bundled_articles_are_already_clean() -> None:
    for path in bundled_files():
        text = path.read_text(encoding="utf-8")
        assert sanitize_text(text) is text  # the fast path: no copy, no change


# Text rich in everything the sanitiser acts on, plus ordinary prose and markup.
_PIECES = st.sampled_from(
    [
        "\x1b", "\x1b[", "\x1b]", "\x1bP", "\x1b\\", "\x07", "\x9b", "\x9c", "\x9d", "\r", "\r\n",
        "\n", "\t", "\x00", "\x7f", "\u202e", "\u2066", "\u200b", "\u200d", "\ud800", "\U000e0041",
        "\U000e007f", "🏴", "[bold]", "[/]", ":warning:", "0;", "52;c;", "31m", "2J", "é", "—",
    ]
)  # fmt: skip
HOSTILE_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(HOSTILE_TEXT)
def test_output_never_carries_controls(text: str) -> None:
    clean = sanitize_text(text)
    assert UNSAFE.search(clean) is None
    assert not any(ch in clean for ch in BIDI_MARKERS)
    assert not any("\ud800" <= ch <= "\udfff" for ch in clean)
    clean.encode("utf-8")  # always storable


@settings(max_examples=400, deadline=None)
@given(HOSTILE_TEXT)
def test_idempotent_so_render_time_sanitising_moves_no_offset(text: str) -> None:
    clean = sanitize_text(text)
    assert sanitize_text(clean) == clean
    assert sanitize_with_report(clean) == (clean, sanitize_with_report("")[1])


# The tag block (U+E0000-E007F) is invisible by design and dropped whole, its unassigned code
# points (category Cn, e.g. U+E0000) included, so it is no printable text.
PRINTABLE = st.characters(codec="utf-8", exclude_categories=["Cc", "Cf", "Cs", "Zl", "Zp"]).filter(
    lambda character: not "\U000e0000" <= character <= "\U000e007f"
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=PRINTABLE))
def test_identity_on_printable_text(text: str) -> None:
    assert sanitize_text(text) == text


@settings(max_examples=300, deadline=None)
@given(HOSTILE_TEXT)
def test_escape_unsafe_spells_out_instead_of_dropping(text: str) -> None:
    shown = escape_unsafe(text)
    assert UNSAFE.search(shown) is None and "\n" not in shown and "\t" not in shown
    assert sanitize_text(shown) == shown
    shown.encode("utf-8")
    if sanitize_text(text) == text and "\n" not in text and "\t" not in text:
        assert shown == text  # clean names are shown as they are


def test_escape_unsafe_examples() -> None:
    assert escape_unsafe("report 2024.txt") == "report 2024.txt"
    assert escape_unsafe("a\x1b[2Jb\nc\u202ed") == "a\\x1b[2Jb\\nc\\u202ed"
