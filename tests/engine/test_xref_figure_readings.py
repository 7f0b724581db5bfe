"""How a figure is read for comparing reports: the injured who died since are dead, a share price that
"closed up" rose, and one sum said of a company by its short and its full name is one sum. Our own
sentences."""

from __future__ import annotations

import pytest

from .conftest import figure_measure, links_of, make_article, relations_between


def test_the_injured_who_died_since_are_counted_as_dead() -> None:
    text = "The toll rose to nine after two injured passengers died in hospital overnight, officials said."
    assert figure_measure(text, "two", 2, "passenger", "wounded", "passenger") == "killed"
    later = "Three wounded soldiers later succumbed to their injuries."
    assert figure_measure(later, "Three", 3, "soldier", "wounded", "soldier") == "killed"
    assert figure_measure(
        "Two injured passengers remain in hospital.", "Two", 2, "passenger", "wounded", "passenger"
    ) == ("wounded")


def test_a_share_price_that_closed_up_or_down_moved_that_way() -> None:
    up = "Kelvaro's shares closed up 14% on Wednesday."
    assert figure_measure(up, "14%", 14, "percent", None, None) == "share price rise"
    down = "Brandt shares ended lower by 3% on Friday."
    assert figure_measure(down, "3%", 3, "percent", None, None) == "share price fall"


def test_one_sum_said_of_a_company_by_its_short_and_full_name_corroborates() -> None:
    deal = make_article(
        "Varga agrees Tolmin deal\nVarga Foods said on Monday it had agreed to buy Tolmin Dairy for 900 million "
        "euros in cash.\n",
        published="2026-02-23",
        outlet="Wire",
        title="Varga agrees Tolmin deal",
    )
    analysis = make_article(
        "A new giant in dairy\nThe 900 million euro deal for Tolmin makes Varga the largest dairy group in the "
        "region, analysts said.\n",
        published=None,
        outlet="Food Weekly",
        title="A new giant in dairy",
    )
    links = links_of(deal, analysis)
    assert relations_between(links, "900 million euro deal", "agreed to buy Tolmin") == ["corroborates"], links


def test_a_fires_containment_and_evacuations_are_measures_of_their_own() -> None:
    assert (
        figure_measure("The fire was 15% contained, the agency said.", "15%", 15, "percent", None, None)
        == "containment"
    )
    ordered = "About 6,000 residents were ordered to evacuate on Sunday."
    assert figure_measure(ordered, "6,000", 6000, "resident", "resident", "resident") == "displaced"
    remain = "More than 8,000 people remain under evacuation orders."
    assert figure_measure(remain, "8,000", 8000, "people", "people", None) == "displaced"


def test_a_claim_naming_no_place_is_about_the_county_its_headline_names() -> None:
    first = make_article(
        "Wildfire forces thousands to flee in the north\nA wildfire in the northern hills had burned more than 20,000 "
        "acres by Sunday and forced about 6,000 residents to evacuate, fire officials said.\n"
        "The fire was 10% contained, the agency said.\n"
        "The governor declared a state of emergency in Tallow County on Saturday.\n",
        published="2026-08-02",
        outlet="Wire",
        title="Wildfire forces thousands to flee in the north",
    )
    later = make_article(
        "Tallow County fire grows to 31,000 acres\nThe wildfire in Tallow County has grown to 31,000 acres and is 25% "
        "contained, fire officials said on Tuesday.\n"
        "More than 8,000 people remain under evacuation orders, Sheriff Ada Brook told reporters.\n",
        published="2026-08-04",
        outlet="Valley News",
        title="Tallow County fire grows to 31,000 acres",
    )
    links = links_of(first, later)
    assert relations_between(links, "remain under evacuation orders", "forced about 6,000") == ["updates"], links
    assert relations_between(links, "25% contained", "10% contained") == ["updates"], links


def test_shares_of_workers_on_strike_from_two_sides_conflict() -> None:
    text = "The union said 90% of its members had joined the strike."
    assert figure_measure(text, "90%", 90, "percent", None, None) == "strikers share"
    absent = "The ministry said 35% of nurses were absent from work."
    assert figure_measure(absent, "35%", 35, "percent", None, None) == "strikers share"


def test_a_sum_paid_to_the_families_of_the_dead_never_counts_the_dead() -> None:
    text = "The mine's owner said it would pay 150,000 rand to the family of each miner killed."
    assert figure_measure(text, "150,000 rand", 150000, "ZAR", "amount", None) == "amount"
    toll = "The owner said it would pay 150,000 rand to the families of the 12 miners killed."
    assert figure_measure(toll, "12 miners", 12, "miner", None, "miner") == "killed"  # the dead are still counted


def test_a_qualified_rate_across_an_aside_is_its_own_rate() -> None:
    aside = "Underlying inflation, which leaves out fuel and fresh food, slowed to 2.7% in May."
    assert figure_measure(aside, "2.7%", 2.7, "percent", "share", None) == "underlying inflation rate"
    # a later clause with a subject of its own is not the qualified rate's
    later = "Underlying inflation slowed to 2.7%, the bureau said, and prices overall rose 3.4%."
    assert figure_measure(later, "3.4%", 3.4, "percent", "share", None) != "underlying inflation rate"


