"""An actor's own count ("Finnair cancelled 90 flights") is not the count of every actor at a place ("flights
cancelled at Helsinki Airport by all airlines", "172 flights had been cancelled at the airport"): the doer of the
counted act, read from the figure's own clause, is part of what the figure counts (sentences written for these
tests)."""

from __future__ import annotations

from corpus.model import Article

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def _friday() -> Article:
    return make_article(
        "HELSINKI, Feb 7 (Reuters) - Finnair cancelled 90 flights at Helsinki Airport on Friday because of a "
        "snowstorm, the airline said.\nThe Finnish Meteorological Institute warned of more snow on Saturday.\n",
        published="2043-02-07",
        outlet="Reuters",
        title="Finnair cancels 90 flights as snowstorm hits Helsinki",
    )


def _saturday() -> Article:
    return make_article(
        "HELSINKI (AFP) - Finnair said on Saturday it had cancelled 140 flights since Friday.\nAirport operator "
        "Finavia put the number of flights cancelled at Helsinki Airport by all airlines since Friday at 185.\n"
        "Finland's transport agency Traficom said on Saturday that 172 flights had been cancelled at the airport.\n",
        published="2043-02-08",
        outlet="AFP",
        title="Helsinki snowstorm: Finnair cancellations reach 140",
    )


def test_one_airlines_cancellations_are_not_all_airlines_at_the_airport() -> None:
    links = links_of(_friday(), _saturday())
    for own in ("Finnair cancelled 90 flights", "it had cancelled 140 flights"):
        for every in ("by all airlines since Friday at 185", "172 flights had been cancelled at the airport"):
            assert not _STRONG & set(relations_between(links, own, every)), (own, every, links)


def test_one_airlines_own_count_still_updates_its_earlier_one() -> None:
    links = links_of(_friday(), _saturday())
    assert "updates" in relations_between(links, "it had cancelled 140 flights", "Finnair cancelled 90 flights"), links
