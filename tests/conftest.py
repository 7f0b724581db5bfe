"""Shared fixtures. Every test runs with its own config and data dirs, so no
test reads or writes the real user's files (as harlequin's tests do)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    for var in ("FACTSCOPE_DB", "FACTSCOPE_CONFIG", "FACTSCOPE_DATA_DIR", "FACTSCOPE_USER_DB", "NO_COLOR"):
        monkeypatch.delenv(var, raising=False)
    return home


# -- `pytest --cpu-durations=N`: the N tests that cost the most CPU (their own and their child
# processes'), for a shared machine, whose wall-clock durations say more about the load.
_CPU_START = pytest.StashKey[float]()
_CPU_SPENT: dict[str, float] = {}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--cpu-durations", type=int, default=0, metavar="N", help="list the N tests using most CPU")


def _cpu_seconds() -> float:
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    item.stash[_CPU_START] = _cpu_seconds()
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    if call.when == "teardown" and item.config.getoption("--cpu-durations"):
        outcome.get_result().user_properties.append(("cpu", _cpu_seconds() - item.stash[_CPU_START]))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for name, value in report.user_properties:
        if name == "cpu":
            _CPU_SPENT[report.nodeid] = value


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    count = config.getoption("--cpu-durations")
    if not count or not _CPU_SPENT:
        return
    terminalreporter.section(f"{count} tests using most CPU (of {sum(_CPU_SPENT.values()):.0f} s in all)")
    for nodeid, seconds in sorted(_CPU_SPENT.items(), key=lambda item: -item[1])[:count]:
        terminalreporter.write_line(f"{seconds:7.2f}s cpu  {nodeid}")
