"""Stances a named party states without a verb of saying (session 46): doubts and concerns raised, a line doubled
down on, calls kept up, the need or wisdom of something questioned, views echoed by a named party,
a report stated in, a reply to words; and the same words where nobody states anything."""

from __future__ import annotations

import pytest

from .conftest import claims_in, make_article


def _speaker_and_source(body: str, sentence: str) -> tuple[str | None, str]:
    """The speaker of the claim holding ``sentence`` and its first source as written ("" if none)."""
    from corpus.extract.article import extract_article

    claims, _ = extract_article(make_article(body))
    at = body.index(sentence)
    claim = next((c for c in claims if c.start <= at < c.end), None)
    if claim is None or not claim.speaker:
        return None, ""
    written = next((body[a.source_start : a.source_end] for a in claim.attributions if a.source_start is not None), "")
    return claim.speaker, written


def _speaker_of(body: str, sentence: str) -> str | None:
    return _speaker_and_source(body, sentence)[0]


_INTRO = "The ferry between Tarrow and Holm Island was cancelled for the third time this month. "


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The island's councillor, Moira Bayne, has raised concerns about the age of the ferry's engines.",
            "Moira Bayne",
        ),
        ("The Holm Island Trust raised fresh doubts over the operator's timetable on Monday.", "Holm Island Trust"),
        ("Hauliers have raised questions about who will pay for the extra sailings.", "Hauliers"),
        ("The operator, Skerry Lines, is doubling down on its claim that the weather was to blame.", "Skerry Lines"),
        ("Island families continued to call for a second vessel on the route.", "Island families"),
        ("The transport minister, Alan Reid, questioned the need for a new harbour at Tarrow.", "Alan Reid"),
        ("Two island councillors have questioned the wisdom of cutting the winter timetable.", "island councillors"),
        ("Her concerns were echoed by Ewan Strachan, the island's doctor.", "Ewan Strachan"),
        ("Island hoteliers are questioning the integrity of the operator's booking figures.", "Island hoteliers"),
        ("Hauliers complain bitterly that the booking system favours tourists.", "Hauliers"),
        ("Skerry Lines has effectively ruled that out.", "Skerry Lines"),
        ("As stated in the trust's annual report, the pier needs £2 million of repairs.", "trust's annual report"),
        ("The minister responded to the councillor's criticism in a letter on Friday.", "minister"),
        ("A 2022 survey that appeared in the Island Times found that most residents wanted a bridge.", "survey"),
        ("One of the skippers who signed the petition called the timetable a disgrace.", "One of the skippers"),
        ("The timetable was criticised by Megan Duncan, the island's harbour master.", "Megan Duncan"),
    ],
)
def test_a_stance_stated_by_a_named_party_is_theirs(sentence: str, speaker: str) -> None:
    got, written = _speaker_and_source(_INTRO + sentence, sentence)
    assert got is not None and speaker.lower() in f"{got} | {written}".lower(), (got, written)


@pytest.mark.parametrize(
    "sentence",
    [
        "The cancellations have raised questions about the future of the route.",
        "The storm raised concerns among fishermen that the harbour wall would not hold.",
        "Police questioned the driver of the lorry for two hours.",
        "The ferry's hull is supported by steel props while it is in dry dock.",
        "The ramp was echoed by a second ramp on the far quay.",
        "Skerry Lines raised its fares by 4 percent in April.",
        "The crew raised the anchor at 6am.",
        "Detectives questioned two men as suspects.",
        "As stated in May, the timetable is under review.",
        "As stated in this column last week, the timetable is under review.",
        "The coastguard responded to the mayday with a lifeboat from Tarrow.",
        "The timetable was criticised by the South African.",
    ],
)
def test_the_same_words_where_nobody_states_a_stance_name_no_speaker(sentence: str) -> None:
    assert _speaker_of(_INTRO + sentence, sentence) is None


def test_a_revised_estimate_stays_its_makers_beside_doubts_raised() -> None:
    sentence = "The coastguard on Monday raised its own estimate of the fuel spilled to 40 tonnes."
    assert _speaker_of(_INTRO + sentence, sentence) is not None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Harbour Board did not return a request for comment.", "Harbour Board"),
        ("The operator did not respond to requests to comment on the cancellations.", "operator"),
        ("Skerry Lines did not respond to emailed questions about the engines.", "Skerry Lines"),
        ("A spokeswoman for the trust declined comment beyond its statement.", "spokeswoman"),
        ("The minister declined an interview request from the Island Times.", "minister"),
        ("The skipper, Ian Gow, declined to be interviewed for this article.", "Ian Gow"),
        ("The minister, Alan Reid, responded on Sunday to accusations that he had ignored the island.", "Alan Reid"),
        ("In Tarrow, Reid referred to the protesters as vandals.", "Reid"),
        ("Reid went on to name six harbours that would lose their ferries.", "Reid"),
        ("The councillor, Moira Bayne, went on BBC Radio Orkney to defend the timetable.", "Moira Bayne"),
    ],
)
def test_refusals_replies_and_words_on_air_are_the_speakers(sentence: str, speaker: str) -> None:
    got, written = _speaker_and_source(_INTRO + sentence, sentence)
    assert got is not None and speaker.lower() in f"{got} | {written}".lower(), (got, written)


