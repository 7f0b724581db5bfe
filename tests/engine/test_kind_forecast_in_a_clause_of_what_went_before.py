"""A forecast named in a clause telling what came before an act ("..., a week after it cut its profit
forecast") is background to the act: the claim is the act, not a forecast. A forecast of the main clause
stays one."""

from __future__ import annotations

import pytest

from corpus.model import Article
from corpus.pipeline import extract_one


def _kinds(body: str) -> list[str]:
    article = Article(
        id="a",
        title=None,
        outlet=None,
        authors=[],
        published="2027-09-13",
        published_estimated=False,
        source_file="a.txt",
        body=body,
    )
    return [c.kind for c in extract_one(article)[1]]


def test_an_act_after_a_cut_forecast_is_no_forecast() -> None:
    body = "The bakery chain's finance director quit on Tuesday, two weeks after the chain lowered its sales forecast."
    assert _kinds(body) == ["statement"]


@pytest.mark.parametrize(
    "body",
    [
        "The chain lowered its sales forecast on Tuesday.",
        "The depot will shut next spring, following a review of its costs.",
    ],
)
def test_a_forecast_of_the_main_clause_stays_a_forecast(body: str) -> None:
    assert _kinds(body) == ["forecast"]
