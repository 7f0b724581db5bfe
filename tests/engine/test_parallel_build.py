"""A build in worker processes gives exactly the output of one process (corpus/parallel.py)."""

from __future__ import annotations

import itertools
import os
import time
from pathlib import Path

import pytest

from corpus import parallel, pipeline
from corpus.loader import article_id, bundled_articles, load_dir
from corpus.model import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "articles"

pytestmark = pytest.mark.skipif(not parallel.can_fork(), reason="worker processes are forked")


def _undated(i: int) -> Article:
    body = (
        f"LINDAU, March {i + 3}, 2025 — Rescuers said {20 + i} people were missing after the landslide.\n\n"
        f"The regional governor said {i + 2} villages had been evacuated since Monday.\n"
    )
    return Article(
        id=article_id(body),
        title=f"Landslide {i}",
        outlet="Valley Post",
        authors=[],
        published=None,
        published_estimated=False,
        source_file=f"landslide_{i}.txt",
        body=body,
    )


def _articles() -> list[Article]:
    """Fresh objects each time: extraction sets an undated article's published date."""
    return bundled_articles() + load_dir(DATA) + [_undated(i) for i in range(3)]


@pytest.fixture
def small_tasks(monkeypatch):
    """Pools even for this small corpus, with many tasks each, so order and hand-over are exercised."""
    monkeypatch.setattr(parallel, "MIN_ARTICLES", 2)
    monkeypatch.setattr(parallel, "_ARTICLES_PER_TASK", 3)
    monkeypatch.setattr(parallel, "_PAIRS_PER_TASK", 40)


def test_two_processes_give_the_same_claims_links_entities_and_dates(small_tasks):
    one = pipeline.extract(_articles())
    reports: list[tuple[int, int, str]] = []
    two = parallel.extract(_articles(), lambda done, total, label: reports.append((done, total, label)), jobs=2)
    assert len(one.claims) > 200 and len(one.xrefs) > 100
    assert two.claims == one.claims
    assert two.xrefs == one.xrefs  # the same links, in the same order
    assert two.entities == one.entities
    assert two.notices == one.notices
    assert two.articles == one.articles
    inferred = [a for a in two.articles if a.source_file.startswith("landslide_")]
    assert [a.published for a in inferred] == ["2025-03-03", "2025-03-04", "2025-03-05"]
    assert all(a.published_estimated for a in inferred)
    articles = len(one.articles)
    assert (articles, articles) in [(done, total) for done, total, _ in reports]  # extraction reported to the end
    assert any(label == "linking claims" for _, _, label in reports)


