"""CI (`.ci/run`) runs the README's Quick start test command exactly as written, after the checked
contracts (`.ci/checks`: lint, format, types, import layers, the README's screenshots), which the timed
suite leaves out."""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quick_start_test_line() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quick start\n+```\n(.*?)```", readme, re.DOTALL)
    assert block is not None, "README.md has no Quick start code block"
    lines = [line for line in block.group(1).splitlines() if "pytest" in line]
    assert len(lines) == 1, lines
    return lines[0]


def test_ci_runs_the_checks_then_the_quick_start_test_line_as_written() -> None:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    command = quick_start_test_line()
    assert command in lines, f".ci/run does not run the README's line: {command}"
    assert ".ci/checks" in lines[: lines.index(command)], ".ci/run does not run .ci/checks before the tests"
    assert "set -euo pipefail" in lines, "a failing check or test must fail CI"


def test_the_check_scripts_are_executable() -> None:
    for script in ("run", "checks"):
        assert os.access(ROOT / ".ci" / script, os.X_OK), script


def test_the_checks_draw_the_readme_screenshots_again_and_compare() -> None:
    """docs/screenshots drifted from what the browser drew (figures and timeline, after extraction
    changes) while only their presence was tested: the checks now draw them afresh."""
    checks = (ROOT / ".ci" / "checks").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("check python3 tests/bench/make_screenshots.py --check") for line in checks)
    script = (ROOT / "tests" / "bench" / "make_screenshots.py").read_text(encoding="utf-8")
    assert '"--check"' in script and "cursor_blink = False" in script  # a check needs a steady picture
