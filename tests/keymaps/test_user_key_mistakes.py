"""Mistakes in a user's [keys] are said in one line each, never silently applied."""

from __future__ import annotations

from keymaps.load import resolve
from tui.commands import ALL_COMMANDS


def test_a_word_that_names_no_key_is_refused_with_a_warning() -> None:
    resolved = resolve(ALL_COMMANDS, None, {"claim.next": "banana"})  # the name of an emoji, not a key
    assert resolved.keys["claim.next"] == ("n",)
    assert any("'banana'" in warning and "claim.next" in warning for warning in resolved.warnings)


def test_a_screen_key_that_hides_an_app_wide_one_is_warned_about() -> None:
    resolved = resolve(ALL_COMMANDS, None, {"claim.next": "f"})
    assert "key 'f' of claim.next hides view.figures in MainScreen" in resolved.warnings


def test_the_shipped_keymaps_own_shadows_are_not_warned_about() -> None:
    for name in ("default", "vim", "emacs"):  # a view's "/" filters it: meant, not a mistake
        assert resolve(ALL_COMMANDS, name, {"claim.prev": "p"}).warnings == [], name
