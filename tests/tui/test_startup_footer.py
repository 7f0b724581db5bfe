"""The footer that is rebuilt only when the keys it shows change (tui/widgets/footer.py)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding

from tui.widgets.footer import Footer


class FooterApp(App[None]):
    BINDINGS = [
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
