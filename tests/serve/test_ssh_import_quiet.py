"""Starting the SSH server prints no library deprecation notice: asyncssh's import names DSA key types, which
cryptography 46+ warns about on stderr, a notice about no key factscope makes."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("asyncssh")


def test_importing_the_ssh_server_warns_nothing() -> None:
    done = subprocess.run(
        [sys.executable, "-W", "default", "-c", "import tui.ssh_server"], capture_output=True, text=True, check=True
    )
    assert "Warning" not in done.stderr, done.stderr
