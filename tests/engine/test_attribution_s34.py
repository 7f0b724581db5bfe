"""Who said it (session 34). Every sentence is the test's own. Each case of the first group of a rule fails on the
code before its change; the guards pass before and after.

- A relative clause inside the sentence's own subject ("The pool that the trust wants to rebuild closed", "The
  ferry, which the county plans to sell, ran again") only says which thing is meant: its subject is not the sentence's
  source. Guard: a "that" after a verb ("The mayor said that the council wants ...") still opens what was said.
- "according to its own figures", "according to their latest count": the owner of the record is the source, never the
  record ("its own figures"): the body named as the sentence's subject ("Tavlo, which ..., lost ..., according to its
  accounts"), else whoever the pronoun stands for, else nobody; guard: "according to her lawyer" is the lawyer.
- "put the chance of X at 4 percent", "puts the risk at 2 percent": an estimate, as "put the toll at 14" is; guard:
  "put the club at risk of relegation" gives no figure and is nobody's estimate.
- A judgement or a request as a participle after a comma is the subject's, as ", saying" is: "..., mocking the
  mayor's record", "..., questioning whether the count was fair", "..., asking residents to stay indoors", "...,
  attacking the board for its silence"; guard: "an advert mocking the mayor" is the advert's, nobody's said here, and
  "questioning a suspect" or "attacking the town" are acts.
- The subject of such a participle after "And then", "But then" or "Here in Arlow,", before "even" or "had gone", and with
  an appositive opened by a possessive ("Brandt, Velmar's former mayor,").
- A bare clause after "knows", "believes" with "must", "may" or "might" ("knows the town must change"); "repeated his
  contention that"; "attacked the mayor, the council and the police for"; "attacked X as being"; "issued a detailed
  plan to".
"""

from __future__ import annotations

import pytest

from .conftest import claims_in


def _claim_of(body: str, opening: str):
    return next((c for c in claims_in(body) if c.text.startswith(opening)), None)


@pytest.mark.parametrize(
    "body, opening",
    [
        ("The swimming pool that the trust wants to rebuild closed on Friday after a leak.", "The swimming"),
        ("The ferry, which the county plans to sell, ran again on Tuesday.", "The ferry"),
        ("The bypass that Councillor Ada Brill proposed has been delayed by a year.", "The bypass"),
        ("The clinic which the health board hopes to expand treated 4,000 patients last year.", "The clinic"),
    ],
)
def test_a_relative_clause_in_the_subject_is_not_the_sentences_source(body, opening):
    claim = _claim_of(body, opening)
    assert claim is not None and claim.speaker is None


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        ("The mayor said that the council wants to rebuild the pool.", "The mayor", "mayor"),
        ("The trust wants to rebuild the swimming pool by 2028.", "The trust", "trust"),
        ("Councillor Ada Brill proposed a bypass around the village on Monday.", "Councillor", "Ada Brill"),
    ],
)
def test_a_subject_of_the_sentence_still_speaks(body, opening, speaker):
    claim = _claim_of(body, opening)
    assert claim is not None and claim.speaker is not None and speaker in claim.speaker


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Tavlo, which runs 40 vans, lost 9 million euros last year, according to its accounts.",
            "Tavlo",
            "Tavlo",
        ),
        (
            "Brenna Tolle runs the shelter. According to her latest count, 212 dogs were rehomed this year.",
            "According",
            "Brenna Tolle",
        ),
    ],
)
def test_according_to_a_partys_own_record_is_the_party(body, opening, speaker):
    claim = _claim_of(body, opening)
    assert claim is not None and claim.speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        "According to its own figures, the lender made 2 billion dollars last year.",
        "According to their latest count, 212 dogs were rehomed this year.",
        "Shares jumped 5 percent on Monday, according to its filing.",
    ],
)
def test_a_record_whose_owner_is_unknown_is_no_speaker(body):
    claim = claims_in(body)[0]
    assert claim is not None and claim.speaker is None


def test_according_to_a_companys_own_figures_is_still_the_company():
    body = "Harbin Foods cut 300 jobs in March. According to its own figures, the company sold 2 million meals in May."
    claim = _claim_of(body, "According")
    assert claim is not None and claim.speaker == "Harbin Foods"


