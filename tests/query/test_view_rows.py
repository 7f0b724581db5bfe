"""The figures, timeline and entities views of a DB read in part come from its view columns
(``<db>.views.npz``, kept up by every add) and give what a whole read gives: same measures,
events, entities, claims, in the same order, without every claim read."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from corpus.model import Claim, Extraction, Quantity
from store import tails
from store.claim_docs import ClaimDocs
from store.columns import IdLayers
from store.corpus_db import CorpusDB
from store.derived import write_derived_indexes
from store.links import LinkColumns
from store.query.queries import CorpusQueries
from store.query.reader import ExtractionReader
from store.search import SearchIndex
from store.view_rows import FORMAT, StoredClaim, ViewRows, name_key, views_path
from tests.tui.test_views_sample import build_sample

FILTERS = ["", "kind:denial", "-kind:forecast", "date:>2025", "korea", "is:conflict kursk", "is:bookmarked", "zzz"]


def answers(queries: CorpusQueries) -> dict[str, object]:
    """Everything the three views show, as plain values."""
    marks = {"bookmarked": [queries.timeline.events[-1].claim.id], "noted": []}
    figures = [
        (m.label, m.sources, m.scale(), m.span(), m.disagreement(), latest(m), [figure_values(f) for f in m.figures])
        for m in queries.figures
    ]
    timeline = queries.timeline
    events = [(e.claim.id, e.date, e.estimated, e.conflicted, e.article and e.article.id) for e in timeline.events]
    filtered = [[e.claim.id for e in timeline.apply(f, lambda: marks).events] for f in FILTERS]
    entities = [
        (r.entity.name, [c.id for c in r.said], [c.id for c in r.about], r.figure_count) for r in queries.entities.rows
    ]
    return {
        "figures": figures,
        "bounds": [m.bounds.tolist() for m in queries.figures],  # floors and ceilings, told apart unread
        "events": events,
        "undated": timeline.undated,
        "words": timeline.words,
        "filtered": filtered,
        "entities": entities,
    }


def latest(measure) -> tuple | None:
    found = measure.latest()
    return figure_values(found) if found is not None else None


def figure_values(figure) -> tuple:
    claim = figure.claim
    return (claim.id, claim.text, claim.speaker, figure.quantity, figure.date, figure.conflicted, figure.role)


def stored(path: Path, extraction: Extraction, first: int) -> None:
    """``extraction`` stored as a build of its first ``first`` articles, then one add per article."""

    def part(articles) -> Extraction:
        ids = {a.id for a in articles}
        claims = [c for c in extraction.claims if c.article_id in ids]
        mine = {c.id for c in claims}
        links = [x for x in extraction.xrefs if x.source in mine]
        return Extraction(list(articles), claims, extraction.entities, links)

    db = CorpusDB.open(path, create=True)
    db.replace_all(part(extraction.articles[:first]), "t")
    assert write_derived_indexes(CorpusDB.open(path)) == []
    for article in extraction.articles[first:]:
        db = CorpusDB.open(path)
        db.add(part([article]))
        assert write_derived_indexes(db) == []


def in_part(path: Path) -> CorpusQueries:
    """The DB opened as the app opens it: one article's shard read, the rest on demand."""
    db = CorpusDB.open_part(path, lambda articles: articles[0])
    assert not db.complete
    docs, _ = ClaimDocs.from_db(db)
    links, _ = LinkColumns.from_db(db)
    db.answer_from(docs.claim, links)
    index = SearchIndex.from_db(db)
    return CorpusQueries(db, lambda: index)


@pytest.fixture
def sample_extraction() -> Extraction:
    sample = build_sample()
    extraction = sample.extraction
    # xrefs only between claims stored together or earlier, as an add stores them
    order = {c.id: i for i, c in enumerate(extraction.claims)}
    return dataclasses.replace(
        extraction,
        xrefs=[x for x in extraction.xrefs if order[x.target] <= order[x.source]]
        + [
            dataclasses.replace(x, source=x.target, target=x.source)
            for x in extraction.xrefs
            if order[x.target] > order[x.source]
        ],
    )


@pytest.mark.parametrize("fold", [False, True])
def test_views_of_a_db_read_in_part_are_those_of_a_whole_read(tmp_path, monkeypatch, sample_extraction, fold) -> None:
    monkeypatch.setattr(tails, "FOLD", 10**6 if fold else 0)  # every add folds its tail, or none does
    path = tmp_path / "corpus.json"
    stored(path, sample_extraction, 2)
    assert tails.tail_path(views_path(path)).exists() is not fold

    whole = answers(CorpusQueries(ExtractionReader(sample_extraction)))
    reads: list[str] = []
    part = in_part(path)
    monkeypatch.setattr(CorpusDB, "load_rest", lambda self: reads.append("rest") or False)
    assert answers(part) == whole
    assert not reads and not part.corpus.complete  # no view read every claim
    assert whole["figures"] and whole["events"] and any(said for _n, said, _a, _f in whole["entities"])
    assert any(any(bounds) for bounds in whole["bounds"]) and not all(all(bounds) for bounds in whole["bounds"])
    assert any(whole["filtered"][1:]) and not whole["filtered"][-1]


