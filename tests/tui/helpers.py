"""Small helpers shared by the app tests."""

from __future__ import annotations

import io
import threading

from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import OptionList

from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.screens.main import MainScreen
from tui.widgets.reader import ArticleReader
from tui.widgets.sources import SourcesList

SIZES = [(80, 24), (120, 40)]


def main_of(app: FactscopeApp) -> MainScreen:
    return app.main_screen


def reader_of(app: FactscopeApp) -> ArticleReader:
    return app.main_screen.query_one(ArticleReader)


def option_texts(option_list: OptionList | SourcesList, width: int = 200) -> list[str]:
    """Each option's text; prompts laid out in columns are drawn (``width`` cells) to plain text.
    For the sources list (not an OptionList: it draws only the rows in view), each row's text."""
    if isinstance(option_list, SourcesList):
        return [option_list.row_text(index) for index in range(len(option_list.rows))]
    return [plain(option_list.get_option_at_index(i).prompt, width) for i in range(option_list.option_count)]


def plain(renderable, width: int = 200) -> str:
    from rich.console import Console
    from rich.text import Text

    if isinstance(renderable, (str, Text)):
        return str(renderable)
    console = Console(width=width, color_system=None, record=True, file=io.StringIO())
    console.print(renderable)
    return "\n".join(line.rstrip() for line in console.export_text().splitlines())


def screen_text(app: FactscopeApp) -> str:
    """Everything visible, as plain text (from the rendered SVG's text runs)."""
    import html
    import re

    svg = app.export_screenshot()
    chunks = re.findall(r"<text [^>]*>(.*?)</text>", svg)
    return "".join(html.unescape(chunk) for chunk in chunks).replace("\xa0", " ")


def visible_text(reader: ArticleReader) -> str:
    return "\n".join(reader.render_line(y).text for y in range(reader.scrollable_content_region.height))


async def settle_workers(pilot) -> None:
    """Wait until the app's workers are done and what they posted is handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def settle_search(pilot) -> None:
    """Wait until the search screen's results belong to what is in its search box."""
    screen = pilot.app.screen
    await wait_until(lambda: screen.results_current, pilot=pilot)


def palette_settled(app: FactscopeApp) -> bool:
    """The command palette on screen shows the hits for what is typed: its search worker is done."""
    from textual.command import CommandList, CommandPalette
    from textual.worker import WorkerState

    palette = app.screen
    if not isinstance(palette, CommandPalette):
        return False
    gathering = [
        w
        for w in app.workers
        if w.node is palette
        and w.group == CommandPalette._GATHER_COMMANDS_GROUP
        and w.state in (WorkerState.PENDING, WorkerState.RUNNING)
    ]
    try:
        listed = palette.query_one(CommandList)
    except NoMatches:  # the palette is the screen, its widgets not yet composed (a busy machine)
        return False
    return not gathering and listed.option_count > 0


async def palette_hits(pilot, query: str) -> str:
    """The screen's text once the command palette shows its hits for ``query`` typed in it (then closed).
    The palette gathers hits in a worker, in batches."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*query)
    await wait_until(lambda: palette_settled(pilot.app), pilot=pilot, what="the palette's hits")
    text = screen_text(pilot.app)
    await pilot.press("escape")
    await pilot.pause()
    return text


def hold_the_db_read(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """Make the app's worker wait before it reads the DB (``tui.app.open_existing``): a slow load.
    Returns ``(started, release)``: set when the read is reached; set it to let the read go on."""
    from tui import app as app_module

    started, release = threading.Event(), threading.Event()
    open_existing = app_module.open_existing

    def slow_open(*args, **kwargs):
        started.set()
        release.wait(10)
        return open_existing(*args, **kwargs)

    monkeypatch.setattr(app_module, "open_existing", slow_open)
    return started, release


def notices(app: FactscopeApp) -> list[str]:
    """Every notice the app gives from now on, kept: a notice's toast goes after its few seconds,
    which a loaded machine may take between two looks at ``app._notifications``."""
    given: list[str] = []
    notify = app.notify

    def kept(message, *args, **kwargs):
        given.append(str(message))
        return notify(message, *args, **kwargs)

    app.notify = kept  # type: ignore[method-assign]
    return given


def record_main_frames(main: MainScreen, monkeypatch, *, current_only: bool = False) -> list[str]:
    """The main screen's layouts ("layout") and frames ("draw"), in order, from now on; with ``current_only``
    only the frames drawn while it is the screen shown."""
    steps: list[str] = []
    refresh_layout, compositor_refresh = Screen._refresh_layout, Screen._compositor_refresh

    def laying_out(self, *args, **kwargs):
        if self is main:
            steps.append("layout")
        return refresh_layout(self, *args, **kwargs)

    def drawing(self):
        if self is main and (self.is_current or not current_only):
            steps.append("draw")
        return compositor_refresh(self)

    monkeypatch.setattr(Screen, "_refresh_layout", laying_out)
    monkeypatch.setattr(Screen, "_compositor_refresh", drawing)
    return steps
