"""A screen that draws in one frame what Textual would draw in the next one.

Each frame after a long one waits a tick or two of Textual's 60 Hz update timer, so every
extra frame cost 16-33 ms of a key's wall time. Two kinds came after the frame that showed a
key's answer (traced in the app, ``tests/bench/bench_keys.py``'s steps):
- the scrollbars a layout just moved: laying a list out moves its scrollbar (Textual's
  ``_scroll_update`` refreshes it from within the layout), and the scrollbar hands that redraw
  to the screen only when it next idles, after the frame (every view's opening, Back);
- the key bar's keys, when the focus just moved (opening a search result): its redraw request,
  made as Textual worked the keys out after the frame (``Screen.set_focus``), reached the
  screen after the next tick had begun;
- redraw requests already made, still in the screen's queue as a frame drew the widget (or the
  whole screen): a kept view shown again (t, e, f) has its styles applied afresh, and Textual's
  scrollbar colour rules ask every scrollbar to redraw even when unchanged
  (``ScrollbarColorProperty``); the scrollbars' own message loops sent the requests, which the
  screen read only after the frame that drew the view, and drew again alone a tick later.

And a layout often asks for another: a widget whose size or scrollable size the layout changed
asks to be laid out again (Textual's ``virtual_size`` is a layout reactive; the palette's list,
shown, sized and filled, asked three times), and each pass was a frame of its own, a tick or
two after the one before. The passes a layout asks for are run at once, and drawn in one frame.

And a screen closed for good (the palette) is not followed by a layout and a second whole frame
of the screen under it (Textual's prune asks the removed node's parent, the app, to lay out).
"""

from __future__ import annotations

import math

from textual import messages
from textual._time import get_time
from textual.await_remove import AwaitRemove
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList

from tui.widgets.footer import KeyBar

LAYOUT_PASSES = 4  # at most this many further layouts at once (each asked for by the one before)


class DrawsInOneFrame(Screen):  # a mixin: the screen class gives the result type
    _keys_drawn: object = None  # the key bar's keys and size as last drawn
    _keys_drawn_early = False  # drawn before its own redraw request came (see _on_update)
    # The last frame: when it began, whether it drew the whole screen, and the widgets it drew.
    _frame: tuple[float, bool, frozenset[Widget]] = (-math.inf, False, frozenset())
    _laying_out = False  # in _refresh_layout: its frame waits for the passes its layout asks for

    def _refresh_layout(self, size: Size | None = None, scroll: bool = False) -> None:
        """A layout, the layouts it asks for at once after it, then one frame."""
        if self._laying_out or not self.is_current or self.app._batch_count:
            super()._refresh_layout(size, scroll)
            return
        self._laying_out = True
        try:
            super()._refresh_layout(size, scroll)
            for _ in range(LAYOUT_PASSES):
                if not self._take_layout_requests():
                    break
                super()._refresh_layout(size)
        finally:
            self._laying_out = False
        if self.is_current:
            self._compositor_refresh()

    def remove(self) -> AwaitRemove:
        """Removed, closed for good (the palette at each Escape). Textual's prune asked the
        removed widget's parent to lay itself out again: for a screen, the app, which lays out
        and draws whole the screen now in front, a second frame after the one its resume drew
        (the same 24 KB). A screen's going changes no other screen's layout."""
        return self.app._prune(self, parent=None)

    def _take_layout_requests(self) -> bool:
        """Take the layout requests the widgets made (as each would hand its own over when it next
        idles, ``Widget._check_refresh``, and the screen take it, ``Screen._on_layout``)."""
        for options in self.query(OptionList):
            if options.display and options.is_on_screen:
                # Textual's OptionList maps its options to lines as it renders, and a new map's
                # height asks for a layout after the frame: mapped here, it asks now.
                options._update_lines()
        asked = [
            part
            for widget in self.walk_children(Widget)
            for part in (widget, *widget._get_virtual_dom())
            if part._layout_required
        ]
        for widget in asked:
            widget._layout_required = False
            for ancestor in widget.ancestors:
                if not isinstance(ancestor, Widget):
                    break
                ancestor._clear_arrangement_cache()
                ancestor._layout_updates += 1
                if not ancestor.styles.auto_dimensions:
                    break
            child: Widget = widget
            for ancestor in widget.ancestors:
                if not isinstance(ancestor, Widget):
                    break
                self._layout_widgets.setdefault(ancestor, set())
                if child not in self._layout_widgets:
                    self._layout_widgets[ancestor].add(child)
                if not ancestor.styles.auto_dimensions:
                    break
                child = ancestor
        return bool(asked)

    def _compositor_refresh(self) -> None:
        """A frame, with the scrollbars a layout moved and the key bar's new keys drawn in it."""
        if self._laying_out:
            return  # drawn once the layout's passes are done
        self._keys_drawn_early = False
        if self.is_current:
            began = get_time()
            if self._repaint_required:  # the whole screen, asked for (a style change): in this frame
                self._repaint_required = False
                self._dirty_widgets.add(self)
                self._compositor.update_widgets({self})
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
            self._frame = (began, self in self._dirty_widgets, frozenset(due | self._dirty_widgets))
        super()._compositor_refresh()

    async def _on_update(self, message: messages.Update) -> None:
        """A redraw request; dropped when a frame begun after it was made drew the widget (a new
        request after that frame comes as a new message), and the key bar's when its keys were
        drawn already, early, and have not changed since."""
        widget = message.widget
        began, whole, drawn = self._frame
        if message.time < began and (whole or widget in drawn) and self.is_current:
            message.stop()
            message.prevent_default()
            return
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
