"""`factscope keys [--json]`: the keys in force, as the app would use them."""

from __future__ import annotations

import json

import pytest

from store.paths import config_path
from tui.cli import main
from tui.commands import ALL_COMMANDS


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_every_id_with_its_keys_scope_and_description(capsys) -> None:
    code, out, err = run(capsys, "keys", "--json")
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert next(row["id"] for row in rows if row["scope"] == "app") == "search.open"
    assert {row["id"] for row in rows} == {command.id for command in ALL_COMMANDS}
    assert all(set(row) == {"id", "keys", "scope", "description"} for row in rows)
    by_id = {row["id"]: row for row in rows}
    assert by_id["search.open"]["keys"] == ["/"]
    assert by_id["nav.back"]["keys"] == ["backspace", "alt+left"]
    assert by_id["claim.next"]["scope"] == "MainScreen"
    command = next(command for command in ALL_COMMANDS if command.id == "claim.next")
    assert by_id["claim.next"]["description"] == command.help


def test_keymap_and_overrides_show_in_the_listing(capsys) -> None:
    config_path().parent.mkdir(parents=True)
    config_path().write_text('[keys]\n"claim.prev" = ["K", "shift+up"]\n')
    _, out, _ = run(capsys, "--keymap", "vim", "keys", "--json")
    by_id = {row["id"]: row for row in json.loads(out)}
    assert by_id["claim.first"]["keys"] == ["g g", "<"]
    assert by_id["claim.prev"]["keys"] == ["K", "shift+up"]
    _code, out, _ = run(capsys, "keys", "--keymap", "emacs", "--json")
    assert {row["id"]: row for row in json.loads(out)}["claim.first"]["keys"] == ["alt+<", "<"]


def test_table_names_keymap_and_config_path(capsys) -> None:
    code, out, err = run(capsys, "keys")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("Keymap: default (") and lines[0].endswith("default.toml)")
    assert lines[1] == f"Config: {config_path()} (not created yet)"
    assert "Everywhere (app)" in lines and "MainScreen" in lines
    row = next(line for line in lines if line.strip().startswith("xref.follow"))
    assert "enter" in row and "Open the other article" in row


def test_warnings_go_to_stderr_one_line_each_and_the_listing_still_prints(capsys) -> None:
    config_path().parent.mkdir(parents=True)
    config_path().write_text('[keys]\n"claim.nope" = "j"\n"claim.first" = "n"\n')
    code, out, err = run(capsys, "keys", "--json")
    assert code == 0
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("factscope: warning: config.toml [keys]: unknown binding id 'claim.nope'")
    assert lines[1] == "factscope: warning: key 'n' is bound to both claim.first and claim.next in MainScreen"
    assert json.loads(out)  # stdout is still clean JSON


def test_unknown_keymap_and_broken_config_exit_non_zero_with_one_line(capsys) -> None:
    code, out, err = run(capsys, "keys", "--keymap", "vi")
    assert code == 1 and out == ""
    assert err == "factscope: unknown keymap 'vi' (available: default, emacs, vim)\n"
    config_path().parent.mkdir(parents=True)
    config_path().write_text("[keys\n")
    code, out, err = run(capsys, "keys")
    assert code == 1 and out == ""
    assert err.startswith(f"factscope: config file '{config_path()}' is not valid TOML") and err.count("\n") == 1


def test_a_keymap_file_given_by_path(capsys, tmp_path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text('[keys]\n"claim.next" = "z n"\n')
    code, out, err = run(capsys, "keys", "--keymap", str(mine))
    assert code == 0 and err == ""
    assert out.splitlines()[0] == f"Keymap: mine ({mine})"
    assert any(line.split()[:3] == ["claim.next", "z", "n"] for line in out.splitlines())
