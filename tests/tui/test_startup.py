"""The app's start-up path (tui/app.py, tui/data.py)."""

from __future__ import annotations

from tests.waiting import wait_until
from tui.widgets.footer import KeyBar


async def test_a_slow_load_does_not_hold_back_the_first_screen(extraction, tmp_path, monkeypatch) -> None:
    """The DB is read in a worker: the screen is up (and keys shown) while it loads."""
    from tests.tui.corpus_fixture import write_corpus
    from tests.tui.helpers import hold_the_db_read, option_texts
    from tui.app import FactscopeApp
    from tui.widgets.sources import SourcesList

    write_corpus(tmp_path / "mine.json", extraction, current=True)
    started, release = hold_the_db_read(monkeypatch)
    app = FactscopeApp(db_path=tmp_path / "mine.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(started.is_set, pilot=pilot, what="the load to start")
        assert app.data is None and app.screen is app.main_screen
        # claim keys are shown as they will be, not greyed out for the moment of the load
        assert "n" in [key.key for key in app.main_screen.query_one(KeyBar).keys if key.enabled]
        status = app.main_screen.query_one("#load-status")
        await wait_until(lambda: status.display, pilot=pilot, what="a slow load to say so")
        assert "Opening the corpus" in str(status.render())
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.data is not None and not status.display
        assert len(option_texts(app.main_screen.query_one(SourcesList))) == 3
        assert app.main_screen.selected_id is not None


def test_breakpoint_class_matches_textuals_breakpoints() -> None:
    from tui.screens.breakpoints import breakpoint_class
    from tui.screens.main import MainScreen

    breakpoints = MainScreen.HORIZONTAL_BREAKPOINTS
    assert [breakpoint_class(breakpoints, width) for width in (40, 99, 100, 159, 160, 300)] == [
        "-narrow",
        "-narrow",
        "-medium",
        "-medium",
        "-wide",
        "-wide",
    ]


async def test_the_pane_classes_are_there_before_the_first_layout(make_data) -> None:
    """Set at compose (Textual adds breakpoint classes only on the screen's first Resize)."""
    from tui.app import FactscopeApp
    from tui.screens.main import MainScreen

    seen: dict[str, bool] = {}

    class Probe(MainScreen):
        def on_mount(self) -> None:  # runs before the screen's first layout and Resize
            seen["narrow"] = self.has_class("-narrow")
            seen["reader active"] = self.query_one("#reader-pane").has_class("-active")
            seen["sources active"] = self.query_one("#sources-pane").has_class("-active")

    app = FactscopeApp(data=make_data())
    app.main_screen = Probe()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert seen == {"narrow": True, "reader active": True, "sources active": False}
        assert app.main_screen.has_class("-narrow")


async def test_the_article_is_wrapped_once_at_its_real_width(make_data, monkeypatch) -> None:
    """Data there before the first layout waits for the panes' sizes: no throw-away wrap and redraw."""
    from tui.app import FactscopeApp
    from tui.widgets import reader as reader_module
    from tui.widgets.reader import ArticleReader

    widths: list[int] = []
    wrap_text = reader_module.wrap_text

    def recording_wrap(body: str, width: int):
        widths.append(width)
        return wrap_text(body, width)

    monkeypatch.setattr(reader_module, "wrap_text", recording_wrap)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        reader = app.main_screen.query_one(ArticleReader)
        assert reader.line_count() > 0
        assert widths == [reader.scrollable_content_region.width - reader_module.GUTTER]
