"""The user's config.toml: keymap choice, [keys] overrides, FACTSCOPE_CONFIG."""

from __future__ import annotations

from pathlib import Path

import pytest

from keymaps.config import load_key_config, resolve_user_keymap
from keymaps.errors import KeymapError
from store.paths import config_path
from tui.commands import ALL_COMMANDS


def write_config(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


def test_no_config_file_means_the_default_keymap() -> None:
    assert not config_path().exists()
    resolved = resolve_user_keymap(ALL_COMMANDS)
    assert resolved.name == "default" and resolved.warnings == []
    assert resolved.keys["claim.next"] == ("n",)


def test_config_chooses_the_keymap_and_overrides_single_ids() -> None:
    write_config(config_path(), 'keymap = "vim"\ntheme = "nord"\n\n[keys]\n"view.figures" = "F"\n')
    resolved = resolve_user_keymap(ALL_COMMANDS)
    assert resolved.name == "vim" and resolved.warnings == []
    assert resolved.keys["claim.first"] == ("g g", "less_than_sign")  # from vim.toml
    assert resolved.keys["view.figures"] == ("F",)  # from [keys]


def test_the_command_line_keymap_wins_over_the_config() -> None:
    write_config(config_path(), 'keymap = "vim"\n[keys]\n"app.quit" = "ctrl+q"\n')
    resolved = resolve_user_keymap(ALL_COMMANDS, "emacs")
    assert resolved.name == "emacs"
    assert resolved.keys["claim.next"] == ("ctrl+n", "n")
    assert resolved.keys["app.quit"] == ("ctrl+q",)  # overrides still apply


def test_factscope_config_points_at_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = write_config(tmp_path / "elsewhere.toml", 'keymap = "emacs"\n')
    monkeypatch.setenv("FACTSCOPE_CONFIG", str(other))
    assert load_key_config().path == other
    assert resolve_user_keymap(ALL_COMMANDS).name == "emacs"


def test_unknown_keymap_in_the_config_warns_and_uses_the_default() -> None:
    write_config(config_path(), 'keymap = "vimm"\n')
    resolved = resolve_user_keymap(ALL_COMMANDS)
    assert resolved.name == "default"
    assert resolved.warnings == ["config.toml: unknown keymap 'vimm' (available: default, emacs, vim); using 'default'"]
    with pytest.raises(KeymapError, match="unknown keymap 'vimm'"):
        resolve_user_keymap(ALL_COMMANDS, "vimm")  # given on the command line: an error


def test_wrongly_typed_settings_warn() -> None:
    write_config(config_path(), 'keymap = 3\nkeys = ["j"]\n')
    resolved = resolve_user_keymap(ALL_COMMANDS)
    assert resolved.warnings == [
        "config.toml: 'keymap' must be a keymap name such as \"vim\"",
        "config.toml: 'keys' must be a table of binding id = keys",
    ]


def test_a_config_that_is_not_toml_is_one_line_naming_the_file() -> None:
    path = write_config(config_path(), "keymap = vim\n")
    with pytest.raises(KeymapError) as caught:
        resolve_user_keymap(ALL_COMMANDS)
    message = str(caught.value)
    assert str(path) in message and "not valid TOML" in message and "\n" not in message
    assert path.read_text() == "keymap = vim\n"  # never rewritten


def test_user_keymap_in_the_config_dir() -> None:
    write_config(config_path().parent / "keymaps" / "mine.toml", '[keys]\n"claim.next" = "j"\n')
    write_config(config_path(), 'keymap = "mine"\n')
    resolved = resolve_user_keymap(ALL_COMMANDS)
    assert resolved.name == "mine" and resolved.keys["claim.next"] == ("j",)


def test_require_keymap_for_the_command_line() -> None:
    from keymaps.config import require_keymap

    assert require_keymap("vim").name == "vim.toml"
    write_config(config_path().parent / "keymaps" / "mine.toml", "[keys]\n")
    assert require_keymap("mine") == config_path().parent / "keymaps" / "mine.toml"
    with pytest.raises(KeymapError, match=r"unknown keymap 'vimm' \(available: default, emacs, mine, vim\)"):
        require_keymap("vimm")


def test_sequence_timeout_setting() -> None:
    write_config(config_path(), "sequence_timeout = 1.5\n")
    assert load_key_config().sequence_timeout == 1.5
    assert resolve_user_keymap(ALL_COMMANDS).sequence_timeout == 1.5
    write_config(config_path(), "sequence_timeout = 0\n")
    config = load_key_config()
    assert config.sequence_timeout is None
    assert config.warnings == ["config.toml: 'sequence_timeout' must be seconds between 0.2 and 10.0, not 0"]


def test_unquoted_dotted_ids_work_too() -> None:
    write_config(config_path(), '[keys]\nclaim.next = "j"\nview.figures = ["F"]\n')
    resolved = resolve_user_keymap(ALL_COMMANDS)
    assert resolved.warnings == []
    assert resolved.keys["claim.next"] == ("j",) and resolved.keys["view.figures"] == ("F",)