def test_the_injured_in_an_event_who_later_died_are_counted_as_dead() -> None:
    text = "Two more climbers injured in Saturday's avalanche near Brenn have died in hospital."
    assert figure_measure(text, "Two", 2, "climber", "wounded", "climber") == "killed"


def test_a_gap_between_two_counts_is_no_count() -> None:
    text = "The party won 31% of the vote, leaving it three seats short of the 70 it held before."
    assert figure_measure(text, "three", 3, "seat", "seats", "seat") is None
    behind = "The club finished sixth, 14 points behind the champions."
    assert figure_measure(behind, "14 points", 14, "point", None, None) is None


def test_a_count_that_gained_to_a_new_level_updates_the_old_one() -> None:
    before = make_article(
        "Greens open to talks\nThe Varnholm Greens, who won 9 seats, said they were open to talks on a coalition.\n",
        published="2026-09-15",
        outlet="Review",
        title="Greens open to talks",
    )
    final = make_article(
        "Final Varnholm count\nThe Varnholm Greens gained one seat, to 10, after postal votes were counted.\n",
        published="2026-09-18",
        outlet="Wire",
        title="Final Varnholm count",
    )
    links = links_of(before, final)
    assert relations_between(links, "gained one seat", "who won 9 seats") == ["updates"], links


def test_people_who_had_been_missing_and_were_found_count_as_what_became_of_them() -> None:
    text = "Four hikers who had been missing for two days were rescued on Sunday."
    assert figure_measure(text, "Four", 4, "hiker", "missing", "hiker") == "rescued"
    still = "Four hikers who had been injured remain missing."  # no fate after "were": the words decide as before
    assert figure_measure(still, "Four", 4, "hiker", "missing", "hiker") == "missing"


def test_a_figure_revising_an_initial_estimate_is_the_later_one_even_undated() -> None:
    first = make_article(
        "Quake felt across Varn\nThe quake's epicentre was about 40 km deep, the Varn seismic agency said on Monday.\n",
        published="2026-05-04",
        outlet="Wire",
        title="Quake felt across Varn",
    )
    digest = make_article(
        "Varn quake deeper than thought\nThe Varn seismic agency said the quake's epicentre was about 55 km deep, "
        "revising an initial estimate of 40 km.\n",
        published=None,
        outlet="Digest",
        title="Varn quake deeper than thought",
    )
    links = links_of(first, digest)
    assert [(rel, s[:20]) for rel, s, t, _ in links if rel == "updates"] == [("updates", "The Varn seismic age")], links


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Net migration to Varnland fell to 398,000 in the year to June.", "398,000", "net migration"),
        ("Attendance was 38,500.", "38,500", "attendance"),
        ("Tesmark rose to 412 in the rankings.", "412", None),  # a name is no measure
        ("The figure was revised to 745,000.", "745,000", None),  # nor a word for any figure
    ],
)
def test_a_mass_noun_opening_the_sentence_is_what_its_bare_level_measures(
    text: str, figure: str, measure: str | None
) -> None:
    value = float(figure.replace(",", ""))
    assert figure_measure(text, figure, value, None, None, None) == measure


def test_a_count_set_against_the_companys_initial_estimate_updates_it() -> None:
    first = make_article(
        "Varn Water outage\nVarn Water said on Monday that about 40,000 customers had lost their supply.\n",
        published="2026-11-02",
        outlet="Wire",
        title="Varn Water outage",
    )
    later = make_article(
        "Outage bigger than thought\nThe number of Varn Water customers who lost their supply is 84,000, nearly "
        "twice the company's initial estimate, Varn Water said on Monday.\n",
        published="2026-11-09",
        outlet="Daily",
        title="Outage bigger than thought",
    )
    links = links_of(first, later)
    assert relations_between(links, "84,000", "about 40,000") == ["updates"], links


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("Tarland's barley harvest will fall to 3 million tonnes this year.", "3 million tonnes", "production"),
        ("Tarland exported 1.4 million tonnes of barley last season.", "1.4 million tonnes", "exports"),
        ("The government will limit barley exports to 500,000 tonnes until May.", "500,000 tonnes", "cap"),
        ("The storm dumped 40 millimetres of rain on the town.", "40 millimetres", "millimetre"),  # no such word
    ],
)
def test_a_quantity_in_a_unit_is_a_harvest_exports_or_a_cap_by_the_words_before_it(
    text: str, figure: str, measure: str
) -> None:
    value = float(figure.split()[0].replace(",", "")) * (1e6 if "million" in figure else 1)
    unit = "millimetre" if "millimetres" in figure else "tonne"
    assert figure_measure(text, figure, value, unit, unit, None) == measure


def test_an_export_cap_never_updates_last_seasons_exports() -> None:
    curb = make_article(
        "Tarland curbs barley exports\nThe Tarland government said on Thursday it would limit barley exports to "
        "500,000 tonnes until May.\n\nTarland exported 1.4 million tonnes last season, according to customs data.\n",
        published="2026-08-20",
        outlet="Agri Wire",
        title="Tarland curbs barley exports",
    )
    prices = make_article(
        "Barley prices rise\nBarley futures rose 2% on Friday after Tarland said it would cap shipments at 500,000 "
        "tonnes.\n",
        published="2026-08-21",
        outlet="Commodity Wire",
        title="Barley prices rise",
    )
    links = links_of(curb, prices)
    assert "updates" not in relations_between(links, "cap shipments", "exported 1.4 million"), links