@pytest.mark.parametrize(
    "sentence",
    [
        "The skipper was referred to hospital as a precaution.",
        "Reid went on to win the seat by 300 votes.",
        "The ferry went on to Holm Island at noon.",
        "The minister goes on a tour of the islands to defend the timetable next week.",
    ],
)
def test_the_same_words_as_acts_name_no_speaker(sentence: str) -> None:
    assert _speaker_of(_INTRO + sentence, sentence) is None


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("responded to the mayor's criticism", "said"),
        ("did not return a request for comment", "declined"),
        ("declined an interview request", "declined"),
        ("ruled that out", "denied"),
        ("continued to call for", "urged"),
    ],
)
def test_what_the_new_cues_say_of_their_content(cue: str, kind: str) -> None:
    from corpus.extract.cues import kind_of_cue

    assert kind_of_cue(cue, "verb") == kind


def test_a_named_poll_with_its_date_or_kind_around_the_name_is_the_source() -> None:
    for sentence, source in [
        ("In an early-October Island Times poll, the bridge led the ferry 56 percent to 32 percent.", "Island Times"),
        ("The bridge held a 24-point lead among farmers in a Holm Radio online poll.", "Holm Radio"),
    ]:
        got, written = _speaker_and_source(_INTRO + sentence, sentence)
        assert got is not None and source.lower() in f"{got} | {written}".lower(), (got, written)


def test_a_poll_named_by_where_it_was_taken_names_no_source() -> None:
    sentence = "The Democratic candidate leads by 9 points in a Texas poll."
    assert _speaker_of(_INTRO + sentence, sentence) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The inspectorate rated 30% of the island's schools as inadequate.", "inspectorate"),
        ("The watchdog rated 12 of the 40 care homes as unsafe.", "watchdog"),
        ("Mr. Reid sees Mr. Gow as captured by the harbour lobby.", "Reid"),
        ("Island voters increasingly view Mrs. Bayne as the only councillor who listens.", "voters"),
        ("Reid characterized the harbour master, Ian Gow, as a man who never listened.", "Reid"),
        ("Some councillors, however, question the wisdom of cutting the winter timetable.", "councillors"),
        (
            'Reid characterized the island\'s long-serving harbour master, Captain Ian Gow, as, "a man who never listens".',
            "Reid",
        ),
        (
            "The trust has asked the Island Times' editor, Ruth Mair, the chair of last week's debate, to check the figures.",
            "trust",
        ),
    ],
)
def test_what_is_cast_may_hold_a_share_or_an_aside_and_an_aside_may_split_subject_and_verb(
    sentence: str, speaker: str
) -> None:
    got, written = _speaker_and_source(_INTRO + sentence, sentence)
    assert got is not None and speaker.lower() in f"{got} | {written}".lower(), (got, written)


def test_a_cue_word_after_a_possessive_is_a_noun_not_the_sentences_cue() -> None:
    sentence = "The inspectorate rated 30% of the operator's claims as unproven."
    got, written = _speaker_and_source(_INTRO + sentence, sentence)
    assert got is not None and "inspectorate" in f"{got} | {written}".lower()
    assert "rated" not in written, written


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tarrow Players cast actor Tom Marsh as the ferry captain.",
        "The Tarrow Players cast Ann Lee as Lady Macbeth.",
        "The inspectors do not recognize the old harbour wall of the island of Holm as a listed structure.",
    ],
)
def test_a_part_given_or_a_long_object_before_as_names_no_speaker(sentence: str) -> None:
    assert _speaker_of(_INTRO + sentence, sentence) is None


def test_a_statement_owned_before_that_stays_its_owners() -> None:
    sentence = "Despite Reid's claims that the ferry is safe, the inspectors found rust on its hull."
    assert _speaker_of(_INTRO + sentence, sentence) == "Reid"


def test_rates_raised_to_a_figure_are_no_rating() -> None:
    body = "Island bank lifts rates to 3.25% as prices climb\n\nThe Holm Island Savings Bank raised its main rate on Monday."
    claims = claims_in(body)
    assert claims and claims[0].speaker is None, [(c.speaker, body[c.start : c.end]) for c in claims]
