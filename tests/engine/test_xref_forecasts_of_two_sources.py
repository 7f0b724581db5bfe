"""Two sources' forecasts of one figure are related, neither the other's later value; a source revising its own
forecast still updates it (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _ministry():
    return make_article(
        "Greece's budget deficit will narrow to 2.7% of gross domestic product this year, the finance ministry "
        "said on Monday.\n",
        published="2027-04-12",
        outlet="Wire One",
    )


def test_another_sources_forecast_does_not_update_it() -> None:
    commission = make_article(
        "The European Commission expects Greece's budget deficit to narrow to 3.1% of GDP this year, according "
        "to its spring forecast.\n",
        published="2027-05-14",
        outlet="Euro Desk",
    )
    links = links_of(_ministry(), commission)
    assert relations_between(links, "2.7%", "3.1%") == ["related"], links


def test_the_same_source_revising_its_forecast_updates_it() -> None:
    revised = make_article(
        "Greece's budget deficit will narrow to 3.0% of gross domestic product this year, the finance ministry "
        "said on Friday, revising its April forecast.\n",
        published="2027-06-18",
        outlet="Athens Daily",
    )
    links = links_of(_ministry(), revised)
    assert relations_between(links, "2.7%", "3.0%") == ["updates"], links
