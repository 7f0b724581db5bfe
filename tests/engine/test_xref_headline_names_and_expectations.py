"""Whose figure it is, by the article's headline and by what the figure is (issue 12): a figure under a headline
naming one company ("Air Canada cabin crew walk out over pay") is no value of one under a headline naming another
that neither article ever names ("Air India raises pay offer to pilots"); and a level someone expected to be kept
("had expected the bank to hold its rate at 3.25%") is a forecast, not an earlier value of a reported plan ("would cut
its key rate to 3%"); and a country an article names only as the neighbour of its own ("a day after a deadly earthquake in
neighbouring Peru", in a report from Chile) is not where its figures are. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_STRONG = {"conflicts", "updates", "corroborates"}


def _two(first: str, second: str, days: tuple[str, str] = ("2034-05-08", "2034-05-09")):
    return links_of(
        make_article(first, published=days[0], outlet="Wire One", title=first.split("\n")[0]),
        make_article(second, published=days[1], outlet="Daily Two", title=second.split("\n")[0]),
    )


_AIR_CANADA = (
    "Air Canada cabin crew walk out over pay\nMONTREAL (AFP) - Air Canada cancelled about 200 flights on Monday as "
    "cabin crew walked out. The cabin crew union is demanding a 10% pay rise, while the airline has offered 4%.\n"
)


def test_another_companys_offer_under_its_own_headline_is_no_later_value() -> None:
    links = _two(
        _AIR_CANADA,
        "Air India raises pay offer to pilots\nNEW DELHI (Reuters) - Air India raised its pay offer to 5% on Tuesday, "
        "but the pilots' union said that was not enough.\n",
    )
    assert not _STRONG & set(relations_between(links, "raised its pay offer to 5%", "has offered 4%")), links


def test_the_same_companys_offer_raised_is_still_its_later_value() -> None:
    links = _two(
        _AIR_CANADA,
        "Air Canada raises pay offer to cabin crew\nAir Canada raised its pay offer to 5% on Tuesday, but the union "
        "said that was not enough.\n",
    )
    assert "updates" in relations_between(links, "raised its pay offer to 5%", "has offered 4%"), links


def test_a_level_expected_to_be_kept_is_no_earlier_value_of_a_reported_plan() -> None:
    links = _two(
        "Bank of Canada set to cut key rate\nThe Bank of Canada will cut its key rate to 3% on Wednesday, the Daily "
        "Star reported, citing two people familiar with the matter.\nMost economists had expected the bank to hold "
        "its rate at 3.25%.\n",
        "Canada's central bank weighs cut\nOTTAWA (Reuters) - The Daily Star reported on Monday that the Bank of "
        "Canada would cut its key rate to 3% on Wednesday.\n",
    )
    assert not _STRONG & set(relations_between(links, "would cut its key rate to 3%", "expected the bank to hold")), (
        links
    )


def test_a_country_named_only_as_the_neighbour_is_not_where_the_figures_are() -> None:
    links = _two(
        "Quake in northern Chile kills 12\nANTOFAGASTA, Chile (AP) - A strong earthquake struck northern Chile on "
        "Thursday, killing at least 12 people, the emergency office said.\nMore than 60 homes were destroyed in the "
        "town of Calama, the regional governor said.\nThe quake came a day after a deadly earthquake in neighbouring "
        "Peru.\n",
        "Death toll in Peru earthquake rises to 20\nThe death toll from Wednesday's earthquake in southern Peru rose "
        "to 20 on Thursday, the civil defence institute said.\nThe housing minister said 65 homes had collapsed.\n",
        ("2034-06-08", "2034-06-08"),
    )
    assert not _STRONG & set(relations_between(links, "65 homes had collapsed", "More than 60 homes")), links
    assert not _STRONG & set(relations_between(links, "rose to 20", "killing at least 12")), links
