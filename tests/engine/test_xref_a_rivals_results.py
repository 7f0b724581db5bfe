"""A company introduced as another's rival ("Ardex, Norvik's main rival, reported ...") reports its own results:
they never update or corroborate the other company's, even where a claim of the other's story names no company
(issue 12). Sentences written for these tests."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_rivals_results_are_not_the_companys() -> None:
    company = make_article(
        "Quarterly revenue came in at $7.2 billion, an increase of 9%. Net income was $1.6 billion.\n",
        published="2038-10-26",
        outlet="Tech Daily",
        title="Kelvane lifts outlook as chip sales boom",
    )
    rival = make_article(
        "Marrix, Kelvane's main rival, reported third-quarter revenue of $7.2 billion on Wednesday, up 3%, and a net "
        "profit of $1.2 billion.\n",
        published="2038-10-27",
        outlet="Wire",
        title="Marrix posts revenue of $7.2 billion",
    )
    links = links_of(company, rival)
    assert not [r for r in relations_between(links, "Marrix", "Quarterly revenue") if r != "related"]
    assert not [r for r in relations_between(links, "Marrix", "Net income") if r != "related"]
