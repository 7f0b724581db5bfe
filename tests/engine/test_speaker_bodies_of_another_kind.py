""" "The company said" is never a body the text has called by another kind ("the news agency Steppeinform reported"):
with no company that spoke, the speaker stays the phrase."""

from __future__ import annotations

from .conftest import speaker_of


def test_the_company_is_not_the_news_agency_that_reported() -> None:
    body = (
        "Inspectors found 11 safety violations at the mine in February, the Mongolian news agency Steppeinform "
        "reported, citing documents it had seen.\n\n"
        "The company has said the report is untrue.\n"
    )
    assert speaker_of(body, "The company has said") != "Steppeinform"


def test_the_company_is_the_firm_that_spoke_before() -> None:
    body = (
        "Orlan Mining said on Monday it had suspended work at the pit.\n\n"
        "Inspectors found 11 safety violations at the mine in February, the Mongolian news agency Steppeinform "
        "reported, citing documents it had seen.\n\n"
        "The company has said the report is untrue.\n"
    )
    assert speaker_of(body, "The company has said") == "Orlan Mining"
