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


def _terminal_sale_denied():
    return make_article(
        "The Harbour Gazette reported on Monday that the port authority had agreed to sell the Felby container "
        "terminal to a shipping group.\nThe port authority denied the report. "
        '"The authority has held no talks with any buyer for the terminal," a spokesman said.\n',
        published="2031-03-04",
        outlet="Coastal Wire",
        title="Port authority denies terminal sale report",
    )


def _terminal_sale_confirmed():
    return make_article(
        "The port authority confirmed on Thursday that it had agreed to sell the Felby container terminal to the "
        "shipping group Norsk Line for 240 million euros.\n",
        published="2031-03-20",
        outlet="Reuters",
        title="Port authority confirms Felby terminal sale",
    )


def test_the_deniers_quoted_words_and_its_denial_are_one_source_not_two_that_agree() -> None:
    links = links_of(_terminal_sale_denied())
    assert relations_between(links, "The authority has held no talks", "The port authority denied the report") == [
        "related"
    ], links


def test_the_deniers_quoted_words_are_answered_by_the_later_confirmation() -> None:
    links = links_of(_terminal_sale_denied(), _terminal_sale_confirmed())
    found = relations_between(links, "The port authority confirmed on Thursday", "The authority has held no talks")
    assert found in (["conflicts"], ["updates"]), links


def test_a_denial_and_the_later_confirmation_conflict_though_no_topic_names_them() -> None:
    links = links_of(_terminal_sale_denied(), _terminal_sale_confirmed())
    found = relations_between(links, "The port authority confirmed on Thursday", "The port authority denied the report")
    assert found == ["conflicts"], links


def test_a_claim_telling_of_the_denial_itself_is_no_confirmation_against_it() -> None:
    march = make_article(
        "Dock workers marched through Felby on Friday, two days after the port authority dismissed reports of a "
        "terminal sale as fake news.\n",
        published="2031-03-08",
        outlet="Felby Post",
        title="Dockers march in Felby",
    )
    links = links_of(_terminal_sale_denied(), march)
    assert "conflicts" not in relations_between(links, "Dock workers marched", "The port authority denied"), links
