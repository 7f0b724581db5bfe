"""Keymap files: shipped maps, overrides, and bad entries that warn by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from keymaps.errors import KeymapError
from keymaps.keystrings import normalize_keys
from keymaps.load import (
    bundled_keymap_dir,
    bundled_keymap_names,
    default_keys,
    find_keymap,
    read_keymap_file,
    resolve,
)
from tui.commands import ALL_COMMANDS
from tui.commands.base import Command

SHIPPED = ["default", "emacs", "vim"]


def keymap_file(tmp_path: Path, body: str, name: str = "mine.toml") -> str:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return str(path)


def test_the_three_keymaps_ship() -> None:
    assert bundled_keymap_names() == SHIPPED


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_keymap_loads_without_warnings_and_binds_every_id(name: str) -> None:
    _, warnings = read_keymap_file(bundled_keymap_dir() / f"{name}.toml")
    assert warnings == []
    resolved = resolve(ALL_COMMANDS, name)
    assert resolved.warnings == []
    assert all(resolved.keys[command.id] for command in ALL_COMMANDS)


def test_the_default_keymap_is_the_commands_own_keys() -> None:
    table, _ = read_keymap_file(bundled_keymap_dir() / "default.toml")
    assert table == {}, "keymaps/default.toml rebinds nothing: a command's default key is written in the command"
    assert resolve(ALL_COMMANDS, "default").keys == default_keys(ALL_COMMANDS)


@pytest.mark.parametrize("name", ["vim", "emacs"])
def test_vim_and_emacs_are_overlays_naming_only_what_they_rebind(name: str) -> None:
    """An entry equal to the command's own key would be a copy to edit with it."""
    table, _ = read_keymap_file(bundled_keymap_dir() / f"{name}.toml")
    defaults = default_keys(ALL_COMMANDS)
    assert set(table) <= set(defaults)
    repeated = [
        command_id
        for command_id, keys in table.items()
        if tuple(normalize_keys(key) for key in ([keys] if isinstance(keys, str) else keys)) == defaults[command_id]
    ]
    assert repeated == [], f"keymaps/{name}.toml repeats the default keys of {repeated}: drop those lines"


def test_vim_and_emacs_keep_their_conventions() -> None:
    vim = resolve(ALL_COMMANDS, "vim").keys
    assert {"j", "n"} <= set(vim["claim.next"]) and {"k", "N"} <= set(vim["claim.prev"])
    assert "g g" in vim["claim.first"] and "G" in vim["claim.last"]
    assert "ctrl+d" in vim["reader.page_down"] and "ctrl+u" in vim["reader.page_up"]
    assert "colon" in vim["palette.open"]
    emacs = resolve(ALL_COMMANDS, "emacs").keys
    assert "ctrl+n" in emacs["claim.next"] and "ctrl+p" in emacs["claim.prev"]
    assert "ctrl+s" in emacs["search.open"]
    assert "alt+less_than_sign" in emacs["claim.first"] and "alt+greater_than_sign" in emacs["claim.last"]
    closing = [command.id for command in ALL_COMMANDS if command.id.endswith((".close", ".cancel"))]
    assert closing and all("ctrl+g" in emacs[command_id] for command_id in closing)
    default = resolve(ALL_COMMANDS, "default").keys
    assert default["search.open"] == ("slash",) and default["help.show"] == ("question_mark",)
    assert default["app.quit"] == ("q",) and default["palette.open"] == ("ctrl+p",)
    assert "enter" in default["xref.follow"]


def test_overrides_apply_over_the_keymap() -> None:
    resolved = resolve(ALL_COMMANDS, "vim", {"claim.next": "ctrl+j, down", "view.figures": ["F", "g f"]})
    assert resolved.keys["claim.next"] == ("ctrl+j", "down")
    assert resolved.keys["view.figures"] == ("F", "g f")
    assert resolved.keys["claim.prev"] == ("k", "N")  # untouched ids keep the keymap's keys
    textual = resolved.textual_keymap()
    assert textual["view.figures"] == "F,g f" and textual["claim.first"] == "g g,less_than_sign"
    assert "search.open" not in textual  # same as the command's default: left to Textual
    assert resolve(ALL_COMMANDS, "default").textual_keymap() == {}
    assert resolved.sequences()["g f"] == ["view.figures"]


