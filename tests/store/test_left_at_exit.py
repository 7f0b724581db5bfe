"""A process that used the store ends without the collector's last passes over what it holds."""

from __future__ import annotations

import subprocess
import sys

_HELD = """
class Held:
    def __del__(self):
        print("scanned at exit")
held = Held()
held.me = held  # a cycle: only the collector frees it
del held
"""


def _exit_output(first: str) -> str:
    return subprocess.run([sys.executable, "-c", first + _HELD], capture_output=True, text=True, check=True).stdout


def test_what_a_process_holds_at_exit_is_not_scanned_by_the_collector() -> None:
    assert _exit_output("import sys\n") == "scanned at exit\n"  # Python's own last collection
    assert _exit_output("import store\n") == ""


def test_the_collector_still_frees_cycles_while_the_process_runs() -> None:
    code = "import gc, store\n" + _HELD + "gc.collect()\nprint('running')\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout == "scanned at exit\nrunning\n"
