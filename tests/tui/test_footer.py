"""The one-line footer of keys in force (tui/widgets/footer.py)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding

from tui.app import FactscopeApp
from tui.widgets.footer import MORE, KeyBar


class FooterApp(App[None]):
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("n", "next", "Next", id="demo.next"),
        Binding("h", "hidden", "Hidden", show=False, id="demo.hidden"),
        *(Binding(f"f{n}", f"word({n})", f"Word number {n}", id=f"demo.word{n}") for n in range(1, 9)),
        Binding("question_mark", "help", "Help", id="help.show"),
        Binding("ctrl+p", "command_palette", "Palette", show=False, id="palette.open"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.next_enabled = False
        self.ran: list[str] = []

    def compose(self) -> ComposeResult:
        yield KeyBar()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return True if self.next_enabled else None  # None: shown, but disabled
        return True

    def action_next(self) -> None:
        self.ran.append("next")

    def action_help(self) -> None:
        self.ran.append("help")

    def action_word(self, number: int) -> None:
        self.ran.append(f"word {number}")


def bar_of(app: App) -> KeyBar:
    return app.screen.query_one(KeyBar)


def drawn(app: App) -> str:
    return str(bar_of(app).render())


async def test_shows_the_shown_bindings_and_pins_help_and_palette_at_the_right() -> None:
    app = FooterApp()
    async with app.run_test(size=(200, 10)) as pilot:
        await pilot.pause()
        line = drawn(app)
        assert line.startswith(" n Next  f1 Word number 1")
        assert line.rstrip().endswith("? Help  ^p Palette")
        assert "Hidden" not in line and MORE not in line
        assert len(line) == 200


async def test_a_narrow_footer_leaves_out_whole_keys_but_keeps_help_and_palette() -> None:
    app = FooterApp()
    async with app.run_test(size=(60, 10)) as pilot:
        await pilot.pause()
        line = drawn(app)
        assert len(line) == 60
        assert line.rstrip().endswith("? Help  ^p Palette")
        assert MORE in line
        shown = [f"Word number {n}" for n in range(1, 9) if f"Word number {n}" in line]
        assert shown and len(shown) < 8
        # left out whole: every key shown is shown with its whole description
        assert all(f"f{n} Word number {n}" in line for n in range(1, len(shown) + 1))


async def test_a_disabled_binding_is_drawn_dim_and_enabled_once_it_applies() -> None:
    app = FooterApp()
    async with app.run_test(size=(200, 10)) as pilot:
        await pilot.pause()
        bar = bar_of(app)
        assert [key.enabled for key in bar.keys if key.key == "n"] == [False]
        dim_spans = [span for span in bar.render().spans if "dim" in str(span.style)]
        assert dim_spans and any(str(bar.render())[span.start : span.end] == "n Next" for span in dim_spans)
        app.next_enabled = True
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert [key.enabled for key in bar_of(app).keys if key.key == "n"] == [True]


async def test_a_refresh_that_changes_nothing_does_not_redraw(monkeypatch) -> None:
    app = FooterApp()
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        bar = bar_of(app)
        redraws: list[bool] = []
        monkeypatch.setattr(bar, "refresh", lambda *args, **kwargs: redraws.append(True))
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert redraws == []
        app.next_enabled = True
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert redraws


async def test_a_rebound_key_is_shown() -> None:
    app = FooterApp()
    async with app.run_test(size=(200, 10)) as pilot:
        await pilot.pause()
        app.set_keymap({"demo.next": "m", "help.show": "f12"})
        await pilot.pause()
        await pilot.pause()
        line = drawn(app)
        assert " m Next " in line and "f12 Help" in line and " n Next " not in line


async def test_a_click_on_a_key_runs_it() -> None:
    app = FooterApp()
    async with app.run_test(size=(200, 10)) as pilot:
        await pilot.pause()
        line = drawn(app)
        await pilot.click(KeyBar, offset=(line.index("Word number 3"), 0))
        await pilot.click(KeyBar, offset=(line.index("? Help"), 0))
        await pilot.click(KeyBar, offset=(line.index("n Next"), 0))  # disabled: a bell, no action
        await pilot.pause()
        assert app.ran == ["word 3", "help"]


async def test_the_order_is_the_screens_commands_then_the_apps_whatever_the_keymap(make_data) -> None:
    orders = []
    for keymap in (None, "vim", "emacs"):
        app = FactscopeApp(keymap=keymap, data=make_data())
        async with app.run_test(size=(200, 40)) as pilot:
            await pilot.pause()
            orders.append([key.description for key in bar_of(app).keys])
    assert orders[0][0] == "Next claim" and orders[0][-1] == "Quit"
    assert orders[1] == orders[0] == orders[2]


async def test_wide_terminals_get_the_extra_view_keys_and_narrow_ones_keep_quit(make_data) -> None:
    lines = {}
    for size in ((120, 40), (200, 60)):
        app = FactscopeApp(data=make_data())
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            lines[size[0]] = drawn(app)
    assert "q Quit" in lines[120] and "t Timeline" not in lines[120]
    assert "] Next link" in lines[120]  # before bookmark and note keys, which help and palette list
    assert all(extra in lines[200] for extra in ("t Timeline", "e Entities", "B Bookmarks", "q Quit"))
    assert lines[200].index("f Figures") < lines[200].index("t Timeline") < lines[200].index("q Quit")
