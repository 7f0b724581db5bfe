"""The README's and keymaps/README.md's binding tables are `factscope keys --markdown`, verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from keymaps.load import bundled_keymap_dir
from tui.cli import cli

START = "<!-- binding table: generated from the commands and keymaps; tests check it -->"
END = "<!-- end of binding table -->"


def generated_table() -> str:
    result = CliRunner().invoke(cli, ["keys", "--markdown"])
    assert result.exit_code == 0, result.output
    return result.output.strip()


def test_the_generated_table_lists_every_command_once() -> None:
    from tui.commands import ALL_COMMANDS

    rows = generated_table().splitlines()[2:]
    assert [row.split(" | ")[0].removeprefix("| ").strip("`") for row in rows] == [c.id for c in ALL_COMMANDS]
    assert "| `claim.first` | MainScreen | `<` | `g g`, `<` |" in generated_table()


def test_the_generated_table_ignores_the_users_config(tmp_path: Path, monkeypatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text('keymap = "vim"\n[keys]\n"claim.next" = "J"\n')
    monkeypatch.setenv("FACTSCOPE_CONFIG", str(config))
    assert "`J`" not in generated_table()


@pytest.mark.parametrize(
    "readme_path",
    [bundled_keymap_dir() / "README.md", Path(__file__).resolve().parents[2] / "README.md"],
    ids=["keymaps/README.md", "README.md"],
)
def test_readme_table_is_the_generated_one(readme_path: Path) -> None:
    readme = readme_path.read_text(encoding="utf-8")
    documented = readme.split(START, 1)[1].split(END, 1)[0].strip()
    assert documented == generated_table(), f"{readme_path} is out of date: paste `factscope keys --markdown` there"
