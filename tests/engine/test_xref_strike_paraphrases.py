"""Paraphrases of a labour dispute and a signing read as one word ("walked out" / "went on strike", "reached a
deal" / "agreed", "put pen to paper" / "signed"); a pay rise named before its figure ("a pay rise of 5%") is a
pay rise, agreed, offered or demanded as the words before it say; and an undated explainer that names the
company only opening a sentence ("Maritrans says ...") is still of the story whose reports name it."""

from __future__ import annotations

from corpus.xref.stems import phrases, stem

from .conftest import figure_measure, links_of, make_article, relations_between


def test_dispute_and_signing_phrases_read_as_their_one_word() -> None:
    assert phrases("Dock workers walked out on Monday") == "Dock workers strike on Monday"
    assert phrases("Pilots went on strike at dawn") == "Pilots strike at dawn"
    assert (
        phrases("The two sides reached a tentative agreement late on Friday") == "The two sides agreed late on Friday"
    )
    assert phrases("Ortiz put pen to paper on a three-year contract") == "Ortiz signed on a three-year contract"
    assert stem("walkout") == stem("stoppage") == stem("strike")
    assert stem("agreement") == stem("agreed")


def test_a_pay_rise_named_before_its_figure_is_a_pay_rise() -> None:
    assert (
        figure_measure(
            "Unions and employers reached a deal on a pay rise of 4% over three years.",
            "4%",
            4,
            "percent",
            "percent increase",
            None,
        )
        == "pay rise"
    )
    assert (
        figure_measure("The union wants a wage increase of 9% this year.", "9%", 9, "percent", "percent increase", None)
        == "pay demand"
    )


def test_an_undated_explainer_naming_the_company_at_a_sentence_opening_corroborates_the_deal() -> None:
    blog = make_article(
        "Port strike live: talks resume\n"
        "16:40 Maritrans and the dockers' union have agreed a pay rise of 6% over two years, the mediator says.\n"
        "17:05 The union says the strike is over and the ports will reopen on Thursday.\n",
        published="2026-11-03",
        outlet="Port News Live",
        title="Port strike live: talks resume",
    )
    explainer = make_article(
        "Explainer: what the port deal means for shippers\n"
        "Dockers will get a 6% pay rise over two years, less than the 10% they had asked for.\n"
        "Maritrans says the deal will add about 12 million euros a year to its costs.\n",
        published=None,
        outlet="Shipping Weekly",
        title="Explainer: what the port deal means for shippers",
    )
    links = links_of(blog, explainer)
    assert "corroborates" in relations_between(
        links, "Dockers will get a 6% pay rise", "have agreed a pay rise of 6%"
    ), links
