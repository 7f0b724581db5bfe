"""A forecast cut or raised to a new value ("cut its forecast for this year's wheat harvest to 19.8 million tonnes")
is the same source's forecast, revised: it updates the earlier forecast ("forecast this year's wheat harvest at 21.5
million tonnes"), though each is told on its own day weeks apart; an estimate of a past month revised is no forecast
(sentences written for these tests)."""

from __future__ import annotations

from corpus.xref.features import figure_role

from .conftest import links_of, make_article, relations_between


def _first() -> object:
    return make_article(
        "Ukraine sees wheat harvest at 21.5 million tonnes\nKYIV, May 10 (Reuters) - Ukraine's agriculture ministry "
        "forecast this year's wheat harvest at 21.5 million tonnes on Tuesday, citing good spring rains.\nThe "
        "country harvested 22.1 million tonnes of wheat last year.\n",
        published="2031-05-10",
        outlet="Reuters",
        title="Ukraine sees wheat harvest at 21.5 million tonnes",
    )


def _cut() -> object:
    return make_article(
        "Ukraine cuts wheat crop forecast after dry June\nUkraine's agriculture ministry cut its forecast for this "
        "year's wheat harvest to 19.8 million tonnes on Wednesday, blaming a dry June in the south.\nWheat futures in "
        "Chicago rose 2% after the announcement.\n",
        published="2031-07-02",
        outlet="Bloomberg News",
        title="Ukraine cuts wheat crop forecast after dry June",
    )


def test_a_forecast_cut_to_a_new_value_updates_the_earlier_forecast() -> None:
    links = links_of(_first(), _cut())
    assert "updates" in relations_between(links, "cut its forecast for this", "forecast this year's wheat"), links


def test_a_forecast_revised_is_still_a_forecast() -> None:
    assert figure_role("The bank raised its growth forecast for next year to 2.1% on Thursday.") == "forecast"
    assert figure_role("The airline cut its outlook for full-year profit to 410 million euros.") == "forecast"


def test_an_estimate_of_a_past_month_revised_is_no_forecast() -> None:
    assert figure_role("The statistics office revised its estimate of March inflation to 3.6% on Monday.") == "count"
