"""Whose figure it is, on real-place news (issue 12): a figure is of the country its own words place it in (a town
placed by "in", a state, "X's"), else of the country its article's headline and first sentence name (a country, a
capital, a state, a canal or airport named for its town); two figures of wholly different countries are no values of
each other. And a count per day or week is no value of a count at a time. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_STRONG = {"conflicts", "updates", "corroborates"}


def _two(first: str, second: str, days: tuple[str, str], outlets: tuple[str, str] = ("Wire One", "Daily Two")):
    return links_of(
        make_article(first, published=days[0], outlet=outlets[0], title=first.split("\n")[0]),
        make_article(second, published=days[1], outlet=outlets[1], title=second.split("\n")[0]),
    )


def test_a_canal_named_for_its_town_places_its_story_in_that_country() -> None:
    links = _two(
        "Egypt halts canal traffic after grounding\nTraffic through the Suez Canal was halted on Tuesday after a bulk "
        "carrier ran aground, the canal authority said.\nAbout 40 ships were waiting to enter the canal.\n",
        "Lock damage shuts Kiel Canal\nA cargo ship struck a lock gate of the Kiel Canal on Tuesday, the waterways "
        "agency said.\nAbout 40 ships were waiting to enter the canal, the agency said.\n",
        ("2034-05-09", "2034-05-10"),
    )
    assert not _STRONG & set(
        relations_between(
            links,
            "About 40 ships were waiting to enter the canal, the",
            "About 40 ships were waiting to enter the canal.",
        )
    ), links


def test_a_town_the_claim_places_its_figure_in_is_its_countrys() -> None:
    links = _two(
        "Karachi shuts schools as heat soars\nThe Sindh government closed all schools in Karachi on Monday after the "
        "temperature rose to 45 degrees Celsius.\nHospitals reported hundreds of cases of heatstroke.\n",
        "Heat closes schools in India's financial capital\nAuthorities in Maharashtra closed primary schools on Monday "
        "after the temperature rose to 45 degrees Celsius, officials said.\n",
        ("2034-05-15", "2034-05-16"),
    )
    assert not relations_between(links, "schools in Karachi", "Authorities in Maharashtra"), links


def test_a_rate_per_day_is_no_value_of_a_queue() -> None:
    links = _two(
        "Low water forces Kiel Canal to limit crossings\nThe Kiel Canal authority will cut the number of vessels "
        "allowed through each day to 28 from 40 starting on Monday, it said on Friday.\n",
        "Queue at Kiel Canal grows\nAbout 90 vessels were waiting to enter the Kiel Canal on Sunday, the authority "
        "said.\n",
        ("2034-08-04", "2034-08-07"),
    )
    assert not _STRONG & set(relations_between(links, "About 90 vessels", "each day to 28")), links


def test_growth_in_a_week_is_no_rate() -> None:
    # "in a week" bounds the growth; the count is still the outbreak's, a later value of the county's 21
    links = _two(
        "Mumps outbreak grows in Idaho\nThe number of mumps cases in northern Idaho has grown to 21, the state health "
        "department said on Monday.\n",
        "Idaho mumps outbreak doubles\nA mumps outbreak in northern Idaho has more than doubled in a week to 46 cases, "
        "state health officials said on Monday.\n",
        ("2034-02-06", "2034-02-13"),
    )
    assert "updates" in relations_between(links, "doubled in a week to 46", "has grown to 21"), links


def test_a_bank_named_for_a_nation_of_the_uk_is_the_uks() -> None:
    boe = (
        "Bank of England cuts rates\nLONDON (Reuters) - The Bank of England cut its key interest rate to 3.75% on "
        "Thursday, its third cut this year.\n"
    )
    links = _two(
        boe,
        "Central bank lowers rate\nThe Bank of Canada cut its key interest rate to 3.75% on Wednesday, the bank said.\n",
        ("2034-11-06", "2034-11-06"),
    )
    assert not _STRONG & set(relations_between(links, "Bank of Canada cut", "Bank of England cut")), links
    links = _two(
        boe,
        "UK rates fall again\nBritain's central bank cut its key interest rate to 3.75% on Thursday, economists "
        "said.\n",
        ("2034-11-06", "2034-11-07"),
    )
    assert "corroborates" in relations_between(links, "Britain's central bank", "Bank of England cut"), links


def test_a_queue_read_weeks_later_is_a_later_value_of_it() -> None:
    # a state read on a day (ships waiting) is one queue's, not a happening of that day: the later reading updates it
    links = _two(
        "Drought slows Kiel Canal traffic\nKIEL, Germany, March 3 (Reuters) - Low water has slowed traffic on the "
        "Kiel Canal, the waterways agency said on Wednesday.\nAbout 70 vessels were waiting to enter the canal on "
        "Tuesday, the agency said.\n",
        "Kiel Canal queue lengthens\nKIEL, Germany, March 24 (AP) - Traffic on the Kiel Canal slowed further as the "
        "drought went on, the waterways agency said on Wednesday.\nMore than 120 vessels were waiting to enter the "
        "canal on Monday, the agency said.\n",
        ("2034-03-03", "2034-03-24"),
    )
    assert "updates" in relations_between(links, "More than 120 vessels", "About 70 vessels"), links


def test_a_named_index_read_on_a_later_day_updates_the_earlier_reading() -> None:
    links = _two(
        "Smog shuts schools in Ulaanbaatar\nAuthorities in Mongolia's capital closed kindergartens on Tuesday after the "
        "air quality index rose to 412, officials said.\n",
        "Ulaanbaatar smog worsens\nThe city's air quality index touched 455 on Thursday, the worst reading this winter, "
        "the environment agency said.\n",
        ("2034-01-10", "2034-01-12"),
    )
    assert "updates" in relations_between(links, "touched 455", "rose to 412"), links
