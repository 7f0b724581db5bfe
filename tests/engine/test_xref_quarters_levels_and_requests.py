"""A figure whose claim names no quarter is of the one quarter its headline names, never a value of another quarter's;
a level a rate "had fallen to" is that level, no move of its size; a figure said in a clause after a request ("urged
customers to save water, saying reservoirs had fallen to 57%") is no request. Our own sentences."""

from __future__ import annotations

from corpus.model import Article

from .conftest import links_of, make_article, relations_between


def _first_estimate():
    return make_article(
        "Corland's economy grew 0.6% in the second quarter from the previous three months, a preliminary estimate "
        "from the national statistics office showed on Thursday.\nGrowth in the first quarter was revised down to "
        "0.2% from 0.3%.\n",
        "2033-07-28",
        outlet="Wire",
        title="Corland economy grows 0.6% in second quarter",
    )


def test_a_figure_of_the_quarter_its_headline_names_is_no_value_of_another_quarters() -> None:
    recalled = make_article(
        "Corland's economy expanded by 0.7% in the second quarter, according to revised figures published by the "
        "statistics office on Friday.\nThe office had initially put growth at 0.6%.\n",
        "2033-08-29",
        outlet="Business Daily",
        title="Corland's Q2 growth revised up to 0.7%",
    )
    links = links_of(_first_estimate(), recalled)
    assert relations_between(links, "initially put growth at 0.6%", "revised down to 0.2%") in ([], ["related"]), links


def _reservoirs_later() -> Article:
    return make_article(
        "Brightwell said its reservoirs were at 52% of capacity on Monday.\n",
        "2033-06-24",
        outlet="Daily",
        title="Hosepipe ban for Brightwell customers",
    )


def test_a_level_a_share_fell_to_is_that_level() -> None:
    first = make_article(
        "Reservoir levels had fallen to 57% of capacity, water company Brightwell said on Friday.\n",
        "2033-06-21",
        outlet="Wire",
        title="Brightwell urges customers to save water",
    )
    assert relations_between(links_of(first, _reservoirs_later()), "52% of capacity", "fallen to 57%") == ["updates"]


def test_a_figure_said_after_a_request_is_no_request() -> None:
    first = make_article(
        "Water company Brightwell urged customers to save water, saying reservoir levels had fallen to 57% of "
        "capacity.\n",
        "2033-06-21",
        outlet="Wire",
        title="Brightwell urges customers to save water",
    )
    assert relations_between(links_of(first, _reservoirs_later()), "52% of capacity", "fallen to 57%") == ["updates"]