@pytest.mark.parametrize("fold", [False, True])
def test_the_times_figures_are_for_order_a_part_s_series_as_a_whole_read(
    tmp_path, monkeypatch, sample_extraction, fold
) -> None:
    """Each figure's period is a view column (``figure_period``): a series of a DB read in part, its
    columns a base and a tail, or folded, is in the order a whole read gives, its periods read from
    the columns, not from the stored quantities."""
    monkeypatch.setattr(tails, "FOLD", 10**6 if fold else 0)
    times = ["2026-Q3", "2024-06", None, "2025-H1", "2023", "2024-11-17"]
    made = iter(range(10**6))
    claims = [
        dataclasses.replace(
            c, quantities=[dataclasses.replace(q, period=times[next(made) % len(times)]) for q in c.quantities]
        )
        for c in sample_extraction.claims
    ]
    extraction = dataclasses.replace(sample_extraction, claims=claims)
    path = tmp_path / "corpus.json"
    stored(path, extraction, 2)
    whole = CorpusQueries(ExtractionReader(extraction)).figures
    ordered = [[(f.claim.id, f.quantity.start, f.period) for f in m.figures] for m in whole]
    assert any(len({p for _c, _s, p in figures}) > 1 for figures in ordered)  # the times differ in a series
    assert [[f.claim.date for f in m.figures] for m in whole] != [
        sorted((f.claim.date for f in m.figures), key=lambda d: d or "~") for m in whole
    ]  # ordered by the times they are for, not by the claims' dates
    real = ViewRows.from_db.__func__

    def unread(cls, db):
        rows, problem = real(cls, db)
        rows.strings["figure_quantity_doc"] = _Unread()
        return rows, problem

    monkeypatch.setattr(ViewRows, "from_db", classmethod(unread))
    part = in_part(path).figures
    assert [(m.label, m.dates.tolist(), m.periods.tolist()) for m in part] == [
        (m.label, m.dates.tolist(), m.periods.tolist()) for m in whole
    ]
    monkeypatch.undo()
    part = in_part(path).figures
    assert [[(f.claim.id, f.quantity.start, f.period) for f in m.figures] for m in part] == ordered


def test_a_base_and_its_tail_are_read_with_their_strings_left_in_their_files(
    tmp_path, monkeypatch, sample_extraction
) -> None:
    monkeypatch.setattr(tails, "FOLD", 0)  # no add folds its tail
    path = tmp_path / "corpus.json"
    stored(path, sample_extraction, 2)
    db = CorpusDB.open_part(path, lambda articles: None)
    rows, problem = ViewRows.from_db(db)
    assert problem is None and tails.tail_path(views_path(path)).exists()
    copy = ViewRows.concat([rows], path)  # the same rows joined into one copy
    assert len(rows) == len(copy) == len(sample_extraction.claims)
    for name, column in rows.strings.items():
        pieces = getattr(column, "layers", None)
        assert pieces is not None and len(pieces) == 2, name  # the base's and the tail's
        assert not any(piece.blob.flags.owndata for piece in pieces), name  # views of the mapped files
        assert list(column) == list(copy.strings[name]), name
    assert rows.figure_quantities(np.arange(len(rows["figure_row"]))) == copy.figure_quantities(
        np.arange(len(copy["figure_row"]))
    )
    assert [rows.quantities(r) for r in range(len(rows))] == [copy.quantities(r) for r in range(len(copy))]
    for name, values in copy.arrays.items():
        if name in rows.arrays:
            assert np.array_equal(rows[name], values), name
    assert isinstance(rows.ids, IdLayers) and list(rows.ids) == list(copy.ids)  # ids looked up layer by layer
    assert [rows.ids.row(c.id) for c in sample_extraction.claims] == [
        copy.ids.row(c.id) for c in sample_extraction.claims
    ]
    # saved (a fold), the layers are written as one column
    key = f"{FORMAT}:saved"
    assert rows.save(tmp_path / "saved.views.npz", key) is None
    saved = ViewRows.load(tmp_path / "saved.views.npz", key)
    assert saved is not None and {n: list(c) for n, c in saved.strings.items()} == {
        n: list(c) for n, c in copy.strings.items()
    }


