"""Multi-key sequences such as ``g g`` on top of Textual's single-key bindings.

The first key of every sequence is bound app-wide to push a small, see-through
modal screen: it shows the keys typed so far and what may follow, takes the
next key, and either runs the completed sequence's binding, waits for one
more key, or cancels (wrong key, Escape, a click or the timeout).

A completed sequence runs the binding Textual itself holds for it: the keymap
gives a sequence-bound id the key string "g g", which no key event ever
matches, so ``Screen.active_bindings`` of the screen below tells us which
binding, namespace and enabled state apply there, exactly as for a key.

Keys typed quickly (or arriving in one read over SSH) may already be on their
way through the screen below when the modal opens; Textual then checks them
against the modal's bindings. So each first key gets a modal class whose
bindings are exactly the keys that can follow it.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.screen import ActiveBinding, ModalScreen
from textual.timer import Timer
from textual.widgets import Static

from keymaps.keystrings import display_key

SCREEN_NAME_PREFIX = "factscope-keys:"
CANCEL_KEYS = frozenset({"escape", "ctrl+g"})

Sequences = Callable[[], dict[str, list[str]]]  # live view: sequence -> ids


class PendingKeysScreen(ModalScreen[None]):
    """Shown while a sequence is half typed; one per first key, installed once."""

    DEFAULT_CSS = """
    PendingKeysScreen {
        background: transparent;
        align: right bottom;
    }
    PendingKeysScreen > #pending-keys {
        display: none;
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

    def __init__(self, first_key: str, sequences: Sequences, timeout: Callable[[], float]) -> None:
        super().__init__()
        self.first_key = first_key
        self._sequences = sequences  # read live, so a re-applied keymap is used
        self._timeout = timeout
        self.typed = first_key
        self._candidates: dict[str, ActiveBinding] = {}
        self._timer: Timer | None = None
        self._active = False  # from the first key until the sequence ends
        self._interrupted = False  # another screen was pushed over us meanwhile

    def compose(self) -> ComposeResult:
        yield Static(id="pending-keys", markup=False)

    def on_mount(self) -> None:
        if self._active:  # a key in flight started the sequence before we were composed
            self._show()

    # -- lifecycle -------------------------------------------------------------
    def on_screen_resume(self) -> None:
        if not self.is_current:
            return  # already dismissed by a key that arrived before this event
        if self._interrupted:
            # Something (a priority binding) opened on top: the sequence is stale.
            self._interrupted = False
            self._finish()
            return
        self._begin()

    def on_screen_suspend(self) -> None:
        if self._active and self in self.app.screen_stack:
            self._interrupted = True
            self._stop_timer()

    def _begin(self) -> None:
        """Start a sequence (idempotent: the first of resume/key/binding does it)."""
        if self._active:
            return
        self.typed = self.first_key
        self._candidates = self._bindings_below()
        if not self._candidates:
            # Nothing starting with this key works on the screen below.
            self._finish()
            return
        self._active = True
        self._show()
        self._restart_timer()

    # -- keys --------------------------------------------------------------------
    async def on_key(self, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        await self.action_continue_sequence(event.key)

    async def action_continue_sequence(self, key: str) -> None:
        """The next key: reached by ``on_key``, or by a binding for keys in flight."""
        if not self.is_current:
            return
        self._begin()
        if not self._active:
            return
        typed = f"{self.typed} {key}"
        active = self._candidates.get(typed)
        if active is not None:
            self._finish()  # leave first: the action may open a screen of its own
            if active.enabled:
                await self.app.run_action(active.binding.action, active.node)
            else:
                self.app.bell()
        elif any(sequence.startswith(f"{typed} ") for sequence in self._candidates):
            self.typed = typed
            self._show()
            self._restart_timer()
        else:
            self._finish()
            if key not in CANCEL_KEYS:  # Escape / Ctrl+g cancel quietly; other keys beep
                self.app.bell()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self._finish()

    # -- helpers -------------------------------------------------------------------
    def _bindings_below(self) -> dict[str, ActiveBinding]:
        """Sequences starting with the first key that the screen below can run."""
        stack = self.app.screen_stack
        if len(stack) < 2 or stack[-1] is not self:
            return {}
        active = stack[-2].active_bindings
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
            if sequence.startswith(f"{self.typed} "):
                text.append("\n")
                text.append(display_key(sequence[len(self.typed) + 1 :]), style="bold")
                text.append(f"  {active.binding.description or active.binding.action}")
        self._set_box(text)

    def _set_box(self, text: Text | None) -> None:
        """Show ``text`` in the box, or hide the box (None) so nothing flashes."""
        try:
            box = self.query_one("#pending-keys", Static)
        except NoMatches:
            return  # not composed yet: on_mount shows it
        box.update(text or "")
        box.display = text is not None

    def _restart_timer(self) -> None:
        self._stop_timer()
        self._timer = self.set_timer(self._timeout(), self._expire, name="key-sequence-timeout")

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _expire(self) -> None:
        self._timer = None
        if self._active and self.is_current:
            self._finish()

    def _finish(self) -> None:
        """End the sequence and leave, if we are still the screen on top."""
        self._active = False
        self._stop_timer()
        self._candidates = {}
        self._set_box(None)
        if self.is_current:
            self.dismiss(None)


def screen_name(first_key: str) -> str:
    return f"{SCREEN_NAME_PREFIX}{first_key}"


def following_keys(first_key: str, sequences: list[str]) -> set[str]:
    """Every key that can come after ``first_key`` in one of ``sequences``."""
    keys: set[str] = set()
    for sequence in sequences:
        first, *rest = sequence.split(" ")
        if first == first_key:
            keys.update(rest)
    return keys


def pending_screen_class(first_key: str, keys_after: set[str]) -> type[PendingKeysScreen]:
    """A PendingKeysScreen whose bindings catch ``keys_after`` still in flight."""
    bindings = [Binding(key, f"continue_sequence({key!r})", show=False) for key in sorted(keys_after | CANCEL_KEYS)]
    return type("PendingKeysScreen", (PendingKeysScreen,), {"BINDINGS": bindings})


def bind_first_keys(app: App, bound: dict[str, set[str]], sequences: Sequences, timeout: Callable[[], float]) -> None:
    """Bind each first key app-wide to open its pending-keys screen.

    ``bound`` maps first keys already bound to the keys their screen catches.
    Textual offers no public way to remove a binding, so a first key bound
    earlier stays bound; its screen reads the live sequences and closes at
    once when none apply.
    """
    live = list(sequences())
    for first_key in sorted({sequence.split(" ")[0] for sequence in live}):
        keys_after = following_keys(first_key, live)
        name = screen_name(first_key)
        if first_key in bound:
            if keys_after <= bound[first_key]:
                continue
            if any(getattr(screen, "first_key", None) == first_key for screen in app.screen_stack):
                continue  # in use right now; the next apply will replace it
            app.uninstall_screen(name)
        else:
            # No description: help and palette list the sequences themselves, not "g".
            app.bind(first_key, f"app.push_screen({name!r})", show=False)
        screen_class = pending_screen_class(first_key, keys_after)
        app.install_screen(screen_class(first_key, sequences, timeout), name)
        bound[first_key] = keys_after
