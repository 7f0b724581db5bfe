"""The command palette: Textual's, saying what it finds, closed by ctrl+g as well (emacs)."""

from __future__ import annotations

from textual import events
from textual._time import get_time
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import Command, CommandInput, CommandList, CommandPalette, SearchIcon
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, LoadingIndicator

from tui.screens.one_frame import DrawsInOneFrame

PLACEHOLDER = "Jump to an article, claim, entity or command…"
FIRST_HITS_WAIT = 0.25  # s: how long the palette's first frame waits for its first hits


def listing_key(command: Command) -> tuple[float, str, str]:
    """Best score first; equal scores by their text, then their help: Textual sorts by score
    alone, so equal hits came in the order the providers happened to answer in."""
    hit = command.hit
    return -hit.score, hit.text or str(command.prompt), hit.help or ""


class HitList(CommandList):
    """Textual's list of hits, not mapped and drawn again when a resize leaves its width as it
    was mapped for. Its Resize comes after the frame that drew it at its new size (the lines
    mapped for it: ``DrawsInOneFrame``), and Textual's OptionList then cleared its lines and
    drew them again, the same, in a frame of its own a tick later (every opening)."""

    _mapped_width: int | None = None  # the width its lines are mapped for (None: not mapped)

    def _update_lines(self) -> None:
        width = self.scrollable_content_region.width
        if self._mapped_width is not None and self._mapped_width != width:
            self._clear_caches()  # every line mapped again, for this width (not just new options')
        super()._update_lines()
        if self.scrollable_content_region:
            self._mapped_width = width

    def _clear_caches(self) -> None:
        self._mapped_width = None
        super()._clear_caches()

    def _on_resize(self, event: events.Resize) -> None:  # type: ignore[override]  # runs before OptionList's
        if self._mapped_width is not None and self._mapped_width == self.scrollable_content_region.width:
            event.prevent_default()


class FactscopePalette(CommandPalette, DrawsInOneFrame):
    BINDINGS = [Binding("ctrl+g", "escape", "Close", show=False)]
    # It covers the screen: Textual drew the browser under it, dimmed (its every cell tinted at
    # each full frame), for the few rows its list leaves: a third of its CPU at each opening.
    DEFAULT_CSS = """
    FactscopePalette { background: $background; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder=PLACEHOLDER, id=id)
        self._resized = False  # see _on_resize
        self._opened_at = get_time()
        self._drawn = False  # a frame of it drawn yet

    def compose(self) -> ComposeResult:
        # Textual's (pinned version), with the list of hits a HitList
        with Vertical(id="--container"):
            with Horizontal(id="--input"):
                yield SearchIcon()
                yield CommandInput(placeholder=self._placeholder, select_on_focus=False)
                if not self.run_on_select:
                    yield Button("\u25b6")
            with Vertical(id="--results"):
                yield HitList()
                yield LoadingIndicator()

    def _on_mount(self, event: events.Mount) -> None:  # Textual runs CommandPalette's after it
        self._opened_at = get_time()
        self.set_timer(FIRST_HITS_WAIT, self._draw_if_not_yet)  # hits or not (_compositor_refresh)

    def _draw_if_not_yet(self) -> None:
        if not self._drawn:
            self.refresh()

    def _compositor_refresh(self) -> None:
        # Textual shows the palette's box once its first hits are listed (the "-ready" class);
        # until then each frame drew the palette's background alone, the browser blanked for a
        # tick or two before the box came. Not drawn until then (or FIRST_HITS_WAIT).
        if not self.has_class("-ready") and get_time() - self._opened_at < FIRST_HITS_WAIT:
            return
        self._drawn = True
        super()._compositor_refresh()

    def _refresh_command_list(self, command_list: CommandList, commands: list[Command], clear_current: bool) -> None:
        # Textual's hook (pinned version; a test checks it is still there) with the hits in a fixed order.
        super()._refresh_command_list(command_list, sorted(commands, key=listing_key), clear_current)

    async def _on_resize(self, event: events.Resize) -> None:
        # Its first Resize comes from the layout that just sized it, at the size of the screens
        # under it. Textual's handler (Screen's, run after this one unless prevented) laid it out
        # again, and the main screen under it too: ~12 ms of CPU at each opening.
        if not self._resized:
            self._resized = True
            if all(screen.size == event.size for screen in [self, *self.app._background_screens]):
                event.prevent_default()
                event.stop()
