"""The methods ``dataclasses`` writes for each class, compiled once and kept beside the byte-code.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__`` (frozen:
``__setattr__``, ``__delattr__``, ``__hash__``) as Python source and compiles it with
``exec`` every time the class is made, so every start-up compiled ~70 KB of such source
again for the browser's and Textual's dataclasses before the first screen (~180M
instructions of ~1,390M under callgrind, more than any other single step of the start).

:func:`install` has ``dataclasses`` call :func:`_exec` instead of ``exec``: the same
source text compiled the same way (no ``__future__`` flags inherited, the same
``"<string>"`` file name) gives the same code object, so each text is looked up in a
table read at start and compiled only when missing. The table is kept where Python keeps
this package's byte-code (``__pycache__``, or under ``PYTHONPYCACHEPREFIX``), one file
per interpreter's cache tag, and rewritten at exit only when a text was missing from it
(the texts this process used, nothing else). A file that cannot be read, or was written by
another interpreter, is ignored; nothing is written when Python writes no byte-code.
"""

from __future__ import annotations

import dataclasses
import marshal
import os
import sys
from types import CodeType
from typing import Any

# Written before the table: another interpreter (another byte-code) reads no entry of it.
_MAGIC = b"factscope-dataclass-methods\n" + repr(sys.implementation.cache_tag).encode() + b"\n"

_table: dict[str, CodeType] = {}  # source text -> its code, as read at start
_used: dict[str, CodeType] = {}  # the texts this process ran (read or compiled)
_compiled = 0  # how many texts were missing from the table
_installed = False


_program = ""  # whose table: the app's (""), or a CLI command's (its texts are another set)


def cache_path(program: str | None = None) -> str:
    """Where Python would keep this package's byte-code, as ``importlib.util.cache_from_source`` says;
    the table of ``program`` (default: the one installed)."""
    program = _program if program is None else program
    here = os.path.dirname(os.path.abspath(__file__))
    optimize = f".opt-{sys.flags.optimize}" if sys.flags.optimize else ""
    name = f"dataclass_methods.{f'{program}.' if program else ''}{sys.implementation.cache_tag}{optimize}.marshal"
    if sys.pycache_prefix:
        return os.path.join(sys.pycache_prefix, here.lstrip(os.sep), name)
    return os.path.join(here, "__pycache__", name)


def _exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """``exec`` as ``dataclasses`` calls it, the code of a source text compiled once."""
    global _compiled
    if not isinstance(source, str):
        exec(source, globals, locals)
        return
    code = _table.get(source)
    if code is None:
        # dont_inherit: compiled with no __future__ flags, as exec compiles dataclasses' text
        code = compile(source, "<string>", "exec", dont_inherit=True)
        _table[source] = code
        _compiled += 1
    _used[source] = code
    exec(code, globals, locals)


def read(path: str) -> dict[str, CodeType]:
    """The table saved at ``path``; empty when it is missing, unreadable or another interpreter's."""
    try:
        with open(path, "rb") as file:
            data = file.read()  # whole: marshal.load(file) reads it a few bytes at a time (10x the CPU)
        if not data.startswith(_MAGIC):
            return {}
        table = marshal.loads(memoryview(data)[len(_MAGIC) :])
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return {text: code for text, code in table.items() if isinstance(text, str) and isinstance(code, CodeType)}


def write(path: str, table: dict[str, CodeType]) -> None:
    """Save ``table`` at ``path`` whole or not at all (another process may be reading or writing it)."""
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(_MAGIC)
            marshal.dump(table, file)
        os.replace(temporary, path)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def save() -> None:
    """At exit: keep the texts this process used, if any of them had to be compiled."""
    if _compiled and not sys.dont_write_bytecode:
        write(cache_path(), dict(_used))


def install(program: str = "") -> None:
    """Have ``dataclasses`` compile each method's text once (see the module); once per process.
    ``program``: a CLI command's name (each command makes its own set of classes: one table for
    all would be rewritten by each with its own texts, and compiled again by the next)."""
    global _installed, _program
    if _installed:
        return
    _installed, _program = True, program
    _table.update(read(cache_path()))
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # found before the builtin by its module
    import atexit

    atexit.register(save)
