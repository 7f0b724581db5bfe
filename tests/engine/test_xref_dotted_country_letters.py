"""A country written in letters with stops ("U.S.", "U.K.") is that country wherever a lead names it, as "US" is: the
same denial under a "U.S." lead and under a Canadian one tells of two countries' rules. Our own sentences."""

from tests.engine.conftest import links_across

_CANADIAN = (
    "Canada delays truck emissions rule\nOTTAWA, March 3 (Reuters) - Canada's transport ministry said on Tuesday that "
    "new emissions limits for heavy trucks would take effect in 2034.\nThe ministry denied that the rule had been "
    "weakened under pressure from carmakers.",
    "2031-03-03",
    "Reuters",
)


def _lead(country: str) -> tuple[str, str, str]:
    return (
        f"{country} sets truck emissions rule\nThe {country} Transportation Department said on Wednesday that new "
        "emissions limits for heavy trucks would take effect in 2034.\nThe department denied that the rule had been "
        "weakened under pressure from carmakers.",
        "2031-03-04",
        "Daily",
    )


def _denials(links: list[tuple[str, str, str]]) -> list[str]:
    return [r for r, x, y in links if r != "related" and "denied" in x and "denied" in y]


def test_a_denial_under_a_dotted_countrys_lead_is_not_anothers() -> None:
    assert _denials(links_across([_CANADIAN, _lead("U.S.")])) == []
    assert _denials(links_across([_CANADIAN, _lead("US")])) == []
