"""`factscope` / `factscope browse` open the app with the --db and --keymap given."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.app import FactscopeApp
from tui.cli import main


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[FactscopeApp]:
    apps: list[FactscopeApp] = []

    def fake_run(self, *args, **kwargs):  # record instead of taking over the terminal
        apps.append(self)

    monkeypatch.setattr(FactscopeApp, "run", fake_run)
    monkeypatch.setattr("tui.cli.browse.require_terminal", lambda: None)  # pytest's stdin is no tty
    return apps


def test_bare_factscope_opens_the_browser_with_global_options(opened, tmp_path: Path) -> None:
    db = tmp_path / "mine.json"
    assert main(["--db", str(db), "--keymap", "vim"]) == 0
    assert len(opened) == 1
    assert opened[0].db_path == db and opened[0].keymap_name == "vim"


def test_browse_options_override_and_env_db_is_honoured(opened, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FACTSCOPE_DB", str(tmp_path / "env.json"))
    assert main(["browse", "--keymap", "emacs"]) == 0
    assert opened[-1].db_path == tmp_path / "env.json" and opened[-1].keymap_name == "emacs"
    assert main(["browse", "--db", str(tmp_path / "other.json")]) == 0
    assert opened[-1].db_path == tmp_path / "other.json" and opened[-1].keymap_name is None
