"""A denial with no figure of its own conflicts with a count only when it denies what the count counts, where the count
counts it: "Avinor rejected reports that the airport had been shut" denies no cancelled flights, and "rejected reports
of measles cases in Lyari" no cases counted in the rest of the province (sentences written for these tests)."""

from __future__ import annotations

from corpus.model import Article

from .conftest import links_of, make_article, relations_between


def _flights() -> Article:
    return make_article(
        "OSLO, Jan 9 (Reuters) - Norwegian cancelled 48 flights to and from Oslo Airport Gardermoen on Friday as heavy "
        "snow fell across southern Norway, the airline said.\nAirport operator Avinor denied reports that Gardermoen "
        "had been closed, saying one runway stayed open.\n",
        published="2043-01-09",
        outlet="Reuters",
        title="Norwegian cancels 48 flights as snow hits Oslo",
    )


def _relay() -> Article:
    return make_article(
        "Norwegian has cancelled 48 flights at Gardermoen today because of heavy snow, Reuters reports.\nAvinor "
        "rejected reports that the airport at Gardermoen had been shut.\n",
        published="2043-01-09",
        outlet="The Local Norway",
        title="Snow grounds 48 Norwegian flights at Gardermoen",
    )


def test_a_denied_closure_is_no_denial_of_cancelled_flights() -> None:
    links = links_of(_flights(), _relay())
    for denial in ("Avinor rejected reports", "Avinor denied reports"):
        for count in ("Norwegian cancelled 48 flights", "Norwegian has cancelled 48 flights"):
            assert "conflicts" not in relations_between(links, denial, count), (denial, count, links)


def test_denied_cases_in_one_district_are_no_denial_of_the_provinces_count() -> None:
    links = links_of(
        make_article(
            "KARACHI, Feb 3 (Reuters) - Pakistan's Sindh province has recorded 215 suspected measles cases since "
            "January, the provincial health department said.\n",
            published="2043-02-03",
            outlet="Reuters",
            title="Measles outbreak in Sindh: 215 suspected cases",
        ),
        make_article(
            "The Sindh health department has counted 215 suspected measles cases since January, Reuters reported.\n"
            "The department rejected reports of measles cases in Lyari.\n",
            published="2043-02-03",
            outlet="Dawn",
            title="215 measles cases in Sindh",
        ),
    )
    for count in ("Sindh province has recorded 215", "has counted 215 suspected measles cases"):
        assert "conflicts" not in relations_between(links, "rejected reports of measles cases in Lyari", count), links
