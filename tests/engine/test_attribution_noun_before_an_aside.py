"""Who speaks (session 27): words that only look like a cue or a source. A cue word right before an aside of saying is
the subject's noun ('Repair estimates, she added, were ...'); 'added another NOUN to the ...' adds a thing; 'citing his
Ostra results' gives a reason, not a source; a phrase opening with 'He' and its verb is a clause, never a source ('He
wants tighter rules on rent claims.'). Every sentence is the test's own. Guards that pass before the change too: the
aside's own speaker, 'added that', 'citing its lawyers', 'citing its own doctors', 'He and his wife said'."""

from __future__ import annotations

import pytest

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next(c.speaker for c in claims_in(body) if c.text.startswith(opening))


@pytest.mark.parametrize(
    "body, opening",
    [
        (
            "The council will spend 3 million pounds on the pier, finance chief Ann Kessler said. "
            "Repair estimates, she added, were drawn up before the storm.",
            "Repair estimates",
        ),
        (
            "Ferry fares will rise by 8 percent in May, operations director Tom Brannock said. "
            "Passenger reports, he noted, had shown the old boats were unreliable.",
            "Passenger reports",
        ),
    ],
)
def test_a_cue_word_before_an_aside_of_saying_is_a_noun(body: str, opening: str) -> None:
    speaker = _speaker_of(body, opening)
    assert speaker in ("Ann Kessler", "Tom Brannock")


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Rumours spread fastest in closed groups, researcher Ann Kessler said. "
            "Messaging apps have added another layer to the problem, she noted.",
            "Messaging apps",
            "Ann Kessler",
        ),
        (
            "Ticket sales were slow in March, the promoter Tom Brannock said. "
            "The late snow added a new worry to the season, he said.",
            "The late snow",
            "Tom Brannock",
        ),
    ],
)
def test_adding_a_thing_to_something_is_no_saying(body: str, opening: str, speaker: str) -> None:
    assert _speaker_of(body, opening) == speaker


def test_added_then_what_was_said_still_speaks() -> None:
    body = "The mayor, Ann Kessler, opened the bridge on Monday. She added that the tolls would end in 2027."
    assert _speaker_of(body, "She added") == "Ann Kessler"


@pytest.mark.parametrize(
    "body",
    [
        "Tom Brannock could still win the seat. He will sign up more donors by citing his Ostra results.",
        "Ann Kessler has banned two papers from her rallies, citing her Velmar experience.",
    ],
)
def test_citing_a_possessive_thing_is_a_reason_not_a_source(body: str) -> None:
    speakers = {c.speaker for c in claims_in(body)}
    assert not any(s and ("results" in s or "experience" in s) for s in speakers)


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("The board delayed the vote, citing its lawyers.", "lawyers"),
        ("The club postponed the match, citing its own doctors.", "doctors"),
    ],
)
def test_citing_a_possessive_person_still_names_them(body: str, speaker: str) -> None:
    assert speaker in (claims_in(body)[0].speaker or "")


@pytest.mark.parametrize(
    "body, opening",
    [
        (
            "The envoy, Ann Kessler, visited the camp on Monday. She wants tighter rules on asylum claims.",
            "She wants",
        ),
        (
            "Tom Brannock, the housing minister, spoke in Ostra. He demands new safeguards for tenants' claims.",
            "He demands",
        ),
    ],
)
def test_a_pronoun_and_its_verb_are_never_a_source(body: str, opening: str) -> None:
    claim = next(c for c in claims_in(body) if c.text.startswith(opening))
    assert claim.speaker is None or claim.speaker in ("Ann Kessler", "Tom Brannock")
    assert not any(s.source_start == claim.start and s.source_end - s.source_start > 3 for s in claim.attributions)


def test_a_pronoun_with_a_partner_still_speaks() -> None:
    body = "Tom Brannock won the lottery in May. He and his wife said they would give half of it away."
    assert "Brannock" in (_speaker_of(body, "He and his wife") or "") or _speaker_of(body, "He and") is not None


