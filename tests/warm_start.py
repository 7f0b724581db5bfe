"""A fresh clone's parallel run starts warm.

Each pytest-xdist worker collects every test module when it starts. In a fresh clone (no
bytecode yet) the workers all did the same at the same moment: compiled the project, rewrote
every test module's assertions (pytest keeps the result in ``__pycache__``) and compiled the
extraction's ~600 regular expressions (``corpus/regex_cache.py``): ~5 s of CPU each, for
three workers on two cores. Here the controller has it done once before the workers start,
on every core: the project compiled and the patterns cached, then the test folders collected in
as many processes as there are cores. A tree with its bytecode (any run after the first) is
only looked at (a stat per test file); if anything fails, the workers do it as before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("corpus", "store", "tui", "keymaps")
_OFF = "FACTSCOPE_NO_WARM_START"  # set in the processes started here (and by anyone who wants it off)


def _test_files(tests: Path) -> list[Path]:
    return [
        path
        for path in sorted(tests.rglob("*.py"))
        if (path.name.startswith("test_") or path.name == "conftest.py")
        and not {"bench", "data", "__pycache__"} & set(path.relative_to(tests).parts[:-1])
    ]


def _rewritten(path: Path) -> Path:
    """Where pytest keeps ``path`` with its assertions rewritten."""
    tag = f"{sys.implementation.cache_tag}-pytest-{pytest.__version__}"
    return path.parent / "__pycache__" / f"{path.stem}.{tag}.pyc"


def is_cold(root: Path = ROOT) -> bool:
    from corpus.regex_cache import default_path

    return not default_path().exists() or not all(_rewritten(p).exists() for p in _test_files(root / "tests"))


def groups(root: Path, count: int) -> list[list[str]]:
    """The test folders (and top-level test files) in ``count`` groups of about as many lines."""
    tests = root / "tests"
    sizes: dict[str, int] = {}
    for path in _test_files(tests):
        top = path.relative_to(tests).parts[0]
        if top == "conftest.py":  # read by every run, never named
            continue
        key = str(Path("tests") / top)
        sizes[key] = sizes.get(key, 0) + len(path.read_bytes().splitlines())
    parts: list[list[str]] = [[] for _ in range(max(count, 1))]
    loads = [0] * len(parts)
    for key in sorted(sizes, key=lambda key: -sizes[key]):
        least = loads.index(min(loads))
        parts[least].append(key)
        loads[least] += sizes[key]
    return [part for part in parts if part]


def _run_all(commands: list[list[str]], root: Path) -> bool:
    env = {**os.environ, _OFF: "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode is what they are started for
    started = [
        subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for command in commands
    ]
    return all(process.wait() == 0 for process in started)


def warm(root: Path, cores: int) -> bool:
    """Compile the project and cache its patterns, then collect the tests in ``cores`` processes."""
    python = sys.executable
    first = [
        [python, "-m", "compileall", "-q", f"-j{cores}", *PACKAGES],
        [python, "-c", "import corpus.pipeline"],  # the patterns compiled at import, cached
    ]
    collect = [python, "-m", "pytest", "--collect-only", "-q", "-o", "addopts=", "-p", "no:cacheprovider"]
    return _run_all(first, root) and _run_all([collect + part for part in groups(root, cores)], root)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_setupnodes(config: pytest.Config, specs: list) -> None:
    """In the controller of a parallel run, just before its workers start (within the run's
    time as pytest reports it)."""
    if os.environ.get(_OFF) or config.option.collectonly:
        return
    try:
        if is_cold():
            cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
            before = _children_cpu()
            warm(ROOT, cores)
            SPENT.append(_children_cpu() - before)
    except Exception:  # a warm start is only a saving: the workers do it themselves
        pass


SPENT: list[float] = []  # the CPU of this run's warm start, if it made one (tests/cpu_report.py counts it)


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
