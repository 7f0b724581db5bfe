"""`pytest --cpu-durations=N`: where the suite's CPU goes, for a shared machine, whose wall-clock
durations say more about the load than about the tests.

It lists the N tests and the N test files using most CPU (their own and their child processes'), the
CPU of each test folder, and what the processes spent outside the tests (start-up, collection, session fixtures'
teardown): under xdist each worker reports its whole process to the controller when it ends, with when it ended
(workers ending far apart leave cores idle), and the controller's own CPU.
"""

from __future__ import annotations

import resource
import time
from collections import Counter, defaultdict

import pytest

_CPU_START = pytest.StashKey[float]()
_SPENT: dict[str, float] = {}  # test id -> CPU seconds
_WORKERS: dict[str, tuple[float, float]] = {}  # xdist worker -> (its whole-process CPU, wall s when it ended)
_STARTED = time.monotonic()


def cpu_seconds(*, children: bool = True) -> float:
    """CPU used so far by this process, and the children it has waited for unless told not to."""
    used = [resource.getrusage(resource.RUSAGE_SELF)]
    if children:
        used.append(resource.getrusage(resource.RUSAGE_CHILDREN))
    return sum(usage.ru_utime + usage.ru_stime for usage in used)


def file_of(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


def folder_of(nodeid: str) -> str:
    """``tests/tui/test_x.py::t`` -> ``tests/tui``; a top-level test file is its own folder."""
    path = file_of(nodeid)
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
    if workeroutput is not None:  # always: the controller's one-line total needs it
        workeroutput["cpu_seconds"] = cpu_seconds()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:  # xdist, on the controller: a worker ended
    seconds = getattr(node, "workeroutput", {}).get("cpu_seconds")
    if seconds is not None:
        _WORKERS[node.gateway.id] = (seconds, time.monotonic() - _STARTED)


def _by(group, count: int) -> list[tuple[str, float, int]]:
    """The ``count`` groups (``group(nodeid)``) of tests using most CPU: name, seconds, tests."""
    spent: defaultdict[str, float] = defaultdict(float)
    tests: Counter[str] = Counter()
    for nodeid, seconds in _SPENT.items():
        spent[group(nodeid)] += seconds
        tests[group(nodeid)] += 1
    return [(name, spent[name], tests[name]) for name in sorted(spent, key=lambda name: -spent[name])[:count]]


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    count = config.getoption("--cpu-durations")
    if not count or not _SPENT:
        if _WORKERS:  # every parallel run: what it cost, which says more than its wall time on a shared machine
            whole = sum(seconds for seconds, _ended in _WORKERS.values()) + cpu_seconds(children=False) + _warm_start()
            ends = ", ".join(f"{ended:.0f}" for _seconds, ended in sorted(_WORKERS.values(), key=lambda w: w[1]))
            terminalreporter.write_line(
                f"CPU of this run: {whole:.1f} s ({len(_WORKERS)} workers, the processes they started, the"
                f" controller and any warm start); workers done at {ends} s wall (--cpu-durations=N says where it went)"
            )
        return
    in_tests = sum(_SPENT.values())
    terminalreporter.section(f"{count} tests using most CPU (of {in_tests:.0f} s in tests)")
    for nodeid, seconds in sorted(_SPENT.items(), key=lambda item: -item[1])[:count]:
        terminalreporter.write_line(f"{seconds:7.2f}s cpu  {nodeid}")
    for title, group in (("file", file_of), ("folder", folder_of)):
        terminalreporter.section(f"CPU by {title}" + (f" (the {count} costliest)" if title == "file" else ""))
        for name, seconds, tests in _by(group, count if title == "file" else len(_SPENT)):
            terminalreporter.write_line(f"{seconds:7.1f}s cpu  {tests:5d} tests  {name}")
    whole = sum(seconds for seconds, _ended in _WORKERS.values()) if _WORKERS else cpu_seconds()
    who = f"{len(_WORKERS)} workers'" if _WORKERS else "this process's"
    terminalreporter.write_line(
        f"{whole:7.1f}s cpu  {who} whole run: {whole - in_tests:.1f} s of it outside the tests"
        " (start-up, collection, session teardown)"
    )
    # The workers should finish together: one ending well after the others is the run's critical path.
    for name, (seconds, ended) in sorted(_WORKERS.items(), key=lambda item: item[1][1]):
        terminalreporter.write_line(f"{seconds:7.1f}s cpu  worker {name}, done at {ended:.0f} s wall")
    if _WORKERS:  # its own share: its workers are not reaped yet, and are counted above
        terminalreporter.write_line(f"{cpu_seconds(children=False):7.1f}s cpu  the controller (scheduling, reports)")
    if _warm_start():
        terminalreporter.write_line(f"{_warm_start():7.1f}s cpu  the warm start (a fresh clone's bytecode, once)")


def _warm_start() -> float:
    """The CPU of the processes the controller started to warm a fresh clone (tests/warm_start.py)."""
    from tests.warm_start import SPENT

    return sum(SPENT)