@pytest.mark.parametrize(
    "body",
    [
        "Voters in Ostra protested after Tom Brannock's proposed ban on cars.",
        "Tom Brannock's proposed ban on cars drew protests in Ostra on Monday.",
        "Protests grew after Brannock's planned cuts to buses.",
    ],
)
def test_a_possessive_before_a_participle_and_its_noun_is_no_source(body: str) -> None:
    speaker = claims_in(body)[0].speaker
    assert speaker is None or ("Brannock" not in speaker and "mayor" not in speaker and "Kessler" not in speaker)


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Moody's said the country's debt would keep rising.", "Moody"),
        ("The mayor's office said the buses would run on Sunday.", "mayor's office"),
    ],
)
def test_a_possessive_name_that_speaks_still_speaks(body: str, speaker: str) -> None:
    assert speaker in (claims_in(body)[0].speaker or "")


@pytest.mark.parametrize(
    "body",
    [
        "FBI chief Tom Brannock testified on Tuesday. Ann Kessler said her answers were the same. "
        "She went on to say that, because Brannock testified that her answers were truthful, the case was closed.",
        "Tom Brannock spoke first. Ann Kessler was next. "
        "She continued to insist that, as Brannock told the court, the fire had started in the kitchen.",
    ],
)
def test_went_on_to_say_is_a_verb_of_saying_before_one_inside_it(body: str) -> None:
    claim = next(c for c in claims_in(body) if c.text.startswith("She"))
    assert claim.speaker == "Ann Kessler"


@pytest.mark.parametrize(
    "body",
    [
        "The yield on the Ostra government's 10-year bond note fell to 3.1 percent on Monday.",
        "Ann Kessler won in Ostra before Tom Brannock posted an overwhelming victory in Velmar.",
        "The club posted a record loss of 4 million pounds for the season.",
        "The latest delay adds to the trouble that has surrounded the Velmar bridge.",
    ],
)
def test_words_that_only_look_like_cues_name_nobody(body: str) -> None:
    assert claims_in(body)[0].speaker is None


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("The mayor posted a video on Facebook saying the road would reopen in May.", "mayor"),
        ("Tom Brannock posted on X that the road would reopen in May.", "Tom Brannock"),
        (
            "The plan, which the Ostra Road Agency estimates will cost 3 million pounds, was approved.",
            "Ostra Road Agency",
        ),
    ],
)
def test_cues_that_report_still_speak(body: str, speaker: str) -> None:
    assert speaker in (claims_in(body)[0].speaker or "")


@pytest.mark.parametrize(
    "body",
    [
        "The mayor spoke on Monday. This article was updated to reflect that Tom Brannock conceded the race.",
        "The mayor spoke on Monday. This story has been updated to note that Ann Kessler posted the plan online.",
        "The Ostra Development Bank has found itself at the centre of the island's debt crisis.",
        "Tom Brannock found himself the target of protests in Velmar.",
    ],
)
def test_an_update_note_and_finding_oneself_name_no_speaker(body: str) -> None:
    assert all(c.speaker is None for c in claims_in(body))


def test_a_finding_still_speaks() -> None:
    assert claims_in("The Ostra Development Bank found that 40 percent of loans were late.")[0].speaker == (
        "Ostra Development Bank"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Meanwhile, Tom Brannock reminds us of the houseguest who will not leave.",
        "The town boasts more than 40 pubs and a castle.",
        "The new stadium boasts a roof that opens in eight minutes.",
    ],
)
def test_resembling_and_having_are_no_saying(body: str) -> None:
    assert all(c.speaker is None for c in claims_in(body))


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Ann Kessler reminded voters that the tax had paid for the road.", "Ann Kessler"),
        ("The mayor boasted that the town had more than 40 pubs.", "mayor"),
        ("The mayor boasted of a record year for tourism.", "mayor"),
    ],
)
def test_reminding_and_boasting_that_still_speak(body: str, speaker: str) -> None:
    assert claims_in(body)[0].speaker == speaker


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Tom Brannock reminded voters of the six years he had lived in Velmar.", "Tom Brannock"),
        ("Tom Brannock boasts about his record on the campaign trail.", "Tom Brannock"),
    ],
)
def test_reminding_someone_of_a_thing_and_boasting_about_it_still_speak(body: str, speaker: str) -> None:
    assert claims_in(body)[0].speaker == speaker
