"""What an article is about (its story's places and names) is read from its headline and lead;
a capitalised common word is no place, but a real place is, however common its name."""

from __future__ import annotations

from corpus.xref.features import _story

from .conftest import links_of, make_article, relations_between

TITLE = "Chile miners strike as company and union dispute turnout"


def test_a_country_opening_the_headline_is_the_story_place_when_the_body_repeats_the_headline() -> None:
    lead = f"{TITLE}\nSANTIAGO, March 3 - Chilean copper miners walked out on Tuesday over bonuses."
    assert "Chile" in _story(TITLE, lead)


def test_a_city_opening_the_lead_is_a_story_place() -> None:
    title = "Bus drivers walk out over rosters"
    lead = "Lyon bus drivers stopped work on Monday, the transport authority said."
    assert "Lyon" in _story(title, lead)


def test_a_common_word_the_text_also_writes_in_lower_case_is_no_story_place() -> None:
    title = "Prices rise faster than forecast"
    lead = "Prices of food and fuel rose 4.1% in the year to May, and rents rose as prices of energy climbed."
    assert "Prices" not in _story(title, lead)


def test_an_amount_in_words_opening_a_headline_is_no_story_name() -> None:
    story = _story(
        "Dozens hurt in Alder rail crash", "Dozens of passengers were hurt when two trains collided near Alder."
    )
    assert story == frozenset({"Alder"})


def test_a_transcripts_speaker_label_is_no_name_of_its_story() -> None:
    # Two bulletins of one station a day apart: "NEWSREADER:" opens every line of both, and names no story.
    midday = make_article(
        "Midday bulletin\nNEWSREADER: Three workers were killed when fire swept through a paint warehouse on Monday "
        "night, fire crews say.\nNEWSREADER: Shares in the city's airport operator rose after it reported record "
        "summer traffic.\n",
        published="2026-07-07",
        outlet="City Radio",
        title="Midday bulletin",
    )
    evening = make_article(
        "Evening bulletin\nNEWSREADER: Three workers were killed when scaffolding collapsed at a building site on "
        "Wednesday, police say.\nNEWSREADER: The council has approved a new cycle lane along the river.\n",
        published="2026-07-08",
        outlet="City Radio",
        title="Evening bulletin",
    )
    links = links_of(midday, evening)
    assert not relations_between(links, "paint warehouse", "scaffolding collapsed"), links
