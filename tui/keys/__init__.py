"""The app side of keymaps: apply the resolved keymap, and multi-key sequences."""

from tui.keys.apply import SEQUENCE_TIMEOUT, apply_keymap, keys_in_force
from tui.keys.display import sequence_key_display

__all__ = ["SEQUENCE_TIMEOUT", "apply_keymap", "keys_in_force", "sequence_key_display"]
