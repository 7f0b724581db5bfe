"""A body and its initials are one origin (issue 12): "the International Organization for Migration said" in one
outlet and "the IOM said" in another relay one body's figure: the link stays the analyst's "corroborates", but the
credibility grade counts one origin, not two independent sources. Our own sentences."""

from __future__ import annotations

from corpus.xref.origins import assess_all

from .conftest import linked_stories

_FULL = (
    "Migrants drown off Libya\nTRIPOLI (Reuters) - At least 60 migrants drowned when their boat capsized off the "
    "Libyan coast on Monday, the International Organization for Migration said on Tuesday.\n",
    "2031-05-06",
    "Reuters",
)
_INITIALS = (
    "Boat disaster off Libya\nAt least 60 people drowned when a boat carrying migrants capsized off Libya on Monday, "
    "the IOM said.\n",
    "2031-05-06",
    "Al Jazeera",
)


def test_a_bodys_name_and_its_initials_are_one_origin() -> None:
    extraction = linked_stories([_FULL, _INITIALS])
    by_id = {c.id: c for c in extraction.claims}
    links = [x for x in extraction.xrefs if by_id[x.source].article_id != by_id[x.target].article_id]
    # (the headline "Migrants drown off Libya" is related to the other's report: a headline tells its story short)
    told = [x for x in links if "60" in by_id[x.source].text and "60" in by_id[x.target].text]
    assert [x.relation for x in told] == ["corroborates"], [(x.relation, x.reason) for x in links]
    grades = assess_all(extraction.claims, extraction.articles, extraction.xrefs)
    told = [grades[c.id] for c in extraction.claims if "60" in c.text]
    assert told and all(g.origins == 1 for g in told), told


def test_initials_are_only_a_name_written_in_capitals() -> None:
    # (guards: the initials must be written as such, and be the initials of the other's words)
    from corpus.xref.origins import one_origin

    assert one_origin("speaker:iom", "speaker:international organization for migration", "the IOM said")
    assert not one_origin("speaker:tom", "speaker:tom oliver mann", "Tom said")
    assert not one_origin("speaker:iom", "speaker:international monetary fund", "the IOM said")
    assert not one_origin("speaker:iom", "outlet:international organization for migration", "the IOM said")
