"""Areas are compared in one unit: "about 12,000 hectares" and "nearly 30,000 acres" burned the same day are one
area, "12,000 acres" is another; a reason shows each as written. Our own sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article, relations_between


def _hectares():
    return make_article(
        "A wildfire on the island of Karsos has burned about 12,000 hectares of forest since Sunday, the fire "
        "service said on Tuesday.\n",
        published="2027-08-10",
        outlet="Reuters",
        title="Wildfire on Karsos burns 12,000 hectares",
    )


def _acres(figure: str):
    return make_article(
        f"The wildfire on the island of Karsos has scorched {figure}, according to a satellite monitoring service, "
        "as firefighters struggled for a third day to contain it.\n",
        published="2027-08-10",
        outlet="AP",
        title="Karsos wildfire rages for a third day",
    )


def test_hectares_and_acres_of_one_area_corroborate() -> None:
    links = links_of(_hectares(), _acres("nearly 30,000 acres"))
    assert relations_between(links, "The wildfire on the island", "A wildfire on the island") == ["corroborates"]
    (reason,) = [why for _, why in links_between(links, "The wildfire on the island", "A wildfire on the island")]
    assert "30,000 acres" in reason and "12,000 hectares" in reason and "12,140" not in reason, reason


def test_the_same_number_of_acres_is_a_smaller_area() -> None:
    links = links_of(_hectares(), _acres("about 12,000 acres"))
    assert "corroborates" not in relations_between(links, "The wildfire on the island", "A wildfire on the island")
