"""A denial of the report before it, told as "X denied that." or followed by the denier's own words in a quotation
(`` "There were never any such talks," a spokesman said.``), contradicts that report; a quotation by another party
after the denial does not. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _report_then_denial(denial: str, quotation: str) -> list:
    return links_of(
        make_article(
            "The Harbour Gazette reported on Monday that the port authority had agreed to sell the Felby container "
            f"terminal to a shipping group.\n{denial} {quotation}\n",
            published="2031-03-04",
            outlet="Coastal Wire",
            title="Port authority denies terminal sale report",
        )
    )


def test_denied_that_denies_the_sentence_before_it() -> None:
    links = _report_then_denial("The port authority denied that.", "")
    assert relations_between(links, "The port authority denied that", "The Harbour Gazette reported") == [
        "conflicts"
    ], links


def test_the_spokesmans_quotation_after_the_denial_contradicts_the_report() -> None:
    links = _report_then_denial(
        "The port authority denied the report.",
        '"The authority has held no talks with any buyer for the terminal," a spokesman said.',
    )
    assert relations_between(links, "The authority has held no talks", "The Harbour Gazette reported") == [
        "conflicts"
    ], links


def test_a_quotation_by_another_party_after_the_denial_is_not_the_denial() -> None:
    links = _report_then_denial(
        "The port authority denied the report.",
        '"We will fight any sale of the terminal," dockers\' leader Ian Moss said.',
    )
    assert "conflicts" not in relations_between(links, "We will fight any sale", "The Harbour Gazette reported"), links


def test_the_quotation_after_a_report_denied_in_one_sentence_contradicts_that_sentence() -> None:
    links = links_of(
        make_article(
            "A report in the Valley Star that the dam's alarm sirens had been disconnected was denied by the water "
            'board.\n"Every siren was tested and working last week," a board spokeswoman said.\n',
            published="2031-03-04",
            outlet="Valley Radio",
            title="Water board denies dam sirens were off",
        )
    )
    assert relations_between(links, "Every siren was tested", "A report in the Valley Star") == ["conflicts"], links
