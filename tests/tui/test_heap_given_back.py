"""The browser hands the memory its workers freed back to the system (tui/heap.py): the
catalogue's parse in the loading worker's heap, before the index worker makes the search index
and the views' models in its own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.tui.corpus_fixture import build_extraction, write_corpus


def _anon_kb() -> int:
    return next(int(line.split()[1]) for line in Path("/proc/self/status").open() if line.startswith("RssAnon"))


@pytest.mark.skipif(sys.platform != "linux" or not Path("/proc/self/status").exists(), reason="glibc, Linux")
def test_freed_heap_memory_goes_back() -> None:
    from tui.heap import give_back

    if not give_back():
        pytest.skip("no malloc_trim in this C library")
    # 40 MB of 2 KB strings (malloc'd, not Python's small-object arenas), one in 20 kept: the
    # rest freed, in holes a heap cannot shrink past
    made = [("x" * 2000) + str(i) for i in range(20_000)]
    kept = made[::20]
    del made
    before = _anon_kb()
    assert give_back()
    assert before - _anon_kb() > 20_000, (before, _anon_kb())
    assert len(kept) == 1000


async def test_the_index_worker_gives_back_before_and_after_its_work(tmp_path, monkeypatch) -> None:
    import tui.heap
    from tui.app import FactscopeApp

    path = tmp_path / "corpus.json"
    write_corpus(path, build_extraction(), current=True)
    calls: list[str] = []
    monkeypatch.setattr(tui.heap, "give_back", lambda: calls.append("trim") or True)
    app = FactscopeApp(db_path=path)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(300):  # the index worker: search index, then the views' models
            await app.workers.wait_for_complete()
            await pilot.pause()
            if len(calls) >= 2:
                break
        assert app.data is not None and app.data.index is not None
    assert len(calls) >= 2
