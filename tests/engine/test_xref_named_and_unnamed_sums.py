"""A sum told with no purpose ("the £420m Harlow bridge", "a deal worth $3m") is the same sum as one whose purpose is
named ("the cost of the bridge has risen to £420m", "damages of $3m") when the two agree (issue 12): the same sum
corroborates. A period's result of the same value (a company's revenue) is another sum, and a different sum is no
corroboration. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_COST = (
    "Harlow bridge costs soar\nThe cost of the new Harlow bridge has risen to £420m, the county council said on "
    "Tuesday.\n"
)


def _two(first: str, second: str, day2: str = "2027-07-02"):
    return links_of(
        make_article(first, published="2027-07-01", outlet="Wire", title=first.split("\n")[0]),
        make_article(second, published=day2, outlet="Paper", title=second.split("\n")[0]),
    )


def test_an_unnamed_sum_corroborates_the_same_named_cost() -> None:
    links = _two(
        _COST,
        "Work starts on Harlow bridge\nWork began on Wednesday on the £420m Harlow bridge, the contractor said.\n",
    )
    assert relations_between(links, "Work began", "The cost of the new Harlow bridge") == ["corroborates"], links


def test_a_deal_worth_a_sum_corroborates_the_damages_of_that_sum() -> None:
    links = _two(
        "Orvane settles with Kessler\nA court in Delft ordered Orvane to pay damages of $3.4m to Kessler Foods, "
        "the court said on Thursday.\n",
        "Orvane and Kessler settle\nOrvane reached a settlement with Kessler Foods worth $3.4m, Kessler said on "
        "Friday.\n",
    )
    assert relations_between(links, "reached a settlement", "ordered Orvane to pay damages") == ["corroborates"], links


def test_a_companys_revenue_of_the_same_value_is_not_the_same_sum() -> None:
    links = _two(
        "Work starts on Harlow bridge\nWork began on Wednesday on the £420m Harlow bridge, the contractor Brenmore "
        "said.\n",
        "Brenmore results\nBrenmore's revenue rose to £420m last year, the company said.\n",
    )
    assert "corroborates" not in relations_between(links, "revenue rose", "Work began"), links


def test_a_different_unnamed_sum_does_not_corroborate_the_cost() -> None:
    links = _two(
        _COST,
        "Work starts on Harlow bridge\nWork began on Wednesday on the £380m Harlow bridge, the contractor said.\n",
    )
    assert "corroborates" not in relations_between(links, "Work began", "The cost of the new Harlow bridge"), links
