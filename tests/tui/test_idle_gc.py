"""Python's full collections wait for a moment without input (tui/idle_gc.py): one falling on
a key cost it 40-100 ms (the worst runs of bench_keys)."""

from __future__ import annotations

import gc

from tests.waiting import wait_until


async def test_full_collections_wait_for_a_quiet_moment(make_data, monkeypatch) -> None:
    from tui import idle_gc
    from tui.app import FactscopeApp

    before = gc.get_threshold()
    monkeypatch.setattr(idle_gc, "QUIET_SECONDS", 60.0)  # keys keep coming: no quiet moment
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert gc.get_threshold()[2] > 1_000_000  # no automatic full collection while it runs
        gc.collect(1)  # objects reach the oldest generation: a full collection is due
        for key in ("n", "n", "p", "n"):
            await pilot.press(key)
            app.collector.tick()
        assert app.collector is not None and app.collector.full_collections == 0  # none while keys come
        monkeypatch.setattr(idle_gc, "QUIET_SECONDS", 0.05)
        await wait_until(lambda: app.collector.full_collections == 1, pilot=pilot, what="a collection once quiet")
        assert gc.get_count()[2] == 0
    assert gc.get_threshold() == before  # put back when the app ends


def test_a_full_collection_comes_after_long_input_anyway(monkeypatch) -> None:
    from tui import idle_gc

    collector = idle_gc.IdleCollector()
    monkeypatch.setattr(idle_gc, "QUIET_SECONDS", 60.0)
    monkeypatch.setattr(idle_gc, "LONGEST_SECONDS", 0.0)
    gc.collect(1)
    collector.input_seen()
    collector.tick()
    assert collector.full_collections == 1
    collector.tick()  # nothing reached the oldest generation since
    assert collector.full_collections == 1


def test_importing_the_app_sets_off_no_collection_and_leaves_the_collector_on() -> None:
    """The app's imports (Textual's with them) make thousands of objects that live as long as the
    process: the collector is paused while they are made and they are frozen out of its way, so
    none of the ~75 young collections their allocations set off scans them (tui/app.py)."""
    import subprocess
    import sys

    code = (
        "import gc\n"
        "seen = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and seen.append(info['generation']))\n"
        "import tui.app\n"
        "print(len(seen), gc.isenabled(), gc.get_freeze_count() > 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "True", "True"]


async def test_young_collections_are_rare_from_the_load_to_the_first_useful_screen(make_data) -> None:
    """~30 young collections fell between the app's load and its first useful screen, each scanning
    the widgets and rows just made, which the screen keeps; after it, as often as before."""
    from tui import idle_gc
    from tui.app import FactscopeApp

    before = gc.get_threshold()
    seen: dict[str, int] = {}

    class Probe(FactscopeApp):
        def on_mount(self) -> None:  # Textual calls the app's own handler as well
            seen["composing"] = gc.get_threshold()[0]

        def useful_screen_shown(self) -> None:
            self.call_later(lambda: seen.setdefault("useful", gc.get_threshold()[0]))

    app = Probe(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(lambda: "useful" in seen, pilot=pilot, what="the first useful screen")
        assert gc.get_threshold()[0] == before[0]
    assert seen == {"composing": max(before[0], idle_gc.STARTING_YOUNG), "useful": before[0]}
    assert gc.get_threshold() == before


def test_automatic_collections_left_off_stay_off_at_the_start() -> None:
    from tui import idle_gc

    before = gc.get_threshold()
    gc.set_threshold(0, before[1], before[2])
    collector = idle_gc.IdleCollector()
    try:
        collector.start(starting=True)
        assert gc.get_threshold()[0] == 0
    finally:
        collector.stop()
        gc.set_threshold(*before)


async def test_no_young_collection_falls_before_the_first_useful_screen(make_data) -> None:
    """From the load to the first useful frame a 120x40 screen made ~66,000 objects (its strips,
    mostly), enough to set off a young collection in that frame's drawing (4-7 ms of its CPU);
    none falls there now (a 160x50 screen of the test corpus makes more than 50,000), and after
    it they come as before."""
    from tui.app import FactscopeApp

    counts: dict[str, int] = {"load": 0, "useful": 0}
    where = ["before"]

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 0 and where[0] in counts:
            counts[where[0]] += 1

    class Probe(FactscopeApp):
        def on_load(self) -> None:
            where[0] = "load"
            super().on_load()

        def useful_screen_shown(self) -> None:
            where[0] = "useful"  # from here on, counted apart

    app = Probe(data=make_data())
    gc.callbacks.append(counted)
    try:
        async with app.run_test(size=(160, 50)) as pilot:
            await wait_until(lambda: where[0] == "useful", pilot=pilot, what="the first useful screen")
            for _ in range(50):  # the frames after it allocate as before: young collections again
                if counts["useful"]:
                    break
                app.main_screen.refresh()
                await pilot.pause()
    finally:
        gc.callbacks.remove(counted)
    assert counts["load"] == 0
    assert counts["useful"] > 0
