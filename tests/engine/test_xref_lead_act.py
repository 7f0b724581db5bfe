"""Two articles about one event, each sentence telling the act both articles lead with, though they share no other
word (issue 12): related, as strong as two reports of one happening. Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.features import Features, features
from corpus.xref.link import STRONG_RELATED
from corpus.xref.relations import _same_act_relation, dated_alike_articles, lead_act_told, relate
from corpus.xref.statements import event_overlap, same_event_articles

from .conftest import make_article

_ARREST = (
    "Ostrava councillor Jiri Halbrand arrested in building permits inquiry\n"
    "Police arrested Ostrava city councillor Jiri Halbrand at his home on Tuesday morning in an inquiry into "
    "building permits sold for cash, prosecutors said.\n"
    "Halbrand, 58, has chaired the council's planning committee since 2019.\n"
    "He was detained along with a developer and will appear before a judge on Thursday.\n"
    "Prosecutors say the permits were sold for cash over several years.\n"
)
_ARREST_AGAIN = (
    "Councillor held over permits-for-cash scheme\n"
    "Jiri Halbrand, the Ostrava councillor who chairs the planning committee, was arrested on Tuesday on suspicion "
    "of selling building permits, police said.\n"
    "His lawyer said Halbrand would fight the charges.\n"
    "The arrest came after a long investigation by the anti-corruption police.\n"
    "Opposition councillors called for the committee to be suspended.\n"
)


def _described(body: str, published: str | None, anchor: str) -> Features:
    article = make_article(body, published)
    (claim,) = [c for c in extract_article(article)[0] if anchor in c.text]
    return features(claim, article)


def test_two_sentences_telling_the_act_both_articles_lead_with_are_related_and_strong() -> None:
    a = _described(_ARREST, "2026-03-10", "He was detained")
    b = _described(_ARREST_AGAIN, "2026-03-10", "The arrest came")
    assert same_event_articles(a, b)
    assert _same_act_relation(a, b) is None  # they share the act and nothing else
    found = relate(a, b)
    assert found is not None and found.relation == "related"
    assert "the act both articles lead with (detained)" in found.reason()
    assert found.score >= STRONG_RELATED  # a claim many reports tell lists them all


_SUSPENSION = (
    "Ostrava council suspends planning committee over permits inquiry\n"
    "Ostrava city council voted on Wednesday to suspend its planning committee, chaired by councillor Jiri Halbrand, "
    "while prosecutors look into building permits said to have been sold for cash.\n"
    "The mayor told the chamber that no permit issued by the committee since 2019 would be revoked until the inquiry "
    "had run its course, and that applicants would be told within a fortnight who would decide their cases.\n"
    "Opposition councillors, who had demanded the suspension for a week, said the vote came too late and asked the "
    "regional office to audit every permit the committee granted.\n"
    "Halbrand was detained last week and will appear before a judge on Thursday.\n"
)


def test_an_act_the_other_article_does_not_lead_with_is_no_evidence() -> None:
    a = _described(_ARREST, "2026-03-10", "He was detained")
    b = _described(_SUSPENSION, "2026-03-11", "Halbrand was detained")
    assert same_event_articles(a, b)
    assert not lead_act_told(a, b)  # the second leads with the committee's suspension, not the arrest
    assert lead_act_told(a, _described(_ARREST_AGAIN, "2026-03-10", "The arrest came"))


def test_the_act_told_of_someone_else_is_another_happening() -> None:
    a = _described(_ARREST, "2026-03-10", "He was detained")
    b = _described(
        _ARREST_AGAIN.replace("The arrest came after", "Councillor Pavel Marek was arrested after"),
        "2026-03-10",
        "Pavel Marek",
    )
    assert not lead_act_told(a, b)


_REHAB = (
    "Singer Mara Volkova checks into rehab\n"
    "Singer Mara Volkova has checked into a rehabilitation clinic in Malibu, her publicist said on Monday.\n"
    "The publicist asked fans to respect her privacy.\n"
    "Volkova cancelled three concerts in Texas last month, citing exhaustion.\n"
    "She checked in on Sunday evening, a friend told the Daily Courier.\n"
)
_REHAB_AGAIN = (
    "Volkova enters treatment after tour is cut short\n"
    "Mara Volkova is receiving treatment at a private facility, a spokesman confirmed, weeks after the singer walked "
    "off stage in Houston.\n"
    "Her record label said the new album would still be released in the spring.\n"
    "The singer checked in quietly over the weekend and is expected to stay for a month.\n"
    "Fans gathered outside her Los Angeles home with flowers and cards.\n"
)


def test_articles_less_alike_published_days_apart_and_opening_with_one_name_tell_one_event() -> None:
    a = _described(_REHAB, "2026-03-10", "She checked in on Sunday")
    b = _described(_REHAB_AGAIN, "2026-03-11", "The singer checked in")
    assert not same_event_articles(a, b)  # less alike than one event's reports mostly are
    assert dated_alike_articles(a, b)
    found = relate(a, b)
    assert found is not None and found.relation == "related"
    assert "lead with (checked)" in found.reason()


def test_the_same_articles_months_apart_or_undated_are_not_dated_alike() -> None:
    a = _described(_REHAB, "2026-03-10", "She checked in on Sunday")
    for published in ("2026-05-11", None):
        b = _described(_REHAB_AGAIN, published, "The singer checked in")
        assert not dated_alike_articles(a, b)
        assert not lead_act_told(a, b)


_FACTORY = (
    "Factory owner arrested after fire kills workers\n"
    "TARNOW: Police on Saturday arrested the owner of a furniture factory in the Mościce district where a fire "
    "killed workers on Friday night.\n"
    "The owner was taken into custody at his house near the river, a police spokesman told the Tarnow Herald.\n"
    "Firefighters said the emergency exits had been chained shut.\n"
)
_OTHER_FACTORY = (
    "Another factory fire, another owner in custody\n"
    "RZESZOW: Police in Rzeszow on Monday arrested the owner of a paint factory in the Zalesie estate, where a fire "
    "killed workers on Sunday.\n"
    "The owner was taken into custody at the factory gate, a police spokesman said.\n"
    "Two days earlier Tarnow police detained the owner of the Mościce furniture factory, where a fire also killed "
    "workers.\n"
)


def test_two_look_alike_events_the_same_week_in_other_towns_are_not_one() -> None:
    a = _described(_FACTORY, "2026-09-12", "taken into custody at his house")
    b = _described(_OTHER_FACTORY, "2026-09-14", "taken into custody at the factory gate")
    assert event_overlap(a, b) >= 0.2  # alike, and the second recalls the first
    assert not dated_alike_articles(a, b)  # their openings name other towns
    assert not lead_act_told(a, b)
