"""Articles about one event, and counts that only rise (issue 12). Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.pipeline import extract
from corpus.xref.features import Features, features
from corpus.xref.places import dateline_regions
from corpus.xref.relations import _same_event_relation, _shared_not_speakers
from corpus.xref.statements import same_event_articles

from .conftest import links_between, links_of, make_article

_FIRST = (
    "Orvella librarian Tomasz Kielbicki resigns over archive sale\n"
    "Tomasz Kielbicki, the head librarian of Orvella, resigned on Monday after the town council sold "
    "the Marrowgate manuscript archive to a private collector.\n"
    "Kielbicki said the council had broken its promise to keep the Marrowgate manuscripts in the town.\n"
    "The council voted to sell the archive for 2 million euros last month.\n"
)
_SECOND = (
    "Kielbicki quits as Orvella library chief\n"
    "The town's chief librarian has stepped down in protest at the sale of the Marrowgate archive, "
    "the Orvella council confirmed.\n"
    "Kielbicki told reporters the manuscripts belonged in a public collection, not a private vault.\n"
    "Council members approved the sale of the manuscripts in a vote last month.\n"
)


def _described(body: str, published: str | None, anchor: str) -> Features:
    article = make_article(body, published)
    (claim,) = [c for c in extract_article(article)[0] if anchor in c.text]
    return features(claim, article)


def test_sentences_of_two_articles_about_one_event_are_related_as_that_event() -> None:
    a = _described(_FIRST, "2024-03-15", "broken its promise")
    b = _described(_SECOND, "2024-03-16", "belonged in a public collection")
    assert same_event_articles(a, b)
    found = _same_event_relation(a, b)
    assert found is not None and found.relation == "related"
    assert "same event" in found.reason()


def test_articles_dated_to_different_years_are_not_one_event() -> None:
    a = _described(_FIRST.replace("last month", "in 2019"), "2024-03-15", "broken its promise")
    b = _described(_SECOND.replace("last month", "in 2023"), "2024-03-16", "belonged in a public collection")
    assert not same_event_articles(a, b)
    assert _same_event_relation(a, b) is None


def test_articles_sharing_only_a_place_are_not_one_event() -> None:
    other = "Orvella opens new ferry terminal\nThe Orvella ferry terminal opened on Monday with a brass band.\n"
    a = _described(_FIRST, "2024-03-15", "broken its promise")
    b = _described(other, "2024-03-16", "brass band")
    assert not same_event_articles(a, b)


def test_two_lower_bounds_far_apart_are_two_counts_not_one_report() -> None:
    first = make_article("Floods in the Denra valley have killed at least 14 people, police said.\n", "2025-06-02")
    second = make_article("Floods in the Denra valley have killed at least 31 people, officials said.\n", None)
    relations = [rel for rel, _ in links_between(links_of(first, second), "at least 14", "at least 31")]
    assert "corroborates" not in relations


def test_a_lower_death_toll_reported_later_does_not_update_unless_revised() -> None:
    first = make_article("A landslide in Kesh province killed at least 40 people, officials said.\n", "2025-06-02")
    later = make_article("A landslide in Kesh province killed 12 people, officials said.\n", "2025-06-20")
    revised = make_article(
        "Officials revised the death toll from the Kesh province landslide down to 12.\n", "2025-06-20"
    )
    assert [rel for rel, _ in links_between(links_of(first, later), "at least 40", "killed 12")] == ["related"]
    assert [rel for rel, _ in links_between(links_of(first, revised), "at least 40", "down to 12")] == ["updates"]


def test_a_vessel_is_the_same_with_or_without_its_prefix() -> None:
    first = make_article(
        "The number of people killed when the MV Doranne sank near Kellport has risen to 31, the governor said.\n",
        "2025-07-02",
    )
    second = make_article(
        "At least 31 people died after the ferry Doranne capsized on Lake Ismer, police said.\n", None
    )
    assert [rel for rel, _ in links_between(links_of(first, second), "has risen to 31", "At least 31")] == [
        "corroborates"
    ]


def test_counts_of_a_noun_compare_as_fixed_facts_not_as_a_running_toll() -> None:
    operator = make_article(
        "Coastline Ferries said the Marisol carried 180 passengers when it left Tessport.\n", "2025-07-02"
    )
    harbour = make_article(
        "The harbour master said the Marisol carried 260 passengers when it left Tessport.\n", "2025-07-05"
    )
    same = make_article("Port records show the Marisol carried 180 passengers when it left Tessport.\n", "2025-07-06")
    links = links_of(operator, harbour, same)
    assert [rel for rel, _ in links_between(links, "Coastline Ferries said", "harbour master")] == ["conflicts"]
    assert [rel for rel, _ in links_between(links, "Coastline Ferries said", "Port records")] == ["corroborates"]


def test_a_small_count_of_a_noun_is_not_compared() -> None:
    first = make_article("Four robbers took jewels worth millions from the Lisandre store in Paris.\n", None)
    second = make_article("Four robbers raided the Lisandre store in Paris and escaped on foot.\n", None)
    assert not any(
        "both count" in reason for _, reason in links_between(links_of(first, second), "took jewels", "raided")
    )


def test_people_forced_from_their_homes_and_people_evacuated_are_one_count() -> None:
    first = make_article(
        "A wildfire near Valdera has forced about 2,000 people to leave their homes, firefighters said.\n", "2025-07-02"
    )
    later = make_article(
        "The number of people evacuated from villages around Valdera has risen to 6,500, officials said.\n",
        "2025-07-04",
    )
    assert [rel for rel, _ in links_between(links_of(first, later), "about 2,000", "risen to 6,500")] == ["updates"]


def test_one_spokeswoman_speaking_of_two_places_is_no_shared_subject() -> None:
    first = make_article("Floods near Arvent have destroyed 400 homes, spokeswoman Irena Kolar said.\n", "2025-05-02")
    second = make_article("The storm near Brisca has destroyed 90 homes, spokeswoman Irena Kolar said.\n", "2025-05-30")
    assert not [rel for rel, _ in links_between(links_of(first, second), "400 homes", "90 homes") if rel != "related"]


def test_a_second_fire_elsewhere_in_the_same_country_is_another_event() -> None:
    """Same country in the dateline, same spokesman, near-identical wire copy: another place is another fire."""
    first = make_article(
        "Wildfire near Orska forces thousands out\n"
        "ORSKA, Veldany (AFP) - A wildfire near Orska has forced about 2,500 people from their homes, "
        "the fire service said on Monday.\n"
        "The fire has burned 3,000 hectares, spokesman Piotr Ivers said.\n",
        "2025-07-07",
        title="Wildfire near Orska forces thousands out",
    )
    second = make_article(
        "New wildfire breaks out near Pellin\n"
        "PELLIN, Veldany (AFP) - A new wildfire near Pellin has forced about 400 people from their homes, "
        "the fire service said on Tuesday.\n"
        "The fire has burned 500 hectares, spokesman Piotr Ivers said.\n",
        "2025-07-22",
        title="New wildfire breaks out near Pellin",
    )
    links = links_of(first, second)
    assert not links_between(links, "about 2,500", "about 400")
    assert not links_between(links, "3,000 hectares", "500 hectares")


def test_a_later_report_naming_a_river_the_fire_crossed_still_updates_the_fire() -> None:
    first = make_article(
        "ORSKA, Veldany (AFP) - A wildfire near Orska has burned 3,000 hectares, the fire service said.\n",
        "2025-07-07",
        title="Wildfire near Orska",
    )
    later = make_article(
        "The Orska fire crossed the Lenta river overnight and has now burned more than 7,000 hectares, officials said.\n",
        "2025-07-09",
        title="Orska fire jumps the Lenta river",
    )
    assert [rel for rel, _ in links_between(links_of(first, later), "3,000 hectares", "7,000 hectares")] == ["updates"]


def test_a_dateline_region_is_the_country_not_the_place_of_the_figures() -> None:
    assert dateline_regions("Title\nBALTIMORE, Maryland (AP) — Floods closed roads.\n") == {"Maryland"}
    assert dateline_regions("Title\nVALDANE, Marenia (Reuters) - Dockworkers struck.\n") == {"Marenia"}
    assert dateline_regions("Title\nMOSCOW (Reuters) - Talks ended.\n") == frozenset()
    assert dateline_regions("Paris, France, is a city - a sentence, not a dateline.\n") == frozenset()


def test_who_said_two_claims_is_not_what_they_share_but_a_country_in_a_title_is() -> None:
    def described(text: str) -> Features:
        article = make_article(text + "\n", "2025-11-06")
        (claim,) = [c for c in extract([article]).claims if c.speaker]
        return features(claim, article)

    recount = described("The commission ordered a recount in Lorsk, commission chairman Ivo Lask said.")
    turnout = described("Turnout in Lorsk was 48%, commission chairman Ivo Lask said.")
    assert "Ivo Lask" in recount.entities & turnout.entities
    assert _shared_not_speakers(recount, turnout) == {"Lorsk"}
