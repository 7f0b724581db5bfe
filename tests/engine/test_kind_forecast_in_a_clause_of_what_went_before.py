"""A forecast named in a clause telling what came before an act ("..., a week after it cut its profit
forecast") is background to the act: the claim is the act, not a forecast. A forecast of the main clause
stays one."""

from __future__ import annotations

import pytest

from .conftest import kinds_in


def test_an_act_after_a_cut_forecast_is_no_forecast() -> None:
    body = "The bakery chain's finance director quit on Tuesday, two weeks after the chain lowered its sales forecast."
    assert kinds_in(body) == ["statement"]


@pytest.mark.parametrize(
    "body",
    [
        "The chain lowered its sales forecast on Tuesday.",
        "The depot will shut next spring, following a review of its costs.",
    ],
)
def test_a_forecast_of_the_main_clause_stays_a_forecast(body: str) -> None:
    assert kinds_in(body) == ["forecast"]
