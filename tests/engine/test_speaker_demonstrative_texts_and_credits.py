"""Session 36: a text pointed back to by a demonstrative is the source of what it says ('That report said', 'This memo
told', 'Those emails show'), like 'The report said'; a demand to know something is a question put ('demanded to know
whether'); and a photographer's credit line closed by a stop ('Ann Lee / Reuters.') is page furniture, so the name in
it is no one a later 'he' can be; nor is a headline's adjective before a party word ('Presumptive Liberal nominee
Ann Lee', 'Exclusive Interview') a person's name. Every sentence is the test's own."""

from __future__ import annotations

from corpus.extract.entities import find_entities
from corpus.extract.furniture import classify_lines

from .conftest import claims_in, make_article


def _claim_of(body: str, opening: str):
    return next((c for c in claims_in(body) if c.text.startswith(opening)), None)


def test_a_report_pointed_back_to_is_the_source_of_what_it_said() -> None:
    body = "The fire service sent its inspectors to the mill in June. That report said the exits had been blocked."
    claim = _claim_of(body, "That report said")
    assert claim is not None and claim.speaker == "That report"


def test_a_letter_pointed_back_to_with_an_aside_is_the_source_of_its_demand() -> None:
    body = (
        "The landlord wrote to every tenant of Kirk House on Friday. "
        "That letter, printed on the agent's paper, demanded that tenants leave by the end of May."
    )
    claim = _claim_of(body, "That letter")
    assert claim is not None and claim.speaker == "That letter"


def test_a_demonstrative_before_a_plain_thing_is_still_no_source() -> None:
    body = "The council bought a new gritter in March. That machine said nothing about the cost, the driver joked."
    claim = _claim_of(body, "That machine")
    assert claim is None or claim.speaker != "That machine"


def test_a_demand_to_know_whether_is_a_question_put_by_its_subject() -> None:
    body = "Councillor Rita Okoye demanded to know whether the depot had been sold."
    claim = _claim_of(body, "Councillor Rita Okoye")
    assert claim is not None and claim.speaker == "Rita Okoye"


def test_a_demand_to_see_something_is_still_an_act() -> None:
    body = "Councillor Rita Okoye demanded to see the depot's accounts on Tuesday."
    claim = _claim_of(body, "Councillor Rita Okoye")
    assert claim is None or claim.speaker is None


def test_a_credit_line_closed_by_a_stop_is_furniture() -> None:
    roles = [line.role for line in classify_lines(make_article("Ines Duarte / Reuters."))]
    assert roles == ["furniture"]


def test_a_he_after_a_credit_line_is_the_man_named_before_it() -> None:
    body = (
        "Mayor Colin Ashdown laid a wreath at the harbour wall on Sunday morning.\n\n"
        "Pablo Ferrer / Reuters.\n\n"
        "He said the town would rebuild the sea defences within a year."
    )
    claim = _claim_of(body, "He said the town")
    assert claim is not None and claim.speaker == "Colin Ashdown"


def test_a_headline_adjective_before_a_party_word_is_no_persons_name() -> None:
    people = [
        m.surface for m in find_entities("Presumptive Liberal nominee Ann Lee spoke on Monday.") if m.type == "person"
    ]
    assert people == ["Ann Lee"]


def test_exclusive_opening_a_heading_is_no_persons_name() -> None:
    assert [m.type for m in find_entities("Exclusive Interview") if m.type == "person"] == []
