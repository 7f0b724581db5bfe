"""What a denial denies is the clause after "denied that" (or the act in "denied paying"), up to a comma
that goes on to tell when or why: a report conflicts with the denial when it says that clause, not when it
only shares the story's names; a short clause said again in full, later or by another, is the same matter.
Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_share_move_is_not_the_report_a_denial_denies() -> None:
    report = make_article(
        "Brandt in talks to buy Kelvaro\nBrandt Foods is in advanced talks to buy rival snack maker Kelvaro Snacks, "
        "two people familiar with the matter told the Ledger.\n",
        published="2026-03-04",
        outlet="Ledger",
        title="Brandt in talks to buy Kelvaro",
    )
    denial = make_article(
        "Brandt denies Kelvaro talks\nBrandt Foods on Wednesday denied that it was in talks to buy Kelvaro Snacks, "
        "hours after a newspaper report sent Kelvaro's shares sharply higher.\n"
        "Kelvaro shares jumped 14% on Wednesday.\n",
        published="2026-03-04",
        outlet="Wire",
        title="Brandt denies Kelvaro talks",
    )
    links = links_of(report, denial)
    assert relations_between(links, "denied that it was in talks", "is in advanced talks") == ["conflicts"], links
    assert "conflicts" not in relations_between(links, "denied that it was in talks", "shares jumped 14%"), links


def _gates_denied() -> object:
    return make_article(
        "Police deny gates were locked at Ostra arena\nPolice denied that any gates had been locked, saying all "
        "exits of the Ostra arena were open when the concert ended.\n",
        published="2026-06-08",
        outlet="AP",
        title="Police deny gates were locked at Ostra arena",
    )


def test_a_report_of_the_whole_denied_clause_conflicts_with_the_denial() -> None:
    fans = make_article(
        "Fans say Ostra arena gates were locked\nFans caught in the crush said the gates at the back of the hall "
        "had been locked.\n",
        published="2026-06-07",
        outlet="Ostra Post",
        title="Fans say Ostra arena gates were locked",
    )
    links = links_of(fans, _gates_denied())
    assert relations_between(links, "Police denied", "Fans caught in the crush") == ["conflicts"], links


def test_a_later_finding_of_what_was_denied_and_the_deniers_admission_both_conflict_with_the_denial() -> None:
    inquiry = make_article(
        "Inquiry finds Ostra arena gates were locked\nTwo gates at the Ostra arena had been locked by stewards, an "
        "inquiry into the crush found on Tuesday.\nPolice chief Ana Lind admitted that the gates had been locked.\n",
        published="2026-07-07",
        outlet="Ostra Post",
        title="Inquiry finds Ostra arena gates were locked",
    )
    links = links_of(_gates_denied(), inquiry)
    assert relations_between(links, "Police denied", "an inquiry into the crush found") == ["conflicts"], links
    assert relations_between(links, "Police denied", "admitted that the gates") == ["conflicts"], links


def test_a_report_of_another_act_on_the_same_ship_is_not_what_was_denied() -> None:
    """The coast guard denied intercepting the freighter; the crew's release days later names the freighter
    but not the interception: no conflict. A report that a cutter intercepted it is what was denied."""
    denial = make_article(
        "Coast guard denies stopping hijacked freighter\nThe Varnish coast guard on Wednesday denied reports that "
        "its cutters had intercepted the hijacked freighter Orla Star.\n",
        published="2026-06-10",
        outlet="Harbour Times",
        title="Coast guard denies stopping hijacked freighter",
    )
    release = make_article(
        "Crew of hijacked freighter freed\nAll 19 crew members of the hijacked freighter Orla Star have been "
        "released unharmed, five days after gunmen seized the ship, its owner said on Sunday.\n",
        published="2026-06-14",
        outlet="Wire",
        title="Crew of hijacked freighter freed",
    )
    intercepted = make_article(
        "Cutter stops hijacked freighter, sites say\nLocal news sites reported on Tuesday that a coast guard "
        "cutter had intercepted the hijacked freighter Orla Star and freed some of its crew.\n",
        published="2026-06-09",
        outlet="Coast Daily",
        title="Cutter stops hijacked freighter, sites say",
    )
    links = links_of(denial, release, intercepted)
    assert "conflicts" not in relations_between(links, "denied reports that its cutters", "released unharmed"), links
    assert relations_between(links, "denied reports that its cutters", "Local news sites reported") == ["conflicts"], (
        links
    )


def test_talks_to_do_the_thing_denied_are_the_report_the_denial_denies() -> None:
    """ "denied that it was negotiating to lease the berths": a report of talks to lease them is what was denied,
    and the signed lease later contradicts the denial, though neither says "negotiating"."""
    denial = make_article(
        "Government denies port lease talks\nThe Varnish government on Wednesday denied a newspaper report that it "
        "was negotiating to lease two berths at the port of Kessa to a foreign operator.\n",
        published="2026-09-09",
        outlet="Wire",
        title="Government denies port lease talks",
    )
    report = make_article(
        "Varnish in talks on Kessa port lease\nThe Varnish government is in advanced talks to lease two berths at "
        "the port of Kessa to a foreign operator, two officials told the Kessa Herald.\n",
        published="2026-09-08",
        outlet="Kessa Herald",
        title="Varnish in talks on Kessa port lease",
    )
    signed = make_article(
        "Harlow Ports signs Kessa port lease\nHarlow Ports on Friday signed an agreement leasing two berths at the "
        "port of Kessa for 30 years, the company said.\n",
        published="2026-10-16",
        outlet="Harbour Times",
        title="Harlow Ports signs Kessa port lease",
    )
    links = links_of(denial, report, signed)
    assert relations_between(links, "denied a newspaper report", "is in advanced talks") == ["conflicts"], links
    assert relations_between(links, "denied a newspaper report", "signed an agreement leasing") in (
        ["updates"],
        ["conflicts"],
    ), links


def test_a_report_that_says_it_contradicts_a_denial_conflicts_with_it() -> None:
    denial = make_article(
        "Two Danish engineers freed in Chad\nTwo Danish engineers held in eastern Chad since March have been freed, "
        "Denmark's foreign ministry said on Tuesday.\n"
        "The minister, Sofie Lund, denied that a ransom had been paid.\n",
        published="2026-06-02",
        outlet="Wire",
        title="Two Danish engineers freed in Chad",
    )
    report = make_article(
        "Ransom paid for engineers, sources say\nA ransom of about 3 million dollars was paid to free two Danish "
        "engineers held in Chad, two security officials told the Ledger, contradicting the Danish government's denial.\n",
        published="2026-06-04",
        outlet="Ledger",
        title="Ransom paid for engineers, sources say",
    )
    links = links_of(denial, report)
    assert relations_between(links, "denied that a ransom", "A ransom of about") == ["conflicts"], links
