"""Textual's strips made with caches built in C (tui/strip_caches.py): the same strips, the same
bounded first-in-first-out caches, no ``FIFOCache`` made per strip any more."""

from __future__ import annotations

import textual.cache
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from tests.waiting import wait_until
from tui import strip_caches
from tui.app import FactscopeApp


def test_installed_over_textuals_own_strip() -> None:
    assert strip_caches.install()
    assert strip_caches.textual_init is not None
    assert strip_caches.written_for(strip_caches.textual_init, Strip.__slots__)  # what it stands for
    strip = Strip([Segment("hello world")])
    assert isinstance(strip._crop_cache, strip_caches.Bounded16)
    assert isinstance(strip._divide_cache, strip_caches.Bounded4)


def test_another_strip_init_is_left_alone() -> None:
    def other_init(self, segments, cell_length=None):  # e.g. a later Textual's, lazier one
        self._segments = list(segments)

    assert not strip_caches.written_for(other_init, Strip.__slots__)
    assert not strip_caches.written_for(strip_caches.textual_init, [*Strip.__slots__, "_new_slot"])


def test_a_strip_is_what_textuals_own_makes() -> None:
    strip_caches.install()
    segments = [Segment("hello ", Style(bold=True)), Segment("world")]
    ours = Strip(segments, 11)
    theirs = Strip.__new__(Strip)
    strip_caches.textual_init(theirs, segments, 11)
    for name in Strip.__slots__:
        mine, original = getattr(ours, name), getattr(theirs, name)
        if isinstance(original, textual.cache.FIFOCache):
            assert len(mine) == 0 and mine.maxsize == original._maxsize, name
        else:
            assert mine == original, name
    assert ours.crop(2, 9) == theirs.crop(2, 9)
    assert [part.text for part in ours.divide([3, 8])] == [part.text for part in theirs.divide([3, 8])]
    assert ours.crop(2, 9) is ours.crop(2, 9)  # cached as before


def test_the_caches_keep_their_bounds_and_drop_the_oldest_first() -> None:
    cache = strip_caches.Bounded4()
    for key in range(6):
        cache[key] = str(key)
    assert list(cache) == [2, 3, 4, 5]
    cache[3] = "again"  # a key already there takes no room
    assert list(cache) == [2, 3, 4, 5] and cache.get(3) == "again" and cache.get(0) is None
    big = strip_caches.Bounded16()
    for key in range(20):
        big.set(key, key)
    assert len(big) == 16 and min(big) == 4


async def test_drawing_the_browser_makes_no_fifo_cache_per_strip(make_data, monkeypatch) -> None:
    made = {"caches": 0, "strips": 0}
    fifo_init, strip_init = textual.cache.FIFOCache.__init__, Strip.__init__

    def counted_fifo(self, maxsize):
        made["caches"] += 1
        fifo_init(self, maxsize)

    def counted_strip(self, *args, **kwargs):
        made["strips"] += 1
        strip_init(self, *args, **kwargs)

    monkeypatch.setattr(textual.cache.FIFOCache, "__init__", counted_fifo)
    monkeypatch.setattr(Strip, "__init__", counted_strip)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(lambda: app.main_screen.claims, pilot=pilot, what="the first article")
        await pilot.pause()
    assert made["strips"] > 1000  # the frames drew thousands of strips
    assert made["caches"] < made["strips"] / 10  # Textual's own made seven a strip
