"""What a figure measures when the people without work are counted by "by N to M" (both figures `unemployed`), when a
thing counted by "X numbers" has an irregular plural ("Goose numbers": geese, not "gooses"), when troops are taken on
rather than sent (`recruits`, not `troops deployed`), when a weight of illegal drugs is brought in (`smuggled`, never a
trade's imports), and when a record sum is lost (`loss`) (issue 13). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.units import plural, singular

from .conftest import make_article


def _figure(sentence: str, figure: str, published: str = "2026-08-10"):
    claims, _ = extract_article(make_article(sentence + "\n", published=published))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The number of people out of work in the region rose by 14,300 to 402,000.", "14,300"),
        ("The number of people out of work in the region rose by 14,300 to 402,000.", "402,000"),
        ("The number of unemployed fell by about 9,000 to 318,000 in the spring.", "318,000"),
        ("The number of jobless adults climbed by 4.5% to 2.1 million.", "2.1 million"),
    ],
)
def test_the_people_out_of_work_moved_by_a_figure_are_unemployed(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "unemployed"


@pytest.mark.parametrize(
    "singular_noun, plural_noun",
    [
        ("goose", "geese"),
        ("mouse", "mice"),
        ("sheep", "sheep"),
        ("deer", "deer"),
        ("colony", "colonies"),
        ("bus", "buses"),
        ("wolf", "wolves"),
        ("fisherman", "fishermen"),
        ("person", "people"),
        ("visitor", "visitors"),
    ],
)
def test_plural_is_what_singular_undoes(singular_noun: str, plural_noun: str) -> None:
    assert plural(singular_noun) == plural_noun
    assert singular(plural_noun) in (singular_noun, "people")


@pytest.mark.parametrize(
    "sentence, figure, counted",
    [
        ("Sheep numbers on the island fell to 23,500.", "23,500", "sheep"),
        ("Goose numbers at the lake slipped to 4,100 this winter.", "4,100", "geese"),
        ("Wolf numbers in the national park have grown to 112.", "112", "wolves"),
    ],
)
def test_a_thing_counted_by_its_numbers_is_named_in_its_own_plural(sentence: str, figure: str, counted: str) -> None:
    assert _figure(sentence, figure).counted == counted


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The army recruited 8,100 soldiers last year.", "8,100"),
        ("Some 1,200 troops were conscripted in the spring.", "1,200"),
        ("The defence ministry enlisted 2,400 conscripts last year.", "2,400"),
    ],
)
def test_troops_taken_on_are_recruits_not_a_deployment(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "recruits"
    # (troops sent stay a deployment)
    assert _figure("The ministry will send 1,500 more soldiers to the border.", "1,500").measure == "troops deployed"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The gang imported 900 kilograms of heroin over two years.", "900 kilograms"),
        ("The cartel smuggled about 2 tonnes of cocaine into the country by boat.", "2 tonnes"),
    ],
)
def test_a_weight_of_illegal_drugs_brought_in_is_smuggled(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "smuggled"
    # (a weight of other goods keeps its trade's family)
    assert _figure("The country imported 2.1 million tonnes of wheat in May.", "tonnes").measure == "imports"


def test_a_record_sum_lost_is_a_loss() -> None:
    assert _figure("Punters lost a record £9.2 billion on slot machines in 2025.", "£9.2 billion").measure == "loss"
    # (not a price's fall by a record sum)
    assert _figure("Bitcoin lost a record $9,000 to close at $61,000.", "$9,000").measure != "loss"
