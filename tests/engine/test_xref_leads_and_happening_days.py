"""Reports of one happening whose leads name its place differently, a country against a town the gazetteer
does not place, and two happenings of one kind weeks apart (issue 12). Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.features import features
from corpus.xref.subjects import different_protagonists

from .conftest import links_of, make_article, relations_between


def _first_features(article):
    claim = next(c for c in extract_article(article)[0] if c.kind != "background")
    return features(claim, article)


def _ferry_wire():
    return make_article(
        "Ferry sinks in storm off Corsen coast, at least 9 dead\n"
        "At least 9 people died when a ferry sank in a storm off the Corsen coast on Friday, the coast guard said.\n"
        "The vessel was carrying 70 passengers and crew.\n",
        published="2026-10-03",
        outlet="Harbour Wire",
        title="Ferry sinks in storm off Corsen coast, at least 9 dead",
    )


def test_a_later_toll_under_a_headline_of_the_same_words_updates_though_the_leads_name_other_places() -> None:
    # The wire names the coast, the local paper the headland: no place in common, one story two days on.
    local = make_article(
        "Ferry toll climbs to 17 as storm eases\n"
        "The number of people killed when a ferry went down off Marrow Point rose to 17 on Monday, rescuers said.\n",
        published="2026-10-05",
        outlet="Marrow Gazette",
        title="Ferry toll climbs to 17 as storm eases",
    )
    links = links_of(_ferry_wire(), local)
    assert relations_between(links, "At least 9 people died", "rose to 17") == ["updates"], links


def test_headlines_of_the_same_words_weeks_apart_are_not_one_story_for_that() -> None:
    later = make_article(
        "Ferry toll climbs to 17 as storm eases\n"
        "The number of people killed when a ferry went down off Marrow Point rose to 17 on Monday, rescuers said.\n",
        published="2026-11-16",
        outlet="Marrow Gazette",
        title="Ferry toll climbs to 17 as storm eases",
    )
    links = links_of(_ferry_wire(), later)
    assert relations_between(links, "At least 9 people died", "rose to 17") == [], links


def test_a_headline_naming_a_country_and_one_naming_an_unplaced_town_are_not_two_protagonists() -> None:
    wire = make_article(
        "Gas leak at Czech factory forces 2,000 from homes\n"
        "About 2,000 people were evacuated after gas leaked from a factory in the eastern Czech Republic on Monday, "
        "firefighters said.\n",
        published="2026-02-09",
        title="Gas leak at Czech factory forces 2,000 from homes",
    )
    local = make_article(
        "Zarnow residents allowed home after gas scare\n"
        "About 2,600 residents who had been evacuated near the plant returned home on Tuesday, the mayor said.\n",
        published="2026-02-10",
        title="Zarnow residents allowed home after gas scare",
    )
    assert not different_protagonists(_first_features(wire), _first_features(local))


def test_the_same_toll_of_a_happening_dated_weeks_apart_is_two_happenings() -> None:
    first = make_article(
        "Bus plunges into ravine in Peru, killing 8\n"
        "LIMA, May 9 (Reuters) - At least 8 people were killed when a bus plunged into a ravine in northern Peru "
        "on Saturday, police said.\n",
        published="2026-05-09",
        outlet="Reuters",
        title="Bus plunges into ravine in Peru, killing 8",
    )
    second = make_article(
        "Bus plunges into gorge in Peru, killing 8\n"
        "CUSCO, Peru, June 10 (Reuters) - At least 8 people were killed when a bus plunged into a gorge in "
        "southern Peru on Wednesday, police said.\n",
        published="2026-06-10",
        outlet="Reuters",
        title="Bus plunges into gorge in Peru, killing 8",
    )
    links = links_of(first, second)
    assert relations_between(links, "into a ravine", "into a gorge") == [], links


def test_a_toll_dated_on_the_day_it_was_told_weeks_later_still_updates() -> None:
    first = make_article(
        "Floods kill 40 in Varna valley\nFloods killed at least 40 people in the Varna valley on Saturday, the "
        "civil protection agency said.\n",
        published="2026-05-10",
        title="Floods kill 40 in Varna valley",
    )
    later = make_article(
        "Varna valley flood toll reaches 112\nThe death toll from last month's floods in the Varna valley has "
        "risen to 112, the civil protection agency said on Thursday.\n",
        published="2026-06-11",
        title="Varna valley flood toll reaches 112",
    )
    links = links_of(first, later)
    assert relations_between(links, "killed at least 40", "risen to 112") == ["updates"], links


def _sourced_cuts():
    return make_article(
        "Tessaro plans to cut 900 jobs, sources say\n"
        "Tessaro is preparing to cut around 900 jobs as the carmaker struggles with falling sales, two people "
        "familiar with the plans said.\n"
        "The cuts would fall mostly on its engine plant and could be announced within weeks, the people said.\n"
        "Tessaro employs about 15,000 people and sold 410,000 cars last year.\n",
        published="2026-03-02",
        outlet="Motor Ledger",
        title="Tessaro plans to cut 900 jobs, sources say",
    )


def test_an_announced_cut_weeks_after_a_sourced_report_under_the_same_name_is_linked() -> None:
    # Eighteen days on, past the days one story's reports are matched in, but both headlines name Tessaro.
    announced = make_article(
        "Tessaro to cut 700 jobs, warns on profit\n"
        "Tessaro said on Friday it would cut 700 jobs, about 6% of its workforce, to save 80 million euros a "
        "year.\n"
        "It also now expects an operating loss of 120 million euros for the full year.\n"
        "Chief executive Marta Olsen said the decision was painful but necessary.\n",
        published="2026-03-20",
        outlet="Continental Wire",
        title="Tessaro to cut 700 jobs, warns on profit",
    )
    links = links_of(_sourced_cuts(), announced)
    assert relations_between(links, "around 900 jobs", "would cut 700 jobs") in (["updates"], ["conflicts"]), links


def test_people_told_or_ordered_to_leave_a_place_resign_nothing() -> None:
    from corpus.xref.stems import phrases

    assert "resigned" not in phrases("Residents were told to leave Varnsk before the shelling.")
    assert "resigned" not in phrases("About 4,000 people were ordered to leave Tellow as the fire spread.")
    assert "resigned" in phrases("Chief executive Ana Ruiz is to leave Corvel Foods in June.")


def _quarry(day: str, published: str, town: str, missing: str, extra: str = "") -> object:
    title = f"Quarry collapse near {town} kills at least 6"
    return make_article(
        f"{title}\n{town.upper()}, {published[5:]} (Wire) - At least 6 workers were killed when a quarry wall "
        f"collapsed near {town} on {day}, officials said.\n{missing} workers were still missing, a regional "
        f"official said.\nRescuers had pulled 14 people out alive.\n{extra}",
        published=published,
        outlet="Wire",
        title=title,
    )


def test_the_missing_and_rescued_of_two_happenings_a_month_apart_are_not_one_count() -> None:
    first = _quarry("Sunday", "2026-05-11", "Orvel", "Nine")
    second = _quarry(
        "Tuesday",
        "2026-06-16",
        "Castra",
        "Four",
        "It was the second quarry collapse in the region since one near Orvel in May.\n",
    )
    links = links_of(first, second)
    assert relations_between(links, "Nine workers", "Four workers") == [], links
    assert relations_between(links, "pulled 14 people", "pulled 14 people") == [], links


def test_a_claim_of_the_earlier_happening_in_the_later_report_is_still_linked_to_it() -> None:
    first = _quarry("Sunday", "2026-05-11", "Orvel", "Nine")
    second = _quarry(
        "Tuesday", "2026-06-16", "Castra", "Four", "The collapse at Orvel in May killed 11 workers in all.\n"
    )
    links = links_of(first, second)
    assert (
        relations_between(
            links, "At least 6 workers were killed when a quarry wall collapsed near Orvel", "killed 11 workers in all"
        )
        != []
    ), links


def test_one_happening_told_from_the_town_and_from_the_capital_is_one_story() -> None:
    # The capital's wire names the region, the town's paper the town: their leads' happening and day are one.
    capital = make_article(
        "Four climbers killed in Vessa mountains rockfall\n"
        "ORAVIK (Wire) - Four climbers died when a rockfall and landslide buried a trail in the Vessa mountains on "
        "Saturday afternoon, the interior ministry said.\n",
        published="2026-07-04",
        outlet="Wire",
        title="Four climbers killed in Vessa mountains rockfall",
    )
    town = make_article(
        "Trail toll rises to seven as search goes on\n"
        "BRENNSTAD - The number of people killed in Saturday's landslide rose to seven on Sunday after rescuers "
        "recovered three more bodies, police said.\n",
        published="2026-07-05",
        outlet="Brennstad Avis",
        title="Trail toll rises to seven as search goes on",
    )
    links = links_of(capital, town)
    assert relations_between(links, "Four climbers died", "rose to seven") == ["updates"], links


def test_two_landslides_on_two_days_told_from_two_towns_stay_apart() -> None:
    first = make_article(
        "Four climbers killed in Vessa mountains landslide\n"
        "ORAVIK (Wire) - Four climbers died when a landslide buried a trail in the Vessa mountains on "
        "Saturday afternoon, the interior ministry said.\n",
        published="2026-07-04",
        outlet="Wire",
        title="Four climbers killed in Vessa mountains landslide",
    )
    other = make_article(
        "Trail toll rises to seven as search goes on\n"
        "BRENNSTAD - The number of people killed in Thursday's landslide rose to seven on Friday after rescuers "
        "recovered three more bodies, police said.\n",
        published="2026-07-10",
        outlet="Brennstad Avis",
        title="Trail toll rises to seven as search goes on",
    )
    links = links_of(first, other)
    assert relations_between(links, "Four climbers died", "rose to seven") == [], links
