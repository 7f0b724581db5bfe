"""Counts of an outbreak: suspected cases apart from confirmed ones, and a part of a count is not its value
(sentences written for these tests)."""

from __future__ import annotations

from .conftest import figure_measure, links_of, make_article, relations_between


def test_suspected_cases_are_counted_apart_from_confirmed_ones() -> None:
    text = "The outbreak has grown to 120 confirmed cases, with a further 260 suspected cases awaiting tests."
    assert figure_measure(text, "120", 120, "case", None, "cases") == "cases"
    assert figure_measure(text, "260", 260, "case", None, "cases") == "suspected cases"


def test_suspected_cases_do_not_update_confirmed_ones() -> None:
    first = make_article(
        "Cholera in Vessa\nConfirmed cholera cases in Vessa have risen to 140, health officials said on Monday.\n",
        published="2026-03-02",
        outlet="Wire",
        title="Cholera in Vessa",
    )
    later = make_article(
        "Vessa cholera update\nSuspected cholera cases in Vessa stood at 420, the health ministry said on Friday.\n",
        published="2026-03-06",
        outlet="Daily",
        title="Vessa cholera update",
    )
    links = links_of(first, later)
    assert set(relations_between(links, "have risen to 140", "stood at 420")) <= {"related"}, links


def test_a_part_of_a_count_does_not_update_the_count() -> None:
    first = make_article(
        "Cholera in Vessa\nConfirmed cholera cases in Vessa have risen to 140, health officials said on Monday.\n",
        published="2026-03-02",
        outlet="Wire",
        title="Cholera in Vessa",
    )
    later = make_article(
        "Vessa cholera count corrected\nThe ministry said on Friday that 18 of the cases it had reported in Vessa "
        "were in fact typhoid.\n",
        published="2026-03-06",
        outlet="Daily",
        title="Vessa cholera count corrected",
    )
    links = links_of(first, later)
    assert set(relations_between(links, "have risen to 140", "18 of the cases")) <= {"related"}, links


def test_suspected_cases_named_before_a_level_are_suspected_cases() -> None:
    from corpus.extract.article import extract_article
    from corpus.xref.frames import frame_measure

    claims, _ = extract_article(make_article("Suspected cases stood at 510, the ministry said.\n"))
    [claim] = claims
    assert [frame_measure(q, claim) for q in claim.quantities] == ["suspected cases"]


def test_a_suspected_count_neither_updates_nor_conflicts_with_a_confirmed_one() -> None:
    suspected = make_article(
        "Cholera spreads in Vessa\nVessa's northern province has registered 95 suspected cases of cholera since "
        "January, the health ministry said on Monday.\n",
        published="2026-03-02",
        outlet="Wire",
        title="Cholera spreads in Vessa",
    )
    confirmed = make_article(
        "Cholera in Vessa\nVessa has confirmed 130 cholera cases since January, the health ministry said on Friday.\n",
        published="2026-03-06",
        outlet="Daily",
        title="Cholera in Vessa",
    )
    links = links_of(suspected, confirmed)
    assert set(relations_between(links, "95 suspected", "confirmed 130")) <= {"related"}, links


def test_cases_expected_to_pass_a_figure_are_a_forecast() -> None:
    from corpus.xref.features import figure_role

    assert figure_role("The agency expects cases in the region to pass 2,000 by the end of May.") == "forecast"
    assert figure_role("Cases in the region have passed 2,000, the agency said.") == "count"
