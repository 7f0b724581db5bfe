"""What a figure counts when news names it in other words, and the running total beside an addition
(issue 12). Our own sentences.

Every sentence here is our own; none comes from any dataset or from tests/data.
"""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.xref.features import _story, features
from corpus.xref.subjects import demonym_base

from .conftest import links_between, links_of, make_article, relations_between


def _framed(sentence: str) -> dict[str, str | None]:
    from corpus.xref.frames import frame_measure

    article = make_article(sentence + "\n")
    (claim,) = [c for c in extract_article(article)[0] if c.quantities]
    return {q.text: frame_measure(q, claim) for q in claim.quantities}


def _figures(sentence: str) -> dict:
    article = make_article(sentence + "\n")
    (claim,) = [c for c in extract_article(article)[0] if c.quantities]
    return features(claim, article).figures


def test_people_brought_out_of_a_collapse_are_counted_as_rescued_not_as_trapped() -> None:
    assert _framed("A rockfall at the Ostro quarry has trapped 18 workers, the operator said.")["18"] == "trapped"
    assert _framed("Rescuers brought 23 workers to the surface on Friday, the operator said.")["23"] == "rescued"
    found = _framed("The remaining 35 workers who were trapped were rescued alive, the operator said.")
    assert found["35"] == "rescued"


def test_still_trapped_and_unaccounted_for_are_one_count() -> None:
    trapped = _figures("Some 40 climbers are still trapped on the glacier, the mountain police said.")
    missing = _figures("About 25 climbers are still unaccounted for, the mountain police said.")
    assert trapped.keys() == missing.keys() == {"trapped or missing"}


def test_positions_and_posts_cut_are_jobs_but_other_positions_are_not() -> None:
    assert _framed("The insurer will cut 640 positions at its Leeds office, it said.")["640"] == "jobs"
    assert _framed("The council plans to axe 230 posts next year, its leader said.")["230"] == "jobs"
    assert _framed("Rival funds hold 250 positions in the index, the report said.")["250"] == "position"


def test_hens_culled_are_birds() -> None:
    assert _framed("Officials ordered the culling of about 60,000 laying hens, the ministry said.")["about 60,000"] == (
        "bird"
    )


def test_the_number_of_birds_brought_to_a_new_total_is_a_count_of_birds() -> None:
    found = _framed("That brings the number of ducks culled or due to be culled to about 90,000, officials said.")
    assert found["about 90,000"] == "bird"


def test_the_new_total_is_compared_not_the_addition_written_in_words() -> None:
    figures = _figures(
        "Divers recovered four more bodies on Sunday, bringing the number of dead to 23, the coast guard said."
    )
    assert figures == {"killed": (23.0, 23.0, 23.0)}


def test_two_more_days_is_no_addition_to_a_count() -> None:
    figures = _figures("Some 40 climbers are still trapped, and the search could take two more days, police said.")
    assert figures["trapped or missing"][0] == 40.0


def test_a_cull_reported_in_hens_then_a_larger_total_of_birds_is_an_update() -> None:
    first = make_article(
        "Ostravia culls hens\nOSTRO, Ostravia (Reuters) - Ostravian officials ordered the culling of about 60,000 "
        "laying hens after bird flu was found at a farm near Ostro, the farm ministry said on Monday.\n",
        published="2027-01-11",
        outlet="Reuters",
        title="Ostravia culls hens",
    )
    later = make_article(
        "Bird flu spreads in Ostravia\nBird flu has been found on two more farms near Ostro, the farm ministry said "
        "on Thursday.\nThat brings the number of birds culled or due to be culled to about 150,000, officials said.\n",
        published="2027-01-14",
        outlet="Ostro Courier",
        title="Bird flu spreads in Ostravia",
    )
    links = links_of(first, later)
    assert relations_between(links, "about 150,000", "about 60,000") == ["updates"], links


