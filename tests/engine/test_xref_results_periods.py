"""A company's results are each a period's (issue 12): a result told beside an outlook with its own subject ("..., and
it now expects full-year profit of ...") is compared as a result, not as a forecast; and a quarter's or a half's
results are no value of a year's, nor a year's of a quarter's. Our own sentences."""

from __future__ import annotations

from .conftest import links_across

_KESTREL = (
    "Kestrel Foods results\nKestrel Foods said its profit rose to 310 million pounds in the first half, and it now "
    "expects full-year profit of 600 million to 640 million pounds.\n",
    "2031-07-24",
    "Reuters",
)
_NORVIA_QUARTER = (
    "Norvia sales\nNorvia's revenue grew to 2.4 billion euros in the second quarter, and the group still sees annual "
    "revenue of about 9.5 billion euros.\n",
    "2031-07-30",
    "AFP",
)
_NORVIA_YEAR = (
    "Norvia year\nNorvia's revenue for the year was 9.1 billion euros, the company said on Thursday.\n",
    "2032-02-12",
    "Les Echos Digital",
)


def test_a_result_beside_an_outlook_with_its_own_subject_corroborates_the_result() -> None:
    other = (
        "Kestrel beats\nKestrel Foods made a first-half profit of 310 million pounds, the snacks maker said on "
        "Thursday.\n",
        "2031-07-24",
        "Grocer Weekly",
    )
    assert [relation for relation, _, _ in links_across([_KESTREL, other])] == ["corroborates"]


def test_a_result_beside_the_groups_outlook_corroborates_the_result() -> None:
    other = (
        "Norvia quarter\nNorvia's second-quarter revenue was 2.4 billion euros, the company said on Wednesday.\n",
        "2031-07-30",
        "Les Echos Digital",
    )
    assert [relation for relation, _, _ in links_across([_NORVIA_QUARTER, other])] == ["corroborates"]


def test_a_years_revenue_is_no_later_value_of_a_quarters() -> None:
    quarter = (
        "Norvia quarter\nNorvia's second-quarter revenue was 2.4 billion euros, the company said on Wednesday.\n",
        "2031-07-30",
        "Les Echos Digital",
    )
    links = links_across([quarter, _NORVIA_YEAR])
    assert links and all(relation == "related" for relation, _, _ in links), links


def test_a_quarters_result_beside_an_annual_outlook_is_no_value_of_the_years() -> None:
    # (the outlook's "annual" is its own clause's, not the result's)
    links = links_across([_NORVIA_QUARTER, _NORVIA_YEAR])
    assert links and all(relation == "related" for relation, _, _ in links), links


def test_two_reports_of_one_years_revenue_still_corroborate() -> None:
    # (a guard: the same period told twice)
    other = (
        "Norvia full year\nNorvia posted annual revenue of 9.1 billion euros on Thursday.\n",
        "2032-02-12",
        "Reuters",
    )
    assert [relation for relation, _, _ in links_across([_NORVIA_YEAR, other])] == ["corroborates"]
