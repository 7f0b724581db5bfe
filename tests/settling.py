"""How a Pilot waits after a key, a click or ``pilot.pause()``: until the app has handled it.

Textual 8.2.8's Pilot waits for "idle" by watching the process's CPU clock: after each key it
sleeps in 20 ms windows, twice, until one window used less than 1 ms of CPU. Every key so costs at
least 40 ms of sleeping with both cores idle (~3,400 such waits in the app tests, most of the
suite's waiting), and on a loaded machine a window in which the app was not scheduled at all
looks idle while its work is still queued.

Here the app is settled when it is: every message queue of the app, its screens and widgets is
empty after a barrier through them (Pilot's own ``_wait_for_screen``), the screen has no layout or
repaint pending (one is done at once, as ``pilot.pause()`` itself does at its end, instead of
waiting for the next 1/60 s tick), no timer is due within the 20 ms Textual's wait would have
slept (a resize is handled 1/120 s after it comes), and no worker runs. While a worker runs (a
thread doing work the app will hear of), Textual's CPU-clock wait is kept as it was, so whatever a
test relied on waiting for is waited for still; bounded by the same one second.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from textual._wait import wait_for_idle

LONGEST = 1.0  # seconds, as Textual's wait_for_idle(max_sleep=1)
WINDOW = 0.02  # seconds: the timers due within Textual's idle window (1/50 s) are waited for, as they were


def _queues_empty(app: Any) -> bool:
    if not app._message_queue.empty():
        return False
    return all(node._message_queue.empty() for node in list(app._registry))


def _screen_clean(screen: Any) -> bool:
    return not (
        screen._layout_required
        or screen._scroll_required
        or screen._repaint_required
        or screen._recompose_required
        or screen._dirty_widgets
    )


def _next_timer(horizon: float) -> float | None:
    """When the event loop's next timer due by ``horizon`` fires (Textual's timers sleep in it),
    leaving out paused Textual timers (the screen's 1/60 s update timer once the screen is drawn):
    when their sleep ends they only wait to be resumed."""
    loop = asyncio.get_running_loop()
    due = [handle for handle in loop._scheduled if not handle.cancelled() and handle.when() <= horizon]  # type: ignore[attr-defined]
    if not due:
        return None
    waiting = {id(task._fut_waiter): task for task in asyncio.all_tasks(loop)}  # type: ignore[attr-defined]
    live = [
        handle.when() for handle in due if not _paused_timer(waiting.get(id(handle._args[0])) if handle._args else None)
    ]
    return min(live, default=None)


def _paused_timer(task: asyncio.Task | None) -> bool:
    frame = getattr(task.get_coro(), "cr_frame", None) if task is not None else None
    timer = frame.f_locals.get("self") if frame is not None and frame.f_code.co_name == "_run_timer" else None
    return timer is not None and not timer._active.is_set()


def _working(app: Any) -> bool:
    return any(worker.is_running or worker.state.name == "PENDING" for worker in app.workers)


async def settle(pilot: Any) -> None:
    """Wait until the app has handled everything sent to it so far (within one second)."""
    app = pilot.app
    loop = asyncio.get_running_loop()
    deadline = time.monotonic() + LONGEST
    horizon = loop.time() + WINDOW
    # rounds in a row that found nothing to do: two, since a widget's idle handler runs after its queue empties
    clean = 0
    while time.monotonic() < deadline:
        await pilot._wait_for_screen()
        await asyncio.sleep(0)
        if not _queues_empty(app):
            clean = 0
            continue
        try:
            screen = app.screen
        except Exception:  # no screen: the app has exited
            return
        if not _screen_clean(screen):
            clean = 0
            if screen.is_current and not app._batch_count:
                screen._on_timer_update()
                continue
            await asyncio.sleep(0.001)  # a batch update in progress: it ends by itself
            continue
        if _working(app):
            await wait_for_idle(0, max(0.0, deadline - time.monotonic()))
            if _working(app):  # still at work (or waiting on something): as Textual's wait did, go on
                return
            clean = 0
            continue  # what the worker posted is handled in the next round
        due = _next_timer(horizon)
        if due is not None:  # a timer that Textual's 20 ms window would have let fire (a resize's 1/120 s)
            clean = 0
            await asyncio.sleep(max(0.0, due - loop.time()))
            continue
        clean += 1
        if clean >= 2:
            return


def install() -> None:
    """Pilot's key presses and ``pause()`` settle the app as above (``pause(delay)`` still sleeps)."""
    from textual.app import App
    from textual.pilot import Pilot

    async def press_keys(self: App, keys) -> None:  # App._press_keys, with the wait above
        import unicodedata

        from textual import events
        from textual.app import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

        pilot = Pilot(self)
        driver = self._driver
        assert driver is not None
        for key in keys:
            if key.startswith("wait:"):
                _, wait_ms = key.split(":")
                await asyncio.sleep(float(wait_ms) / 1000)
                await self._animator.wait_until_complete()
                continue
            if len(key) == 1 and not key.isalnum():
                key = _character_to_key(key)
            original_key = REPLACED_KEYS.get(key, key)
            char: str | None
            try:
                char = unicodedata.lookup(_get_unicode_name_from_key(original_key))
            except KeyError:
                char = key if len(key) == 1 else None
            key_event = events.Key(key, char)
            key_event.set_sender(self)
            driver.send_message(key_event)
            await settle(pilot)
            await self._animator.wait_until_complete()
            await settle(pilot)

    async def pause(self: Pilot, delay: float | None = None) -> None:
        await self._wait_for_screen()
        if delay is None:
            await settle(self)
        else:
            await asyncio.sleep(delay)
        self.app.screen._on_timer_update()

    App._press_keys = press_keys  # type: ignore[method-assign]
    Pilot.pause = pause  # type: ignore[method-assign]
