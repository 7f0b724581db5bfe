"""A company's results are its own: a results sentence naming no one ("Third-quarter revenue rose 18% to $3.9
billion.") tells the results of the company its article's lead opens with, never another company's; and a unit's
takings told as its subject ("Its data storage business had revenue of $9.8 billion") are a part, never a value of
the whole. Our own sentences."""

from tests.engine.conftest import links_across

_STRONG = ("corroborates", "conflicts", "updates")


def test_another_companys_unnamed_results_are_not_a_revision() -> None:
    nortek = (
        "Nortek's third-quarter revenue nearly doubles to $12.4 billion\nNortek said Wednesday its revenue for the "
        "August-October period rose 94% to $12.4 billion, beating its own forecast of $11 billion.\nThe company "
        "forecast fourth-quarter revenue of $13 billion.",
        "2031-11-20",
        "Associated Press",
    )
    acx = (
        "ACX forecasts fourth-quarter sales of $4.1 billion\nAdvanced Chip Exchange forecast fourth-quarter revenue of "
        "about $4.1 billion, compared with analysts' estimates of $4.2 billion.\nThird-quarter revenue rose 18% to "
        "$3.9 billion.",
        "2031-10-29",
        "Bloomberg",
    )
    links = links_across([nortek, acx])
    assert [(r, x, y) for r, x, y in links if r in _STRONG and "3.9" in x + y and "12.4" in x + y] == [], links


def test_a_units_takings_are_no_value_of_the_whole() -> None:
    wire = (
        "Nortek forecasts fourth-quarter revenue above estimates\nNortek forecast fourth-quarter revenue of $13 "
        "billion, above analysts' average estimate, the chipmaker said on Wednesday.\nThird-quarter revenue rose 94% "
        "to $12.4 billion.\nIts data storage business, which makes flash chips, had revenue of $9.8 billion.",
        "2031-11-20",
        "Reuters",
    )
    tv = (
        "Nortek shares slip despite beat\nNortek reported revenue of $12.4 billion for the quarter ended Oct. 27, "
        "ahead of the $11.9 billion analysts expected.\nShares fell about 3% in extended trading.",
        "2031-11-20",
        "CNBC",
    )
    links = links_across([wire, tv])
    assert [(r, x, y) for r, x, y in links if r in _STRONG and "9.8" in x + y] == [], links
    assert any(r == "corroborates" and "12.4" in x and "12.4" in y for r, x, y in links), links