def test_an_unknown_demonym_names_the_place_it_comes_from() -> None:
    assert demonym_base("Ostravian") == "Ostravia"
    assert demonym_base("Belkistani") == "Belkistan"
    assert demonym_base("Ostravia") is None
    assert "Ostravia" in _story("Egg prices climb as Ostravian flock losses mount", "Producers have lost birds.")


def test_a_toll_said_to_have_risen_updates_the_same_days_lower_count() -> None:
    morning = make_article(
        "Storm hits Velka\nAt least 9 people were killed when a storm hit the Velka coast, the civil defence said.\n",
        published="2027-03-08",
        outlet="Wire One",
        title="Storm hits Velka",
    )
    evening = make_article(
        "Velka storm toll rises\nThe death toll from the storm on the Velka coast rose to 22 by the evening, the "
        "civil defence said.\n",
        published="2027-03-08",
        outlet="Wire Two",
        title="Velka storm toll rises",
    )
    links = links_of(morning, evening)
    assert relations_between(links, "rose to 22", "At least 9 people") == ["updates"], links


def test_how_many_a_business_employs_is_one_count_however_it_is_said() -> None:
    assert _framed("The depot employs about 2,400 people, the company said.")["about 2,400"] == "employees"
    assert (
        _framed("The union said it would fight any closure of the depot, where about 2,400 people work.")["about 2,400"]
        == "employees"
    )
    found = _framed("The cuts amount to almost a third of the depot's workforce of about 2,400.")
    assert found["about 2,400"] == "employees" and found["almost a third"] is None


def test_a_quakes_magnitude_is_compared_as_written_and_an_aftershocks_apart() -> None:
    assert _figures("A magnitude 5.9 earthquake struck the Pella valley early on Sunday, the institute said.") == {
        "magnitude": (5.9, 5.9, 5.9)
    }
    assert _figures("A magnitude 4.7 aftershock on Monday shook the Pella valley again.") == {
        "aftershock magnitude": (4.7, 4.7, 4.7)
    }
    found = _figures("The 5.9-magnitude quake killed 40 people in the Pella valley, officials said.")
    assert list(found) == ["killed", "magnitude"] and found["killed"][0] == 40.0  # the toll first, never 5.9 dead


def test_two_agencies_magnitudes_are_two_readings_not_one_report() -> None:
    first = make_article(
        "Quake hits Pella valley\nA magnitude 5.9 earthquake struck the Pella valley in Orvania early on Sunday, "
        "the national seismology institute said.\n",
        published="2027-05-02",
        outlet="Wire One",
        title="Quake hits Pella valley",
    )
    second = make_article(
        "Orvania quake stronger than thought\nThe European seismology centre measured the Pella valley "
        "earthquake in Orvania at magnitude 6.2.\n",
        published="2027-05-02",
        outlet="Wire Two",
        title="Orvania quake stronger than thought",
    )
    again = make_article(
        "Orvania quake: what we know\nThe Pella valley earthquake, which the European seismology centre "
        "measured at magnitude 6.2, was the strongest in Orvania for decades.\n",
        published=None,
        outlet="Digest",
        title="Orvania quake: what we know",
    )
    links = links_of(first, second, again)
    assert "corroborates" not in relations_between(links, "magnitude 5.9", "at magnitude 6.2."), links
    assert relations_between(links, "at magnitude 6.2.", "measured at magnitude 6.2,") == ["corroborates"], links


def test_a_figure_given_as_what_makes_another_larger_is_not_a_count_of_its_own() -> None:
    figures = _figures(
        "The drivers' union said the real number was nearer 1,500, because some 300 agency drivers would also "
        "lose their jobs."
    )
    assert 300.0 not in {value for value, _, _ in figures.values()}
    assert _figures("The depot will cut 300 jobs, the company said.") == {"jobs": (300.0, 300.0, 300.0)}


