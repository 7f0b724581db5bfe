"""Who said it (session 32). Every sentence is the test's own. Each case of the first group of a rule fails on the
code before its change; the guards pass before and after.

- "called upon", "called again for", "is calling once again for" are calls for something, as "called for" is.
- A title-case headline may leave "after", "over", "amid", "about", "against" and "before" small ("Moss Calls for
  Inquiry after Report ..."): its cue is still read.
- A title-case headline's cue of speech with an object and no clause ("Moss Promises Action On Dam", "Berg Urges Calm")
  is speech; not "Slams", "Blasts" or "Welcomes", which storms, strikers and towns do too.
- A cue closing the sentence after a bare day, as wire copy writes it ("..., a federal judge ruled Monday.").
- "repeated accusations that", "repeated his call for": what was said again, named with what it holds ("repeated the
  test" is no saying).
- "charged with" is an accusation in law ("Police charged him with theft", "the man charged with fraud"), no saying;
  "charged that" still is.
- A second verb of saying has the sentence's subject after a party in brackets and a day ("Sen. Ann Lee (R-Vel.) on
  Monday played down ... and said") and after ", then" ("Lee offered him a job, then said"); not when "then" opens
  another subject's clause.
- An opening mark typed to close a quotation ('“It is a rare step,“ said Ann Lee') is read as the closing mark it is:
  the quotation has its speaker and ends there (not running on over the sentences after it); the claim keeps the text
  as written.
- The subject of an act not done says what a participle of saying after it tells ("Police did not name the man,
  saying only that he was 40").
- A judgement of a person named with "former", "fellow", "outgoing" or "incoming" before the name ("praised former
  Governor Tom Hale") is said, as one of the name alone is.
- A party that acts, then blames, alleges, urges, demands, predicts, pledges, criticises or complains in a participle
  after a comma ("Workers walked out, demanding a 5 percent rise") says it; not after a text ("tweets criticizing
  Lee": whose tweets, the subject may not tell) nor in a sentence opened by a subordinate clause ("As results came
  in, he spoke, predicting ...").
- A plural noun after the first word of a subject is no verb ("The Lakeport tenants' association is suing ..., alleging":
  not "Lakeport"; "Bus drivers walked out, ...": not "Bus").
- "on Wednesday morning" between a name and its cue is no part of the source.
"""

from __future__ import annotations

import pytest

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next(c.speaker for c in claims_in(body) if c.text.startswith(opening))


def _source_of(body: str, opening: str) -> str | None:
    claim = next(c for c in claims_in(body) if c.text.startswith(opening))
    spans = [a for a in claim.attributions if a.source_start is not None and a.source_end is not None]
    return body[spans[0].source_start : spans[0].source_end] if spans else None


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Senator Hal Moss on Wednesday also called upon the government to open talks with Velmar.",
            "Senator Hal Moss",
            "Hal Moss",
        ),
        (
            "Councillor Ruth Ames called again for the ferry contract to be published in full.",
            "Councillor Ruth Ames",
            "Ruth Ames",
        ),
        ("The Lakeport nurses' union is calling once again for a 6 percent rise.", "The Lakeport", "Lakeport nurses"),
    ],
)
def test_calls_upon_and_again_for_are_calls(body, opening, speaker):
    assert speaker in (_speaker_of(body, opening) or "")


def test_called_upon_in_the_passive_names_nobody():
    body = "Hal Moss was called upon to give evidence to the inquiry in March 2024."
    assert _speaker_of(body, "Hal Moss") is None


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Hal Moss Calls for Inquiry after Report Reveals Mayor's Meetings with Donors\n"
            "LAKEPORT - Senator Hal Moss asked for an inquiry on Monday into 14 meetings the mayor held.",
            "Hal Moss Calls",
            "Hal Moss",
        ),
        (
            "Anna Berg Promises Action On Flood Defences In First 100 Days\n"
            "LAKEPORT - Mayor Anna Berg set out plans on Tuesday for 3 new barriers on the river.",
            "Anna Berg Promises",
            "Anna Berg",
        ),
    ],
)
def test_title_case_headlines_with_a_cue_of_speech(body, opening, speaker):
    assert _speaker_of(body, opening) == speaker


@pytest.mark.parametrize(
    "body, opening",
    [
        (
            "Storm Slams Lakeport Coast Overnight\nLAKEPORT - Waves 6 metres high broke over the sea wall on Sunday.",
            "Storm Slams",
        ),
        (
            "Lakeport Welcomes New Ferry Service To Velmar\nLAKEPORT - The first of 4 daily ferries sailed on Monday.",
            "Lakeport Welcomes",
        ),
    ],
)
def test_title_case_headlines_of_acts_name_no_speaker(body, opening):
    assert not any(c.speaker for c in claims_in(body) if c.text.startswith(opening))


