"""Multi-key sequences such as ``g g`` on top of Textual's single-key bindings.

The first key of every sequence is bound app-wide to push a small, see-through
modal screen: it shows the pending prefix and what may follow, catches the
next key, and either runs the completed sequence's binding, waits for one
more key, or cancels (wrong key, Escape, a click or the timeout).

A completed sequence runs the binding Textual itself holds for it: the keymap
gives a sequence-bound id the key string "g g", which no key event ever
matches, so ``Screen.active_bindings`` on the screen below tells us which
binding, namespace and enabled state apply there, exactly as for a key.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.screen import ActiveBinding, ModalScreen, Screen
from textual.timer import Timer
from textual.widgets import Static

from keymaps.keystrings import display_key

SCREEN_NAME_PREFIX = "factscope-keys:"
CANCEL_KEYS = frozenset({"escape"})


class PendingKeysScreen(ModalScreen[None]):
    """Shown while a sequence is half typed; one per first key, installed once."""

    DEFAULT_CSS = """
    PendingKeysScreen {
        background: transparent;
        align: right bottom;
    }
    PendingKeysScreen > #pending-keys {
        width: auto;
        max-width: 100%;
        height: auto;
        margin: 0 1 1 0;
        padding: 0 1;
        background: $panel;
        color: $text;
        border: round $accent;
    }
    """

    def __init__(
        self,
        first_key: str,
        sequences: Callable[[], dict[str, list[str]]],
        timeout: Callable[[], float],
    ) -> None:
        super().__init__()
        self.first_key = first_key
        self._sequences = sequences  # read live, so a re-applied keymap is used
        self._timeout = timeout
        self.typed = first_key
        self.below: Screen | None = None
        self._candidates: dict[str, ActiveBinding] = {}
        self._timer: Timer | None = None
        self._waiting = False  # True from the first key until the sequence ends
        self._interrupted = False  # another screen was pushed over us meanwhile

    def compose(self) -> ComposeResult:
        yield Static(id="pending-keys", markup=False)

    # -- lifecycle -------------------------------------------------------------
    def on_screen_resume(self) -> None:
        if self._interrupted:
            # Something (a priority binding) opened on top: the sequence is stale.
            self._interrupted = False
            self._finish()
            return
        if self._waiting:
            return
        self.typed = self.first_key
        stack = self.app.screen_stack
        self.below = stack[-2] if len(stack) > 1 else None
        self._candidates = self._bindings_below()
        if not self._candidates:
            # Nothing starting with this key works on the screen below.
            self.call_later(self._finish)
            return
        self._waiting = True
        self._show()
        self._restart_timer()

    def on_screen_suspend(self) -> None:
        if self._waiting and self in self.app.screen_stack:
            self._interrupted = True
            self._stop_timer()

    # -- keys --------------------------------------------------------------------
    async def on_key(self, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        if not self._waiting:
            return
        if event.key in CANCEL_KEYS:
            self._finish()
            return
        typed = f"{self.typed} {event.key}"
        active = self._candidates.get(typed)
        if active is not None:
            self._finish()
            if active.enabled:
                self.app.call_later(self.app.run_action, active.binding.action, active.node)
            else:
                self.app.bell()
            return
        if any(sequence.startswith(f"{typed} ") for sequence in self._candidates):
            self.typed = typed
            self._show()
            self._restart_timer()
            return
        self._finish()
        self.app.bell()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self._finish()

    # -- helpers -------------------------------------------------------------------
    def _bindings_below(self) -> dict[str, ActiveBinding]:
        """Sequences starting with the first key that the screen below can run."""
        if self.below is None:
            return {}
        active = self.below.active_bindings
        return {
            sequence: active[sequence]
            for sequence in self._sequences()
            if sequence.startswith(f"{self.first_key} ") and sequence in active
        }

    def _show(self) -> None:
        text = Text()
        text.append(display_key(self.typed), style="bold")
        text.append(" …")
        for sequence, active in sorted(self._candidates.items()):
            if not sequence.startswith(f"{self.typed} "):
                continue
            rest = sequence[len(self.typed) + 1 :]
            text.append("\n")
            text.append(display_key(rest), style="bold")
            text.append(f"  {active.binding.description or active.binding.action}")
        self.query_one("#pending-keys", Static).update(text)

    def _restart_timer(self) -> None:
        self._stop_timer()
        self._timer = self.set_timer(self._timeout(), self._expire, name="key-sequence-timeout")

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _expire(self) -> None:
        self._timer = None
        if self._waiting and self.is_current:
            self._finish()

    def _finish(self) -> None:
        """End the sequence and leave, if we are still the screen on top."""
        self._waiting = False
        self._stop_timer()
        self._candidates = {}
        if self.is_current:
            self.dismiss(None)


def screen_name(first_key: str) -> str:
    return f"{SCREEN_NAME_PREFIX}{first_key}"


def bind_first_keys(
    app: App,
    first_keys: set[str],
    already_bound: set[str],
    sequences: Callable[[], dict[str, list[str]]],
    timeout: Callable[[], float],
) -> None:
    """Bind each new first key app-wide to open its pending-keys screen.

    Textual offers no public way to remove a binding, so a first key bound
    earlier stays bound; its screen reads the live sequences and closes at
    once when none apply.
    """
    for first_key in sorted(first_keys - already_bound):
        name = screen_name(first_key)
        app.install_screen(PendingKeysScreen(first_key, sequences, timeout), name)
        app.bind(
            first_key,
            f"app.push_screen({name!r})",
            description=f"{display_key(first_key)} …",
            show=False,
        )
        already_bound.add(first_key)
