"""Shared fixtures. Every test runs with its own config and data dirs, so no
test reads or writes the real user's files (as harlequin's tests do)."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

# With PYTHONDONTWRITEBYTECODE set (as on some CI images), every interpreter the suite starts (the
# xdist workers, each `factscope` process and server, each SSH or web session) compiles the project
# and rewrites the test modules from source again: measured 15.7 -> 13.7 s of CPU (-13%) for 44
# process-heavy fault and CLI tests in a fresh tree. The suite writes bytecode where Python does by
# default (the __pycache__ folders .gitignore lists); workers and children inherit the environment.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False


def memory_backed_tmp() -> str | None:
    """/dev/shm when it is there with room and the user has not chosen a TMPDIR: a tmpfs, where
    fsync returns at once. The stores fsync every write (~9,000 times in the suite, 1-4 ms each on
    this VM's disk); a kill or a failed write in a test is the same on either file system."""
    shm = "/dev/shm"
    if os.environ.get("TMPDIR") or not os.path.isdir(shm) or not os.access(shm, os.W_OK | os.X_OK):
        return None
    stats = os.statvfs(shm)
    return shm if stats.f_bavail * stats.f_frsize >= 2 * 1024**3 else None


# Every tmp_path (and so every store the tests write), in each worker and each process a test starts:
# tests/faults + tests/store on 2 workers (high priority on the loaded VM) 76.8 -> 41.8 s wall.
if (_tmp := memory_backed_tmp()) is not None:
    os.environ["TMPDIR"] = tempfile.tempdir = _tmp


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


@pytest.fixture(autouse=True)
def no_idle_full_collections(monkeypatch: pytest.MonkeyPatch) -> None:
    """The browser's full collections when no key comes (tui/idle_gc.py, tested by
    tests/tui/test_idle_gc.py) are left out of the other tests: an app test waits between keys
    often enough for one, and each walked the whole test process (26 in tests/tui and
    tests/keymaps at load 12, 2.3 s of CPU; more the slower the machine)."""
    from tui import idle_gc

    monkeypatch.setattr(idle_gc, "QUIET_SECONDS", float("inf"))
    monkeypatch.setattr(idle_gc, "LONGEST_SECONDS", float("inf"))


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: three workers more than the cores, so no core is idle while workers wait (on a
    process they started, a server, a pty, or the Pilot's 20 ms idle windows). The Quick start's test
    line in a fresh clone (3,372 tests, 2 quiet cores, load 1.6-3.0): 3 workers 101.9 s (CPU 146.4 s),
    4 workers 91.3 s (CPU 152.8 s), 5 workers 75.7 and 79.5 s (CPU 135.6 and 145.7 s). (On the loaded VM
    of an earlier session, 4 were no faster than 3.)"""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores + 3


def pytest_collection_finish(session: pytest.Session) -> None:
    """Python's cycle collector, tuned for a test process: what is loaded by now (modules, the
    collected tests) lives as long as the process, so it is frozen out of the collections; and they
    run ~14 times less often (each test's Textual app makes many objects, but refcounting frees most
    of them; the cyclic rest waits a little longer). The collector's own CPU in tests/tui/
    test_main_view.py, test_views_app.py and tests/faults/test_write_errors.py (-n 0): 1.70 -> 1.09 s
    of 9.9 s. The processes tests start keep Python's defaults (forked trials inherit these)."""
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)  # Python's default is (700, 10, 10)


def share_parsed_css() -> None:
    """Textual parses every app's CSS afresh (its own ~50 widgets' and ours): a test process starts
    hundreds of apps from the same sources, so each source is parsed once per process, for the
    variables (theme) in force. The rules are only read after parsing. tests/tui + tests/keymaps
    on 3 workers: 81 -> 76 s of CPU."""
    from textual.css.stylesheet import Stylesheet

    parse_rules = Stylesheet._parse_rules
    parsed: dict[tuple, Any] = {}

    def shared_parse_rules(self, css, read_from, is_default_rules=False, tie_breaker=0, scope=""):
        key = (css, read_from, is_default_rules, tie_breaker, scope, tuple(sorted(self._variables.items())))
        rules = parsed.get(key)
        if rules is None:
            rules = parsed[key] = parse_rules(self, css, read_from, is_default_rules, tie_breaker, scope)
        return rules

    Stylesheet._parse_rules = shared_parse_rules  # type: ignore[method-assign]


share_parsed_css()


def pytest_runtest_teardown(item: pytest.Item) -> None:
    """Let go of the widgets' drawn lines that Textual 8.2.8 keeps after its app is gone: an
    ``lru_cache`` on a method (``StylesCache.get_inner_outer``) holds up to 1,024 of its
    instances, each with its widget's lines, so a test process kept ~10,000 more objects per app
    test for the cycle collector to walk in every full collection."""
    styles_cache = sys.modules.get("textual._styles_cache")
    if styles_cache is not None:
        styles_cache.StylesCache.get_inner_outer.cache_clear()


# `pytest --cpu-durations=N`: where the CPU goes; a fresh clone's parallel run starts warm
pytest_plugins = ["tests.cpu_report", "tests.warm_start"]
