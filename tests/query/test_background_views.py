"""Background sentences (kind "background") are not claims: the figures, timeline and entities views leave them out."""

from __future__ import annotations

from corpus.model import Article, Claim, Entity, Extraction, Quantity
from store.query.entities import EntityIndex
from store.query.figures import collect_measures
from store.query.reader import ExtractionReader
from store.query.timeline import collect_events

BODY = "Mayor Ana Ruiz said 40 families left on Monday. “Two of my cousins cried all day,” Ruiz said on Monday."


def _claim(claim_id: str, text: str, kind: str, value: float) -> Claim:
    start = BODY.index(text)
    figure = Quantity(str(int(value)), value, value, value, "family", "families", start, start + 2)
    return Claim(
        claim_id,
        "a1",
        start,
        start + len(text),
        text,
        kind,
        "Ana Ruiz",
        "asserted",
        quantities=[figure],
        entities=["Ana Ruiz"],
        date="2024-03-11",
        subject="families",
    )


def _reader() -> ExtractionReader:
    article = Article("a1", "Island", "Outlet", [], "2024-03-12", False, "a1.txt", BODY)
    claims = [
        _claim("c1", "Mayor Ana Ruiz said 40 families left on Monday.", "quantity", 40),
        _claim("c2", "“Two of my cousins cried all day,” Ruiz said on Monday.", "background", 2),
    ]
    return ExtractionReader(Extraction([article], claims, [Entity("Ana Ruiz", "person")], []))


def test_figures_timeline_and_entities_leave_background_sentences_out() -> None:
    reader = _reader()
    assert [f.claim.id for m in collect_measures(reader) for f in m.figures] == ["c1"]
    events, _undated = collect_events(reader)
    assert [e.claim.id for e in events] == ["c1"]
    (row,) = EntityIndex.of(reader).rows
    assert [c.id for c in (*row.said, *row.about)] == ["c1"]
