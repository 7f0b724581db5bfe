"""A title-case headline read as a sentence writes it, for the cross-references: its capitals make no names."""

from __future__ import annotations

from corpus.extract.headlines import sentence_case_reading
from corpus.model import Claim
from corpus.xref.features import as_read, features

from .conftest import make_article

_TITLE = "Harbour Board Sacks Velmar Port Chief Ines Marlow Over 40 Missing Containers"
_BODY = (
    f"{_TITLE}\n"
    "The harbour board of Velmar dismissed its port chief, Ines Marlow, on Tuesday after auditors found "
    "40 containers missing, the board said in a statement.\n"
)


def _title_claim() -> Claim:
    return Claim(
        id="h",
        article_id="a",
        start=0,
        end=len(_TITLE),
        text=_TITLE,
        kind="quantity",
        speaker=None,
        certainty="asserted",
    )


def test_a_title_case_headline_keeps_the_capitals_of_names_its_body_writes() -> None:
    assert sentence_case_reading(_TITLE, _BODY) == (
        "Harbour board sacks Velmar port chief Ines Marlow over 40 missing containers"
    )


def test_a_given_name_keeps_the_capital_of_the_word_after_it() -> None:
    body = "Anna Quell Checks Into Ostra Clinic\nThe singer entered the clinic on Monday.\n"
    assert sentence_case_reading("Anna Quell Checks Into Ostra Clinic", body) == "Anna Quell checks into ostra clinic"


def test_a_line_in_sentence_case_has_no_other_reading() -> None:
    assert sentence_case_reading("Harbour board sacks Velmar port chief Ines Marlow", _BODY) is None


def test_cross_references_compare_a_title_case_headline_as_read_and_keep_its_text() -> None:
    article = make_article(_BODY, title=_TITLE)
    claim = _title_claim()
    assert as_read(claim, article).text == sentence_case_reading(_TITLE, _BODY)
    assert "board" in features(claim, article).words
    assert claim.text == _TITLE


def test_a_claim_other_than_the_title_is_compared_as_written() -> None:
    article = make_article(_BODY, title="Port News")
    assert as_read(_title_claim(), article).text == _TITLE


def test_an_all_capitals_headline_is_read_by_the_names_and_acronyms_its_body_writes() -> None:
    body = "RITA OKAFOR QUITS AS NDP LEADER IN DUNMORE\nRita Okafor left the NDP on Monday, party officials said.\n"
    assert sentence_case_reading("RITA OKAFOR QUITS AS NDP LEADER IN DUNMORE", body) == (
        "Rita Okafor quits as NDP leader in dunmore"
    )
