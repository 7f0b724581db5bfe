"""The same words under leads of two countries, one named only by its nationality ("German pensions to rise ..." /
"The Austrian basic state pension will rise ...": "The ministry denied that the rise would be paid in two steps")
tell of two countries' matters: no second report of one denial; under leads of one country they still are. Our own
sentences."""

from tests.engine.conftest import links_across

_GERMAN = (
    "German pensions to rise to 1,210 euros\nBERLIN, Oct 13 (Reuters) - Germany's pension commission on Monday "
    "recommended raising the basic state pension to 1,210 euros a month from January.\nThe labour ministry denied a "
    "report in a tabloid that the rise would be paid in two steps.\nPensioners' groups called the rise too small.",
    "2031-10-13",
    "Reuters",
)


def _relay(nationality: str) -> tuple[str, str, str]:
    return (
        f"{nationality} pensions to rise to 1,210 euros\nThe {nationality} basic state pension will rise to 1,210 euros "
        "a month on January 1, the social affairs ministry announced on Wednesday.\nThe ministry denied that the rise "
        "would be paid in two steps.\nPensioners' groups welcomed the rise.",
        "2031-10-15",
        "Daily",
    )


def _denials(links: list[tuple[str, str, str]]) -> list[str]:
    return [r for r, x, y in links if r != "related" and "denied" in x and "denied" in y]


def test_one_denial_in_two_countries_is_no_second_report() -> None:
    assert _denials(links_across([_GERMAN, _relay("Austrian")])) == []


def test_one_denial_under_two_leads_of_one_country_is_one_report() -> None:
    assert _denials(links_across([_GERMAN, _relay("German")])) == ["corroborates"]
