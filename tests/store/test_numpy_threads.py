"""numpy imported after the store starts no BLAS threads: factscope does no matrix products, and
OpenBLAS's thread per core cost every process that maps a derived file (``factscope add``) its start."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PROBE = (
    "import store, numpy, os\n"
    "threads = [l for l in open('/proc/self/status') if l.startswith('Threads:')][0].split()[1]\n"
    "print(threads, os.environ.get('OPENBLAS_NUM_THREADS'))\n"
)


def _run(env_value: str | None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    if env_value is not None:
        env["OPENBLAS_NUM_THREADS"] = env_value
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, env=env)
    return done.stdout.split()


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads the thread count from /proc")
def test_numpy_imported_after_the_store_runs_in_one_thread():
    threads, setting = _run(None)
    assert (threads, setting) == ("1", "1")
    assert _run("2")[1] == "2"  # a thread count the user set is kept
