"""A fresh clone's parallel run is warmed once, by the controller (tests/warm_start.py)."""

from __future__ import annotations

from tests.warm_start import ROOT, _rewritten, _test_files, groups


def test_the_warm_start_collects_every_test_folder_once_in_as_many_groups_as_cores() -> None:
    tests = ROOT / "tests"
    named = {f"tests/{path.relative_to(tests).parts[0]}" for path in _test_files(tests)} - {"tests/conftest.py"}
    assert {"tests/engine", "tests/tui", "tests/test_loader.py"} <= named and "tests/bench" not in named
    for cores in (1, 2, 4):
        found = groups(ROOT, cores)
        flat = [path for group in found for path in group]
        assert len(found) == cores and sorted(flat) == sorted(named)


def test_it_looks_for_the_bytecode_where_pytest_keeps_it() -> None:
    """This module, collected, has its rewritten bytecode where the warm start looks: so a tree run
    before is not warmed again."""
    assert _rewritten(ROOT / "tests" / "test_warm_start.py").exists()
