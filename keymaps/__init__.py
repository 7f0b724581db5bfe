"""Keymap files (binding id -> keys) shipped with factscope: default, vim, emacs."""
