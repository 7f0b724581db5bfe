"""Keys are handled one at a time, in the order typed, each on the screen its previous key left.

A terminal hands a burst of keys over at once (typed fast, pasted, or in one read over SSH),
and Textual's app reads them all before the first is handled: it runs a priority binding as it
reads the key, but hands every other key to the widget focused at that moment, to be handled
in that widget's turn and passed up to its screen and the app. So in ``t/denial`` the ``/``
(a priority binding) opened search while the ``t`` was still on its way, and keys read after a
view key went to the screen the view was about to cover.

Here the app reads a key only once the one before it is done: handed on, handled by each
widget it passed on its way up (each widget handles its messages in order, so a callback
queued behind the key runs once the key has passed), the app's own callbacks queued meanwhile
(``Widget.focus`` waits its turn there), and a screen the key opened resumed (where it takes
its focus). A key no one is waiting on is read at once, so a single key is answered as before.

A view whose model is still being built shows a screen in its place (``PreparingViewScreen``);
the keys typed after the view's key wait there for the view, but for the keys that screen
answers itself (``answers_key``: going back, wherever typed; another view's key typed next),
read at once: the keys typed before such a key were typed for the view it leaves, and are dropped.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from textual import events

if TYPE_CHECKING:
    from textual.app import App
    from textual.message_pump import MessagePump
    from textual.screen import Screen


class KeysInOrder:
    """The keys read but not yet handled, for one app."""

    def __init__(self, app: App[Any], read: Callable[[events.Key], Awaitable[None]]) -> None:
        self._app = app
        self._read = read  # Textual's own reading of a key: a priority binding, or handed to the focus
        self._waiting: deque[events.Key] = deque()
        self._busy = False  # a key is read and not yet done

    async def key(self, event: events.Key) -> None:
        """A key from the terminal: read now, or after those before it."""
        self._waiting.append(event)
        await self._read_waiting()

    def resume(self) -> None:
        """The screen that held keys is gone: read them once the one now in front has settled."""
        if self._waiting and not self._busy:
            self._busy = True
            self._at_app()

    async def _read_waiting(self) -> None:
        app = self._app
        while self._waiting and not self._busy:
            if app.return_code is not None or not app.is_running:  # exiting: its screens are going
                self._waiting.clear()
                return
            answers_key = getattr(app.screen, "answers_key", None)  # a screen holding keys for what comes
            if answers_key is None:
                event = self._waiting.popleft()
            else:
                index = next((n for n, event in enumerate(self._waiting) if answers_key(event.key, n == 0)), None)
                if index is None:
                    return  # the keys wait for the screen to go (resume)
                for _typed_before in range(index):  # typed for what that key leaves
                    self._waiting.popleft()
                event = self._waiting.popleft()
            self._busy = True
            await self._read(event)
            # Handed on to the focused widget (or the screen) if no priority binding took it.
            start: MessagePump = (app.focused or app.screen) if event.is_forwarded else app
            self._follow(start)

    def _follow(self, node: MessagePump) -> None:
        """Wait for the key to pass ``node``, then its parent, and so on up to the app."""
        if node is self._app or not node.call_later(self._passed, node):
            self._at_app()

    def _passed(self, node: MessagePump) -> None:
        parent = node._parent  # where the key went on to, if it was not stopped here
        if parent is None:
            self._at_app()
        else:
            self._follow(parent)

    def _at_app(self) -> None:
        """The key is handled; what it queued in the app, then on the screen in front, comes next."""
        if not self._app.call_later(self._on_screen):
            self._busy = False  # the app is closing

    async def _on_screen(self) -> None:
        screen = self._app.screen
        if not screen.call_later(self._app.call_later, self._done, screen):
            await self._done(screen)

    async def _done(self, screen: Screen[Any]) -> None:
        if self._app.screen is not screen:  # another came in front meanwhile (a view in its preparing screen's place)
            self._at_app()
            return
        self._busy = False
        await self._read_waiting()
