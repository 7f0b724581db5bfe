"""The euro area is a place of its own (issue 12): "Inflation in the euro zone rose to 2.4% in March" and "German
inflation rose to 2.4% in March" are a bloc's statistic and one member's, never one figure two sources agree on,
however alike; the euro zone's figure told as the euro area's is the same statistic. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _article(body: str, outlet: str):
    return make_article(body, published="2027-04-02", outlet=outlet, title=body.split("\n")[0])


_EURO_ZONE = "Euro zone prices\nInflation in the euro zone rose to 2.4% in March, Eurostat said on Tuesday.\n"


def test_a_members_statistic_does_not_corroborate_the_euro_zones() -> None:
    links = links_of(
        _article(_EURO_ZONE, "Wire"),
        _article(
            "German prices\nGerman inflation rose to 2.4% in March, the federal statistics office said on Tuesday.\n",
            "Paper",
        ),
    )
    assert "corroborates" not in relations_between(links, "German inflation", "in the euro zone"), links


def test_the_euro_area_is_the_euro_zone() -> None:
    links = links_of(
        _article(_EURO_ZONE, "Wire"),
        _article(
            "Prices\nInflation in the euro area climbed to 2.4% in March, according to a flash estimate.\n", "Blog"
        ),
    )
    assert relations_between(links, "in the euro area", "in the euro zone") == ["corroborates"], links


def test_a_country_by_its_letters_is_a_member_not_the_euro_area() -> None:
    national = make_article(
        "UK prices ease\nUK consumer price inflation fell to 6.2% in March from 6.6% in February, the statistics "
        "office said on Wednesday.\nIn the eurozone, inflation eased to 5.9% in March from 6.4%.\n",
        published="2027-04-14",
        outlet="Paper",
        title="UK prices ease",
    )
    links = links_of(national)
    assert not {"conflicts", "corroborates", "updates"} & set(
        relations_between(links, "In the eurozone", "fell to 6.2%")
    ), links


def test_the_euro_areas_rate_is_no_next_month_value_of_a_members() -> None:
    earlier = make_article(
        "UK prices\nBritish consumer price inflation rose to 5.9% in January from 5.4% in December, official data "
        "showed on Wednesday.\n",
        published="2027-02-17",
        outlet="Wire",
        title="UK prices",
    )
    later = make_article(
        "UK prices ease\nUK consumer price inflation fell to 5.2% in March from 5.6% in February, the statistics "
        "office said on Wednesday.\nIn the eurozone, inflation eased to 5.9% in March from 6.4%.\n",
        published="2027-04-14",
        outlet="Paper",
        title="UK prices ease",
    )
    links = links_of(earlier, later)
    assert not {"conflicts", "corroborates", "updates"} & set(
        relations_between(links, "In the eurozone", "rose to 5.9%")
    ), links
