"""Two named sources' different figures for one day, told in one article, dispute each other: a source raising its own
estimate further down the report revises its own figure, not the other source's (sentences written for these tests)."""

from __future__ import annotations

from corpus.model import Article

from .conftest import claims_in, links_of, make_article, relations_between


def _article() -> Article:
    return make_article(
        "Satellites put Valencia flood area at 9,200 hectares\nVALENCIA (AFP) - Floodwater has covered 9,200 hectares of "
        "farmland, according to the European Union's Copernicus mapping service, well above the regional "
        "government's first estimate.\nThe regional government on Thursday raised its own estimate to 7,500 hectares.\n",
        published="2041-11-07",
        outlet="AFP",
        title="Satellites put Valencia flood area at 9,200 hectares",
    )


def test_a_source_raising_its_own_estimate_disputes_the_other_sources_figure() -> None:
    relations = relations_between(links_of(_article()), "raised its own estimate to 7,500", "covered 9,200 hectares")
    assert "updates" not in relations, relations
    assert "conflicts" in relations, relations


def test_a_figure_set_against_someones_first_estimate_is_not_hedged() -> None:
    claim = next(c for c in claims_in(_article().body) if "9,200 hectares of" in c.text)
    assert claim.certainty == "asserted"
