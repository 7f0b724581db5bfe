"""Key strings: what users write becomes the names Textual matches."""

from __future__ import annotations

import string

import pytest
from textual.app import App
from textual.binding import Binding
from textual.keys import Keys

from keymaps.errors import KeyStringError
from keymaps.keystrings import SPECIAL_KEYS, character_key_name, display_key, normalize_keys


@pytest.mark.parametrize(
    ("written", "normalized"),
    [
        ("?", "question_mark"),
        ("/", "slash"),
        (":", "colon"),
        ("<", "less_than_sign"),
        ("G", "G"),
        ("shift+g", "G"),
        ("Ctrl+P", "ctrl+p"),
        ("ctrl+]", "ctrl+right_square_bracket"),
        ("alt+<", "alt+less_than_sign"),
        ("Alt+Ctrl+X", "alt+ctrl+x"),
        ("ctrl+alt+x", "alt+ctrl+x"),
        ("Esc", "escape"),
        ("Return", "enter"),
        ("PgDn", "pagedown"),
        ("F5", "f5"),
        (" ", "space"),
        ("ctrl++", "ctrl+plus"),
        ("question_mark", "question_mark"),
        ("g g", "g g"),
        ("g   G", "g G"),
        ("ctrl+w w", "ctrl+w w"),
        ("C-x o", "ctrl+x o"),
        ("M-<", "alt+less_than_sign"),
        ("C-M-x", "alt+ctrl+x"),
        ("M--", "alt+minus"),
    ],
)
def test_normalize(written: str, normalized: str) -> None:
    assert normalize_keys(written) == normalized


@pytest.mark.parametrize(
    ("written", "complaint"),
    [
        ("", "empty key"),
        ("   ", "empty key"),
        ("ctrl+", "no key after its modifiers"),
        ("cmd+x", "unknown modifier 'cmd'"),
        ("ctrl+ctrl+x", "repeated"),
        ("pgdwn", "unknown key name 'pgdwn'"),
        ("gg", "a sequence is written with spaces: 'g g'"),
        ("a b c d", "longer than 3 keys"),
        ("\x1b", "control character"),
        ("ctrl+\x07", "control character"),
        ("C-nope", "unknown key name 'nope' in 'C-nope'"),
        ("c+x", "unknown modifier 'c'"),
    ],
)
def test_malformed_keys_raise_one_line_naming_the_key(written: str, complaint: str) -> None:
    with pytest.raises(KeyStringError) as caught:
        normalize_keys(written)
    message = str(caught.value)
    assert complaint in message and "\n" not in message


def test_special_key_names_are_textual_key_names() -> None:
    textual_names = {key.value for key in Keys}
    assert textual_names >= SPECIAL_KEYS


@pytest.mark.parametrize(
    "key",
    [
        "question_mark",
        "alt+less_than_sign",
        "ctrl+right_square_bracket",
        "g g",
        "ctrl+w W",
        "space",
        "ctrl+plus",
        "comma",
    ],
)
def test_display_is_valid_input_for_the_same_key(key: str) -> None:
    assert normalize_keys(display_key(key)) == key


async def test_character_names_match_what_textual_reports_for_each_character() -> None:
    """Bind every ASCII punctuation character by our name; pressing it must fire.
    (Letters and digits are their own names.)"""
    characters = [*string.punctuation, "a", "Z", "7"]
    pressed: list[str] = []

    class Probe(App[None]):
        BINDINGS = [Binding(character_key_name(c), f"hit({ord(c)})") for c in characters]

        def action_hit(self, code: int) -> None:
            pressed.append(chr(code))

    async with Probe().run_test() as pilot:
        for character in characters:
            await pilot.press(character)
    assert pressed == characters
