"""The benchmarks' poll (tests/bench/polling.py) calls its step no more after the step said it
was done, even when Textual's interval ticks once more after being stopped (bench_scale died of
that: KeyError 'rss_views')."""

from __future__ import annotations

import asyncio
import importlib.util
from pathlib import Path

import textual.timer
from textual.app import App

# loaded from its file: tests/bench is not a package, nor put on sys.path (its scripts' names)
_SPEC = importlib.util.spec_from_file_location("bench_polling", Path(__file__).parents[1] / "bench" / "polling.py")
assert _SPEC is not None and _SPEC.loader is not None
_polling = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_polling)
poll = _polling.poll


def _late_ticks(monkeypatch) -> None:
    """Every other wait of a timer returns at once, without awaiting: what
    ``textual._time.sleep`` does when the next tick is due within half a millisecond (a timer
    behind a busy UI thread). The others yield to the loop, as a real wait does."""
    waits = 0

    async def sleep(_seconds: float) -> None:
        nonlocal waits
        waits += 1
        if waits % 2:
            await asyncio.sleep(0)

    monkeypatch.setattr(textual.timer, "sleep", sleep)


async def _calls(monkeypatch, start) -> int:
    _late_ticks(monkeypatch)
    calls = 0
    done = asyncio.Event()

    def step() -> bool:
        nonlocal calls
        calls += 1
        done.set()
        return True  # done at the first call

    app = App()
    async with app.run_test() as pilot:
        start(app, step)
        await asyncio.wait_for(done.wait(), timeout=5)
        await pilot.pause()
        await pilot.pause()
    return calls


async def test_a_stopped_interval_can_tick_again(monkeypatch):
    """What the poll guards against: Textual's own interval, stopped in its callback, calls it again."""

    def start(app, step):
        def tick():
            step()
            timer.stop()

        timer = app.set_interval(0.001, tick)

    assert await _calls(monkeypatch, start) == 2


async def test_poll_calls_its_step_no_more_once_done(monkeypatch):
    assert await _calls(monkeypatch, lambda app, step: poll(app, 0.001, step)) == 1


async def test_poll_calls_its_step_until_it_is_done():
    answers = iter([False, False, True, True])
    calls = 0
    done = asyncio.Event()

    def step() -> bool:
        nonlocal calls
        calls += 1
        answer = next(answers)
        if answer:
            done.set()
        return answer

    app = App()
    async with app.run_test() as pilot:
        poll(app, 0.001, step)
        await asyncio.wait_for(done.wait(), timeout=5)
        await pilot.pause()
        await pilot.pause()
    assert calls == 3
