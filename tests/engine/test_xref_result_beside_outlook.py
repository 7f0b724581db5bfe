"""A claim that gives a result and an outlook ("posted sales of $4.2bn in the quarter and now expects annual revenue
of $16bn") gives each figure the role of its own clause: the result is a count another report of it agrees with,
the outlook a forecast. Our own sentences."""

from __future__ import annotations

from corpus.xref.figure_roles import FORECAST, UNMARKED, figure_series_role

from .conftest import links_between, links_of, make_article

_RESULT_AND_OUTLOOK = (
    "Harlow Foods posted sales of $4.2bn in the quarter and now expects annual revenue of $16bn, the grocer said "
    "on Tuesday."
)


def test_each_figure_has_the_role_of_its_own_clause() -> None:
    text = _RESULT_AND_OUTLOOK
    result, outlook = text.index("$4.2bn"), text.index("$16bn")
    assert figure_series_role(text, result, result + 6) == UNMARKED
    assert figure_series_role(text, outlook, outlook + 5) == FORECAST


def test_the_result_beside_an_outlook_is_compared_as_a_result() -> None:
    wire = make_article(
        f"Harlow Foods sales rise\nLONDON, May 4 (Wire) - {_RESULT_AND_OUTLOOK}\n",
        published="2027-05-04",
        outlet="Wire",
        title="Harlow Foods sales rise",
    )
    paper = make_article(
        "Harlow Foods beats forecasts\nHarlow Foods had sales of $4.2 billion in the first quarter, the company "
        "said on Tuesday.\n",
        published="2027-05-05",
        outlet="Paper",
        title="Harlow Foods beats forecasts",
    )
    found = links_between(links_of(wire, paper), "posted sales of $4.2bn", "had sales of $4.2 billion")
    assert found and all("forecast" not in why and "compatible figures" in why for _, why in found), found
