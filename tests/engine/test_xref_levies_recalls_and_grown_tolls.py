"""A tariff is one country's levy on another's goods, so two directions are two levies; a flood recalled from last
month is no earlier value of this week's toll; a quake's toll of the day and its toll days later are one count grown,
however far apart; and "one survivor" counts the living, not the dead (sentences written for these tests)."""

from __future__ import annotations

from corpus.xref.levies import levies_of_other_directions, levy_directions

from .conftest import links_of, make_article, relations_between


def test_a_levys_direction_is_read_from_its_words() -> None:
    by, on = levy_directions("Ottawa said Canada will raise its tariffs on American steel to 40% from 25%.")
    assert (by, on) == ({"Canada"}, {"United States"})
    by, on = levy_directions("The duty on Canadian steel imports to the US rose to 40% on Monday.")
    assert (by, on) == ({"United States"}, {"Canada"})
    assert levy_directions("The EU's retaliatory tariffs of 15% on Indian goods take effect today.") == (
        {"European Union"},
        {"India"},
    )
    # (no country named: nothing said of direction)
    assert levy_directions("The tariff on steel rose to 40%.") == (frozenset(), frozenset())


def test_the_same_direction_is_no_other_levy() -> None:
    assert not levies_of_other_directions(
        "Washington raised its tariff on Canadian steel to 40%.", "US tariffs on Canadian steel are now 40%."
    )
    assert levies_of_other_directions(
        "Canada raised its tariffs on American steel to 40%.", "US tariffs on Canadian steel are now 40%."
    )


def test_a_countrys_retaliation_is_no_second_source_for_the_tariff_it_answers() -> None:
    washington = make_article(
        "US raises steel tariff on Canada to 40%\nWASHINGTON, May 5 (Reuters) - The United States raised its tariff "
        "on Canadian steel to 40% on Monday, the Commerce Department said.\n",
        published="2036-05-05",
        outlet="Reuters",
        title="US raises steel tariff on Canada to 40%",
    )
    ottawa = make_article(
        "Canada hits back with 40% steel tariff\nOTTAWA (CP) - Canada will raise its tariffs on American steel to 40% "
        "from Friday, the finance minister said on Wednesday.\n",
        published="2036-05-07",
        outlet="Canadian Press",
        title="Canada hits back with 40% steel tariff",
    )
    relayed = make_article(
        "Steel duty doubled\nThe tariff on Canadian steel imports to the US rose to 40% this week, trade lawyers "
        "said on Tuesday.\n",
        published="2036-05-06",
        outlet="Steel Times",
        title="Steel duty doubled",
    )
    links = links_of(washington, ottawa, relayed)
    strong = {"corroborates", "conflicts", "updates"}
    assert not strong & set(relations_between(links, "tariffs on American steel", "tariff on Canadian steel to 40%")), (
        links
    )
    assert not strong & set(relations_between(links, "tariffs on American steel", "Canadian steel imports")), links
    assert not strong & set(relations_between(links, "tariffs on American steel", "US raises steel tariff")), links
    assert "corroborates" in relations_between(links, "Canadian steel imports", "tariff on Canadian steel to 40%"), (
        links
    )


def test_a_flood_recalled_from_last_month_is_not_this_weeks_toll() -> None:
    first = make_article(
        "Flash floods kill 9 in hill villages\nDEHRADUN, India, Aug 10 (Reuters) - Flash floods killed at least 9 "
        "people in hill villages of Uttarkashi district on Sunday, police said.\nLast month, floods in Chamoli "
        "district killed 11 people.\n",
        published="2036-08-10",
        outlet="Reuters",
        title="Flash floods kill 9 in hill villages",
    )
    later = make_article(
        "Uttarkashi flood toll rises to 17\nThe death toll from the flash floods in Uttarkashi rose to 17 on Tuesday, "
        "the district magistrate said.\n",
        published="2036-08-12",
        outlet="Times of India",
        title="Uttarkashi flood toll rises to 17",
    )
    chamoli = make_article(
        "Chamoli floods kill 11\nFloods in Chamoli district killed 11 people on Thursday, officials said.\n",
        published="2036-07-18",
        outlet="Hindustan Times",
        title="Chamoli floods kill 11",
    )
    links = links_of(first, later, chamoli)
    assert not relations_between(links, "rose to 17 on Tuesday", "floods in Chamoli district killed 11"), links
    assert "updates" in relations_between(links, "rose to 17 on Tuesday", "killed at least 9"), links
    # (the recalled flood's own report is still a second source for it)
    assert "corroborates" in relations_between(
        links, "Floods in Chamoli district killed 11 people on Thursday", "floods in Chamoli district killed 11"
    ), links


