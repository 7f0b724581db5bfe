"""The writer's guesses and habits told as background, not claims (session 39, issue 14's claims share): a modal after a
demonstrative subject ("That could include ..."), "will probably" / "would likely", a habit ("She rarely gives
interviews"), the writer's reading of what something shows ("The row underscored the anger of residents"), and "confirm"
in the sense of appointing (no confirmation of a report); each beside a sentence of the same shape that stays a claim.
And a schedule a speaker gives with its date ("is due to launch in 2027") is a claim, not a dated view."""

from __future__ import annotations

from corpus.extract.claims import kind_of

from .conftest import claims_in


def _claimed(body: str, sentence: str) -> bool:
    """Is ``sentence`` of ``body`` a claim (not background, not dropped)?"""
    return any(c.text == sentence and c.kind != "background" for c in claims_in(body))


def test_a_modal_after_a_demonstrative_subject_is_the_writers_guess() -> None:
    opening = "The Dunmore council must save 4 million pounds by April. "
    guess = "That could include selling the Corn Exchange to Harlow Properties and closing the Elm Park pool."
    assert not _claimed(opening + guess, guess)
    # the modal in a clause after the subject, or none: what the sentence tells is told
    for told in (
        "That library, which could close, lent 80,000 books last year.",
        "That decision was taken by the finance committee of the council on Monday.",
    ):
        assert _claimed(opening + told, told), told


def test_the_writers_will_probably_is_a_guess_however_dated() -> None:
    opening = "Consumer prices in Velmar rose sharply in March. "
    for guess in (
        "Rivals of the governor will likely paint her as an insider.",
        "Governor Ana Ruiz would probably welcome a softer reading next month.",
    ):
        assert not _claimed(opening + guess, guess), guess
    planned = "Governor Ana Ruiz will present the budget to the assembly next month."
    assert _claimed(opening + planned, planned)


def test_a_habit_told_in_the_writers_voice_is_background() -> None:
    opening = "The novelist Ilse Brandt lives on a farm outside Carrow. "
    for habit in ("She rarely gives interviews.", "She often walks her dogs along the river before lunch."):
        assert not _claimed(opening + habit, habit), habit
    # an act told after the habit, or the adverb qualifying a word, leaves the sentence a claim
    for told in (
        "She often praises her publisher, and has promised to stay with Harrow Books.",
        "Her often blunt remarks drew a rebuke from the bishop of Carrow.",
    ):
        assert _claimed(opening + told, told), told


def test_confirming_an_appointment_is_no_confirmation_of_a_report() -> None:
    assert (
        kind_of("The Senate voted to confirm Maria Lenz as the next health secretary.", False, False) != "confirmation"
    )
    assert kind_of("The chamber needs 50 votes to confirm judges and ambassadors.", False, False) != "confirmation"
    assert kind_of("The ministry confirmed the judge had resigned.", False, False) == "confirmation"


def test_the_writers_reading_of_what_something_shows_is_background() -> None:
    opening = "The Carrow council voted to close the Elm Park pool. "
    for reading in (
        "The row over the pool underscored the anger of residents in Carrow.",
        "Her warm reception in Velmar is a reminder of how much the Harlow Party has changed.",
    ):
        assert not _claimed(opening + reading, reading), reading
    said = "Mayor Ana Lenz underscored the cost of the repairs to the Elm Park pool."  # a person's words: told
    assert _claimed(opening + said, said)


def test_a_reported_schedule_with_its_date_is_a_claim_not_a_dated_view() -> None:
    opening = "The Harlow ferry service was suspended after a fire in March. "
    for scheduled in (
        "According to the port authority, a new ferry is due to launch in 2027.",
        "The new ferry is due to reach the port of Carrow in October 2027, the port authority said.",
    ):
        assert _claimed(opening + scheduled, scheduled), scheduled
    opening_hall = "Carrow council is building a new concert hall on Quay Street. "
    due = "It is due to open in June."  # "it is due to", no speaker: a schedule too
    assert _claimed(opening_hall + due, due)
    view = "“It is a disgrace,” the port authority's chief said on Monday."  # a dated view stays background
    assert not _claimed(opening + view, view)
