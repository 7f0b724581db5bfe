"""A headline's kicker naming the kind of text ("Explainer: how a car recall works") names no one in it: an explainer's
later count of a recall is the wire's count's later value, not another party's story (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from corpus.model import Article
from corpus.xref.subjects import protagonists

from .conftest import links_of, make_article, relations_between


def _wire() -> Article:
    return make_article(
        "Renault recalls 210,000 Captur SUVs in France over airbag fault\nPARIS, May 6 (Reuters) - Renault is recalling "
        "about 210,000 Captur SUVs in France because the passenger airbag may fail to deploy, the carmaker said on "
        "Tuesday.\n",
        published="2041-05-06",
        outlet="Reuters",
        title="Renault recalls 210,000 Captur SUVs in France over airbag fault",
    )


def _explainer(kicker: str) -> Article:
    return make_article(
        f"{kicker}: how a car recall works in France\nCarmakers must tell the transport ministry within days of "
        "finding a safety defect.\nRenault's recall of Captur cars over a faulty airbag now covers about 290,000 "
        "vehicles.\n",
        published=None,
        outlet="Auto Plus",
        title=f"{kicker}: how a car recall works in France",
    )


@pytest.mark.parametrize("kicker", ["Explainer", "Factbox"])
def test_an_explainers_count_is_the_recalls_later_value(kicker: str) -> None:
    links = links_of(_wire(), _explainer(kicker))
    assert relations_between(links, "now covers about 290,000", "recalling about 210,000"), links


def test_a_kicker_naming_a_kind_of_text_is_no_protagonist() -> None:
    words, distinct = protagonists("Explainer: how a car recall works in France", "Carmakers must tell the ministry.")
    assert "explainer" not in words | distinct
    assert "kasarani" in protagonists("Kasarani: 42 hurt in stadium crush", "42 were hurt at Kasarani stadium.")[0]
