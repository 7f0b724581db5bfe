"""The one way tests wait: until a condition holds, within a bound.

A fixed pause is either too short on a loaded machine (a flaky test) or too long everywhere
(a slow suite); polling a condition is neither. The bound only turns a hang into a failure.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

TIMEOUT = 30.0  # seconds: generous, since a test that passes never waits this long
POLL = 0.02


async def wait_until(
    condition: Callable[[], Any], *, pilot: Any = None, timeout: float = TIMEOUT, what: str = "the expected state"
) -> None:
    """Let the app (through ``pilot``) or the event loop run until ``condition()`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            raise AssertionError(f"waited {timeout:g} s for {what}")
        if pilot is not None:
            await pilot.pause(POLL)
        else:
            await asyncio.sleep(POLL)


def wait_until_sync(
    condition: Callable[[], Any], *, timeout: float = TIMEOUT, what: str = "the expected state"
) -> None:
    """The same for threads and processes, outside an event loop."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() >= deadline:
            raise AssertionError(f"waited {timeout:g} s for {what}")
        time.sleep(POLL)
