"""Python's full collections, moved to moments without input.

A full (oldest-generation) collection walks every tracked object not frozen at start-up: in
the browser, once it has settled, ~110k of them (the views composed ahead, their models,
Textual's caches), 40-100 ms of CPU, and it fell on whatever key was being answered: the
worst runs of ``tests/bench/bench_keys.py`` on the bundled corpus (Escape 140 ms, ``e``
135, ``/`` 150) were such collections. While the app runs, the automatic full collections
are off; a timer makes one once no input has come for ``QUIET_SECONDS``, or after
``LONGEST_SECONDS`` of steady input anyway, so cyclic garbage stays bounded. The younger
generations are collected as before, and the thresholds are put back when the app ends.
"""

from __future__ import annotations

import gc
import time

QUIET_SECONDS = 1.0  # no input for this long: a collection now delays no key
LONGEST_SECONDS = 30.0  # at most this long between full collections, input or not
CHECK_SECONDS = 0.5
_NEVER = 1 << 30  # the oldest generation's threshold while the app runs
# The youngest generation's threshold from the app's load to its first useful screen (Python's is
# 700 allocations): ~30 young collections fell there, each scanning the widgets, styles and rows
# just made, which the screen keeps (~13M instructions of ~1,300M to the first useful screen).
# At 50,000 one was still left, in the first useful frame's drawing at 120x40 (~66,000 net
# allocations by then: its strips): 4-7 ms of CPU, ~2% of that screen's. The memory it would have
# freed (~1,900 objects in cycles) waits for the first collection after the frame.
STARTING_YOUNG = 250_000


class IdleCollector:
    def __init__(self) -> None:
        self.last_input = self.last_full = time.monotonic()
        self.full_collections = 0  # made here (for tests)
        self._saved: tuple[int, int, int] | None = None

    def start(self, *, starting: bool = False) -> None:
        """Full collections off; with ``starting``, young ones rare too until :meth:`started`."""
        if self._saved is None:
            self._saved = gc.get_threshold()
            young = self._saved[0]
            if starting and young:  # 0: the automatic collections were off, and stay so
                young = max(young, STARTING_YOUNG)
            gc.set_threshold(young, self._saved[1], _NEVER)

    def started(self) -> None:
        """The first useful screen is up (or will not come): young collections as often as before."""
        if self._saved is not None:
            gc.set_threshold(self._saved[0], self._saved[1], _NEVER)

    def stop(self) -> None:
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None

    def input_seen(self) -> None:
        self.last_input = time.monotonic()

    def tick(self) -> None:
        """On a timer: a full collection if objects reached the oldest generation since the
        last one and the moment is quiet (or the last one is long ago)."""
        now = time.monotonic()
        if gc.get_count()[2] == 0:  # no collection of the middle generation since: nothing new there
            return
        if now - self.last_input >= QUIET_SECONDS or now - self.last_full >= LONGEST_SECONDS:
            gc.collect()
            self.last_full = time.monotonic()
            self.full_collections += 1
