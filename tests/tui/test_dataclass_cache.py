"""The dataclass methods compiled once and kept beside the byte-code (tui/dataclass_cache.py)."""

from __future__ import annotations

import builtins
import dataclasses
import inspect
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tui import dataclass_cache

ROOT = Path(__file__).resolve().parents[2]
METHODS = ("__init__", "__repr__", "__eq__", "__setattr__", "__delattr__", "__hash__")


def make_class() -> type:
    @dataclass(frozen=True)
    class Reading:
        gauge: str
        level: float | None
        notes: list[str] = field(default_factory=list)
        unit: str = "metre"

    return Reading


def test_a_method_read_from_the_table_is_the_one_dataclasses_compiles(monkeypatch) -> None:
    monkeypatch.setattr(dataclasses, "exec", builtins.exec, raising=False)
    plain = make_class()  # as dataclasses makes it, its own exec
    monkeypatch.setattr(dataclasses, "exec", dataclass_cache._exec)
    monkeypatch.setattr(dataclass_cache, "_table", {})
    monkeypatch.setattr(dataclass_cache, "_used", {})
    monkeypatch.setattr(dataclass_cache, "_compiled", 0)
    compiled = make_class()  # each text compiled here and kept
    assert dataclass_cache._compiled == len(METHODS)
    from_table = make_class()  # each text found
    assert dataclass_cache._compiled == len(METHODS)
    for made in (compiled, from_table):
        for name in METHODS:
            ours, theirs = inspect.unwrap(made.__dict__[name]), inspect.unwrap(plain.__dict__[name])
            assert ours.__code__ == theirs.__code__, name
            assert ours.__code__.co_flags == theirs.__code__.co_flags, name  # no __future__ inherited
            assert ours.__annotations__ == theirs.__annotations__, name  # '-> None' stays None, no string
            assert ours.__qualname__ == theirs.__qualname__, name
        reading = made("river", 2.5)
        assert repr(reading).endswith(".Reading(gauge='river', level=2.5, notes=[], unit='metre')")
        assert reading == made("river", 2.5) and reading != made("river", 3.0)
        with pytest.raises(dataclasses.FrozenInstanceError):
            reading.level = 1.0  # type: ignore[misc]


def test_a_saved_table_is_read_back_and_a_foreign_or_broken_one_is_not(tmp_path) -> None:
    table = {"x = 1\n": compile("x = 1\n", "<string>", "exec", dont_inherit=True)}
    path = str(tmp_path / "deeper" / "methods.marshal")
    dataclass_cache.write(path, table)
    assert dataclass_cache.read(path) == table
    saved = Path(path).read_bytes()
    Path(path).write_bytes(saved.replace(sys.implementation.cache_tag.encode(), b"cpython-00"))
    assert dataclass_cache.read(path) == {}  # another interpreter's byte-code
    Path(path).write_bytes(saved[: len(saved) // 2])
    assert dataclass_cache.read(path) == {}  # cut short by a crash
    assert dataclass_cache.read(str(tmp_path / "missing")) == {}
    assert not [name for name in os.listdir(tmp_path / "deeper") if name.endswith(".tmp")]


def test_the_app_compiles_textuals_and_its_own_dataclass_methods_once(tmp_path) -> None:
    """The first start writes the table under the byte-code prefix; the next one compiles nothing."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    probe = (
        "import tui.app, dataclasses, textual.binding, corpus.model\n"
        "from tui import dataclass_cache as cache\n"
        "assert dataclasses.exec is cache._exec\n"
        "makers = [const for code in cache._used.values() for const in code.co_consts]  # __create_fn__\n"
        "codes = [const for maker in makers if hasattr(maker, 'co_consts') for const in maker.co_consts]\n"
        "assert textual.binding.Binding.__init__.__code__ in codes\n"
        "assert corpus.model.Claim.__init__.__code__ in codes\n"
        "print(cache._compiled, len(cache._used))\n"
    )

    def start() -> tuple[int, int]:
        out = subprocess.run(
            [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        ).stdout
        compiled, used = map(int, out.split())
        return compiled, used

    compiled, used = start()
    assert compiled == used > 100
    assert os.path.exists(
        tmp_path / "pycache" / ROOT.relative_to("/") / "tui" / Path(dataclass_cache.cache_path()).name
    )
    assert start() == (0, used)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # as with Python's byte-code: read, never written
    assert start() == (0, used)


def test_a_cli_command_compiles_its_dataclass_methods_once_in_a_table_of_its_own(tmp_path) -> None:
    """`factscope add` made ~260 dataclass methods from source on every run (~0.02 s CPU): each command
    now keeps a table of its own beside the app's, which it would otherwise rewrite with its own texts."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    probe = (
        "import contextlib, io, sys\n"
        "from tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main([sys.argv[1]])\n"
        "from tui import dataclass_cache as cache\n"
        "print(cache._compiled, len(cache._used), cache.cache_path())\n"
    )

    def run(command: str) -> tuple[int, int, str]:
        out = subprocess.run(
            [sys.executable, "-c", probe, command], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        return int(out[0]), int(out[1]), out[2]

    compiled, used, table = run("keys")
    assert compiled == used > 0 and os.path.exists(table)
    assert Path(table).name != Path(dataclass_cache.cache_path("")).name  # not the app's table
    assert run("keys") == (0, used, table)
