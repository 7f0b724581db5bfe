"""The views' answers from the query layer: conflicts, figures, timeline, entities, sources."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from corpus.model import Article, XRef
from store.query.conflicts import CONFLICTS, Conflicts, conflicting_ids, relation_count
from store.query.queries import VIEWS, CorpusQueries
from store.query.reader import ExtractionReader
from store.query.sources import distinct_source_labels
from tests.tui.test_views_sample import build_sample


@pytest.fixture
def sample():
    return build_sample()


@pytest.fixture
def queries(sample):
    return CorpusQueries(ExtractionReader(sample.extraction))


def test_conflicts_are_counted_per_claim_strongest_first() -> None:
    links = [
        XRef("a", "b", "conflicts", 0.4, "r"),
        XRef("c", "a", "conflicts", 0.9, "r"),
        XRef("a", "d", "corroborates", 0.99, "r"),
    ]
    conflicts = Conflicts.of(links)
    assert [x.score for x in conflicts.links] == [0.9, 0.4]
    assert conflicts.count("a") == 2 and conflicts.count("b") == 1 and conflicts.count("d") == 0
    assert conflicts.claim_ids == conflicting_ids(links) == {"a", "b", "c"}
    assert "c" in conflicts and "d" not in conflicts
    assert relation_count(links, CONFLICTS) == 2


def test_every_view_marks_the_same_claims_as_conflicting(sample, queries) -> None:
    expected = {sample.ids[k] for k in ("hoax", "training", "disclosed", "nis", "casualties")}
    assert queries.conflicts.claim_ids == expected
    figures = [f for m in queries.figures for f in m.figures]
    assert {f.claim.id for f in figures if f.conflicted} == expected & {f.claim.id for f in figures}
    events = queries.timeline.events
    assert {e.claim.id for e in events if e.conflicted} == expected & {e.claim.id for e in events}


def test_answers_are_frozen(queries) -> None:
    measure = queries.figures[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        measure.label = "other"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        queries.timeline.events[0].conflicted = False  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        queries.entities.rows[0].said = ()  # type: ignore[misc]
    with pytest.raises(TypeError):  # a measure's figures are made when read, and read only
        measure.figures[0] = measure.figures[0]  # type: ignore[index]
    with pytest.raises(TypeError):  # the timeline's events too
        queries.timeline.events[0] = queries.timeline.events[0]  # type: ignore[index]


def test_figures_group_by_subject_and_compare_only_like_dates(sample, queries) -> None:
    measures = {m.label: m for m in queries.figures}
    casualties = measures["North Korean casualties"]  # one measure per series: killed and wounded apart
    assert [f.quantity.measure for f in casualties.figures] == ["casualties"]
    assert [f.quantity.value for f in measures["North Korean casualties: killed"].figures] == [300, 600]
    assert casualties.figures[-1].date == "2025-06-18"  # its article's date, estimated ...
    assert casualties.figures[-1].date_estimated
    troops = measures["troops deployed"]
    found = troops.disagreement()  # 100,000 in 2022 and 6,000 in 2025: different months, no comparison
    assert found is None
    latest = troops.latest()
    assert latest is not None and latest.claim.id == sample.ids["shoigu"]


def test_the_timeline_filter_speaks_the_search_grammar(sample, queries) -> None:
    timeline = queries.timeline
    assert [e.date for e in timeline.events] == sorted(e.date for e in timeline.events)
    denials = timeline.apply("kind:denial")
    assert [e.claim.id for e in denials.events] == [sample.ids["hoax"]]
    assert {e.claim.id for e in timeline.apply("is:corroborated").events} == {
        sample.ids["russia-confirmed"],
        sample.ids["disclosed"],
    }
    later = timeline.apply("date:>=2025-04 -is:quantified")
    assert {e.claim.id for e in later.events} == {sample.ids["disclosed"], sample.ids["russia-confirmed"]}
    # free words look in entities and their aliases, measures, subject, speaker, kind, date
    assert {e.claim.id for e in timeline.apply("peskov").events} == {sample.ids["hoax"]}
    assert {e.claim.id for e in timeline.apply("wounded").events} == {sample.ids["nis"]}
    bad = timeline.apply("date:2024-13")
    assert bad.events == timeline.events and bad.problems  # a typo is named, nothing is hidden


def test_the_timeline_reads_user_marks_only_for_their_filters(sample, queries) -> None:
    reads: list[int] = []

    def marks():
        reads.append(1)
        return {"bookmarked": [sample.ids["hoax"]]}

    assert len(queries.timeline.apply("kind:quantity", marks).events) > 1 and not reads
    assert [e.claim.id for e in queries.timeline.apply("is:bookmarked", marks).events] == [sample.ids["hoax"]]
    assert reads == [1]


def test_entities_split_what_they_said_from_what_is_said_about_them(sample, queries) -> None:
    rows = {r.entity.name: r for r in queries.entities.rows}
    shoigu = rows["Sergei Shoigu"]
    assert [c.id for c in shoigu.said] == [sample.ids["shoigu"]] and shoigu.about == ()
    assert queries.entities.rows[0].entity.name == "North Korea"
    assert [r.entity.name for r in queries.entities.filtered("kreml")] == ["Russia"]  # an alias


def test_each_answer_is_built_once_across_threads(queries) -> None:
    barrier = threading.Barrier(4)

    def ask() -> None:
        barrier.wait()
        queries.build_all()
        assert queries.timeline is queries.timeline

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(queries.ready(name) for name in VIEWS)
    assert queries.builds == dict.fromkeys(queries.builds, 1)
    assert {"figures", "timeline", "entities", "sources", "view_source"} <= set(queries.builds)


def test_the_scan_and_the_timeline_share_one_filter_index(queries) -> None:
    assert queries.scan.search("kind:denial")
    assert queries.timeline.claim_filter is queries.claim_filter
    assert queries.builds["claim_filter"] == 1


def test_titles_named_alike_keep_the_words_that_tell_them_apart() -> None:
    def article(key: str, title: str, outlet: str | None = None) -> Article:
        return Article(key, title, outlet, [], None, False, f"{key}.txt", "x")

    labels = distinct_source_labels(
        [
            article("a", "North Korea to Send Thousands of Workers"),
            article("b", "North Korea Confirms It Sent Troops"),
            article("c", "North Korea may send volunteers", outlet="Breitbart News"),
            article("d", "Kim pledges support"),
        ]
    )
    assert labels == {
        "a": "…to Send Thousands of Workers",
        "b": "…Confirms It Sent Troops",
        "c": "Breitbart News",
        "d": "Kim pledges support",
    }
