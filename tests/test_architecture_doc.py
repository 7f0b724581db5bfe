"""docs/ARCHITECTURE.md stays true to the tree: every path it names exists, every package is named."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ARCHITECTURE.md"
TOP_LEVEL = ("corpus", "store", "keymaps", "tui")
# `corpus/model.py`, `store/search/`, `tests/engine/test_xref*`: a backquoted path into the repo
NAMED_PATH = re.compile(r"`((?:corpus|store|keymaps|tui|tests|docs|\.ci)/[\w./*-]*)`")


def named_paths() -> list[str]:
    return NAMED_PATH.findall(DOC.read_text(encoding="utf-8"))


def test_every_path_the_architecture_names_exists() -> None:
    paths = named_paths()
    assert len(paths) > 40
    missing = [p for p in paths if not (list(ROOT.glob(p)) if "*" in p else (ROOT / p).exists())]
    assert missing == [], f"docs/ARCHITECTURE.md names paths that are gone: {missing}"


def test_every_package_is_in_the_architecture() -> None:
    named = {p.rstrip("/") for p in named_paths()}
    packages = sorted(
        str(init.parent.relative_to(ROOT)) for top in TOP_LEVEL for init in (ROOT / top).rglob("__init__.py")
    )
    assert "corpus/extract" in packages
    unnamed = [p for p in packages if p not in named]
    assert unnamed == [], f"packages docs/ARCHITECTURE.md does not describe (add a line for each): {unnamed}"
