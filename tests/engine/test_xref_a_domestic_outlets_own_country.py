"""A domestic outlet writes its own country's matters without naming the country: its dateline (or first line) gives a
capital and nothing else ("Nairobi. The government will raise ..."). Its figure is that capital's country's, so the
same rate under another country's lead is another country's rate, no corroboration. Our own sentences."""

from tests.engine.conftest import links_across

_DOMESTIC = (
    "Govt to raise RCN export levy to 16% from July 1\nNairobi. The government will raise the export levy on raw cashew "
    "nuts (RCN) to 16 percent from 12 percent starting July 1, the trade minister announced on Tuesday.\nThe extra "
    "revenue will go to a fund for new cashew trees, the minister said.",
    "2032-05-25",
    "The Daily Ledger",
)


def _neighbour(country: str, capital: str) -> tuple[str, str, str]:
    return (
        f"{country} to keep RCN export duty at 16% in July\n{capital.upper()}, May 27 (Reuters) - {country} will keep "
        "its export duty on raw cashew nuts (RCN) at 16 per cent in July, according to a circular of the cashew "
        "board.\nExports of raw nuts rose 4% last year.",
        "2032-05-27",
        "Reuters",
    )


def _strong(links: list[tuple[str, str, str]]) -> list[str]:
    return [r for r, x, y in links if r != "related" and "RCN" in x and "RCN" in y]


_OWN_COUNTRYS_WIRE = (
    "Kenya to raise cashew export levy\nNAIROBI, May 26 (Reuters) - Kenya will raise its export levy on raw cashew nuts "
    "(RCN) to 16 percent from 12 percent starting July 1, the trade minister said on Tuesday.\nFarmers oppose the rise.",
    "2032-05-26",
    "Reuters",
)


def test_a_rate_under_another_countrys_lead_is_not_the_domestic_outlets() -> None:
    assert _strong(links_across([_DOMESTIC, _neighbour("Tanzania", "Dodoma")])) == []
    # (its own country's wire still tells the same rise)
    assert _strong(links_across([_DOMESTIC, _OWN_COUNTRYS_WIRE])) == ["corroborates"]
