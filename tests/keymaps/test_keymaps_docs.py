"""keymaps/README.md documents every id with its keys; it must not drift."""

from __future__ import annotations

from pathlib import Path

import pytest

from keymaps.keystrings import display_key
from keymaps.load import bundled_keymap_dir, resolve
from tui.commands import ALL_COMMANDS

START = "<!-- binding table: generated from the commands and keymaps; tests check it -->"
END = "<!-- end of binding table -->"


def _cell(keys: tuple[str, ...]) -> str:
    return ", ".join(f"`{display_key(key)}`".replace("|", "\\|") for key in keys)


def binding_table() -> str:
    maps = {name: resolve(ALL_COMMANDS, name).keys for name in ("default", "vim", "emacs")}
    lines = ["| Id | Scope | Default | Vim | Emacs | What it does |", "|---|---|---|---|---|---|"]
    for command in ALL_COMMANDS:
        keys = [_cell(maps[name][command.id]) for name in ("default", "vim", "emacs")]
        lines.append(f"| `{command.id}` | {command.scope} | {' | '.join(keys)} | {command.help} |")
    return "\n".join(lines)


@pytest.mark.parametrize(
    "readme_path",
    [bundled_keymap_dir() / "README.md", Path(__file__).resolve().parents[2] / "README.md"],
    ids=["keymaps/README.md", "README.md"],
)
def test_readme_table_lists_every_id_with_the_shipped_keys(readme_path: Path) -> None:
    readme = readme_path.read_text(encoding="utf-8")
    documented = readme.split(START, 1)[1].split(END, 1)[0].strip()
    assert documented == binding_table(), f"{readme_path} is out of date: paste binding_table() from this module"
