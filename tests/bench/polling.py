"""A poll for the benchmarks' timed apps: a step run on a Textual interval until it says it is
done, and never again after.

A Textual interval stopped in its own callback can still call it once more (Textual 8.2.8): when
its next tick is due within half a millisecond, ``textual._time.sleep`` returns without awaiting,
so the timer ticks again before the cancellation ``Timer.stop`` asked for can reach it. A 5 ms
poll behind a busy UI thread often lands there: bench_scale's app then drew its "view drawn" step
twice, popped its last screen (ScreenStackError), and the parent failed with ``KeyError:
'rss_views'`` (4 runs in 20 at 5,000 claims).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # nothing imported at run time: the timed app imports Textual itself, first
    from textual.message_pump import MessagePump
    from textual.timer import Timer


def poll(target: MessagePump, interval: float, step: Callable[[], object]) -> Timer:
    """Call ``step`` every ``interval`` seconds until it returns a true value, then stop: ``step``
    is never called after it has returned one."""
    done = False

    def tick() -> None:
        nonlocal done
        if not done and step():
            done = True
            timer.stop()

    timer = target.set_interval(interval, tick)
    return timer
