"""Session 37: what the subject grants, holds or makes known as it acts, told by a participle with the clause it says
('..., admitting that', '..., announcing that', '..., charging that'), is the subject's statement; a count opening the
subject ('Two residents') is no subject alone, so the noun after it is not read as the verb; 'learned that' is known
and 'speculated that' said, as 'knew that' and 'suggested that' are. Every sentence is the test's own."""

from __future__ import annotations

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next(c.speaker for c in claims_in(body) if c.text.startswith(opening))


def test_acknowledging_that_after_the_subjects_act_is_the_subjects_statement() -> None:
    body = "The mayor took a softer line on Monday, acknowledging that the housing target had been missed."
    assert _speaker_of(body, "The mayor") == "mayor"


def test_announcing_that_after_the_subjects_act_is_the_subjects_statement() -> None:
    body = "The union ended the talks on Friday, announcing that its members would strike in May."
    assert _speaker_of(body, "The union") == "union"


def test_charging_that_after_the_subjects_act_is_the_subjects_statement() -> None:
    body = "The council sued the builder, charging that the walls of the school were unsafe."
    assert _speaker_of(body, "The council") == "council"


def test_a_participle_with_no_clause_after_it_says_nothing() -> None:
    body = "The council sued the builder, charging ahead with its plan for the school."
    assert _speaker_of(body, "The council") is None


def test_a_count_opening_the_subject_is_not_the_subject_alone() -> None:
    body = "Two residents challenged the permit in court, saying the plant would pollute the river."
    assert _speaker_of(body, "Two residents") == "residents"


def test_learning_that_is_knowing_that() -> None:
    body = "Investigators learned that the pilot had flown for 14 hours without rest."
    assert _speaker_of(body, "Investigators") == "Investigators"


def test_learning_a_skill_is_no_statement() -> None:
    body = "Residents of Calder learned to live with the noise of the quarry, which opened in 2019."
    assert all(c.speaker is None for c in claims_in(body))


def test_speculating_that_is_saying_that() -> None:
    body = "Analysts at Brede Securities speculated that the bank would cut rates in June."
    assert _speaker_of(body, "Analysts") == "Analysts at Brede Securities"
