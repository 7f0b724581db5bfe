"""Key strings as users write them, turned into the names Textual matches.

Users write ``"?"``, ``"Ctrl+P"``, ``"alt+<"`` or a sequence ``"g g"``; Textual
matches key events by names such as ``question_mark``, ``ctrl+p`` and
``alt+less_than_sign``. This module is the one place that knows the grammar,
so keymap files, user overrides and ``factscope keys`` all agree. Pure Python:
the names mirror Textual's (checked by the tests) without importing it.

A key is ``[modifier+]*name``; a sequence is keys separated by single spaces.
"""

from __future__ import annotations

import unicodedata

from keymaps.errors import KeyStringError

MODIFIERS = frozenset({"alt", "ctrl", "shift", "meta", "super", "hyper"})
MODIFIER_ALIASES = {"control": "ctrl", "opt": "alt", "option": "alt"}
EMACS_MODIFIERS = {"C": "ctrl", "M": "alt", "S": "shift"}  # "C-x", "M-<"

# Textual's names for keys that are not printable characters.
SPECIAL_KEYS = frozenset(
    {
        "backspace",
        "delete",
        "down",
        "end",
        "enter",
        "escape",
        "home",
        "insert",
        "left",
        "pagedown",
        "pageup",
        "right",
        "space",
        "tab",
        "up",
        *(f"f{n}" for n in range(1, 25)),
    }
)
SPECIAL_ALIASES = {
    "esc": "escape",
    "return": "enter",
    "ret": "enter",
    "del": "delete",
    "ins": "insert",
    "pgdn": "pagedown",
    "pgdown": "pagedown",
    "page_down": "pagedown",
    "pgup": "pageup",
    "page_up": "pageup",
    "bs": "backspace",
    "spc": "space",
}
# Textual shortens a few Unicode character names (keys.KEY_NAME_REPLACEMENTS).
CHARACTER_NAME_REPLACEMENTS = {
    "solidus": "slash",
    "reverse_solidus": "backslash",
    "commercial_at": "at",
    "hyphen_minus": "minus",
    "plus_sign": "plus",
    "low_line": "underscore",
}
# Shown by name although they type a character (a blank would be unreadable).
_SHOWN_BY_NAME = frozenset({"space", "tab", "enter", "escape"})

MAX_SEQUENCE_LENGTH = 3


def character_key_name(character: str) -> str:
    """Textual's name for the key that types ``character`` ("?" -> "question_mark")."""
    if character == "\t":
        return "tab"
    if character.isalnum():
        return character
    try:
        name = unicodedata.name(character).lower().replace("-", "_").replace(" ", "_")
    except ValueError:
        return character
    return CHARACTER_NAME_REPLACEMENTS.get(name, name)


# Unicode names lose their hyphens in key names ("less_than_sign"), so the
# way back for the printable ASCII punctuation is a table, not a lookup.
_ASCII_BY_NAME = {character_key_name(chr(code)): chr(code) for code in range(33, 127)}


def _character_for_name(name: str) -> str | None:
    """The printable character a key name stands for, or None ("slash" -> "/")."""
    if len(name) == 1:
        return name
    if name in _ASCII_BY_NAME:
        return _ASCII_BY_NAME[name]
    try:
        character = unicodedata.lookup(name.replace("_", " ").upper())
    except KeyError:
        return None
    # Letters, digits and punctuation are keys; a symbol is not ("banana" named the
    # emoji 🍌 and was taken, silently, as a key no keyboard types).
    typable = unicodedata.category(character)[0] in "LNP"
    return character if len(character) == 1 and character.isprintable() and typable else None


