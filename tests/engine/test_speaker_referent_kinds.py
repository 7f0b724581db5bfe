"""A resolved pronoun keeps its referent's kind, so a person never answers for "the company", and a body's
name ending in a company word is no person."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_woman_resolved_from_she_is_not_the_company_that_speaks_next() -> None:
    body = (
        'Anna Lindqvist spoke to reporters at the gate. "The smoke is toxic," she said.\n\n'
        "The company said it had cut jobs at the plant."
    )
    assert speaker_of(body, '"The smoke') == "Anna Lindqvist"
    assert speaker_of(body, "The company said") != "Anna Lindqvist"


def test_the_company_is_the_body_that_spoke_before_the_quoted_woman() -> None:
    body = (
        "Orvane Holdings said it would appeal the fine. Its chief executive, Maria Stahl, spoke to reporters. "
        '"We did nothing wrong," she said.\n\n'
        "The company denied that it had hidden losses from investors."
    )
    assert speaker_of(body, "The company denied") == "Orvane Holdings"


def test_a_name_ending_in_industries_is_a_body_the_company_refers_to() -> None:
    body = (
        "Fire chief Ida Berg said two workers were hurt. "
        'The plant\'s owner, Kemora Industries, said it was "cooperating fully" with the authorities. '
        "The company denied reports that an inspection had been cancelled."
    )
    assert speaker_of(body, "The company denied") == "Kemora Industries"


def test_documents_seen_by_an_outlet_are_what_shows_not_the_noun_after_that() -> None:
    body = "Documents seen by the Herald show that a safety inspection planned for September was cancelled."
    assert speaker_of(body, "Documents seen") != "safety inspection"


def test_the_agency_is_the_public_body_that_spoke_under_another_kinds_name() -> None:
    body = (
        "The Civil Aviation Administration said it was reviewing the ruling. About 1.2 million drones are "
        "registered in the country, according to the agency.\n"
    )
    assert speaker_of(body, "About 1.2 million") == "Civil Aviation Administration"


def test_the_agency_is_no_company_that_spoke() -> None:
    body = "Harlow Motors said it had cut 300 jobs. The agency said 40 samples were tested.\n"
    assert speaker_of(body, "The agency said") != "Harlow Motors"


def test_it_after_a_company_named_with_its_role_is_the_company_not_an_earlier_document() -> None:
    body = (
        "The barge carried 90 tonnes of grain, according to the harbour log.\n\n"
        '"The rope snapped," said dock foreman Ivo Marek.\n\n'
        'The carrier, Greywater Lines, said in a statement it was "reviewing procedures". '
        "It denied that the barge had been overloaded."
    )
    assert speaker_of(body, "It denied") == "Greywater Lines"


def test_she_after_a_woman_named_after_her_role_is_that_woman() -> None:
    body = (
        "A spokesperson for the regulator declined to comment.\n\n"
        "The bank's chief executive, Greta Holm, apologised to savers. "
        '"We let our customers down," she said.'
    )
    assert speaker_of(body, '"We let') == "Greta Holm"


def test_a_person_named_after_an_owner_role_stays_a_person() -> None:
    body = (
        '"The ovens were off," said fire officer Tomas Vik.\n\n'
        "The bakery's owner, Lena Sorensen, said the shop was insured. She said it would reopen in a week."
    )
    assert speaker_of(body, "She said") == "Lena Sorensen"
