"""Benchmark: what keymaps cost at start-up and per key press. Prints figures.

Run from the repository root: python -m tests.keymaps.bench_keymaps  (not collected by pytest)
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(function, repeat: int) -> float:
    """Median seconds per call."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bench_resolve() -> None:
    from keymaps.config import resolve_user_keymap
    from tui.commands import ALL_COMMANDS

    for name in ("default", "vim", "emacs"):
        seconds = timed(lambda: resolve_user_keymap(ALL_COMMANDS, name), 200)
        print(f"resolve {name:<8} {len(ALL_COMMANDS)} commands: {seconds * 1e3:.3f} ms")


async def bench_app() -> None:
    from store.corpus_db import CorpusDB
    from store.user_db import UserDB
    from tests.tui.corpus_fixture import build_extraction
    from tui.app import FactscopeApp
    from tui.data import AppData
    from tui.keys.apply import apply_keymap

    with tempfile.TemporaryDirectory() as tmp:
        corpus = CorpusDB.open(Path(tmp) / "corpus.json", create=True)
        corpus.replace_all(build_extraction(), "bench")
        data = AppData(corpus=corpus, user=UserDB.open(Path(tmp) / "user.json"))
        for keymap in ("default", "vim"):
            app = FactscopeApp(keymap=keymap, data=data)
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                apply_seconds = timed(lambda: apply_keymap(app, keymap, notify=False), 50)
                chain = timed(lambda: app.main_screen.active_bindings, 500)
                app.set_keymap({})
                bare = timed(lambda: app.main_screen.active_bindings, 500)
                apply_keymap(app, keymap, notify=False)
                start = time.perf_counter()
                presses = 40
                for _ in range(presses // 2):
                    await pilot.press("n" if keymap == "default" else "j")
                    await pilot.press("p" if keymap == "default" else "k")
                per_press = (time.perf_counter() - start) / presses
            print(
                f"app {keymap:<7}: apply_keymap {apply_seconds * 1e3:.2f} ms; "
                f"active_bindings {chain * 1e6:.0f} us with keymap vs {bare * 1e6:.0f} us without; "
                f"Pilot key press round trip {per_press * 1e3:.1f} ms"
            )
        app = FactscopeApp(keymap="vim", data=data)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            rounds = 20
            figures = {}
            for keys in (("j", "k"), ("g", "g")):
                start = time.perf_counter()
                for _ in range(rounds):
                    await pilot.press(*keys)
                figures[" ".join(keys)] = (time.perf_counter() - start) / rounds * 1e3
            print(f"vim event-to-effect: {await event_latency(app, pilot)}")
            print(
                f"vim, two presses through Pilot: 'g g' (pending screen pushed, action run, popped) "
                f"{figures['g g']:.1f} ms vs 'j k' (two plain bindings) {figures['j k']:.1f} ms"
            )


async def event_latency(app, pilot) -> str:
    """Median ms from posting a key event to its effect, without Pilot's waits."""
    from textual import events

    from tui.keys.sequences import PendingKeysScreen

    async def until(condition, what: str) -> None:
        deadline = time.perf_counter() + 5
        while not condition():
            if time.perf_counter() > deadline:
                raise RuntimeError(f"no {what} within 5 s (screen {app.screen!r}, claim {screen.selected_id})")
            await asyncio.sleep(0.0005)

    from tui.keys.apply import apply_keymap

    await app.workers.wait_for_complete()  # the index build would steal the CPU
    apply_keymap(app, "vim", sequence_timeout=5, notify=False)  # measure, never time out
    screen = app.main_screen
    ids = [claim.id for claim in app.data.corpus.claims_for_article(screen.article.id)]
    shown, completed, plain = [], [], []

    async def press(key: str, condition, what: str) -> float:
        start = time.perf_counter()
        app.post_message(events.Key(key, key))
        await until(condition, what)
        return time.perf_counter() - start

    for _ in range(15):
        await press("G", lambda: screen.selected_id == ids[-1], "last claim")
        await pilot.pause()
        shown.append(await press("g", lambda: isinstance(app.screen, PendingKeysScreen), "pending screen"))
        completed.append(await press("g", lambda: screen.selected_id == ids[0], "first claim"))
        await pilot.pause()
        plain.append(await press("j", lambda: screen.selected_id == ids[1], "next claim"))
        await pilot.pause()
    ms = lambda samples: f"{statistics.median(samples) * 1e3:.1f} ms"  # noqa: E731
    return f"'g' to pending screen {ms(shown)}; second 'g' to first claim {ms(completed)}; plain 'j' {ms(plain)}"


def bench_cli() -> None:
    exe = Path(sys.executable).with_name("factscope")
    for args in (["--help"], ["keys", "--json"], ["--keymap", "vim", "keys"]):
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([str(exe), *args], check=True, capture_output=True)
            samples.append(time.perf_counter() - start)
        print(f"factscope {' '.join(args):<18}: {statistics.median(samples) * 1e3:.0f} ms (median of 5)")


if __name__ == "__main__":
    bench_resolve()
    asyncio.run(bench_app())
    bench_cli()
