"""A claim telling itself that its doer reverses what it said before ("Brandt Motors will close its Linz plant, six
weeks after its chief executive said the plant was not closing") conflicts with that earlier statement in another
article of the story ("The Linz plant is not closing"), a negation with no word of denial; another party's act set
against a denial ("Workers marched through Linz, days after the company dismissed reports of a closure") does not
(sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _statement() -> object:
    return make_article(
        "Brandt Motors rules out Linz cuts\nLINZ, March 3 (Reuters) - Brandt Motors chief executive Eva Koller said "
        'on Tuesday that the carmaker\'s Linz plant would stay open.\n"The Linz plant is not closing," Koller told '
        "reporters at the plant.\nThe factory employs about 2,400 people.\n",
        published="2031-03-03",
        outlet="Reuters",
        title="Brandt Motors rules out Linz cuts",
    )


def _closure(lead: str) -> object:
    return make_article(
        f"Brandt Motors to close Linz plant\nLINZ, April 15 (Reuters) - {lead}\nUnions called the decision a "
        "betrayal and said they would strike.\n",
        published="2031-04-15",
        outlet="Reuters",
        title="Brandt Motors to close Linz plant",
    )


def test_the_doers_reversal_conflicts_with_its_earlier_statement() -> None:
    links = links_of(
        _statement(),
        _closure(
            "Brandt Motors will close its Linz plant by the end of next year, the carmaker said on Tuesday, six weeks "
            "after its chief executive said the plant was not closing."
        ),
    )
    assert "conflicts" in relations_between(links, "will close its Linz plant", "The Linz plant is not closing"), links


def test_another_partys_act_after_a_denial_is_no_reversal() -> None:
    links = links_of(
        _statement(),
        _closure(
            "Hundreds of workers marched through Linz on Tuesday to protest against what they called a secret plan "
            "to close the plant, six weeks after the company said the plant was not closing."
        ),
    )
    assert "conflicts" not in relations_between(links, "workers marched through Linz", "plant is not closing"), links
