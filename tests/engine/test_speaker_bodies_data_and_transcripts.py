"""Who speaks: a body of a place written in lower case, figures nobody's name is on, a toll 'claimed', and the
newsreader's or anchor's tag in a broadcast transcript."""

from __future__ import annotations

from .conftest import speakers_with_text


def test_a_body_or_an_office_of_a_place_speaks_not_the_place() -> None:
    body = (
        "The central bank of Velmar said inflation would slow to 3% next year. "
        "The bank added that its main rate would stay at 4%. "
        "The president of Ostra said the border would reopen on Monday."
    )
    assert [s for s, _ in speakers_with_text(body)] == [
        "central bank of Velmar",
        "central bank of Velmar",
        "president of Ostra",
    ]


def test_figures_nobody_is_named_for_have_no_speaker_but_their_publisher_does() -> None:
    assert speakers_with_text("Unemployment rose to 5.1% in March, official figures showed.")[0][0] is None
    body = "The figures, published by the national statistics office, show that 7,100 people were waiting in March."
    assert speakers_with_text(body)[0][0] == "national statistics office"


def test_a_toll_or_a_prize_claimed_is_nothing_said() -> None:
    body = (
        "The storm has claimed 23 lives since Sunday. The flood claimed the lives of two hikers. "
        "Velmar Rovers claimed their third title in a row. "
        "The Harbour Front claimed responsibility for the attack on Monday."
    )
    assert [s for s, _ in speakers_with_text(body)] == [None, None, None, "Harbour Front"]


def test_a_newsreaders_or_anchors_tag_is_no_speaker_but_whom_they_report_is() -> None:
    body = (
        "NEWSREADER: Twenty-one children remain in hospital in Drumcashel.\n\n"
        "ANCHOR: The regulator says the bank failed to flag thousands of suspicious payments.\n\n"
        "MAYOR LEE: We will have the school open again by Friday."
    )
    assert [s for s, _ in speakers_with_text(body)] == [None, "regulator", "Lee"]
