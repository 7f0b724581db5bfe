"""A levy's rate told as one country's ("China's 125% tariff on American goods") and as levied on another's goods
("China will raise the tariff on all US goods to 125 percent") is one levy: who levies it and on whose goods decide,
not which country a sentence opens with; the other direction's levy of the same rate is still another. Our own
sentences."""

from tests.engine.conftest import links_across

_BEIJING = (
    "Beijing hits back\nBEIJING, April 11 (Reuters) - Vietnam will raise the tariff on all US goods to 46 percent "
    "from Saturday, the finance ministry said.",
    "2031-04-11",
    "Reuters",
)


def _pair(text: str) -> list[str]:
    links = links_across([_BEIJING, ("Retaliation\n" + text, "2031-04-12", "AP")])
    return [r for r, x, y in links if "46" in x and "46" in y and "Retaliation" not in x + y]


def test_one_levy_told_by_its_owner_and_by_the_goods_it_is_on_corroborates() -> None:
    assert _pair("Vietnam's 46% tariff on American goods takes effect on Saturday, state media said.") == [
        "corroborates"
    ]


def test_the_other_directions_levy_of_the_same_rate_is_another() -> None:
    assert "corroborates" not in _pair("The US tariff of 46% on Vietnamese goods takes effect on Saturday, it said.")