def test_according_to_a_persons_lawyer_is_the_lawyer():
    claim = _claim_of("Omar Pell was arrested in May. According to his lawyer, he will plead not guilty.", "According")
    assert claim is not None and claim.speaker is not None and "lawyer" in claim.speaker


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Astronomers at the Varna Observatory put the chance of an impact at about 2 percent.",
            "Astronomers",
            "Astronomers at the Varna Observatory",
        ),
        ("The Flood Agency puts the risk of the dam failing at 2 percent this winter.", "The Flood", "Flood Agency"),
    ],
)
def test_putting_a_chance_or_a_risk_at_a_figure_is_an_estimate(body, opening, speaker):
    claim = _claim_of(body, opening)
    assert claim is not None and claim.speaker is not None and speaker in claim.speaker


def test_putting_a_club_at_risk_is_nobodys_estimate():
    claim = _claim_of("The defeat put the club at risk of relegation for the first time.", "The defeat")
    assert claim is not None and claim.speaker is None


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Councillor Ida Marsh spoke for ten minutes, mocking the mayor's record on housing.",
            "Councillor",
            "Ida Marsh",
        ),
        (
            "Senator Paul Ostrow went further, questioning whether the count in Dunmore was fair.",
            "Senator",
            "Paul Ostrow",
        ),
        (
            "Police sent text messages on Sunday, asking residents to stay indoors.",
            "Police",
            "Police",
        ),
        (
            "Governor Lena Brandt wrote to the board, attacking its members for their silence on the leak.",
            "Governor",
            "Lena Brandt",
        ),
    ],
)
def test_a_judgement_or_a_request_as_a_participle_is_the_subjects(body, opening, speaker):
    claim = _claim_of(body, opening)
    assert claim is not None and claim.speaker is not None and speaker in claim.speaker


@pytest.mark.parametrize(
    "body, opening",
    [
        ("The council released an advert mocking the mayor's record on housing.", "The council"),
        ("Police held the driver overnight, questioning a suspect about the crash.", "Police"),
        ("Rebels entered the valley on Monday, attacking the town for the second time.", "Rebels"),
    ],
)
def test_a_participle_of_an_act_or_of_a_thing_is_nobodys_saying(body, opening):
    claim = _claim_of(body, opening)
    assert claim is None or claim.speaker is None


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        ("And then Ostrow went on the attack, saying the count had been rigged.", "And then", "Ostrow"),
        ("But then Ostrow turned to the council, calling its members cowards.", "But then", "Ostrow"),
        ("Here in Arlow, Ida Marsh stepped up her campaign, saying the bridge must be rebuilt.", "Here", "Ida Marsh"),
        ("Ida Marsh even visited the quay, describing it as a disgrace.", "Ida Marsh", "Ida Marsh"),
        ("Ida Marsh had gone on the radio, telling listeners the tax would rise.", "Ida Marsh", "Ida Marsh"),
        (
            "Brandt, Velmar's former mayor, also attacked the plan, calling it reckless.",
            "Brandt",
            "Brandt",
        ),
    ],
)
def test_the_subject_of_a_participle_after_an_opening_an_adverb_or_an_appositive(body, opening, speaker):
    claim = _claim_of(body, opening)
    assert claim is not None and claim.speaker is not None and speaker in claim.speaker


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        ("Mayor Ida Marsh knows the town must change its parking rules.", "Mayor", "Ida Marsh"),
        ("Ostrow repeated his contention that the count had been rigged.", "Ostrow", "Ostrow"),
        (
            "Senator Paul Ostrow attacked the mayor, the council and the police for their silence.",
            "Senator",
            "Paul Ostrow",
        ),
        ("Senator Paul Ostrow attacked Mayor Ida Marsh as being too slow to act.", "Senator", "Paul Ostrow"),
        ("The Arlow council issued a detailed plan to cut traffic in the old town.", "The Arlow", "Arlow"),
    ],
)
def test_complements_that_carry_what_was_held_or_said(body, opening, speaker):
    claim = _claim_of(body, opening)
    assert claim is not None and claim.speaker is not None and speaker in claim.speaker
