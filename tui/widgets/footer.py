"""Textual's footer, rebuilt only when the keys it shows change.

Textual's ``Footer`` removes and remounts every key widget each time the
screen's bindings are refreshed (focus moves, data arriving, a claim being
selected), even when nothing it shows changed; at startup that is two full
rebuilds, each with its styling and a layout pass. This one compares what it
would show with what it shows and skips the rebuild when they are equal.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple | None = None  # what the last rebuild showed

    def shown_keys(self) -> tuple:
        """Everything ``compose`` reads: each shown binding as displayed, and the palette key."""
        app = self.app
        active = self.screen.active_bindings
        keys = tuple(
            (
                binding.key,
                app.get_key_display(binding),
                binding.description,
                binding.action,
                binding.group,
                enabled,
                tooltip,
            )
            for _node, binding, enabled, tooltip in active.values()
            if binding.show
        )
        palette = active.get(app.COMMAND_PALETTE_BINDING)
        palette_key = None
        if palette is not None:
            _node, binding, enabled, tooltip = palette
            palette_key = (binding.key, app.get_key_display(binding), binding.description, enabled, tooltip)
        return (keys, palette_key, self.show_command_palette, app.ENABLE_COMMAND_PALETTE, self.combine_groups)

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        shown = self.shown_keys()
        if shown == self._shown:
            return
        await super().recompose()
        if self.children or not shown[0]:  # else Textual's compose held back (bindings not ready yet)
            self._shown = shown
