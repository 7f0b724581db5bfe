"""An economy's growth told by its verb ("grew 0.4% in the third quarter") is its growth rate, so a revised estimate
updates it; a figure whose claim names no quarter is of the one quarter its headline names, never a value of another
quarter's. Our own sentences."""

from __future__ import annotations

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


def test_a_revised_estimate_of_an_economys_growth_updates_the_first() -> None:
    revised = make_article(
        "Corland's economy grew 0.7% in the second quarter, more than first estimated, revised figures showed on "
        "Friday.\n",
        "2033-08-29",
        outlet="Business Daily",
        title="Corland Q2 growth revised up to 0.7%",
    )
    links = links_of(_first_estimate(), revised)
    assert relations_between(links, "grew 0.7%", "grew 0.6%") == ["updates"], links


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
