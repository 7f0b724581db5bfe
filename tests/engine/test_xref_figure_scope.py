"""A part's toll is no value of the whole's: a figure whose own clause places it (a state, one of two countries, a
city) against one whose clause gives the whole, or another part, is never a revision of it (figure_scope)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

STRONG = {"updates", "corroborates", "conflicts"}


def _article(title: str, body: str, day: str, outlet: str) -> object:
    return make_article(f"{title}\n{body}\n", published=day, outlet=outlet, title=title)


def test_a_states_toll_does_not_update_a_national_one_that_gives_the_state_its_own_figure() -> None:
    national = _article(
        "Cyclone Marla toll climbs",
        "SYDNEY (AP) - The number of people killed by Cyclone Marla rose above 60 on Wednesday, with at least 22 "
        "deaths in Queensland, where dozens of people were still unaccounted for.",
        "2026-02-11",
        "Associated Press",
    )
    state = _article(
        "Queensland toll rises",
        "The number of people killed in Queensland by Cyclone Marla has risen to 31, the state premier said on Friday.",
        "2026-02-13",
        "Brisbane Daily",
    )
    links = links_of(national, state)
    assert not STRONG & set(relations_between(links, "has risen to 31", "rose above 60")), links


def test_a_states_toll_does_not_update_the_countrys() -> None:
    state = _article(
        "Queensland toll rises",
        "The number of people killed in Queensland by Cyclone Marla has risen to 31, the state premier said on Friday.",
        "2026-02-13",
        "Brisbane Daily",
    )
    national = _article(
        "Australia's death toll from Cyclone Marla reaches 80",
        "Australia's death toll from Cyclone Marla has reached 80, the emergency management agency said on Monday.",
        "2026-02-16",
        "Reuters",
    )
    links = links_of(state, national)
    assert not STRONG & set(relations_between(links, "has risen to 31", "has reached 80")), links


def test_one_countrys_toll_does_not_update_a_sum_over_two() -> None:
    first = _article(
        "Quake kills more than 90 in Peru and Ecuador",
        "LIMA, March 2 (Reuters) - A powerful earthquake struck northern Peru and southern Ecuador on Sunday, "
        "killing more than 90 people and destroying hundreds of homes.",
        "2026-03-02",
        "Reuters",
    )
    later = _article(
        "Andean quake toll rises",
        "Officials said 412 people had died in Peru, and more than 150 deaths were reported in Ecuador.",
        "2026-03-05",
        "Andes Herald",
    )
    links = links_of(first, later)
    assert not STRONG & set(relations_between(links, "412 people had died in Peru", "killing more than 90")), links
    assert not STRONG & set(relations_between(links, "412 people had died in Peru", "Quake kills more than 90")), links


def test_one_countrys_toll_does_not_update_a_headline_over_a_lead_of_two_countries() -> None:
    sum_of_two = _article(
        "Quake toll passes 300 as rescuers search rubble",
        "LIMA (AP) - The death toll from Sunday's earthquake in Peru and Ecuador rose above 300 on Tuesday as "
        "rescuers searched collapsed buildings.",
        "2026-03-04",
        "Associated Press",
    )
    one_country = _article(
        "Peru counts its dead",
        "In Peru alone, the civil defence institute said 640 people had been confirmed dead.",
        "2026-03-09",
        "Andes Herald",
    )
    links = links_of(sum_of_two, one_country)
    assert not STRONG & set(relations_between(links, "In Peru alone", "Quake toll passes 300")), links


def test_a_citys_toll_does_not_update_the_whole_when_the_whole_never_names_the_city() -> None:
    city = _article(
        "Coast quake toll rises to 95",
        "The death toll from the powerful earthquake on the Marven coast has risen to 95, the prefecture said on "
        "Thursday, with 170 people still unaccounted for.\nIn the city of Tarvena, 18 people were confirmed dead.",
        "2026-01-04",
        "Coast Times",
    )
    whole = _article(
        "Coast quake toll reaches 140 as evacuees move to hotels",
        "The number of deaths from the Marven coast earthquake stood at 140 on Wednesday, the prefecture said.",
        "2026-01-14",
        "Daily Courier",
    )
    links = links_of(city, whole)
    assert not STRONG & set(relations_between(links, "In the city of Tarvena", "stood at 140")), links
    assert not STRONG & set(relations_between(links, "In the city of Tarvena", "toll reaches 140")), links
    assert "updates" in relations_between(links, "stood at 140", "has risen to 95"), links


def test_one_places_tolls_still_update_each_other() -> None:
    earlier = _article(
        "Queensland toll at 22",
        "Queensland's death toll from Cyclone Marla stands at 22, the state's police said on Wednesday.",
        "2026-02-11",
        "Brisbane Daily",
    )
    later = _article(
        "Queensland toll rises",
        "The number of people killed in Queensland by Cyclone Marla has risen to 31, the state premier said on Friday.",
        "2026-02-13",
        "Reuters",
    )
    links = links_of(earlier, later)
    assert "updates" in relations_between(links, "has risen to 31", "stands at 22"), links


def test_a_capitals_toll_is_its_countrys_not_a_neighbours() -> None:
    quake = _article(
        "Huge quake hits Myanmar and Thailand, at least 144 dead in Myanmar",
        "March 28 (Reuters) - A 7.7 magnitude earthquake struck central Myanmar on Friday, killing at least 144 people "
        "there, the ruling junta said, while a high-rise under construction collapsed in Bangkok.\nAt least eight "
        "people were killed in Bangkok, Thai officials said.",
        "2025-03-28",
        "Reuters",
    )
    tower = _article(
        "Bangkok tower collapse toll rises to 22",
        "The number of people killed in the collapse of the unfinished audit office tower in Bangkok has risen to 22, "
        "city officials said on Thursday.",
        "2025-04-03",
        "Bangkok Post",
    )
    links = links_of(quake, tower)
    assert not STRONG & set(relations_between(links, "has risen to 22", "killing at least 144")), links
    assert "updates" in relations_between(links, "has risen to 22", "eight people were killed in Bangkok"), links


def test_a_month_after_a_count_is_no_place() -> None:
    july = _article(
        "US unemployment rate rises to 4.3%",
        "WASHINGTON, Aug 2 (Reuters) - The U.S. unemployment rate rose to 4.3% in July, as employers added only "
        "114,000 jobs, the Labor Department said on Friday.",
        "2024-08-02",
        "Reuters",
    )
    august = _article(
        "US jobless rate dips to 4.2%",
        "WASHINGTON (AP) - Employers added 142,000 jobs in August, and the unemployment rate dipped to 4.2% from 4.3%, "
        "the government said Friday.",
        "2024-09-06",
        "Associated Press",
    )
    links = links_of(july, august)
    # (linked, not turned away as two places; each month's jobs and rate are that month's, so no update: "a figure for
    # another period", as relations' month rules read them)
    assert relations_between(links, "dipped to 4.2%", "rose to 4.3% in July") == ["related"], links


def test_those_aboard_are_no_value_of_a_toll_with_the_people_on_the_ground() -> None:
    crash = _article(
        "One survivor as Selvair crash kills 118 aboard",
        "MARSK (AP) - One hundred and eighteen of the 119 people on board the Selvair flight were killed when it "
        "crashed into a housing block in Marsk, the airline said on Friday.",
        "2026-06-13",
        "Associated Press",
    )
    later = _article(
        "Marsk crash death toll rises to 131",
        "The number of people killed in the Selvair crash in Marsk has risen to 131, including those on the ground, "
        "hospital officials said on Monday.",
        "2026-06-16",
        "Marsk Daily",
    )
    links = links_of(crash, later)
    assert not STRONG & set(relations_between(links, "has risen to 131", "kills 118 aboard")), links


def test_a_states_toll_is_no_value_of_a_headline_whose_lead_gives_the_state_a_part() -> None:
    national = _article(
        "Cyclone Marla toll passes 100 as Queensland towns cut off",
        "SYDNEY (AP) - The death toll from Cyclone Marla rose to more than 100 on Monday, with at least 40 dead in "
        "Cairns, Queensland, alone, as rescuers reached towns cut off by floods.",
        "2026-02-09",
        "Associated Press",
    )
    state = _article(
        "Queensland's deadliest storm",
        "At least 95 people have died in Queensland as a result of Cyclone Marla, state officials said on Wednesday, "
        "making it the deadliest storm in the state's history.",
        "2026-02-11",
        "Brisbane Daily",
    )
    links = links_of(national, state)
    assert not STRONG & set(relations_between(links, "At least 95 people", "toll passes 100")), links


def _quake_story() -> tuple[object, object]:
    first = _article(
        "Quake toll in Varnia passes 900",
        "The death toll from the earthquake in Varnia rose to 940 on Sunday, the interior ministry said.\n"
        "In Dravo province alone, 410 people were killed, the ministry said.\n"
        "Some 210 foreigners were among the dead, officials said.",
        "2026-03-02",
        "Wire Service",
    )
    later = _article(
        "Varnia quake toll rises to 1,280",
        "The number of people killed by the earthquake in Varnia has risen to 1,280, the interior ministry said on "
        "Wednesday, with most of the deaths in Dravo province.",
        "2026-03-05",
        "Daily Courier",
    )
    return first, later


def test_a_places_figure_told_as_alone_is_a_part_of_the_whole() -> None:
    links = links_of(*_quake_story())
    assert not STRONG & set(relations_between(links, "has risen to 1,280", "In Dravo province alone")), links
    assert "updates" in relations_between(links, "has risen to 1,280", "rose to 940"), links


def test_a_group_among_the_dead_is_no_value_of_the_toll() -> None:
    links = links_of(*_quake_story())
    assert not STRONG & set(relations_between(links, "has risen to 1,280", "210 foreigners")), links


def test_a_figure_of_a_happening_dated_another_year_is_no_value_of_this_ones() -> None:
    _, later = _quake_story()
    explainer = make_article(
        "What we know about the Varnia earthquake\nThe earthquake was the deadliest in Varnia since the 1978 Kessel "
        "quake, which killed an estimated 3,000 people.\n",
        published=None,
        outlet="Varnia Weekly",
        title="What we know about the Varnia earthquake",
    )
    links = links_of(later, explainer)
    assert not STRONG & set(relations_between(links, "has risen to 1,280", "1978 Kessel")), links


def test_a_countrys_toll_alone_is_still_compared_with_a_count_of_its_people() -> None:
    diplomats = _article(
        "Pilgrim deaths mount",
        "At least 410 pilgrims died in the heat during the pilgrimage, diplomats said on Tuesday.\n"
        "Kenya's toll alone rose to 61, a Kenyan diplomat said on Wednesday.",
        "2026-06-17",
        "Wire Service",
    )
    nairobi = _article(
        "Kenya investigates pilgrimage agencies",
        "Kenya's government ordered an inquiry into travel agencies on Thursday after at least 58 Kenyans died "
        "during the pilgrimage, according to two officials.",
        "2026-06-18",
        "Daily Courier",
    )
    links = links_of(diplomats, nairobi)
    assert STRONG & set(relations_between(links, "at least 58 Kenyans", "toll alone rose to 61")), links
