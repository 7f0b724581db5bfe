"""Two reports somewhat alike whose headlines and first lines give the same figure (a quake's magnitude) lead with one
event; with another figure they may be two look-alike events (issue 12, statements.leads_tell_one_event and
lead_figures). Our own sentences."""

from __future__ import annotations

from corpus.pipeline import extract
from corpus.xref.features import Features, features
from corpus.xref.statements import (
    LEAD_FIGURE_ARTICLES,
    SAME_EVENT_ARTICLES,
    event_overlap,
    lead_figures,
    leads_tell_one_event,
)

from .conftest import make_article

_QUAKE = (
    "Quake of magnitude 5.8 shakes Korvela valley\n"
    "An earthquake of magnitude 5.8 shook the Korvela valley before dawn on Sunday, cracking walls in three villages.\n"
    "The tremor was felt as far as the port of Lastovo, where ferries stayed in harbour until noon.\n"
    "Rescue teams searched collapsed barns near Drenova and pulled two shepherds from the rubble alive.\n"
    "Seismologists at the national observatory said aftershocks could continue for several days.\n"
    "Schools across the valley will stay closed on Monday while engineers inspect their roofs.\n"
)


def _night_outdoors(magnitude: str) -> str:
    return (
        "Villagers sleep outdoors after Korvela tremor\n"
        f"Hundreds of families in the Korvela valley spent the night in tents after Sunday's {magnitude} earthquake.\n"
        "Many feared the aftershocks that rattled Drenova through the evening, and the mayor opened the sports hall.\n"
        "Farmers counted dead sheep and lost hay, and a church bell tower in Velika Rupa leaned dangerously.\n"
        "The regional governor promised emergency grants for repairs and visited the camp with army engineers.\n"
        "Charities sent blankets, bottled water and field kitchens from the capital overnight.\n"
    )


def _first_features(*bodies: str) -> list[Features]:
    articles = [make_article(body, title=body.split("\n")[0]) for body in bodies]
    claims = extract(articles).claims
    return [features(next(c for c in claims if c.article_id == a.id), a) for a in articles]


def test_reports_somewhat_alike_giving_one_figure_in_their_leads_tell_one_event() -> None:
    quake, outdoors = _first_features(_QUAKE, _night_outdoors("5.8"))
    assert LEAD_FIGURE_ARTICLES <= event_overlap(quake, outdoors) < SAME_EVENT_ARTICLES
    assert leads_tell_one_event(quake, outdoors)


def test_reports_as_alike_giving_other_figures_in_their_leads_are_not_told_one_event() -> None:
    # (a guard: the same words, another quake's magnitude)
    quake, outdoors = _first_features(_QUAKE, _night_outdoors("6.1"))
    assert LEAD_FIGURE_ARTICLES <= event_overlap(quake, outdoors) < SAME_EVENT_ARTICLES
    assert not leads_tell_one_event(quake, outdoors)


def test_lead_figures_are_the_numbers_of_the_headline_and_first_lines_not_dates_times_sums_or_later_lines() -> None:
    article = make_article(
        "NORTH HAVEN, Oct. 14 - At least 11 people were killed at 10:30 on Tuesday when a landslide buried a mine, "
        "the 2025 survey's largest, with a $40 million loss and 20% of output.\n"
        "Another 1,200 miners were evacuated.\n"
        "It came after a slide at another mine in June killed 24 people.\n",
        title="Landslide kills 11 at mine",
    )
    assert lead_figures(article) == frozenset({"11", "1200"})
