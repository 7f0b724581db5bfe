"""A month told after an intention in the present ("agrees to raise output in May", "is to cut fares in June"), as
headlines write news, is the coming month, as after one in the past ("agreed to raise output in May"). Our own
sentences."""

import pytest

from tests.engine.conftest import claim_dates


@pytest.mark.parametrize(
    "sentence",
    [
        "The Petrola group agrees to raise oil output by 300,000 barrels per day in May.",
        "Harbour Rail is to cut weekend fares by 10% in May.",
        "The council votes to close two libraries in May.",
    ],
)
def test_a_month_after_an_intention_in_the_present_lies_ahead(sentence: str) -> None:
    assert claim_dates(sentence, "2031-04-03") == ["2031-05"]


def test_a_month_after_a_past_act_stays_behind() -> None:
    assert claim_dates("Fares rose by 10% in March, the operator said.", "2031-04-03") == ["2031-03"]
