"""A denier later named doing the very act denied: the later report conflicts with the denial (sentences written for
these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _denial():
    return make_article(
        "Minister denies she will quit\nTransport minister Ilse Varga denied on Monday that she planned to resign "
        "over the rail strike, calling the reports false.\n",
        published="2026-05-11",
        outlet="Wire",
        title="Minister denies she will quit",
    )


def test_a_resignation_after_its_denial_conflicts_with_the_denial() -> None:
    later = make_article(
        "Varga resigns\nIlse Varga stepped down as transport minister on Tuesday, the prime minister's office said.\n",
        published="2026-05-19",
        outlet="Daily",
        title="Varga resigns",
    )
    links = links_of(_denial(), later)
    assert relations_between(links, "stepped down as transport minister", "denied on Monday") == ["conflicts"], links


def test_someone_else_resigning_does_not_update_the_denial() -> None:
    later = make_article(
        "Deputy resigns\nDeputy transport minister Karl Ost stepped down on Tuesday, the prime minister's office "
        "said.\n",
        published="2026-05-19",
        outlet="Daily",
        title="Deputy resigns",
    )
    links = links_of(_denial(), later)
    assert not {"updates", "conflicts"} & set(relations_between(links, "Karl Ost stepped down", "denied on Monday")), (
        links
    )


def test_rejecting_reports_that_he_would_resign_conflicts_with_his_resignation() -> None:
    denial = make_article(
        "Vik says he will stay\nTrade minister Paul Vik has rejected reports that he intends to resign, telling the "
        "radio station Nord FM that he had no plans to go.\n",
        published="2026-03-02",
        outlet="Wire",
        title="Vik says he will stay",
    )
    later = make_article(
        "Vik quits\nPaul Vik resigned as trade minister on Friday, his office said.\n",
        published="2026-03-14",
        outlet="Daily",
        title="Vik quits",
    )
    links = links_of(denial, later)
    assert relations_between(links, "resigned as trade minister", "rejected reports") == ["conflicts"], links
