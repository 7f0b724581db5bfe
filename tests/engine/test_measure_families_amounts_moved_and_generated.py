"""An amount of a good takes the family of the named amount it moved to, and a grid's power or energy the verb that
made it (issue 13: a figure's measure). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Zinc output at the smelter dropped 9% to 41,000 tonnes in the second half.", "41,000 tonnes", "output"),
        ("The rice harvest fell 12 percent to 3.1 million tonnes.", "3.1 million tonnes", "harvest"),
        ("Exports of lamb rose 8% to 210,000 tonnes last year.", "210,000 tonnes", "exports"),
    ],
)
def test_the_level_a_named_amount_moved_to_is_of_its_family(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_an_amount_after_a_move_of_something_else_keeps_its_unit() -> None:
    # (the move is the share price's; the tonnes are named by their own verb, as sales)
    figure = _figure("Shares in the miner rose 4% to 310p after it sold 20,000 tonnes to a trader.", "20,000 tonnes")
    assert figure.measure == "sales"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Solar panels generated a record 17.8 GW at noon on Saturday.", "17.8 GW"),
        ("The country's reactors produced 290 terawatt hours last year.", "290 terawatt hours"),
    ],
)
def test_a_grid_figure_made_by_a_verb_is_generation(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "generation"


def test_a_grid_figure_with_no_verb_of_making_keeps_its_unit() -> None:
    assert _figure("The interconnector can carry 1,400 megawatts.", "1,400 megawatts").measure == "megawatt"
