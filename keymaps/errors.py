"""Errors about keymaps and the user's key configuration (one line each)."""

from __future__ import annotations

from corpus.errors import FactscopeError


class KeymapError(FactscopeError):
    """A keymap or config file that cannot be used at all (unreadable, not TOML)."""


class KeyStringError(KeymapError):
    """A malformed key string; the message quotes it."""
