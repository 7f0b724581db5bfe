"""The app side of keymaps: apply the resolved keymap (apply.py), multi-key sequences
(sequences.py) and how they are shown (display.py).

Nothing is imported here: the app shows its first screen without the keymap
machinery when the user has no key settings.
"""
