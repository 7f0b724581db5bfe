"""The terminal driver: Textual's own, with a lone Escape reported once its wait is over.

Textual 8.2.8's input thread waits for input in steps of 0.1 s and only then asks its
parser whether a lone Escape has waited long enough (``ESCDELAY``) to be the Escape key
rather than the start of an escape sequence. So Escape reached the app 100-200 ms after
the key whatever ``ESCDELAY`` said, and closing any view felt slow. Here the wait for
input ends when the parser's escape wait does; everything else is Textual's loop.

``ESCDELAY`` (ms) is honoured as Textual honours it. Unset, it is ``DEFAULT_ESCAPE_DELAY_MS``
rather than Textual's 100: a terminal sends an escape sequence in one write, and over SSH
that write travels as one packet, so the rest of a sequence never lags its Escape by
tens of milliseconds (vim's and tmux's own waits are 10-50 ms). A slow serial line
can set a longer ``ESCDELAY``.
"""

from __future__ import annotations

import os
import selectors
from codecs import getincrementaldecoder

from textual import constants
from textual._parser import ParseError
from textual._time import get_time
from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver

DEFAULT_ESCAPE_DELAY_MS = 25
IDLE_WAIT_SECONDS = 0.1  # Textual's own step: how often the loop looks at exit_event


def escape_delay_seconds(environ: os._Environ[str] | dict[str, str] = os.environ) -> float:
    """The user's ``ESCDELAY`` (ms, at least 1, as Textual reads it), else our default."""
    try:
        return max(int(environ["ESCDELAY"]), 1) / 1000
    except (KeyError, ValueError):
        return DEFAULT_ESCAPE_DELAY_MS / 1000


def input_wait_seconds(parser: XTermParser) -> float:
    """How long to wait for input: until the parser's escape wait ends, if one is running."""
    deadline: float | None = getattr(parser, "_timeout_time", None)
    if deadline is None:
        return IDLE_WAIT_SECONDS
    return min(max(deadline - get_time(), 0.0), IDLE_WAIT_SECONDS)


class PromptEscapeDriver(LinuxDriver):
    """``LinuxDriver`` whose input thread wakes when a lone Escape's wait is over."""

    def start_application_mode(self) -> None:
        # The parser reads the constant each time it waits after an Escape.
        constants.ESCAPE_DELAY = escape_delay_seconds()  # type: ignore[misc]
        super().start_application_mode()

    def run_input_thread(self) -> None:
        """Textual's ``LinuxDriver.run_input_thread``, but for the time given to ``select``."""
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        parser = XTermParser(self._debug)
        decode = getincrementaldecoder("utf-8")().decode

        def process_selector_events(events: list[tuple[selectors.SelectorKey, int]], final: bool = False) -> None:
            for number, (_key, mask) in enumerate(events, 1):
                if mask & selectors.EVENT_READ:
                    text = decode(os.read(self.fileno, 1024 * 4), final=final and number == len(events))
                    if not text:  # stdin is a pipe, or at its end
                        break
                    for event in parser.feed(text):
                        self.process_message(event)
            for event in parser.tick():
                self.process_message(event)

        try:
            while not self.exit_event.is_set():
                process_selector_events(selector.select(input_wait_seconds(parser)))
            selector.unregister(self.fileno)
            process_selector_events(selector.select(IDLE_WAIT_SECONDS), final=True)
        finally:
            selector.close()
            try:
                for _event in parser.feed(""):
                    pass
            except (EOFError, ParseError):
                pass
