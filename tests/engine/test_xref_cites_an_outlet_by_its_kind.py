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


def _federation_release():
    return make_article(
        "Federation suspends Ivo Darn\nThe Rowing Federation has provisionally suspended Ivo Darn after a sample"
        " taken in competition in Varna returned a finding for a banned diuretic.\n\nThe rower was told of the finding"
        " on 2 March.\n",
        published="2027-03-05",
        outlet="Rowing Federation",
        title="Federation suspends Ivo Darn",
    )


def test_an_outlets_statement_on_another_day_cites_no_article_of_it() -> None:
    ban = make_article(
        "Darn banned for two years\nWorld champion Ivo Darn has been banned for two years for a diuretic, the Rowing"
        " Federation said on Tuesday.\n",
        published="2027-06-09",
        outlet="Sports Wire",
        title="Darn banned for two years",
    )
    links = links_of(_federation_release(), ban)
    assert not any(rel == "cites" for rel, *_ in links), links


def test_an_outlets_statement_of_the_day_cites_its_article() -> None:
    relay = make_article(
        "Darn suspended\nIvo Darn has been provisionally suspended after a sample taken in Varna returned a finding for"
        " a banned diuretic, the Rowing Federation said on Friday.\n",
        published="2027-03-06",
        outlet="Sports Wire",
        title="Darn suspended",
    )
    links = links_of(_federation_release(), relay)
    assert any(rel == "cites" and source.startswith("Ivo Darn has been") for rel, source, _, _ in links), links


def test_words_told_to_an_outlet_cite_that_outlets_article() -> None:
    interview = make_article(
        "Harbour chief: no layoffs\nPort director Lina Kovac said the port would hire 300 dockers next year.\n",
        published="2027-04-12",
        outlet="Reuters",
        title="Harbour chief: no layoffs",
    )
    relay = make_article(
        "Port to hire 300 dockers\nThe port will hire 300 dockers next year, port director Lina Kovac told Reuters on"
        " Monday.\n",
        published="2027-04-12",
        outlet="Coast Times",
        title="Port to hire 300 dockers",
    )
    links = links_of(interview, relay)
    assert any(rel == "cites" and source.startswith("The port will hire") for rel, source, _, _ in links), links
