"""Attributions as source, cue and content spans, and speakers that carry over sentences."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.carry import label_speaker
from corpus.model import CUE_KINDS, AttributionSpan, Claim

from .conftest import claims_in, make_article


def _parts(body: str, claim: Claim) -> list[tuple[str | None, str | None, str, str]]:
    return [
        (
            body[a.source_start : a.source_end] if a.source_start is not None else None,
            body[a.cue_start : a.cue_end] if a.cue_start is not None else None,
            body[a.content_start : a.content_end],
            a.how,
        )
        for a in claim.attributions
    ]


def test_source_cue_and_content_are_offsets_into_the_body() -> None:
    body = "Intro line for the test article.\n\nPentagon spokesperson Sabrina Kell said 300 troops had arrived."
    (claim,) = [c for c in claims_in(body) if c.speaker]
    assert claim.speaker == "Sabrina Kell"
    assert _parts(body, claim) == [("Pentagon spokesperson Sabrina Kell", "said", "300 troops had arrived", "verb")]


def test_an_attribution_closing_the_sentence_reports_what_comes_before() -> None:
    body = "The bridge will reopen on Friday, the transport ministry said in a statement."
    (claim,) = claims_in(body)
    assert _parts(body, claim)[0][1:3] == ("said", "The bridge will reopen on Friday")


def test_the_source_span_keeps_the_appositive_and_the_speaker_is_the_name() -> None:
    body = "“The port is open again,” said Ina Rask, an economist at the harbour bank."
    (claim,) = claims_in(body)
    assert claim.speaker == "Ina Rask"
    assert _parts(body, claim)[0][0] == "Ina Rask, an economist at the harbour bank"


def test_several_attributions_in_one_sentence_each_get_spans() -> None:
    body = "The army said 12 soldiers died, according to the state broadcaster KTV."
    (claim,) = claims_in(body)
    parts = _parts(body, claim)
    assert [p[0] for p in parts] == ["The army", "the state broadcaster KTV"]
    assert [a.how for a in claim.attributions] == ["verb", "according"]
    assert claim.speaker_chain == ["army", "KTV"]


def test_a_quotation_over_several_sentences_shares_its_attribution() -> None:
    body = "“The water rose fast. We moved the children first. Then the roof went,” Ana Ruiz said. The rain stopped at noon."
    speakers = [c.speaker for c in claims_in(body)]
    assert speakers[-1] is None and set(speakers[:-1]) == {"Ana Ruiz"}


def test_a_quotation_continued_over_paragraphs_keeps_its_speaker() -> None:
    body = (
        "“We will not sell the harbour,” Mayor Ana Ruiz said. “It belongs to the town.\n\n"
        "“Every family here depends on it for work and food.”\n\n"
        "The council meets again on Monday."
    )
    claims = claims_in(body)
    assert [c.speaker for c in claims] == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz", None]
    assert claims[2].attributions[0].how == "quotation"


def test_a_colon_introduces_the_next_paragraph() -> None:
    body = "Inspector Karl Vogt said:\n\nThe levee held overnight and the water is receding now."
    claims = claims_in(body)
    assert claims[-1].speaker == "Karl Vogt"
    span = claims[-1].attributions[0]
    assert span.how == "introduced" and body[span.source_start : span.source_end] == "Inspector Karl Vogt"


def test_a_transcript_label_names_who_speaks_in_its_paragraph() -> None:
    body = "MARSH: The levee held overnight and the water is receding. We expect the roads to reopen on Friday."
    claims = claims_in(body)
    assert [c.speaker for c in claims] == ["Marsh", "Marsh"]
    assert _parts(body, claims[0])[0][:2] == ("MARSH", ":")


def test_labels_that_name_a_kind_of_text_are_not_speakers() -> None:
    assert label_speaker("Update: the road reopened at noon.") is None
    assert label_speaker("Step 3: pour the concrete.") is None
    assert label_speaker("Harbour Board: ferries resume on Monday") == "Harbour Board"


def test_double_apostrophes_quote_like_quotation_marks() -> None:
    body = "''The port is open again for all ships,'' said Rep. Vann R. Newkirk of the harbour committee."
    (claim,) = claims_in(body)
    assert claim.speaker.startswith("Vann R. Newkirk")


def test_spans_survive_the_round_trip_through_to_dict() -> None:
    body = "The army said 12 soldiers died near the river crossing."
    (claim,) = claims_in(body)
    again = Claim.from_dict(claim.to_dict())
    assert again.attributions == claim.attributions
    old = claim.to_dict()
    del old["attributions"]  # a claim stored by an older pipeline
    assert Claim.from_dict(old).attributions == []


def test_inside_a_labelled_paragraph_a_he_said_is_still_the_labels_speaker() -> None:
    body = "MARSH: Well, the mayor said the levee would hold, and it did. I think we were lucky."
    assert [c.speaker for c in claims_in(body)] == ["Marsh", "Marsh"]


def test_a_section_title_is_not_a_label() -> None:
    assert label_speaker("The Long Road Back: the town rebuilt its harbour in two years.") is None


def test_a_quotation_reopened_after_its_speaker_continues_it() -> None:
    body = (
        "Intro line for the test article.\n\n“The bridge is safe,” said engineer Dora Lind. “We tested it twice. "
        "It will open in May.” The rain stopped at noon."
    )
    assert [c.speaker for c in claims_in(body)] == ["Dora Lind", "Dora Lind", None]


def test_a_clause_saying_who_the_speaker_is_closes_the_source_span() -> None:
    body = "“The harbour will not close,” said Luis Ortega, who heads the pilots’ union in Porto Vello."
    (claim,) = claims_in(body)
    assert claim.speaker == "Luis Ortega"
    assert _parts(body, claim)[0][0] == "Luis Ortega, who heads the pilots’ union in Porto Vello"


def test_said_before_a_clause_with_a_negated_verb_is_not_an_inverted_speaker() -> None:
    body = "Labour economist Ann Marsh, who studies wages at the institute, said Joan Field's plan didn't add up."
    (claim,) = claims_in(body)
    assert claim.speaker == "Ann Marsh"


def test_an_adverb_after_the_name_is_not_part_of_the_source() -> None:
    body = "Flooding, Governor Ana Ruiz often says, is the region's oldest enemy."
    (claim,) = claims_in(body)
    assert claim.speaker == "Ana Ruiz"
    assert _parts(body, claim)[0][0] == "Governor Ana Ruiz"


def test_a_person_at_an_outlet_is_the_speaker_not_the_outlet() -> None:
    body = "Tomas Grell at the Harbour Gazette agreed with the mayor about the vote."
    (claim,) = claims_in(body)
    assert claim.speaker == "Tomas Grell"


def test_a_relative_clause_names_who_speaks_and_the_span_stops_before_who() -> None:
    body = "The council will meet Ann Lee, now the port director, who in 2019 said the quay was unsafe."
    (claim,) = claims_in(body)
    assert claim.speaker == "Ann Lee"
    assert _parts(body, claim)[0][:2] == ("Ann Lee, now the port director", "said")


def test_a_second_verb_of_saying_belongs_to_the_main_subject() -> None:
    body = "In an interview on Monday, the harbour master criticized the budget and said it was too small."
    (claim,) = claims_in(body)
    assert _parts(body, claim)[0][:2] == ("the harbour master", "said")


def test_a_party_before_a_name_is_no_part_of_the_name() -> None:
    body = "House Republican Tom Marsh said the bill would pass. The Republican National Committee said it would not."
    assert [c.speaker for c in claims_in(body)] == ["Tom Marsh", "Republican National Committee"]


def test_a_headline_in_title_case_has_its_cue() -> None:
    body = "Lindqvist Says Port Will Reopen in May After Storm Repairs.\n\nThe harbour was closed in March."
    assert claims_in(body)[0].speaker == "Lindqvist"


def test_a_group_that_speaks_after_its_words() -> None:
    body = "A smaller port may not be a bad thing, say some economists, who recall the crash of 2008."
    (claim,) = claims_in(body)
    assert _parts(body, claim)[0][:2] == ("some economists, who recall the crash of 2008", "say")


def test_a_question_quoted_and_its_attribution_are_one_sentence() -> None:
    body = "“Why would we close the quay now?” Ina Feld asked. “It has never been busier.”"
    claims, _ = extract_article(make_article(body))
    assert body[claims[0].start : claims[0].end] == "“Why would we close the quay now?” Ina Feld asked."
    assert [c.speaker for c in claims] == ["Ina Feld", "Ina Feld"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Sen. Anna Kowalczyk, D-Ore., said the ferry levy was fair.", "Anna Kowalczyk"),
        ("Rep. Tomas Berg, R-N.Y., claimed the levy was a tax on fishermen.", "Tomas Berg"),
    ],
)
def test_a_party_and_state_between_commas_are_an_aside(sentence, speaker) -> None:
    claims, _ = extract_article(make_article(sentence))
    assert claims[0].speaker == speaker


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Tomas Berg maintained that the levy was legal.", "Tomas Berg"),
        ("Anna Kowalczyk maintains her innocence.", "Anna Kowalczyk"),
        ("The quay is unsafe, the harbour engineer maintains.", "harbour engineer"),
        ("The ferry firm has maintained a lead over its rivals for years.", None),
        ("Fishermen in the bay have maintained this faith for decades.", None),
    ],
)
def test_maintaining_reports_a_view_held_never_a_lead_kept(sentence, speaker) -> None:
    claims, _ = extract_article(make_article(sentence))
    assert [c.speaker for c in claims] in ([speaker], [] if speaker is None else [speaker])


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Senator Anna Kowalczyk, Democrat of Oregon, said the ferry levy was unfair.", "Anna Kowalczyk"),
        (
            "Officials at the Harbour Safety Board, a division of the port authority, said they were reviewing the crash.",
            "Officials at the Harbour Safety Board",
        ),
        (
            "An official with the Velmar Port Authority said the quay would reopen.",
            "official with the Velmar Port Authority",
        ),
    ],
)
def test_a_party_of_a_state_is_an_aside_and_officials_of_a_body_speak_for_it(sentence, speaker) -> None:
    claims, _ = extract_article(make_article(sentence))
    assert claims[0].speaker == speaker


def test_a_participle_of_saying_past_an_opening_and_a_sentence_adverb() -> None:
    claims, _ = extract_article(
        make_article("On Friday, meanwhile, Tomas Berg toured the quay, saying the repairs were late.")
    )
    assert claims[0].speaker == "Tomas Berg"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Tomas Berg did say the levy would be repealed.", "Tomas Berg"),
        ("The harbour charter does say that the quay belongs to the town.", "harbour charter"),
    ],
)
def test_an_emphatic_do_is_no_part_of_the_speaker(sentence, speaker) -> None:
    claims, _ = extract_article(make_article(sentence))
    assert claims[0].speaker == speaker


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Tomas Berg also attempted to portray the levy as a tax on fishermen.", "Tomas Berg"),
        ("Anna Kowalczyk tried to blame the council for the delays.", "Anna Kowalczyk"),
        (
            "In a statement, Gov. Tomas Berg (R) blasted the council and said the quay would close.",
            "Tomas Berg",
        ),
        ("The crew tried to reach the quay before dark.", None),
    ],
)
def test_attempts_to_say_and_a_party_in_brackets_before_and_said(sentence, speaker) -> None:
    claims, _ = extract_article(make_article(sentence))
    assert [c.speaker for c in claims][:1] in ([speaker], [] if speaker is None else [speaker])


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "“I don't know where he stands,” said undecided voter Anna Kowalczyk of Ashton, Md., before the meeting.",
            "Anna Kowalczyk",
        ),
        (
            "“Thanks for coming,” said master of ceremonies Tomas Berg, a retired engineer who moved to Ashton.",
            "Tomas Berg",
        ),
        ("“Watch the tide come in,” said former harbour pilot Anna Kowalczyk during the tour.", "Anna Kowalczyk"),
        (
            "“We are going to win the vote,” added his campaign manager Tomas Berg, speaking to reporters.",
            "Tomas Berg",
        ),
        ("“There is no place for this in the port,” former Gov. Tomas Berg of Oregon said on Twitter.", "Tomas Berg"),
    ],
)
def test_after_a_quotation_role_words_before_a_name_are_the_speakers(sentence, speaker) -> None:
    claims, _ = extract_article(make_article(sentence))
    assert claims[0].speaker == speaker


def test_after_a_quoted_title_a_possessor_is_no_speaker() -> None:
    body = "Tomas Berg, host of the radio show “Harbour Hour,” suggested harbour master Anna Kowalczyk’s refusal was a mistake."
    claims, _ = extract_article(make_article(body))
    assert claims[0].speaker == "Tomas Berg"


def test_a_person_familiar_with_the_plans_said_closing_the_sentence() -> None:
    body = "The quay would reopen in June, said a person familiar with the plans, who spoke on condition of anonymity."
    claims, _ = extract_article(make_article(body))
    assert claims[0].speaker == "person familiar with the plans"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The harbour board and the union both say the quay is unsafe.", "harbour board and the union"),
        ("The pilots all say the quay is unsafe.", "pilots"),
    ],
)
def test_both_or_all_after_a_party_is_no_part_of_it(sentence, speaker) -> None:
    claims, _ = extract_article(make_article(sentence))
    assert claims[0].speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ann Lee said the mill would close in March.", "said"),
        ("Tom Marsh does not think the dam will hold through the spring.", "believes"),
        ("According to the ministry, 40 people died in the floods.", "according-to"),
        ("The council denied that it had sold the land to the developer.", "denied"),
        ("The agency estimated that 2,000 homes were damaged by the storm.", "estimated"),
        ("The mayor warned that the bridge could close within weeks.", "warned"),
        ("Officials declined to comment on the closure of the plant.", "declined"),
        ("The union called for a strike at the port next week.", "urged"),
        ("Polls show a close race in the state's governor contest.", "found"),
        ("Ann Lee: “We will not sell the land to anyone.”", "said"),
    ],
)
def test_each_attribution_says_what_kind_of_cue_carries_it(sentence: str, kind: str) -> None:
    (claim,) = [c for c in claims_in(sentence) if c.attributions]
    assert claim.attributions[0].cue_kind == kind


def test_a_quotation_carried_over_keeps_the_kind_of_its_cue() -> None:
    body = "“The dam will not hold,” Tom Marsh warned on Monday. “The town must leave before the rains come.”"
    claims = [c for c in claims_in(body) if c.attributions]
    assert [(c.attributions[0].how, c.attributions[0].cue_kind) for c in claims] == [
        ("verb", "warned"),
        ("quotation", "warned"),
    ]


def test_an_attribution_stored_before_cue_kinds_loads_with_no_kind() -> None:
    old = {
        "speaker": "Ann Lee",
        "source_start": 0,
        "source_end": 7,
        "cue_start": 8,
        "cue_end": 12,
        "content_start": 13,
        "content_end": 40,
        "how": "verb",
        "chain": ["Ann Lee"],
    }
    assert AttributionSpan.from_dict(old).cue_kind is None
    assert AttributionSpan(**old).cue_kind is None  # the store's fast path (store/corpus_index.py)
    claim = Claim.from_dict(
        {
            "id": "c1",
            "article_id": "a1",
            "start": 0,
            "end": 40,
            "text": "x" * 40,
            "kind": "statement",
            "speaker": "Ann Lee",
            "certainty": "asserted",
            "attributions": [old],
        }
    )
    assert claim.attributions[0].cue_kind is None
    assert AttributionSpan.from_dict(claim.attributions[0].to_dict() | {"cue_kind": "said"}).cue_kind == "said"


def test_every_cue_kind_is_a_documented_one() -> None:
    body = (
        "Ann Lee said the mill closed. Tom Marsh thinks it will reopen. The firm denied that it sold the mill. "
        "According to the union, 300 jobs were lost. Officials declined to comment on the sale. "
        "The mayor urged calm after the sale. Critics accused the firm of lying about the sale."
    )
    kinds = {a.cue_kind for c in claims_in(body) for a in c.attributions}
    assert kinds and kinds <= set(CUE_KINDS)


def test_a_transcripts_continued_answer_is_the_labels_not_someone_it_quotes() -> None:
    body = (
        '"MARSH: Well, look, Ann Lee apparently thinks the levee is a toy. It is not.\n\n'
        '"REYES: Do you really think so?\n\n'
        '"MARSH: Well, the ferry has run for 40 years.\n\n'
        '"But the truth is that the levee held in 2019. I think it will hold again.'
    )
    claims = claims_in(body)
    last = [c for c in claims if c.text.startswith(('"But the truth', "I think"))]
    assert [c.speaker for c in last] == ["Marsh", "Marsh"]
    assert all(c.speaker != "Ann Lee" for c in claims)


@pytest.mark.parametrize(
    ("sentence", "cue", "content", "kind"),
    [
        (
            "It was reported that the mill in Velmar closed last week.",
            "was reported",
            "the mill in Velmar closed last week",
            "reported",
        ),
        (
            "It is widely believed that 40 people died in the fire.",
            "is widely believed",
            "40 people died in the fire",
            "believes",
        ),
        (
            "Ann Lee is said to have sold the mill in Velmar.",
            "is said",
            "Ann Lee is said to have sold the mill in Velmar",
            "said",
        ),
    ],
)
def test_a_statement_reported_with_no_source_keeps_its_cue_and_content(sentence, cue, content, kind) -> None:
    (claim,) = claims_in(sentence)
    assert claim.speaker is None
    assert claim.certainty == "hedged"
    (span,) = claim.attributions
    assert (span.source_start, span.speaker, span.how, span.cue_kind) == (None, None, "passive", kind)
    assert sentence[span.cue_start : span.cue_end] == cue
    assert sentence[span.content_start : span.content_end] == content


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor was told that the mill in Velmar would close.",
        "The theft was reported to police in Velmar on Monday.",
        "“It was reported that the mill closed,” the mayor said in Velmar.",
    ],
)
def test_a_passive_that_reports_nothing_unsourced_gets_no_agentless_span(sentence) -> None:
    assert all(a.how != "passive" for c in claims_in(sentence) for a in c.attributions)


@pytest.mark.parametrize(
    "sentence",
    [
        "Many owners of the boats in Velmar share these fears, but the harbour board says the quay is safe.",
        "The new video of the crash has become a rallying point for fishermen here, who have marched and called for "
        "an inquiry.",
        "At the league, the interests of member states trump everything else.",
    ],
)
def test_a_phrase_that_names_nobody_is_no_speaker(sentence: str) -> None:
    speakers = [c.speaker for c in claims_in(sentence)]
    assert all(s is None or s in ("harbour board", "Harbour Board") for s in speakers), speakers
    assert not any(s and (" share " in s or s in ("The", "threat", "interests of member")) for s in speakers)


def test_many_of_whom_speaks_for_the_party_named_before_it() -> None:
    body = "The closure angered the families of the Velmar crew, many of whom say the ferry was never safe."
    (claim,) = claims_in(body)
    assert claim.speaker == "families of the Velmar crew"
    (span,) = claim.attributions
    assert body[span.source_start : span.source_end] == "the families of the Velmar crew"


def test_citing_a_source_still_names_it() -> None:
    body = "The ministry closed the port on Monday, citing a report from the coast guard."
    assert [a.how for c in claims_in(body) for a in c.attributions] == ["citing"]


def test_a_curly_quotation_closed_by_a_straight_mark_leaves_its_attribution_readable() -> None:
    body = (
        '“No deals should be a condition of helping the police," Chairman Tom Marsh said in a statement, adding '
        'that the deals were handed out "like sweets."'
    )
    (claim,) = claims_in(body)
    assert claim.speaker == "Tom Marsh"
    assert [body[a.cue_start : a.cue_end] for a in claim.attributions][:1] == ["said"]


def test_a_guess_opened_by_maybe_names_no_speaker() -> None:
    body = "Maybe Ann Lee wants the town to forget the flood and the cost of the repairs."
    assert all(c.speaker is None for c in claims_in(body))


def test_a_focus_word_before_the_subject_is_no_part_of_the_source() -> None:
    body = "Even Tom Marsh, a stalwart ally of the mayor, said the levy was too high."
    (claim,) = claims_in(body)
    assert claim.speaker == "Tom Marsh"
    assert body[claim.attributions[0].source_start : claim.attributions[0].source_end].startswith("Tom Marsh")


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite having rejected the claims, the Velmar port board paid the fine on Friday.",
        "After having warned of delays for months, the harbour council approved the pier plan.",
    ],
)
def test_a_clause_opened_by_having_names_no_speaker(sentence: str) -> None:
    for claim in claims_in(sentence):
        assert claim.speaker is None or "having" not in claim.speaker.lower(), claim.speaker
        assert all("having" not in (s.speaker or "").lower() for s in claim.attributions)


def test_a_plan_told_of_a_thing_names_no_speaker_but_a_party_planning_still_speaks() -> None:
    (told,) = claims_in("The Velmar pier survey planned for September was cancelled on Friday.")
    assert told.speaker is None and not told.attributions
    (planned,) = claims_in("The harbour council planned for years to close the pier.")
    assert planned.speaker == "harbour council"
