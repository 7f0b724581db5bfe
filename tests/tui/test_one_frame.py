"""Opening the palette draws no frame for a scrollbar alone: the scrollbars a layout moved are drawn
in its frame, not in one of their own a tick or two later. (The views' own, and Back's, showed in a
pty: tests/bench/bench_keys.py; a jump's is tested in test_main_view_frames.py.)"""

from __future__ import annotations

import pytest
from textual.screen import Screen
from textual.scrollbar import ScrollBar
from textual.widgets import Input

from tests.tui.helpers import main_of, record_main_frames
from tui.app import FactscopeApp


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch) -> None:
    """The palette input's cursor blinks on a 0.5 s timer, each blink a frame of its own: on a loaded machine the
    settling below outlasts a blink, and these tests count the frames a layout asks for, not the blink's."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


def _record_ticks(monkeypatch) -> list[set[str]]:
    """Per update tick of any screen, the kinds of widget it had to redraw."""
    ticks: list[set[str]] = []
    on_tick = Screen._on_timer_update

    def recording(self) -> None:
        if self.is_current and self._dirty_widgets and not self._layout_required:
            ticks.append({type(widget).__name__ for widget in self._dirty_widgets})
        return on_tick(self)

    monkeypatch.setattr(Screen, "_on_timer_update", recording)
    return ticks


async def _settle(pilot) -> None:
    for _ in range(8):
        await pilot.pause()


async def test_opening_the_palette_draws_no_frame_for_a_scrollbar_alone(make_data, monkeypatch) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot)
        ticks = _record_ticks(monkeypatch)
        await pilot.press("ctrl+p")
        await _settle(pilot)
        assert app.screen is not main_of(app)
        assert [tick for tick in ticks if tick <= {ScrollBar.__name__}] == []
        await pilot.press("escape")
        await _settle(pilot)
        assert [tick for tick in ticks if tick <= {ScrollBar.__name__}] == []


async def test_opening_the_palette_draws_its_box_with_its_hits_laid_out_in_one_go(make_data, monkeypatch) -> None:
    """Its first frame shows the box with its hits (a frame of the background alone blanked the
    browser first), every layout the list's showing asks for comes before that frame (each one
    was a frame of its own, a tick or two after the one before), and it is the only frame."""
    from tui.screens.palette import FactscopePalette

    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot)
        steps: list[str] = []
        refresh_layout, compositor_refresh = Screen._refresh_layout, Screen._compositor_refresh

        def laying_out(self, *args, **kwargs):
            if isinstance(self, FactscopePalette):
                steps.append("layout")
            return refresh_layout(self, *args, **kwargs)

        def drawing(self):
            if isinstance(self, FactscopePalette) and self.is_current:
                steps.append("draw with hits" if self.has_class("-ready") and self.query("CommandList") else "draw")
            return compositor_refresh(self)

        monkeypatch.setattr(Screen, "_refresh_layout", laying_out)
        monkeypatch.setattr(Screen, "_compositor_refresh", drawing)
        await pilot.press("ctrl+p")
        await _settle(pilot)
        assert isinstance(app.screen, FactscopePalette)
        drawn = [step for step in steps if step.startswith("draw")]
        assert drawn and drawn[0] == "draw with hits", steps
        assert "layout" not in steps[steps.index(drawn[0]) :], steps
        # and nothing after it: the list's Resize (at the size drawn) redrew it a tick later
        assert drawn == ["draw with hits"], steps


async def test_closing_the_palette_draws_the_browser_once_without_laying_it_out_again(make_data, monkeypatch) -> None:
    """Escape: the browser under the palette is drawn once, as it resumes. Textual's removal of the
    palette then had the app lay it out again and draw it whole a second time, the same."""
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot)
        await pilot.press("ctrl+p")
        await _settle(pilot)
        main = main_of(app)
        assert app.screen is not main
        steps = record_main_frames(main, monkeypatch, current_only=True)
        await pilot.press("escape")
        await _settle(pilot)
        assert app.screen is main
        assert steps == ["draw"], steps
