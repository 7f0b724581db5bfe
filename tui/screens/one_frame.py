"""A screen that draws in one frame what Textual would draw in the next one.

Each frame after a long one waits a tick or two of Textual's 60 Hz update timer, so every
extra frame cost 16-33 ms of a key's wall time. Two kinds came after the frame that showed a
key's answer (traced in the app, ``tests/bench/bench_keys.py``'s steps):
- the scrollbars a layout just moved: laying a list out moves its scrollbar (Textual's
  ``_scroll_update`` refreshes it from within the layout), and the scrollbar hands that redraw
  to the screen only when it next idles, after the frame (every view's opening, Back);
- the key bar's keys, when the focus just moved (opening a search result): its redraw request,
  made as Textual worked the keys out after the frame (``Screen.set_focus``), reached the
  screen after the next tick had begun.
"""

from __future__ import annotations

from textual import messages
from textual.screen import Screen
from textual.widget import Widget

from tui.widgets.footer import KeyBar


class DrawsInOneFrame(Screen):  # a mixin: the screen class gives the result type
    _keys_drawn: object = None  # the key bar's keys and size as last drawn
    _keys_drawn_early = False  # drawn before its own redraw request came (see _on_update)

    def _compositor_refresh(self) -> None:
        """A frame, with the scrollbars a layout moved and the key bar's new keys drawn in it."""
        self._keys_drawn_early = False
        if self.is_current:
            due = {
                part
                for widget in self.walk_children(Widget)
                for part in (widget, *widget._get_virtual_dom())
                if part._repaint_required and not part._layout_required and part.display
            }
            for bar in self.query(KeyBar):
                shown = (bar.keys, bar.pinned, bar.size)
                if shown != self._keys_drawn:
                    self._keys_drawn = shown
                    if bar not in self._dirty_widgets and bar.display:
                        due.add(bar)
                        self._keys_drawn_early = True
            if due:
                for part in due:
                    part._repaint_required = False  # drawn here: nothing left to hand over
                self._compositor.update_widgets(due)
        super()._compositor_refresh()

    async def _on_update(self, message: messages.Update) -> None:
        """A redraw request; the key bar's is dropped when its keys were drawn already, early, and
        have not changed since."""
        widget = message.widget
        if (
            self._keys_drawn_early
            and isinstance(widget, KeyBar)
            and (widget.keys, widget.pinned, widget.size) == self._keys_drawn
        ):
            self._keys_drawn_early = False
            message.stop()
            message.prevent_default()
            return
        await super()._on_update(message)