def test_a_claim_made_from_its_row_is_the_stored_claim(tmp_path, sample_extraction) -> None:
    path = tmp_path / "corpus.json"
    stored(path, sample_extraction, 2)
    queries = in_part(path)
    events = queries.timeline.events
    made = [e.claim for e in events]
    assert made and all(isinstance(c, StoredClaim) for c in made)
    by_id = {c.id: c for c in sample_extraction.claims}
    fields = [f.name for f in dataclasses.fields(Claim)]
    for claim in made:
        assert [getattr(claim, f) for f in fields] == [getattr(by_id[claim.id], f) for f in fields]


def test_a_missing_or_stale_views_file_is_made_again_from_the_shards(tmp_path, sample_extraction) -> None:
    path = tmp_path / "corpus.json"
    stored(path, sample_extraction, 2)
    expected = answers(in_part(path))
    for damage in (lambda f: f.unlink(), lambda f: f.write_bytes(b"not a zip")):
        for name in (views_path(path), tails.tail_path(views_path(path))):
            if name.exists():
                damage(name)
        assert answers(in_part(path)) == expected
        db = CorpusDB.open_part(path, lambda articles: None)
        rows, problem = ViewRows.from_db(db)
        assert problem is None and len(rows) == len(sample_extraction.claims)  # made, and saved again
        assert ViewRows.load(views_path(path), f"{FORMAT}:{db.version_key()}") is not None


class _Unread:
    """A string column that must not be read."""

    def __len__(self) -> int:
        raise AssertionError("a stored quantity was read")

    def __getattr__(self, name: str):
        raise AssertionError(f"a stored quantity was read ({name})")


def test_the_figures_model_reads_no_stored_quantity(tmp_path, monkeypatch, sample_extraction) -> None:
    """Each figure's low end, whether it is a bound and whether it is words with no number are view
    columns: making the figures' model maps them and reads none of the stored quantities (at 100k
    claims those are 20 MB that every start would page in)."""
    monkeypatch.setattr(tails, "FOLD", 0)  # a base and its tail
    path = tmp_path / "corpus.json"
    stored(path, sample_extraction, 2)
    real = ViewRows.from_db.__func__

    def unread(cls, db):
        rows, problem = real(cls, db)
        rows.strings["figure_quantity_doc"] = _Unread()
        return rows, problem

    def ends(measures) -> list:
        return [(m.label, m.sizes.tolist(), m.lows.tolist(), m.bounds.tolist(), m.vague.tolist()) for m in measures]

    whole = CorpusQueries(ExtractionReader(sample_extraction)).figures
    monkeypatch.setattr(ViewRows, "from_db", classmethod(unread))
    part = in_part(path).figures
    assert ends(part) == ends(whole)
    assert [(m.scale(), m.span(), m.gives_numbers()) for m in part] == [
        (m.scale(), m.span(), m.gives_numbers()) for m in whole
    ]
    assert any(m.bounds.any() for m in whole) and any(m.vague.any() for m in whole)


def test_the_view_columns_of_a_figure_are_its_low_end_bound_and_vagueness(tmp_path) -> None:
    claims = [
        Claim(
            id=f"c{n}",
            article_id="a",
            text=text,
            start=0,
            end=len(text),
            kind="quantity",
            speaker="Ana Ruiz",
            certainty="asserted",
            quantities=[quantity],
        )
        for n, (text, quantity) in enumerate(
            [
                ("Between 3,800 and 4,000 fled.", Quantity("3,800-4,000", None, 3800, 4000, "people", "fled")),
                ("At least 42 died.", Quantity("At least 42", 42, 42, None, "people", "killed")),
                (
                    "Several thousand fled.",
                    Quantity("several thousand", None, 2000, 9000, "people", "fled", vague=True),
                ),
                ("About 6,000 fled.", Quantity("about 6,000", 6000, 5500, 6500, "people", "fled")),
            ]
        )
    ]
    rows = ViewRows.of(claims, {}, tmp_path / "corpus.json.views.npz")
    figures = rows["figure_row"].tolist()
    assert figures == [0, 1, 2, 3]
    assert rows["figure_low"].tolist() == [3800, 42, 9000, 6000]
    assert rows["figure_bound"].tolist() == [False, True, False, False]
    assert rows["figure_vague"].tolist() == [False, False, True, False]


def test_a_name_key_is_worked_out_once_and_stays_the_stable_hash():
    import hashlib

    name = "Ostrava flood authority\x1fevacuated"
    want = int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "little")
    assert name_key(name) == want
    hits = name_key.cache_info().hits  # a build asks for the same names and series again and again
    assert name_key(name) == want
    assert name_key.cache_info().hits == hits + 1
