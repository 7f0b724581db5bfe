"""How a figure is read for comparing reports: the injured who died since are dead, a share price that
"closed up" rose, and one sum said of a company by its short and its full name is one sum. Our own
sentences."""

from __future__ import annotations

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
