"""Polls and studies with the time they came out or who made them between them and what they show; a cue right
after a closing quote ('"...," replied Obama'); a statement quoted by itself after its issuer is named issuing it."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_poll_with_the_day_it_came_out_shows_what_it_found() -> None:
    body = (
        "A Halden Institute poll out Monday showed the mayor with a 12-point lead over her rival. "
        "For instance, a Radio Brenn poll last week showed turnout falling to 41 percent."
    )
    assert speaker_of(body, "A Halden Institute poll") == "Halden Institute poll"
    assert speaker_of(body, "For instance") == "Radio Brenn poll"
    # a place polled is not who made the poll
    placed = "A Harlow Research poll of South Marren released on Tuesday showed the senator 16 points ahead."
    assert speaker_of(placed, "A Harlow Research poll") == "Harlow Research poll"


def test_polls_and_surveys_with_no_maker_named_are_still_the_source() -> None:
    body = (
        "The vote is on Sunday. Polls there show the governor trailing by six points. "
        "In the north, exit polls suggested that younger voters stayed at home."
    )
    assert speaker_of(body, "Polls there show") is not None
    assert speaker_of(body, "In the north") == "exit polls"


def test_a_survey_with_its_maker_in_commas_shows_what_it_found() -> None:
    body = "The survey, conducted by the Norden Institute, finds the mayor ahead by 4 points among likely voters."
    assert speaker_of(body, "The survey") is not None


def test_a_cue_right_after_a_closing_quote_names_who_speaks() -> None:
    body = (
        '"Usually the voters get it right in the end," replied Mayor Olga Brenner, whose term ends in May. '
        '"I am not worried."'
    )
    assert speaker_of(body, '"Usually') == "Olga Brenner"
    assert speaker_of(body, '"I am not worried') == "Olga Brenner"


def test_the_statement_quoted_by_itself_is_its_issuers() -> None:
    body = (
        "The depot's owner, Calder Freight, said in a statement that it was cooperating with investigators. "
        '"Our thoughts are with the firefighters," the statement added.\n\n'
        "The Herald said the mayor gave a written statement. The statement said the depot had passed inspection."
    )
    assert speaker_of(body, '"Our thoughts') == "Calder Freight"
    # a statement the sentence before only mentions is nobody's it can tell
    assert speaker_of(body, "The statement said") != "Herald"