def test_a_quakes_toll_grown_tenfold_updates_the_toll_of_its_day() -> None:
    day_one = make_article(
        "Quake kills at least 60 in eastern Turkey\nANKARA, Oct 13 (Reuters) - A magnitude 7.4 earthquake struck "
        "eastern Turkey on Monday, killing at least 60 people, the disaster agency AFAD said.\n",
        published="2036-10-13",
        outlet="Reuters",
        title="Quake kills at least 60 in eastern Turkey",
    )
    days_on = make_article(
        "Turkey quake toll passes 1,300\nThe death toll from Monday's earthquake in eastern Turkey rose to 1,310 on "
        "Thursday, AFAD said, as rescuers searched collapsed buildings in Van.\n",
        published="2036-10-16",
        outlet="AP",
        title="Turkey quake toll passes 1,300",
    )
    links = links_of(day_one, days_on)
    assert "updates" in relations_between(links, "rose to 1,310", "killing at least 60"), links


def test_one_survivor_is_no_toll() -> None:
    article = make_article(
        "Air Peru crash: one survivor as death toll rises to 41\nOne passenger survived the Air Peru crash, police "
        "said on Friday, as the death toll rose to 41.\n",
        published="2036-03-07",
        outlet="BBC News",
        title="Air Peru crash: one survivor as death toll rises to 41",
    )
    links = links_of(article)
    assert "conflicts" not in relations_between(links, "one survivor as death toll", "One passenger survived"), links


def test_a_towns_toll_alone_is_a_part_of_the_storms_toll() -> None:
    first = make_article(
        "Storm toll rises to 96\nThe death toll from the storm rose to 96 on Friday, the interior ministry said.\nIn "
        "the town of Alzira alone, at least 31 people died, its mayor said.\n",
        published="2036-11-07",
        outlet="El Mundo",
        title="Storm toll rises to 96",
    )
    later = make_article(
        "Storm toll passes 120\nThe toll stood at 124 on Monday, the interior ministry said.\n",
        published="2036-11-10",
        outlet="Euronews",
        title="Storm toll passes 120",
    )
    links = links_of(first, later)
    assert not {"corroborates", "conflicts", "updates"} & set(relations_between(links, "stood at 124", "Alzira alone"))
    assert "updates" in relations_between(links, "stood at 124", "rose to 96"), links


def test_a_companys_global_cuts_are_no_earlier_value_of_one_states_share() -> None:
    company = make_article(
        "Nordvik to cut 4,000 jobs\nNordvik said on Tuesday it will lay off about 4,000 workers, or roughly 5% of its "
        "global workforce.\n",
        published="2036-02-10",
        outlet="CNBC",
        title="Nordvik to cut 4,000 jobs",
    )
    state = make_article(
        "Nordvik cuts 1,210 jobs in Oregon\nNordvik is cutting 1,210 jobs in Oregon, according to a filing with the "
        "state's employment department on Wednesday.\n",
        published="2036-02-11",
        outlet="Oregonian",
        title="Nordvik cuts 1,210 jobs in Oregon",
    )
    links = links_of(company, state)
    strong = {"corroborates", "conflicts", "updates"}
    assert not strong & set(relations_between(links, "1,210 jobs in Oregon, according", "about 4,000 workers")), links


def test_a_toll_beyond_all_aboard_is_no_value_of_those_aboard() -> None:
    aboard = make_article(
        "Kestrel Air crash: one survivor as death toll rises to 150\nOne passenger survived the Kestrel Air crash, "
        "police said on Friday, as the death toll rose to 150, including people on the ground.\nThe state's chief "
        "minister said 131 of the 133 people on board had died.\n",
        published="2036-06-13",
        outlet="BBC News",
        title="Kestrel Air crash: one survivor as death toll rises to 150",
    )
    toll = make_article(
        "DNA tests identify 146 victims of Kestrel Air crash\nThe death toll in the Kestrel Air crash stands at 146, "
        "after DNA tests identified all the victims, the state's health department said on Saturday.\n",
        published="2036-06-28",
        outlet="The Hindu",
        title="DNA tests identify 146 victims of Kestrel Air crash",
    )
    links = links_of(aboard, toll)
    assert "updates" not in relations_between(links, "stands at 146", "131 of the 133"), links
