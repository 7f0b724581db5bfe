"""The footer that is rebuilt only when the keys it shows change (tui/widgets/footer.py)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding

from tui.widgets.footer import Footer


class FooterApp(App[None]):
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("n", "next", "Next", id="demo.next"),
        Binding("h", "hidden", "Hidden", show=False, id="demo.hidden"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.next_enabled = False

    def compose(self) -> ComposeResult:
        yield Footer()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return True if self.next_enabled else None  # None: shown, but disabled
        return True

    def action_next(self) -> None:
        pass


def footer_keys(app: App) -> list:
    return list(app.query_one(Footer).query("FooterKey"))


def next_key(app: App):
    return next(key for key in footer_keys(app) if key.description == "Next")


async def test_shows_the_shown_bindings_and_the_palette_key() -> None:
    app = FooterApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        keys = footer_keys(app)
        assert [key.description for key in keys if key.key != app.COMMAND_PALETTE_BINDING] == ["Next"]
        assert app.COMMAND_PALETTE_BINDING in [key.key for key in keys]
        assert next_key(app).has_class("-disabled")


async def test_a_refresh_that_changes_nothing_keeps_the_key_widgets() -> None:
    app = FooterApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = footer_keys(app)
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        after = footer_keys(app)
        assert after and all(new is old for new, old in zip(after, before, strict=True))


async def test_a_binding_becoming_enabled_is_shown_enabled() -> None:
    app = FooterApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert next_key(app).has_class("-disabled")
        app.next_enabled = True
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert not next_key(app).has_class("-disabled")


async def test_a_rebound_key_is_shown() -> None:
    app = FooterApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert next_key(app).key == "n"
        app.set_keymap({"demo.next": "m"})
        await pilot.pause()
        await pilot.pause()
        assert next_key(app).key == "m"


# -- the app's startup path (tui/app.py, tui/data.py) ----------------------------------
async def test_a_slow_load_does_not_hold_back_the_first_screen(extraction, tmp_path, monkeypatch) -> None:
    """The DB is read in a worker: the screen is up (and keys shown) while it loads."""
    import threading

    from tests.tui.corpus_fixture import write_corpus
    from tests.tui.helpers import option_texts
    from tui import app as app_module
    from tui.app import FactscopeApp
    from tui.widgets.sources import SourcesList

    write_corpus(tmp_path / "mine.json", extraction, current=True)
    release = threading.Event()
    open_existing = app_module.open_existing

    def slow_open(db_path=None):
        release.wait(10)
        return open_existing(db_path)

    monkeypatch.setattr(app_module, "open_existing", slow_open)
    app = FactscopeApp(db_path=tmp_path / "mine.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.1)
        assert app.data is None and app.screen is app.main_screen
        # claim keys are shown as they will be, not greyed out for the moment of the load
        assert "n" in [key.key for key in footer_keys(app) if not key.has_class("-disabled")]
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.data is not None
        assert len(option_texts(app.main_screen.query_one(SourcesList))) == 3
        assert app.main_screen.selected_id is not None


def test_breakpoint_class_matches_textuals_breakpoints() -> None:
    from tui.screens.main import MainScreen, _breakpoint_class

    breakpoints = MainScreen.HORIZONTAL_BREAKPOINTS
    assert [_breakpoint_class(breakpoints, width) for width in (40, 99, 100, 159, 160, 300)] == [
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
