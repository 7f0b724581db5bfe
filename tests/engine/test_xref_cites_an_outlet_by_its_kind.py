"""A claim attributed to another article's outlet cites that article: "according to the Hanpress news agency" is
Hanpress, whatever kind of outlet it is called. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article


def _wire(side_remark: str):
    return make_article(
        "SEOUL, March 2 (Hanpress) -- Norland fired a ballistic missile into the sea on Sunday morning, Korea's "
        f"Joint Chiefs of Staff said.\n\n{side_remark}\n",
        published="2027-03-02",
        outlet="Hanpress",
        title="Norland fires ballistic missile",
    )


def _relay():
    return make_article(
        "Norland launched a ballistic missile on Sunday that flew about 900 km, Korea's military said, according to "
        "the Hanpress news agency.\n",
        published="2027-03-02",
        outlet="Reuters",
        title="Norland fires ballistic missile, Seoul says",
    )


def test_the_outlet_called_a_news_agency_is_cited() -> None:
    links = links_of(_wire("The missile flew about 900 kilometres, the Joint Chiefs of Staff said."), _relay())
    assert any(rel == "cites" and source.startswith("Norland launched") for rel, source, _, _ in links), links