def test_bad_entries_warn_by_name_and_the_rest_applies() -> None:
    resolved = resolve(
        ALL_COMMANDS,
        "default",
        {
            "claim.nxet": "j",
            "claim.prev": "ctrl+",
            "claim.last": ["pgdwn", "L"],
            "note.edit": 3,
            "app.quit": "Q",
        },
    )
    warnings = "\n".join(resolved.warnings)
    assert "unknown binding id 'claim.nxet' (did you mean 'claim.next'?)" in warnings
    assert "'claim.prev': key 'ctrl+' has no key after its modifiers" in warnings
    assert "'claim.last': unknown key name 'pgdwn'" in warnings
    assert "'note.edit' must be a key string or a list of key strings" in warnings
    assert len(resolved.warnings) == 4
    assert resolved.keys["claim.prev"] == ("p",)  # malformed: the keymap's key stays
    assert resolved.keys["claim.last"] == ("L",)  # the good key of the entry applies
    assert resolved.keys["app.quit"] == ("Q",)


def test_two_ids_on_one_key_in_one_scope_warn_naming_both() -> None:
    resolved = resolve(ALL_COMMANDS, "default", {"claim.first": "n"})
    assert resolved.warnings == ["key 'n' is bound to both claim.first and claim.next in MainScreen"]
    # The same key in different scopes is normal (Enter opens, Escape closes on each screen).
    assert not any("enter" in warning for warning in resolve(ALL_COMMANDS, "default").warnings)


def test_a_key_that_hides_a_sequence_warns() -> None:
    resolved = resolve(ALL_COMMANDS, "vim", {"view.figures": "g"})
    assert resolved.warnings == [
        "key 'g' of entities.figures hides view.figures in EntitiesScreen",  # where g is taken
        "key 'g' of view.figures hides the sequence 'g g' of claim.first in MainScreen",
    ]


def test_custom_commands_are_resolved_without_textual(tmp_path: Path) -> None:
    commands = [Command("x.one", "a", "one", "One", "first"), Command("x.two", "b", "two", "Two", "second", scope="S")]
    # The shipped default names ids these commands lack: quietly skipped.
    resolved = resolve(commands, None)
    assert resolved.keys == {"x.one": ("a",), "x.two": ("b",)} and resolved.warnings == []
    # A user's own keymap naming them is a mistake worth a warning.
    resolved = resolve(commands, keymap_file(tmp_path, '[keys]\n"x.one" = "z"\n"claim.next" = "j"\n'))
    assert resolved.keys == {"x.one": ("z",), "x.two": ("b",)}
    assert resolved.warnings == ["mine.toml: unknown binding id 'claim.next'"]


def test_unknown_keymap_and_broken_files_raise_one_line(tmp_path: Path) -> None:
    with pytest.raises(KeymapError, match=r"unknown keymap 'vi' \(available: default, emacs, vim\)"):
        resolve(ALL_COMMANDS, "vi")
    broken = keymap_file(tmp_path, '[keys]\n"claim.next" = \n')
    with pytest.raises(KeymapError) as caught:
        resolve(ALL_COMMANDS, broken)
    assert "is not valid TOML" in str(caught.value) and "mine.toml" in str(caught.value)
    assert "line 2" in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(KeymapError, match="does not exist"):
        resolve(ALL_COMMANDS, str(tmp_path / "missing.toml"))


def test_user_keymaps_are_found_next_to_the_config(tmp_path: Path) -> None:
    user_dir = tmp_path / "keymaps"
    user_dir.mkdir()
    (user_dir / "mine.toml").write_text('[keys]\n"claim.next" = "z n"\n')
    assert find_keymap("mine", user_dir) == user_dir / "mine.toml"
    resolved = resolve(ALL_COMMANDS, "mine", user_dir=user_dir)
    assert resolved.keys["claim.next"] == ("z n",) and resolved.warnings == []
    assert resolved.keys["claim.prev"] == ("p",)  # ids it leaves out keep their defaults
    assert resolved.name == "mine"


def test_unknown_settings_in_a_keymap_file_warn(tmp_path: Path) -> None:
    path = keymap_file(tmp_path, 'name = "x"\nkeys = "j"\n')
    resolved = resolve(ALL_COMMANDS, path)
    assert resolved.warnings == [
        "mine.toml: unknown setting 'name' (expected 'description' and a [keys] table)",
        "mine.toml: 'keys' must be a table of binding id = keys",
    ]


def test_a_key_textual_keeps_for_itself_warns() -> None:
    resolved = resolve(ALL_COMMANDS, "default", {"note.edit": ["ctrl+q", "a"]})
    assert resolved.warnings == ["key 'ctrl+q' of note.edit is taken by Textual's quit and never reaches it"]
    assert resolve(ALL_COMMANDS, "default", {"app.quit": "ctrl+q"}).warnings == []  # it quits either way


def test_the_default_keymap_has_nothing_to_apply() -> None:
    """The app skips applying it when the user has no key settings (tui/app.py)."""
    resolved = resolve(ALL_COMMANDS, "default")
    assert resolved.textual_keymap() == {} and resolved.sequences() == {} and not resolved.warnings