def test_one_job_or_a_small_build_runs_in_this_process(monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("no worker pool expected")

    monkeypatch.setattr(parallel, "crew_of", no_pool)
    articles = bundled_articles()
    assert parallel.extract(articles, jobs=1).claims == pipeline.extract(bundled_articles()).claims
    assert len(articles) < parallel.MIN_ARTICLES
    assert parallel.extract(bundled_articles(), jobs=4).claims == pipeline.extract(bundled_articles()).claims


def _die(*_task):
    os._exit(3)  # a worker killed mid-build (the OOM killer, kill -9)


def test_three_processes_give_the_same_links(small_tasks):
    """With two workers each is sent the features the other extracted (as that worker sent them here)."""
    one = pipeline.extract(_articles())
    three = parallel.extract(_articles(), jobs=3)
    assert three.claims == one.claims and three.xrefs == one.xrefs and three.articles == one.articles


def test_a_worker_that_dies_fails_the_build_with_one_line(small_tasks, monkeypatch):
    monkeypatch.setattr(parallel, "_in_worker", _die)
    with pytest.raises(parallel.WorkerDied, match="worker process died"):
        parallel.extract(bundled_articles() + [_undated(i) for i in range(3)], jobs=2)


def _extract_recording_pid(task):
    with open(os.environ["FACTSCOPE_TEST_PIDS"], "a", encoding="utf-8") as out:
        out.write(f"{os.getpid()}\n")
    return _plain_extract_claims(task)


_plain_extract_claims = parallel._extract_claims


def test_this_process_takes_its_share_of_the_tasks(small_tasks, monkeypatch, tmp_path):
    pids = tmp_path / "pids"
    monkeypatch.setenv("FACTSCOPE_TEST_PIDS", str(pids))
    monkeypatch.setattr(parallel, "_extract_claims", _extract_recording_pid)
    built = parallel.extract(_articles(), jobs=2)
    assert built.claims == pipeline.extract(_articles()).claims
    ran_in = pids.read_text(encoding="utf-8").split()
    assert str(os.getpid()) in ran_in  # no hand-over cost for this share
    assert set(ran_in) - {str(os.getpid())}  # and a worker did the rest


def test_work_beside_runs_in_another_process_while_the_block_runs_here(tmp_path):
    done = tmp_path / "done"
    failures: list[str] = []
    with parallel.beside(lambda: done.write_text(str(os.getpid()), encoding="utf-8"), lambda: failures.append("x")):
        here = os.getpid()
    assert done.read_text(encoding="utf-8") != str(here)  # written by the other process, waited for
    assert failures == []


def test_work_beside_that_dies_is_reported_once_waited_for():
    failures: list[str] = []
    with parallel.beside(lambda: os._exit(3), lambda: failures.append("died")):
        assert failures == []
    assert failures == ["died"]


def _square(task: int) -> int:
    return task * task


def _failing(task: int) -> int:
    if task == 0:  # the last one handed out: a worker's
        raise ValueError("no square for this one")
    return task


def test_every_task_is_done_once_in_order_and_a_workers_error_is_raised_here(monkeypatch):
    monkeypatch.setattr(parallel, "_QUEUED_PER_WORKER", 8)
    tasks = list(range(20))
    finished: list[int] = []
    with parallel.crew_of(1) as crew:
        results = parallel.shared_out(crew, _square, tasks, finished.append, meanwhile=lambda: None)
        assert results == [task * task for task in tasks] and sorted(finished) == tasks
        with pytest.raises(ValueError, match="no square"):
            parallel.shared_out(crew, _failing, list(reversed(tasks)), lambda _: None)


def _where(task: int) -> tuple[int, int]:
    time.sleep(0.005)  # (long enough for both processes to take tasks)
    return os.getpid(), task


def test_tasks_taken_in_order_go_to_each_process_in_a_run_of_its_own():
    """``in_order`` (relating pairs found in turns): once every task is made, this process takes the first
    part of those left and the worker the second, each from its front, so that each meets the claims of its
    own run of turns and few of the other's (one that has done its part takes from the back of the other's)."""
    with parallel.crew_of(1) as crew:
        results = parallel.shared_out(crew, _where, list(range(80)), lambda _: None, in_order=True)
    assert [task for _pid, task in results] == list(range(80))
    here = [task for pid, task in results if pid == os.getpid()]
    there = [task for pid, task in results if pid != os.getpid()]
    assert len(here) > 10 and len(there) > 10
    assert _runs(here) + _runs(there) <= 5  # (taken alternately, ~80)


def _runs(tasks: list[int]) -> int:
    return 1 + sum(1 for a, b in itertools.pairwise(tasks) if b != a + 1)


def _recording_pid(kind, run):
    def recorded(task):
        with open(os.environ["FACTSCOPE_TEST_PIDS"], "a", encoding="utf-8") as out:
            out.write(f"{kind} {os.getpid()}\n")
        return run(task)

    return recorded


_plain_relate_range = parallel._relate_range
_plain_describe = parallel._describe


def _extract_in(task):
    return _recording_pid("extract", _plain_extract_claims)(task)


def _describe_in(task):
    return _recording_pid("describe", _plain_describe)(task)


def _relate_in(task):
    return _recording_pid("relate", _plain_relate_range)(task)


def test_the_workers_that_extract_relate_too_forked_once(small_tasks, monkeypatch, tmp_path):
    """One crew serves both steps: no second fork over every claim in memory, and a worker relates with
    the features it made itself (what relating works out from them kept), sent only the others'."""
    pids = tmp_path / "pids"
    monkeypatch.setenv("FACTSCOPE_TEST_PIDS", str(pids))
    monkeypatch.setattr(parallel, "_extract_claims", _extract_in)
    monkeypatch.setattr(parallel, "_describe", _describe_in)
    monkeypatch.setattr(parallel, "_relate_range", _relate_in)
    built = parallel.extract(_articles(), jobs=2)
    assert built.xrefs == pipeline.extract(_articles()).xrefs
    ran = [line.split() for line in pids.read_text(encoding="utf-8").splitlines()]
    elsewhere = {
        kind: {pid for k, pid in ran if k == kind and pid != str(os.getpid())} for kind in ("extract", "relate")
    }
    assert len(elsewhere["extract"]) == 1 and elsewhere["relate"] == elsewhere["extract"]


def test_a_workers_results_cross_as_their_class_and_field_values():
    """Claims, their quantities and attributions, mentions, link features and link index rows pickle
    between processes as the class and its field values (not dataclasses' per-field ``__setstate__``)
    and come back equal; a claim's blocks, made for the link index, travel with its features."""
    import pickle
    from multiprocessing.reduction import ForkingPickler

    from corpus.xref.blocking import block_keys
    from store import link_index

    parallel._shared.update(articles=bundled_articles()[:3], encode=link_index.encode)
    try:
        results = pickle.loads(parallel._kept_extraction((0, 3), parallel._extract_range((0, 3))))
    finally:
        parallel._shared.clear()
    claims = [c for found, *_ in results for c in found]
    described = [f for result in results for f in result[4]]
    made = [e for result in results for e in result[5]]
    quantity = next(q for c in claims for q in c.quantities)
    attribution = next(a for c in claims for a in c.attributions)
    mention = results[0][1][0]
    for item in (claims[0], quantity, attribution, mention, described[0], made[0]):
        reduced = ForkingPickler._extra_reducers[type(item)](item)
        assert reduced[0] is type(item) and type(item)(*reduced[1]) == item
    assert pickle.loads(ForkingPickler.dumps(results)) == results
    assert described and all(f.memo == {parallel._BLOCK_KEYS: block_keys.__wrapped__(f)} for f in described)
