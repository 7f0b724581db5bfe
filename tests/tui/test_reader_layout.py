"""The reader's word wrap: every character is on exactly one line, no line is too wide."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.navigation import History, Location
from tui.widgets.layout import wrap_text

WORDS = st.sampled_from(
    ["a", "North", "Korea", "1,500", "—", "日本語", "supercalifragilisticexpialidocious", "  ", "\n", "\t"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=60).map(" ".join), st.integers(min_value=1, max_value=50))
def test_wrap_covers_text_in_order_within_width(body: str, width: int) -> None:
    layout = wrap_text(body, width)
    assert layout.starts[0] == 0
    position = 0
    for start, end in zip(layout.starts, layout.ends):
        assert start == position or body[position:start] == "\n"  # lines are contiguous, newline between paragraphs
        line = body[start:end]
        assert "\n" not in line
        assert cell_len(line.rstrip()) <= max(width, 2)  # a double-width char may need 2 cells
        position = end
    assert position == len(body)


def test_wrap_breaks_at_spaces_and_keeps_paragraphs() -> None:
    body = "one two three four\n\nfive"
    layout = wrap_text(body, 9)
    lines = [body[s:e] for s, e in zip(layout.starts, layout.ends)]
    assert lines == ["one two ", "three ", "four", "", "five"]
    assert layout.line_of(body.index("five")) == 4
    assert layout.line_of(body.index("three")) == 1


def test_history_goes_back_and_forward_like_a_browser() -> None:
    history = History()
    a, b, c = Location("a1"), Location("a2", "c2"), Location("a3", "c3")
    assert history.back(a) is None
    history.visit(a)  # a -> b
    history.visit(b)  # b -> c
    assert history.back(c) == b
    assert history.back(b) == a
    assert history.back(a) is None
    assert history.forward(a) == b
    history.visit(b)  # a new jump from b clears the forward path
    assert not history.can_go_forward
    assert history.back(Location("a9")) == b
