"""The palette lists hits best first and equal ones by their text, whatever order the
providers answered in (so the same query always lists the same way)."""

from __future__ import annotations

import random

from textual.command import Command, CommandPalette, Hit

from tui.screens.palette import FactscopePalette, listing_key


def _command(score: float, text: str, help: str = "") -> Command:
    return Command(text, Hit(score, text, lambda: None, text=text, help=help))


def test_equal_scores_are_listed_by_text_then_help_whatever_the_arrival_order() -> None:
    commands = [_command(0.9, "Seoul Daily"), _command(0.7, "b"), _command(0.7, "a", "2"), _command(0.7, "a", "1")]
    expected = [("Seoul Daily", ""), ("a", "1"), ("a", "2"), ("b", "")]
    for seed in range(5):
        shuffled = commands[:]
        random.Random(seed).shuffle(shuffled)
        assert [(c.hit.text, c.hit.help) for c in sorted(shuffled, key=listing_key)] == expected


def test_the_textual_hook_the_order_rides_on_is_still_there() -> None:
    """Textual (pinned) refreshes the list through this method; if a new version drops it,
    the palette would silently go back to arrival order."""
    assert "_refresh_command_list" in vars(CommandPalette)
    assert "_refresh_command_list" in vars(FactscopePalette)
