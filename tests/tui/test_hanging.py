"""Text wrapped beside a prefix with a hanging indent (tui/widgets/hanging.py)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text
from textual.content import Content

from tui.widgets.hanging import Hanging

CLAIM = "about 3,000 North Korean troops are training in eastern Russia, officials said on Tuesday"


def test_wrapped_lines_are_indented_under_the_first_never_under_the_prefix() -> None:
    for width in (20, 33, 47, 80):
        lines = [line.plain for line in Hanging(("#≠  ", CLAIM)).lines(width)]
        assert lines[0].startswith("#≠  about")
        assert all(line.startswith("    ") and not line[4].isspace() for line in lines[1:])
        assert all(len(line) <= width for line in lines)
        assert " ".join(line[4:] for line in lines).split() == CLAIM.split()  # no word lost or split


def test_a_word_wider_than_the_room_is_broken_not_lost() -> None:
    lines = [line.plain for line in Hanging(("> ", "supercalifragilistic end")).lines(8)]
    assert lines == ["> superc", "  alifra", "  gilist", "  ic end"]


def test_each_block_has_its_own_prefix_and_body_lines_keep_their_styles() -> None:
    body = Text("the other claim")
    body.append("\nwhy: same measure", style="italic")
    lines = Hanging(("  ", "✓ Seoul Daily"), ("    ", body)).lines(40)
    assert [line.plain for line in lines] == ["  ✓ Seoul Daily", "    the other claim", "    why: same measure"]
    why = lines[2]
    assert any(
        why.plain[span.start : span.end] == "why: same measure" and "italic" in str(span.style) for span in why.spans
    )


def test_height_is_the_number_of_lines_drawn() -> None:
    hanging = Hanging(("#  ", CLAIM), ("   ", Content("— a speaker")))
    for width in (15, 30, 200):
        assert hanging.get_height({}, width) == len(hanging.lines(width))
    assert hanging.get_height({}, 200) == 2


def test_rich_prints_the_same_lines() -> None:
    out = io.StringIO()
    Console(width=30, file=out, color_system=None).print(Hanging(("#  ", CLAIM)))
    assert out.getvalue().splitlines() == [line.plain for line in Hanging(("#  ", CLAIM)).lines(30)]
