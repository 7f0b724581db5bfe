"""On a 16-colour terminal the accent must not be the red of conflicts (tui/app.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from textual.color import Color

from tui.app import FactscopeApp, on_sixteen_colour_terminal, register_sixteen_colour_theme


@pytest.mark.parametrize(
    ("headless", "web", "colours", "expected"),
    [
        (False, False, "standard", True),
        (False, False, "256", False),
        (False, False, "truecolor", False),
        (True, False, "standard", False),  # tests, snapshots
        (False, True, "standard", False),  # factscope serve: the browser has every colour
    ],
)
def test_only_a_real_sixteen_colour_terminal_gets_the_theme(headless, web, colours, expected) -> None:
    app = SimpleNamespace(is_headless=headless, is_web=web, console=SimpleNamespace(color_system=colours))
    assert on_sixteen_colour_terminal(app) is expected


async def test_the_sixteen_colour_theme_has_a_white_accent_and_keeps_the_rest(make_data) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        default = dict(app.theme_variables)
        app.theme = register_sixteen_colour_theme(app)
        await pilot.pause()
        assert Color.parse(app.theme_variables["accent"]) == Color(255, 255, 255)
        assert Color.parse(default["accent"]).r > Color.parse(default["accent"]).b  # Textual's orange before
        assert app.theme_variables["primary"] == default["primary"]
        assert app.theme_variables["error"] == default["error"]


async def test_sixteen_colour_backgrounds_under_dim_text_are_not_bright_black(make_data) -> None:
    """Dim text (a source's date, a claim's speaker, a key not available) on a highlighted
    row, a pane title or the footer came out light grey on bright black: hard to read."""
    from rich.color import Color as RichColor
    from rich.color import ColorSystem

    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        default_variables = dict(app.theme_variables)
        app.theme = register_sixteen_colour_theme(app)
        await pilot.pause()
        bright_black = 8
        for name in ("block-cursor-blurred-background", "panel", "footer-background"):
            before, after = (  # as drawn: over the background (the cursor's is translucent)
                Color.parse(v["background"]) + Color.parse(v[name]) for v in (default_variables, app.theme_variables)
            )
            as_ansi = [RichColor.from_rgb(*c.rgb).downgrade(ColorSystem.STANDARD).number for c in (before, after)]
            assert as_ansi[0] == bright_black, name  # what the default theme gave
            assert as_ansi[1] != bright_black, name
