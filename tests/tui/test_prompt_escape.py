"""A lone Escape reaches the app when its ``ESCDELAY`` wait is over, not up to 100 ms later.

Textual's input thread waited for input in 0.1 s steps and looked at the escape wait only
between them, so Escape arrived 100-200 ms after the key whatever ``ESCDELAY`` said. Here
the driver's input loop reads a real pty with a clock of its own: a wait for input that
finds nothing moves the clock by the time the loop asked to wait, so the test is exact
and never sleeps.
"""

from __future__ import annotations

import asyncio
import os
import pty
import selectors
import tty
from collections.abc import Iterator
from typing import Any

import pytest
from textual import events

import tui.driver
from tui.driver import DEFAULT_ESCAPE_DELAY_MS, PromptEscapeDriver, escape_delay_seconds

START = 1000.0


class Clock:
    now = START

    def __call__(self) -> float:
        return self.now


class ClockedSelector(selectors.SelectSelector):
    """A real selector whose waits with nothing to read take no time but move ``clock``."""

    clock = Clock()

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready = super().select(0)
        if not ready and timeout:
            self.clock.now += timeout
        return ready


class RecordingDriver(PromptEscapeDriver):
    """Records each key with the clock's time; stops its loop after the first Escape."""

    def __init__(self, fileno: int) -> None:
        async def make() -> None:  # a driver is made on the app's event loop
            PromptEscapeDriver.__init__(self, app=object())  # type: ignore[arg-type]

        asyncio.run(make())
        self.fileno = fileno
        self.keys: list[tuple[str, float]] = []

    def process_message(self, message: Any) -> None:
        if isinstance(message, events.Key):
            self.keys.append((message.key, ClockedSelector.clock.now - START))
            if message.key == "escape":
                self.exit_event.set()


@pytest.fixture
def keys_typed(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Type bytes into a pty whose other end the driver reads: the keys it reports, timed."""
    clock = ClockedSelector.clock = Clock()
    monkeypatch.setattr(tui.driver.selectors, "SelectSelector", ClockedSelector)
    monkeypatch.setattr("textual._parser.get_time", clock)
    monkeypatch.setattr(tui.driver, "get_time", clock)
    monkeypatch.setattr("textual.constants.ESCAPE_DELAY", escape_delay_seconds({}))  # as the app starts
    controller, app_side = pty.openpty()
    tty.setraw(app_side)  # as the app sets its terminal: each byte readable at once

    def type_keys(typed: bytes) -> list[tuple[str, float]]:
        driver = RecordingDriver(app_side)
        os.write(controller, typed)
        driver.run_input_thread()
        return driver.keys

    yield type_keys
    os.close(controller)
    os.close(app_side)


@pytest.mark.parametrize("delay_ms", [DEFAULT_ESCAPE_DELAY_MS, 250])
def test_a_lone_escape_arrives_when_its_wait_is_over(
    keys_typed: Any, monkeypatch: pytest.MonkeyPatch, delay_ms: int
) -> None:
    monkeypatch.setattr("textual.constants.ESCAPE_DELAY", delay_ms / 1000)
    assert keys_typed(b"\x1b") == [("escape", pytest.approx(delay_ms / 1000))]


def test_a_key_and_an_escape_sequence_are_not_taken_for_escape(keys_typed: Any) -> None:
    assert keys_typed(b"f\x1b[A\x1b") == [
        ("f", 0),
        ("up", 0),
        ("escape", pytest.approx(DEFAULT_ESCAPE_DELAY_MS / 1000)),
    ]


def test_escdelay_is_the_users_else_a_short_default() -> None:
    assert escape_delay_seconds({}) == DEFAULT_ESCAPE_DELAY_MS / 1000
    assert escape_delay_seconds({"ESCDELAY": "300"}) == 0.3
    assert escape_delay_seconds({"ESCDELAY": "0"}) == 0.001  # at least 1 ms, as Textual reads it
    assert escape_delay_seconds({"ESCDELAY": "soon"}) == DEFAULT_ESCAPE_DELAY_MS / 1000
