"""A look-alike report from a neighbouring country whose lead recalls the first country ("as the snowstorm that hit
Sweden on Thursday moved east") sets its figures where its own clause says, not in the country it recalls: its
counts are no second report, update or rival of the first country's (sentences written for these tests)."""

from __future__ import annotations

from corpus.model import Article
from corpus.xref.figures_abroad import lead_figure_countries

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def _sweden() -> Article:
    return make_article(
        "STOCKHOLM, Feb 6 (Reuters) - SAS cancelled 80 flights to and from Stockholm Arlanda Airport on Thursday as "
        "a snowstorm swept across central Sweden, the airline said.\nAbout 11,000 passengers were affected, SAS "
        "said.\nThe Swedish Transport Administration closed two motorways north of Uppsala.\n",
        published="2043-02-06",
        outlet="Reuters",
        title="SAS cancels 80 flights as snowstorm hits Sweden",
    )


def _finland(recalled: str) -> Article:
    return make_article(
        f"HELSINKI, Feb 7 (STT) - Finnair cancelled 80 flights at Helsinki Airport on Friday {recalled}, airport "
        "operator Finavia said.\nAbout 11,000 passengers were affected, Finavia said.\nFinavia said on Friday that "
        "135 flights had been cancelled at the airport.\n",
        published="2043-02-07",
        outlet="STT",
        title="Snowstorm grounds 80 flights in Finland",
    )


def test_a_look_alike_whose_lead_recalls_the_first_country_is_no_report_of_its_figures() -> None:
    links = links_of(_sweden(), _finland("as the snowstorm that hit Sweden on Thursday moved east"))
    for mine, theirs in (
        ("About 11,000 passengers were affected, Finavia", "About 11,000 passengers were affected, SAS"),
        ("135 flights had been cancelled", "SAS cancelled 80 flights"),
        ("About 11,000 passengers were affected, Finavia", "SAS cancelled 80 flights"),
    ):
        assert not _STRONG & set(relations_between(links, mine, theirs)), links


def test_a_lead_recalling_another_happening_after_its_figure_is_set_where_its_own_clause_is() -> None:
    assert lead_figure_countries(
        "Snowstorm grounds 80 flights",
        "HELSINKI, Feb 7 (STT) - Finnair cancelled 80 flights at Helsinki Airport on Friday, two days after a "
        "snowstorm in Sweden grounded 80 flights, Finavia said.\n",
    ) == frozenset({"Finland"})
    assert lead_figure_countries(
        "Storm", "Finnair cancelled as many as 80 flights to and from Helsinki Airport as the storm hit Sweden.\n"
    ) == frozenset({"Finland"})
    # ("more than 11,000 troops in Somalia": no clause of its own begins at "than")
    assert lead_figure_countries(
        "Force tops 11,000", "Kenya now has more than 11,000 troops in Somalia, an official said.\n"
    ) == (frozenset({"Kenya", "Somalia"}))
