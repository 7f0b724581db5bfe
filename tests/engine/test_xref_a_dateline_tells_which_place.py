"""A name of two places ("Georgia": the country, and a US state) is the one the report is datelined in; a dateline
naming its country after the town places the report there; a lead whose opening clause is cut before a clause
recalling another country is set in its dateline's country when it names it: a look-alike report from there is no
second report, update or rival of the first country's figures or denials (sentences written for these tests)."""

from __future__ import annotations

from corpus.model import Article
from corpus.xref.figures_abroad import lead_figure_countries

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def _armenia() -> Article:
    return make_article(
        "YEREVAN, June 3 (Reuters) - A landslide buried a mountain road near Dilijan in northern Armenia on Monday, "
        "killing at least six people, the emergencies ministry said.\nRescuers pulled 14 people from the mud, the "
        "ministry said.\nThe road operator Haykakan Chanaparh denied that it had ignored warnings about the slope.\n",
        published="2046-06-03",
        outlet="Reuters",
        title="Landslide kills six on Armenian mountain road",
    )


def _armenia_later() -> Article:
    return make_article(
        "DILIJAN, Armenia (AFP) - The death toll from Monday's landslide on the Dilijan road rose to nine on "
        "Wednesday, the emergencies ministry said.\nRescuers had pulled 20 people from the mud by Wednesday evening, "
        "the ministry said.\n",
        published="2046-06-05",
        outlet="AFP",
        title="Dilijan landslide toll rises to nine",
    )


def _georgia() -> Article:
    return make_article(
        "TBILISI, June 5 (Reuters) - A landslide buried a mountain road near Shovi in western Georgia on Wednesday, "
        "killing at least six people, two days after a landslide on Armenia's Dilijan road, the interior ministry "
        "said.\nRescuers pulled 14 people out of the mud, the ministry said.\nThe road operator Sakavtogza denied that "
        "it had ignored warnings about the slope.\n",
        published="2046-06-05",
        outlet="Reuters",
        title="Landslide kills six on Georgian mountain road",
    )


def test_a_name_of_two_places_is_the_one_its_dateline_is_in() -> None:
    body = "TBILISI, June 5 (Reuters) - A landslide buried a road near Shovi in western Georgia on Wednesday.\n"
    assert lead_figure_countries("Landslide buries road", body) == frozenset({"Georgia"})


def test_a_look_alike_from_a_country_of_two_names_is_no_report_of_the_first() -> None:
    links = links_of(_armenia(), _armenia_later(), _georgia())
    for mine, theirs in (
        ("near Shovi in western Georgia", "near Dilijan in northern Armenia"),
        ("near Shovi in western Georgia", "rose to nine on Wednesday"),
        ("pulled 14 people out of the mud", "pulled 14 people from the mud"),
        ("pulled 14 people out of the mud", "had pulled 20"),
        ("Sakavtogza denied", "Haykakan Chanaparh denied"),
    ):
        assert not _STRONG & set(relations_between(links, mine, theirs)), (mine, theirs, links)


def test_a_lead_cut_before_its_country_is_set_in_its_datelines_country() -> None:
    assert lead_figure_countries(
        "Frost that hit Chile cuts Peru's potato forecast",
        "LIMA, July 2 (EFE) - The frost that hit potato farms in Chile last week also damaged crops in Peru, where "
        "the agriculture ministry cut its harvest forecast to 4.1 million tonnes.\n",
    ) == frozenset({"Peru"})
