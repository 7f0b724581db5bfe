"""`pytest --cpu-durations=N`: where the suite's CPU goes, for a shared machine, whose wall-clock
durations say more about the load than about the tests.

It lists the N tests using most CPU (their own and their child processes'), the CPU of each test
folder, and what the processes spent outside the tests (start-up, collection, session fixtures'
teardown): under xdist each worker reports its whole process to the controller when it ends.
"""

from __future__ import annotations

import resource
from collections import Counter, defaultdict

import pytest

_CPU_START = pytest.StashKey[float]()
_SPENT: dict[str, float] = {}  # test id -> CPU seconds
_WORKERS: list[float] = []  # each xdist worker's whole-process CPU, as it reported it


def cpu_seconds() -> float:
    """CPU used so far by this process and the children it has waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def folder_of(nodeid: str) -> str:
    """``tests/tui/test_x.py::t`` -> ``tests/tui``; a top-level test file is its own folder."""
    path = nodeid.split("::", 1)[0]
    parts = path.split("/")
    return "/".join(parts[:2]) if len(parts) > 2 else path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--cpu-durations", type=int, default=0, metavar="N", help="list the N tests using most CPU")


def _wanted(config: pytest.Config) -> bool:
    return bool(config.getoption("--cpu-durations"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    item.stash[_CPU_START] = cpu_seconds()
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    if call.when == "teardown" and _wanted(item.config):
        outcome.get_result().user_properties.append(("cpu", cpu_seconds() - item.stash[_CPU_START]))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for name, value in report.user_properties:
        if name == "cpu":
            _SPENT[report.nodeid] = float(value)  # type: ignore[arg-type]


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None and _wanted(session.config):
        workeroutput["cpu_seconds"] = cpu_seconds()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:  # xdist, on the controller: a worker ended
    seconds = getattr(node, "workeroutput", {}).get("cpu_seconds")
    if seconds is not None:
        _WORKERS.append(seconds)


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    count = config.getoption("--cpu-durations")
    if not count or not _SPENT:
        return
    in_tests = sum(_SPENT.values())
    terminalreporter.section(f"{count} tests using most CPU (of {in_tests:.0f} s in tests)")
    for nodeid, seconds in sorted(_SPENT.items(), key=lambda item: -item[1])[:count]:
        terminalreporter.write_line(f"{seconds:7.2f}s cpu  {nodeid}")
    terminalreporter.section("CPU by folder")
    folders: defaultdict[str, float] = defaultdict(float)
    tests: Counter[str] = Counter()
    for nodeid, seconds in _SPENT.items():
        folders[folder_of(nodeid)] += seconds
        tests[folder_of(nodeid)] += 1
    for folder, seconds in sorted(folders.items(), key=lambda item: -item[1]):
        terminalreporter.write_line(f"{seconds:7.1f}s cpu  {tests[folder]:5d} tests  {folder}")
    whole = sum(_WORKERS) if _WORKERS else cpu_seconds()
    workers = f"{len(_WORKERS)} workers'" if _WORKERS else "this process's"
    terminalreporter.write_line(
        f"{whole:7.1f}s cpu  {workers} whole run: {whole - in_tests:.1f} s of it outside the tests"
        " (start-up, collection, session teardown)"
    )