def test_a_count_on_two_days_the_texts_name_is_neither_a_dispute_nor_one_report() -> None:
    tuesday = make_article(
        "TOLMUND — At least 24 grain barges were waiting at the locks on Tuesday, according to the canal "
        "operator Vask Waterways. Skippers blamed a strike by lock keepers.\n",
        published="2025-05-07",
        outlet="River Post",
    )
    thursday = make_article(
        "More than 40 grain barges are waiting at the Tolmund locks, the lock keepers' union said on Thursday, "
        "as the strike by lock keepers entered its fourth day.\n",
        published="2025-05-09",
        outlet="Canal Daily",
    )
    links = links_of(tuesday, thursday)
    found = links_between(links, "At least 24", "More than 40")
    assert [rel for rel, _ in found] == ["related"], links
    assert "barge" in found[0][1] and "different days" in found[0][1], found


def test_a_link_names_the_figure_it_compares_not_the_claims_other_subject() -> None:
    early = make_article(
        "More than 40 grain barges are waiting at the Tolmund locks, the lock keepers' union said.\n",
        published="2025-05-09",
        outlet="Canal Daily",
    )
    deal = make_article(
        "Lock keepers at Tolmund went back to work after a 6% pay rise was approved, ending a strike that "
        "left as many as 45 grain barges waiting at the locks, the canal operator said.\n",
        published="2025-05-12",
        outlet="River Post",
    )
    links = links_of(early, deal)
    reasons = [why for _, why in links_between(links, "More than 40", "as many as 45")]
    assert reasons and all("pay rise" not in why for why in reasons), links


def test_a_wire_dateline_names_no_one_the_claim_is_about() -> None:
    first = make_article(
        "BREMEN, May 6 (Harbour Desk) - Shipbuilder Varta Holdings said on Wednesday it would cut about 1,200 jobs "
        "by the end of 2027 as orders slowed.\n",
        published="2026-05-06",
        outlet="Harbour Desk",
    )
    later = make_article(
        "Varta Holdings will cut 1,500 jobs, up from the 1,200 it announced in May, the company said on Tuesday.\n",
        published="2026-06-02",
        outlet="Financial Ledger",
    )
    claims, _ = extract_article(first)
    assert "Harbour Desk" not in claims[0].entities
    assert relations_between(links_of(first, later), "about 1,200 jobs", "1,500 jobs") == ["updates"]


def test_a_value_set_aside_is_not_stated_and_the_party_it_came_from_is_no_source() -> None:
    first = make_article(
        "A passenger ferry carrying 180 people sank off Vell island on Sunday, the coast guard said.\n",
        published="2026-10-05",
        outlet="Coast Wire",
    )
    second = make_article(
        "The operator of the ferry that sank off Vell island on Sunday said 210 people were aboard, not 180 as the "
        "coast guard said earlier.\n",
        published="2026-10-05",
        outlet="Island Times",
    )
    (claim,) = extract_article(second)[0]
    assert claim.speaker != "coast guard"
    assert "corroborates" not in relations_between(links_of(first, second), "210 people", "carrying 180"), links_of(
        first, second
    )


def test_a_toll_that_rose_on_a_later_day_is_dated_that_day_not_by_the_event() -> None:
    (claim,) = extract_article(
        make_article(
            "The death toll from Sunday's ferry sinking rose to 19 on Monday, the coast guard said.\n",
            published="2026-10-06",
        )
    )[0]
    assert (claim.date, claim.date_text) == ("2026-10-05", "on Monday")
    (killed,) = extract_article(
        make_article("Nine people were killed in Friday's clash, the army said.\n", published="2026-10-06")
    )[0]
    assert killed.date == "2026-10-02"


