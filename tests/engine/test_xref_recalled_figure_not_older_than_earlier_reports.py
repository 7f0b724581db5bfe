"""A figure an article recalls as said before ("The company has previously said it knew of nine injuries", in June)
is older than that article, not older than every other report: a May report's "three injuries" never updates it
(sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article


def _story() -> list[object]:
    first = make_article(
        "Corvel recalls 90,000 vans over brake fault\nCorvel Motors is recalling about 90,000 delivery vans because a "
        "brake line may crack, the company said on Monday.\nCorvel said it was aware of three minor injuries that may "
        "be linked to the fault.\n",
        published="2034-05-01",
        outlet="Reuters",
        title="Corvel recalls 90,000 vans over brake fault",
    )
    second = make_article(
        "Corvel widens van recall\nCorvel Motors said on Tuesday it would widen its recall of delivery vans over a "
        "cracking brake line.\nThe company said it now knew of nine injuries linked to the brake fault, up from three.\n",
        published="2034-05-12",
        outlet="Fleet News",
        title="Corvel widens van recall",
    )
    third = make_article(
        "Regulator opens probe into Corvel van recall\nSafety regulators have opened an investigation into Corvel "
        "Motors' recall of delivery vans over a cracking brake line, the agency said on Friday.\nCorvel said it was "
        "cooperating. The company has previously said it knew of nine injuries linked to the brake fault.\n",
        published="2034-06-02",
        outlet="Detroit Courier",
        title="Regulator opens probe into Corvel van recall",
    )
    return [first, second, third]


def test_an_earlier_reports_figure_never_updates_a_figure_recalled_later() -> None:
    links = links_of(*_story())
    wrong = [
        (rel, source, target)
        for rel, source, target, _ in links
        if rel == "updates" and "three minor injuries" in source and "previously said" in target
    ]
    assert not wrong, links
