"""A recall (a ban, a cull) widened to more things, with the new total told after the list of what was added
("is extending its recall to two more sizes, a total of 96,000 bottles"; "which now covers 96,000 bottles"): the
total replaces the first count, a later value of it, never a rival one (sentences written for these tests)."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.revisions import says_revised

from .conftest import links_of, make_article, relations_between


def _first_recall() -> object:
    return make_article(
        "Drinks maker recalls juice bottles\nLarkfield Drinks is recalling 21,000 bottles of its apple juice "
        "after glass was found in one, the company said on Monday.\n",
        published="2031-05-05",
        outlet="Food Trade Weekly",
        title="Drinks maker recalls juice bottles",
    )


def test_a_total_told_after_what_the_recall_was_widened_to_is_a_revision() -> None:
    article = make_article(
        "Larkfield Drinks is extending its recall to the 500ml and one-litre sizes, a total of 96,000 bottles.\n"
    )
    assert any(says_revised(c) for c in extract_article(article)[0])
    plain = make_article("Larkfield Drinks sold a total of 96,000 bottles last year.\n")
    assert not any(says_revised(c) for c in extract_article(plain)[0])


def test_the_widened_recall_updates_the_first_count() -> None:
    widened = make_article(
        "Juice recall widened\nLarkfield Drinks is extending its recall of apple juice to the 500ml and one-litre "
        "sizes, a total of 96,000 bottles, the regulator said on Thursday.\n",
        published="2031-05-08",
        outlet="Regulator notices",
        title="Juice recall widened",
    )
    links = links_of(_first_recall(), widened)
    found = relations_between(links, "a total of 96,000 bottles", "recalling 21,000 bottles")
    assert "updates" in found and "conflicts" not in found, links


def test_a_recall_that_now_covers_more_updates_the_first_count() -> None:
    review = make_article(
        "Morning papers\nThe Courier leads on the widened juice recall by Larkfield Drinks, which now covers "
        "96,000 bottles.\n",
        published="2031-05-09",
        outlet="Press review",
        title="Morning papers",
    )
    article = make_article("The widened recall now covers 96,000 bottles.\n")
    assert any(says_revised(c) for c in extract_article(article)[0])
    links = links_of(_first_recall(), review)
    found = relations_between(links, "now covers 96,000 bottles", "recalling 21,000 bottles")
    assert "updates" in found and "conflicts" not in found, links
