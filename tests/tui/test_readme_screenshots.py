"""The README shows a screenshot of each main view, drawn by tests/bench/make_screenshots.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _views() -> list[str]:
    spec = importlib.util.spec_from_file_location("make_screenshots", ROOT / "tests" / "bench" / "make_screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [name for name, _title, _keys in module.VIEWS]


def test_the_readme_shows_every_view_the_script_draws() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    views = _views()
    assert {"main", "search", "figures", "timeline", "entities"} <= set(views)
    for name in views:
        path = f"docs/screenshots/{name}.svg"
        assert f"]({path})" in readme, f"README does not show {path}"
        svg = (ROOT / path).read_text(encoding="utf-8")
        assert svg.startswith("<svg") and "factscope" in svg, f"{path} is not the script's drawing"
