"""The figures view reads the cross-references' series: one running count is one series whatever
words each report counts it by, in date order; an addition and a forecast are drawn apart from it;
another story's count of the same thing is a series of its own. Own articles, through the pipeline."""

from __future__ import annotations

from corpus.pipeline import extract
from corpus.xref.figure_roles import figure_series_role
from store.query.figures import collect_measures
from tests.engine.conftest import make_article
from tests.tui.test_views_sample import MemoryCorpus

_OUTBREAK = [
    make_article(
        "KELMARA, May 4 (Wire) - A measles outbreak in Dravonia's northern Kelmara province has infected 640 "
        "people, the health ministry said on Monday.\n\nThe ministry said 9 people had died since the outbreak "
        "began in April.\n\nOfficials expect the number of cases to rise to more than 2,000 by the end of the "
        "month, a ministry spokeswoman said.\n",
        "2026-05-04",
        outlet="Wire One",
        title="Measles spreads in Dravonia's north",
    ),
    make_article(
        "Health officials on Thursday said the number of measles cases in Kelmara had risen to 910.\n\n"
        "The ministry reported 118 new cases in the past 24 hours, a spokeswoman told reporters.\n\n"
        "The death toll from the outbreak has climbed to 13, she said.\n",
        "2026-05-07",
        outlet="Daily Courier",
        title="Dravonia measles cases climb to 910",
    ),
    make_article(
        "The measles outbreak in Dravonia has now reached 1,320 cases, according to the World Health "
        "Organization.\n\nAt least 17 people have died of the disease so far, the agency said in a statement "
        "on Wednesday.\n",
        "2026-05-13",
        outlet="Health Post",
        title="WHO: Dravonia measles cases pass 1,300",
    ),
    make_article(
        "PERLA (Wire) - Ostrava Bay has recorded 4,700 dengue cases this year, the health ministry said on Thursday.\n",
        "2026-05-07",
        outlet="Coast Daily",
        title="Ostrava Bay dengue cases rise",
    ),
]


def _series() -> dict[str, list[tuple[str | None, str]]]:
    extraction = extract(_OUTBREAK)
    return {m.label: [(f.date, f.quantity.text) for f in m.figures] for m in collect_measures(MemoryCorpus(extraction))}


def test_one_outbreaks_count_is_one_series_in_date_order_and_additions_and_forecasts_apart() -> None:
    series = _series()
    # "has infected 640 people", "the number of measles cases ... had risen to 910", "reached 1,320 cases":
    # one running count (not "people" apart from "cases"), one series per story
    assert series["cases (Dravonia)"] == [("2026-05-04", "640"), ("2026-05-07", "910"), ("2026-05-13", "1,320")]
    assert series["killed"] == [("2026-05-04", "9"), ("2026-05-07", "13"), ("2026-05-13", "At least 17")]
    assert series["cases (Ostrava Bay)"] == [("2026-05-07", "4,700")]  # another story's count of cases
    # an addition and a forecast are drawn apart from the running count; nothing else is shown
    assert series["cases (additions)"] == [("2026-05-07", "118")]
    assert series["cases (forecasts)"] == [("2026-05-04", "more than 2,000")]
    shown = [text for figures in series.values() for _, text in figures]
    assert sorted(shown) == sorted(["640", "910", "1,320", "9", "13", "At least 17", "4,700", "118", "more than 2,000"])


def test_the_day_a_figure_was_told_is_no_day_of_one_incident() -> None:
    told = "Cases have reached 2,950, the health minister told parliament on Monday."
    at = told.index("2,950")
    assert figure_series_role(told, at, at + 5) != "incident"
    struck = "Three people were wounded on Monday, police told reporters."
    assert figure_series_role(struck, 0, 5) == "incident"