def test_a_company_that_denied_a_reported_cut_and_later_announced_another_conflicts_with_its_denial() -> None:
    denial = make_article(
        "Orsk Motors denied a newspaper report that it plans to cut 5,000 jobs, calling it speculation.\n",
        published="2026-04-01",
        outlet="Wire A",
    )
    announced = make_article(
        "Orsk Motors said on Thursday it would cut 4,200 jobs in Europe by 2028.\n",
        published="2026-04-20",
        outlet="Wire B",
    )
    assert relations_between(links_of(denial, announced), "5,000 jobs", "4,200 jobs") == ["conflicts"]


def test_a_running_toll_said_on_a_later_day_stands_on_that_day() -> None:
    (claim,) = extract_article(
        make_article(
            "The death toll from Monday's landslide in the valley has risen to 37, the agency said on Wednesday.\n",
            published="2026-11-12",
        )
    )[0]
    assert claim.date == "2026-11-11"
    (killed,) = extract_article(
        make_article(
            "Eleven soldiers were killed in Friday's clash, the army said on Saturday.\n", published="2026-11-12"
        )
    )[0]
    assert killed.date == "2026-11-06"


def test_people_who_fell_ill_are_one_running_count() -> None:
    first = make_article(
        "Fair food makes dozens sick\nSeventy-two people fell ill after eating at a village fete in Orlow on Saturday, "
        "the district council confirmed.\n",
        published="2026-06-15",
        outlet="Orlow Gazette",
        title="Fair food makes dozens sick",
    )
    later = make_article(
        "Orlow outbreak grows\nThe number of people who have fallen ill in the Orlow outbreak has risen to 95, "
        "health officials said on Thursday.\n",
        published="2026-06-18",
        outlet="County Radio",
        title="Orlow outbreak grows",
    )
    links = links_of(first, later)
    assert relations_between(links, "risen to 95", "Seventy-two people") == ["updates"], links


def test_one_person_still_in_hospital_counts_the_person() -> None:
    assert _framed("One adult remains in hospital, the trust said.")["One"] == "hospitalised"


def test_those_allowed_home_are_not_the_evacuated_and_those_still_under_orders_are() -> None:
    first = make_article(
        "Brush fire grows\nAbout 4,200 residents remain under evacuation orders as the Kestrel Fire grows, "
        "the county said.\n",
        published="2026-08-04",
        outlet="Valley News",
        title="Brush fire grows",
    )
    later = make_article(
        "Kestrel Fire orders eased\nEvacuation orders for about 2,500 residents of Elm Flat and Birch Hollow were "
        "lifted on Friday.\nRoughly 900 people are still under orders, the county said.\n",
        published="2026-08-08",
        outlet="Public Radio",
        title="Kestrel Fire orders eased",
    )
    links = links_of(first, later)
    assert relations_between(links, "about 2,500", "About 4,200") in ([], ["related"]), links
    assert relations_between(links, "Roughly 900", "About 4,200") == ["updates"], links


def test_a_fire_contained_by_a_share_is_its_containment() -> None:
    assert _framed("Crews have contained 60% of the Kestrel Fire, the county said.")["60%"] == "containment"
    assert _framed("The Kestrel Fire was 15% contained on Tuesday, the county said.")["15%"] == "containment"


@pytest.mark.parametrize("crew", ["six crew", "six crew members"])
def test_people_aboard_may_count_the_crew_with_the_passengers(crew: str) -> None:
    first = make_article(
        f"Jet lands after engine fire\nA Skyway jet with 186 passengers and {crew} on board made an emergency "
        "landing in Orlow on Sunday, the airline said.\n",
        published="2026-10-12",
        outlet="Aviation Today",
        title="Jet lands after engine fire",
    )
    later = make_article(
        "Skyway grounds jets\nSkyway has grounded four jets after Sunday's engine fire on the flight to Orlow, "
        "which was carrying 192 people.\n",
        published="2026-10-15",
        outlet="Airline Weekly",
        title="Skyway grounds jets",
    )
    links = links_of(first, later)
    assert "conflicts" not in relations_between(links, "carrying 192", "186 passengers"), links