def test_a_closing_cue_after_a_bare_day():
    body = "The man charged with selling the rifles will stay in custody until his trial, a federal judge ruled Monday."
    assert _speaker_of(body, "The man charged") == "federal judge"


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Anna Berg, the town's former mayor, repeated accusations that Moss had hidden a 2 million pound overspend.",
            "Anna Berg",
            "Anna Berg",
        ),
        ("Hal Moss repeated his call for an inquiry into the 40 million pound dam.", "Hal Moss", "Hal Moss"),
    ],
)
def test_repeating_a_named_saying(body, opening, speaker):
    assert _speaker_of(body, opening) == speaker


def test_repeating_a_test_is_no_saying():
    body = "The laboratory repeated the test on 12 samples in May 2024."
    assert _speaker_of(body, "The laboratory") is None


def test_a_time_of_day_is_no_part_of_the_source():
    body = "Senator Hal Moss on Wednesday morning said the dam had cost 40 million pounds."
    assert _source_of(body, "Senator Hal Moss") == "Senator Hal Moss"
    assert _speaker_of(body, "Senator Hal Moss") == "Hal Moss"


@pytest.mark.parametrize(
    "body, opening",
    [
        ("The man charged with selling the rifles will stay in custody until his trial in May 2026.", "The man"),
        ("Police charged the driver with careless driving after the crash on the A39 on 4 March.", "Police"),
    ],
)
def test_charged_with_is_no_saying(body, opening):
    assert _speaker_of(body, opening) is None


def test_charged_that_is_still_a_saying():
    body = "Hal Moss charged that the count in 3 wards had been rigged."
    assert _speaker_of(body, "Hal Moss") == "Hal Moss"


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Sen. Hal Moss (R-Vel.) on Wednesday played down the row over the judge and said it would pass within 2 weeks.",
            "Sen. Hal Moss",
            "Hal Moss",
        ),
        (
            "Councillor Ruth Ames offered the fishermen a meeting, then said the quota would be cut by 10 percent.",
            "Councillor Ruth Ames",
            "Ruth Ames",
        ),
    ],
)
def test_a_second_verb_of_saying_after_a_party_and_day_or_then(body, opening, speaker):
    assert _speaker_of(body, opening) == speaker


def test_then_opening_another_subjects_clause():
    body = "The storm hit the coast on Sunday, then Councillor Ruth Ames said 40 homes had been flooded."
    assert _speaker_of(body, "The storm") == "Ruth Ames"


def test_an_opening_mark_typed_to_close_a_quotation():
    body = (
        "“The port has lost 3 ships this year,“ said Anna Berg, a lawyer at the Lakeport Law Centre. "
        "Hal Moss, a former harbour master, met Berg on Monday and said he would back her case."
    )
    claims = claims_in(body)
    quoted = next(c for c in claims if c.text.startswith("“The port"))
    assert quoted.speaker == "Anna Berg"
    assert quoted.text == body[quoted.start : quoted.end]  # as written, the typed mark kept
    assert _speaker_of(body, "Hal Moss") == "Hal Moss"


def test_an_opening_mark_before_its_words_still_opens():
    body = "Anna Berg said:“The port has lost 3 ships this year.” Hal Moss said the figure was 2."
    assert _speaker_of(body, "Hal Moss") == "Hal Moss"


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Lakeport police did not name the driver, saying only that he was 40 and lived in Velmar.",
            "Lakeport police",
            "police",
        ),
        (
            "Councillor Ruth Ames didn't give the cost, saying only that it was less than 2 million pounds.",
            "Councillor Ruth Ames",
            "Ruth Ames",
        ),
    ],
)
def test_an_act_not_done_then_a_participle_of_saying(body, opening, speaker):
    assert speaker in (_speaker_of(body, opening) or "")


def test_praising_a_former_holder_of_a_title():
    body = "Senator Hal Moss met voters in Lakeport. He is also praising former Governor Tom Hale, who left office in 2019."
    assert _speaker_of(body, "He is also") == "Hal Moss"


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Nurses at Lakeport General walked out on Monday, demanding a 5 percent rise.",
            "Nurses",
            "Nurses at Lakeport",
        ),
        (
            "Councillor Ruth Ames voted against the budget of 4 million pounds, complaining that it ignored the harbour.",
            "Councillor Ruth Ames",
            "Ruth Ames",
        ),
    ],
)
def test_a_participle_of_what_a_party_holds_after_its_act(body, opening, speaker):
    assert speaker in (_speaker_of(body, opening) or "")


def test_a_participle_after_a_text_or_a_subordinate_opening_names_nobody():
    body = (
        "Ruth Ames spoke to reporters on Friday after Hal Moss posted 12 tweets criticizing Anna Berg. "
        "As results came in on Tuesday night, the 3 candidates met voters in Lakeport, predicting a close count."
    )
    assert _speaker_of(body, "Ruth Ames") != "Ruth Ames"
    assert _speaker_of(body, "As results") is None


def test_a_plural_noun_inside_the_subject_is_no_verb():
    body = "The Lakeport tenants' association is suing Harbour Homes, alleging that it ignored 300 repair requests."
    assert _speaker_of(body, "The Lakeport") != "Lakeport"
