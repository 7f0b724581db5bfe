"""The footer: the keys in force on the screen, drawn as one line by one widget.

Textual's ``Footer`` mounts a widget per key and rebuilds them all whenever the
screen's bindings change; at start-up that styling and layout cost more than
the rest of the main screen's first frame. This footer draws one line of text
and redraws it only when what it shows changes.

The help and palette keys are pinned at the right, so a narrow terminal that
has no room for every key still shows how to find them all. Keys that do not
fit are left out whole (never cut mid-word), and a ``…`` says some were.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

from tui.commands import ALL_COMMANDS, listing_order

PINNED_IDS = ("help.show", "palette.open")  # the ways to learn every other key
# Kept when the footer is short of room, before the screen's own keys: how to search,
# see the figures and leave (at 80 columns they were the keys left out).
ESSENTIAL_IDS = frozenset({"search.open", "view.figures", "app.quit"})
MORE = "…"
_IF_ROOM_IDS = frozenset(command.id for command in ALL_COMMANDS if command.footer_if_room)


@dataclass(frozen=True)
class ShownKey:
    key: str  # what a press sends (``simulate_key`` on click)
    display: str  # how the key is shown, e.g. "^p" or "g g"
    description: str
    enabled: bool
    if_room: bool = False  # drawn only when every other key fits and it does too
    essential: bool = False  # kept before the others when not all fit

    @property
    def width(self) -> int:
        return cell_len(self.display) + 1 + cell_len(self.description)


def shown_keys(screen: Screen) -> tuple[tuple[ShownKey, ...], tuple[ShownKey, ...]]:
    """The keys the footer of ``screen`` shows: (in order, pinned at the right).

    One key per action (the first bound), as Textual's footer does.
    """
    app = screen.app
    actions: set[str] = set()
    keys: list[ShownKey] = []
    pinned: dict[str, ShownKey] = {}
    in_force = sorted(screen.active_bindings.values(), key=lambda active: listing_order(active.binding.id))
    for active in in_force:
        binding = active.binding
        if binding.action in actions:
            continue
        if_room = not binding.show and binding.id in _IF_ROOM_IDS
        shown = ShownKey(
            binding.key,
            app.get_key_display(binding),
            binding.description,
            active.enabled,
            if_room,
            binding.id in ESSENTIAL_IDS,
        )
        if binding.id in PINNED_IDS:
            pinned.setdefault(binding.id, shown)
        elif binding.show or if_room:
            keys.append(shown)
        else:
            continue
        actions.add(binding.action)
    return tuple(keys), tuple(pinned[id_] for id_ in PINNED_IDS if id_ in pinned)


def _row_width(keys) -> int:
    """Cells taken by ``keys`` drawn as one row: a space at each end, two between keys."""
    return sum(key.width for key in keys) + 2 * len(keys) if keys else 0


class KeyBar(Widget, can_focus=False):
    """``n Next claim  p Previous claim  …  ? Help  ^p Palette``."""

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyBar > .keybar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyBar > .keybar--description {
        color: $footer-description-foreground;
    }
    KeyBar > .keybar--disabled {
        text-style: dim;
    }
    """
    COMPONENT_CLASSES = {"keybar--key", "keybar--description", "keybar--disabled"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keys: tuple[ShownKey, ...] = ()
        self.pinned: tuple[ShownKey, ...] = ()
        self._spans: list[tuple[int, int, ShownKey]] = []  # cells each drawn key covers, for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        keys, pinned = shown_keys(screen)
        if (keys, pinned) != (self.keys, self.pinned):  # focus moves often; the keys rarely change
            self.keys, self.pinned = keys, pinned
            self.refresh()

    def visible_keys(self, width: int) -> tuple[list[ShownKey], bool]:
        """The unpinned keys that fit in ``width`` cells beside the pinned ones; whether some did not."""
        room = width - _row_width(self.pinned) - 1  # at least one space between the two groups
        needed = [key for key in self.keys if not key.if_room]
        needed.sort(key=lambda key: not key.essential)  # stable: otherwise in listing order
        shown: list[ShownKey] = []
        for index, key in enumerate(needed):
            more = index < len(needed) - 1  # a "…" must fit too if keys follow
            if _row_width([*shown, key]) + (len(MORE) + 2 if more else 0) > room:
                return sorted(shown, key=self.keys.index), True
            shown.append(key)
        for key in (key for key in self.keys if key.if_room):  # then the extras, each if it fits
            if _row_width([*shown, key]) <= room:
                shown.append(key)
        return sorted(shown, key=self.keys.index), False

    def render(self) -> Content:
        width = self.size.width
        shown, cut = self.visible_keys(width)
        left = self._row(shown)
        if cut:
            left = Content.assemble(left, " ", (MORE, self.get_visual_style("keybar--disabled", partial=True)))
        gap = max(1, width - left.cell_length - _row_width(self.pinned))
        right = self._row(self.pinned)
        self._spans = [*self._spans_of(shown, 0), *self._spans_of(self.pinned, left.cell_length + gap)]
        return Content.assemble(left, " " * gap, right)

    def _row(self, keys: list[ShownKey] | tuple[ShownKey, ...]) -> Content:
        """`` key description  key description `` (a space at each end)."""
        if not keys:
            return Content("")
        parts: list[Content | str] = [" "]
        for index, key in enumerate(keys):
            if index:
                parts.append("  ")
            parts.append(self._key_content(key))
        parts.append(" ")
        return Content.assemble(*parts)

    @staticmethod
    def _spans_of(keys: list[ShownKey] | tuple[ShownKey, ...], start: int) -> list[tuple[int, int, ShownKey]]:
        spans = []
        column = start + 1
        for key in keys:
            spans.append((column, column + key.width, key))
            column += key.width + 2
        return spans

    def _key_content(self, key: ShownKey) -> Content:
        key_style = self.get_visual_style("keybar--key", partial=True)
        description_style = self.get_visual_style("keybar--description", partial=True)
        content = Content.assemble((key.display, key_style), " ", (key.description, description_style))
        if not key.enabled:
            content = content.stylize(self.get_visual_style("keybar--disabled", partial=True))
        return content

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                if key.enabled:
                    self.app.simulate_key(key.key)
                else:
                    self.app.bell()
                return
