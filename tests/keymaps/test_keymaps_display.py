"""Sequences are shown key by key ("^x ^s"), not garbled by Textual's "+" split."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from tui.keys.display import sequence_key_display


def test_each_key_of_a_sequence_is_formatted_on_its_own() -> None:
    app = App()
    assert sequence_key_display(app, Binding("ctrl+x ctrl+s", "save")) == "^x ^s"
    assert sequence_key_display(app, Binding("g question_mark", "help")) == "g ?"
    assert sequence_key_display(app, Binding("g g", "first")) == "g g"
    assert sequence_key_display(app, Binding("question_mark", "help")) is None  # single keys: Textual's own
    assert sequence_key_display(app, Binding("g g", "first", key_display="gg")) is None
