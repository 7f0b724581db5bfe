"""On a 16-colour terminal the accent must not be the red of conflicts (tui/app.py)."""

from __future__ import annotations

import pytest
from rich.console import Console
from textual.color import Color

from tui.app import FactscopeApp


@pytest.mark.parametrize(("terminal", "colours", "expected"), [(True, "standard", "factscope-16"), (True, "truecolor", "textual-dark"), (False, "standard", "textual-dark")])
async def test_sixteen_colour_terminals_get_a_white_accent(make_data, monkeypatch, terminal, colours, expected) -> None:
    monkeypatch.setattr(Console, "is_terminal", property(lambda self: terminal))
    monkeypatch.setattr(Console, "color_system", property(lambda self: colours))
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == expected
        accent = Color.parse(app.theme_variables["accent"])
        if expected == "factscope-16":
            assert accent == Color(255, 255, 255)
        else:
            assert accent.r > accent.b  # Textual's orange
