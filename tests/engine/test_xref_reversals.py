"""A denial and what became of it, and two companies' look-alike news (issue 12). Our own sentences.

Every sentence here is our own; none comes from any dataset or from tests/data.
"""

from __future__ import annotations

from corpus.pipeline import extract
from corpus.xref.features import polarity_of

from .conftest import links_between, links_of, make_article


def test_a_confirmation_that_recalls_an_earlier_denial_is_a_confirmation() -> None:
    article = make_article(
        "Mill to close\nHarrow Paper confirmed on Friday that it will shut its Oakby mill, a month after denying "
        "reports that it planned to do so.\n",
        title="Mill to close",
    )
    (claim,) = [c for c in extract([article]).claims if "Oakby" in c.text]
    assert polarity_of(claim) == "confirm"


def test_a_later_confirmation_of_what_was_denied_conflicts_with_the_denial_and_says_it_came_later() -> None:
    denial = make_article(
        "Harrow Paper denies Oakby closure plan\nHarrow Paper denied on Monday that it planned to shut its Oakby "
        "paper mill, a spokesman said.\n",
        published="2026-03-02",
        outlet="Kent Post",
        title="Harrow Paper denies Oakby closure plan",
    )
    confirmation = make_article(
        "Harrow Paper to shut Oakby mill\nHarrow Paper confirmed on Thursday that it will shut its Oakby paper mill "
        "next year, chief executive Ruth Calder said.\n",
        published="2026-04-09",
        outlet="Business Line",
        title="Harrow Paper to shut Oakby mill",
    )
    found = links_between(links_of(denial, confirmation), "denied on Monday", "confirmed on Thursday")
    assert [rel for rel, _ in found] == ["conflicts"], found
    assert "what was denied" in found[0][1] and "contradicting the denial" in found[0][1]


def test_finding_no_irregularities_then_finding_some_is_a_reversal() -> None:
    first = make_article(
        "Auditors clear port authority\nThe state auditor said on Tuesday it had found no irregularities in the "
        "port authority's dredging contracts.\n",
        published="2026-05-05",
        outlet="Coast News",
        title="Auditors clear port authority",
    )
    later = make_article(
        "Auditor reopens dredging review\nThe state auditor reopened its review on Friday after finding "
        "irregularities in two of the port authority's dredging contracts.\n",
        published="2026-05-15",
        outlet="Harbour Times",
        title="Auditor reopens dredging review",
    )
    found = links_between(links_of(first, later), "found no irregularities", "after finding irregularities")
    assert [rel for rel, _ in found] == ["conflicts"], found


def test_a_later_report_that_shares_only_common_words_with_a_denial_is_no_reversal() -> None:
    denial = make_article(
        "Club denies sale talks\nThe Harbour Rovers denied on Monday that the club was for sale, chairman Ivo "
        "Brandt said.\n",
        published="2026-03-02",
        outlet="Sport Desk",
        title="Club denies sale talks",
    )
    later = make_article(
        "Rovers win derby\nThe Harbour Rovers won the derby 2-0 on Saturday in front of a record crowd.\n",
        published="2026-03-08",
        outlet="Goal Line",
        title="Rovers win derby",
    )
    assert not any(
        rel in ("updates", "conflicts")
        for rel, _ in links_between(links_of(denial, later), "denied on Monday", "won the derby")
    )


def test_two_companies_lookalike_news_is_not_one_report() -> None:
    one = make_article(
        "Krellmar cuts sales forecast\nKrellmar cut its full-year sales forecast on Tuesday, blaming weak demand "
        "from builders, and said it would cut about 500 jobs.\n",
        published="2026-02-03",
        outlet="Wire One",
        title="Krellmar cuts sales forecast",
    )
    two = make_article(
        "Dorvasse cuts sales forecast\nDorvasse cut its full-year sales forecast on Tuesday, blaming weak demand "
        "from builders, and said it would cut about 500 jobs.\n",
        published="2026-02-10",
        outlet="Wire Two",
        title="Dorvasse cuts sales forecast",
    )
    assert not links_between(links_of(one, two), "Krellmar cut", "Dorvasse cut")


def test_turnout_in_two_kinds_of_election_is_not_one_series() -> None:
    first = make_article(
        "Orsa votes for parliament\nORSA (Wire) - Turnout in Sunday's parliamentary election in Orsa was 58%, "
        "the election board said on Monday.\n",
        published="2026-04-06",
        outlet="Wire One",
        title="Orsa votes for parliament",
    )
    later = make_article(
        "Orsa mayoral vote\nORSA (Wire) - Turnout in Sunday's Orsa mayoral election was 41%, the election board "
        "said on Monday.\n",
        published="2026-04-20",
        outlet="Wire One",
        title="Orsa mayoral vote",
    )
    assert not links_between(links_of(first, later), "58%", "41%")


def test_two_companies_cutting_the_same_number_of_jobs_in_one_region_are_not_one_report() -> None:
    first = make_article(
        "Corvel to cut 2,800 jobs in Asia\nCorvel Electronics said on Monday it would cut 2,800 jobs in Asia by "
        "2028.\n",
        published="2026-04-06",
        outlet="Market Wire",
        title="Corvel to cut 2,800 jobs in Asia",
    )
    second = make_article(
        "Damsey Foods to cut 2,800 jobs\nDamsey Foods said on Thursday it would cut 2,800 jobs in Asia over two "
        "years.\n",
        published="2026-04-09",
        outlet="Trade Daily",
        title="Damsey Foods to cut 2,800 jobs",
    )
    links = links_of(first, second)
    assert not [
        rel for rel, s, t, _ in links if ("Corvel" in s and "Damsey" in t) or ("Damsey" in s and "Corvel" in t)
    ], links


def test_a_later_report_that_recalls_the_denial_itself_is_no_reversal_of_it() -> None:
    denial = make_article(
        "Health board denies Tarven hospital closure plan\nTARVEN (Wire) - The regional health board on Wednesday "
        "denied a newspaper report that it planned to close the maternity ward at Tarven General Hospital.\n",
        published="2026-09-02",
        outlet="Wire",
        title="Health board denies Tarven hospital closure plan",
    )
    march = make_article(
        "Nurses march in Tarven over maternity ward\nHundreds of nurses marched through Tarven on Friday in "
        "support of the maternity ward at Tarven General Hospital, two days after the health board dismissed "
        "reports that it planned to close the ward.\n",
        published="2026-09-04",
        outlet="Tarven Courier",
        title="Nurses march in Tarven over maternity ward",
    )
    found = links_between(links_of(denial, march), "denied a newspaper report", "nurses marched")
    assert not {"updates", "conflicts"} & {rel for rel, _ in found}, found


def test_a_later_confirmation_of_what_was_only_not_confirmed_updates_it() -> None:
    earlier = make_article(
        "Deployment reported\nKavari troops were reported in Drusia's Orsk region in October.\nNeither Kavaria nor "
        "Drusia confirmed the troop deployment at the time.\n",
        published="2026-11-02",
        outlet="Kent Post",
        title="Deployment reported",
    )
    later = make_article(
        "Drusia admits Kavari troops fought in Orsk\nDrusia also confirmed that Kavari soldiers were fighting "
        "alongside its forces in the Orsk region, the first such admission.\n",
        published="2027-04-09",
        outlet="Business Line",
        title="Drusia admits Kavari troops fought in Orsk",
    )
    found = links_between(links_of(earlier, later), "Neither Kavaria", "Drusia also confirmed")
    assert [rel for rel, _ in found] == ["updates"], found
