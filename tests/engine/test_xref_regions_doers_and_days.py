"""Whose figure it is, on real-place news (issue 12): a figure placed in one state or province of a country is not
a value of the same kind of figure in another ("rescue workers" in Tamil Nadu / in Odisha); the deeds of a company
named after its country ("Air Canada cancelled ...") are not another company's; each day's cancellations are that
day's; and a weekday after "said it expected to" lies ahead of the report. Our own sentences."""

from __future__ import annotations

from .conftest import claim_dates, links_of, make_article, relations_between

_STRONG = {"conflicts", "updates", "corroborates"}


def _two(first: str, second: str, days: tuple[str, str], outlets: tuple[str, str] = ("Wire One", "Daily Two")):
    return links_of(
        make_article(first, published=days[0], outlet=outlets[0], title=first.split("\n")[0]),
        make_article(second, published=days[1], outlet=outlets[1], title=second.split("\n")[0]),
    )


def test_a_figure_in_another_state_of_the_country_is_no_value_of_this_one() -> None:
    links = _two(
        "Floods kill 12 in eastern India\nBHUBANESWAR, India (Reuters) - Floods in the eastern Indian state of Odisha "
        "have killed at least 12 people, officials said on Monday.\nAbout 400 rescue workers have been deployed to "
        "the worst-hit districts.\n",
        "Floods leave thousands homeless in southern India\nHeavy rain flooded hundreds of villages in the southern state "
        "of Tamil Nadu, officials said on Wednesday.\nSome 450 rescue workers have been deployed, a disaster official "
        "said.\n",
        ("2034-09-04", "2034-09-06"),
    )
    assert not _STRONG & set(relations_between(links, "Some 450 rescue workers", "About 400 rescue workers")), links


def test_a_claim_naming_its_own_state_keeps_its_link_to_a_report_of_that_state() -> None:
    links = _two(
        "Floods kill 12 in Odisha\nBHUBANESWAR, India (Reuters) - Floods in the eastern Indian state of Odisha have "
        "killed at least 12 people, officials said on Monday.\nAbout 400 rescue workers have been deployed to the "
        "worst-hit districts.\n",
        "Odisha flood toll climbs\nThe toll from floods in Odisha rose to 19 on Wednesday, the state's disaster "
        "management agency said.\nAbout 400 rescue workers have been deployed in Odisha, the agency said.\n",
        ("2034-09-04", "2034-09-06"),
    )
    assert "corroborates" in relations_between(links, "deployed in Odisha", "deployed to the worst-hit"), links


def test_a_company_named_after_its_country_is_not_another_companys_doer() -> None:
    links = _two(
        "WestJet cancels flights as mechanics walk out\nWestJet cancelled 420 flights on Tuesday as its mechanics "
        "walked out, the airline said.\n",
        "Air Canada grounds flights in pilots' strike\nAir Canada cancelled about 450 flights on Tuesday as its pilots "
        "walked out, the airline said.\n",
        ("2034-03-07", "2034-03-08"),
    )
    assert not _STRONG & set(relations_between(links, "Air Canada cancelled", "WestJet cancelled 420")), links


def test_cancellations_of_another_day_are_no_later_value() -> None:
    links = _two(
        "Storm grounds Delta flights\nDelta Air Lines cancelled 1,200 flights on Tuesday as a winter storm swept "
        "across the Midwest, the airline said.\n",
        "Delta braces for second day of cancellations\nDelta Air Lines expects to cancel about 600 flights on "
        "Wednesday, a spokesman said.\n",
        ("2034-01-10", "2034-01-10"),
    )
    assert not _STRONG & set(relations_between(links, "about 600 flights on Wednesday", "1,200 flights")), links


def test_a_weekday_the_source_expected_something_on_lies_ahead() -> None:
    # told on Tuesday 2034-01-10: the Thursday it expects to cancel flights on is the 12th, not the 5th
    assert claim_dates("The airline said it expected to cancel about 300 flights on Thursday.", "2034-01-10") == [
        "2034-01-12"
    ]