def _normalize_name(raw: str, original: str) -> str:
    """The canonical name of the key part (after the modifiers)."""
    if len(raw) == 1:
        if not raw.isprintable() or (raw.isspace() and raw != " "):
            raise KeyStringError(f"key {original!r} contains a control character")
        return "space" if raw == " " else character_key_name(raw)
    lowered = raw.lower()
    lowered = SPECIAL_ALIASES.get(lowered, lowered)
    if lowered in SPECIAL_KEYS:
        return lowered
    if (character := _character_for_name(lowered)) is not None:
        return character_key_name(character)
    hint = ""
    if raw.isalpha() and len(raw) == 2 and raw == original:
        hint = f" (a sequence is written with spaces: {' '.join(raw)!r})"
    raise KeyStringError(f"unknown key name {raw!r} in {original!r}{hint}")


def _from_emacs_notation(text: str) -> str:
    """ "C-x" -> "ctrl+x", "C-M-x" -> "ctrl+alt+x"; anything else unchanged."""
    modifiers: list[str] = []
    while len(text) > 2 and text[1] == "-" and text[0] in EMACS_MODIFIERS:
        modifiers.append(EMACS_MODIFIERS[text[0]])
        text = text[2:]
    return "+".join([*modifiers, text])


def normalize_key(text: str) -> str:
    """One key, e.g. ``"Ctrl+P"`` -> ``"ctrl+p"``, ``"?"`` -> ``"question_mark"``.

    Raises ``KeyStringError`` (one line, quoting ``text``) when malformed.
    """
    if not isinstance(text, str) or text == "":
        raise KeyStringError(f"empty key {text!r}")
    if text in ("+", ","):
        return character_key_name(text)
    spelled = _from_emacs_notation(text)
    if spelled.endswith("++"):  # "ctrl++": the plus key with modifiers
        modifier_parts, name_part = spelled[:-2].split("+"), "+"
    else:
        *modifier_parts, name_part = spelled.split("+")
    modifiers: set[str] = set()
    for part in modifier_parts:
        modifier = MODIFIER_ALIASES.get(part.lower(), part.lower())
        if modifier not in MODIFIERS:
            what = "an empty modifier" if not part else f"unknown modifier {part!r}"
            raise KeyStringError(f"{what} in key {text!r}")
        if modifier in modifiers:
            raise KeyStringError(f"modifier {part!r} repeated in key {text!r}")
        modifiers.add(modifier)
    if name_part == "":
        raise KeyStringError(f"key {text!r} has no key after its modifiers")
    name = _normalize_name(name_part, text)
    if modifiers and len(name) == 1 and name.isalpha():
        # "shift+g" arrives from the terminal as "G"; "Ctrl+P" is written
        # capitalised but terminals cannot tell it from ctrl+p.
        if modifiers == {"shift"}:
            return name.upper()
        name = name.lower()
    # Textual sorts modifiers alphabetically when it names a key event.
    return "+".join([*sorted(modifiers), name])


def normalize_keys(text: str) -> str:
    """A key or a sequence of keys separated by spaces: ``"g  G"`` -> ``"g G"``.

    A lone space character means the space bar.
    """
    if not isinstance(text, str):
        raise KeyStringError(f"key {text!r} is not a string")
    if text == " ":
        return "space"
    parts = text.split()
    if not parts:
        raise KeyStringError(f"empty key {text!r}")
    if len(parts) > MAX_SEQUENCE_LENGTH:
        raise KeyStringError(f"key sequence {text!r} is longer than {MAX_SEQUENCE_LENGTH} keys")
    return " ".join(normalize_key(part) for part in parts)


def is_sequence(key: str) -> bool:
    """True for a normalized multi-key sequence such as ``"g g"``."""
    return " " in key


def display_key(key: str) -> str:
    """How a normalized key or sequence is shown: ``"ctrl+question_mark"`` -> ``"ctrl+?"``."""
    shown = []
    for part in key.split(" "):
        *modifiers, name = part.split("+")
        character = None if name in _SHOWN_BY_NAME else _character_for_name(name)
        shown.append("+".join([*modifiers, character or name]))
    return " ".join(shown)
