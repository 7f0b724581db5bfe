"""Claims worth checking on news the rules were not written from: one paragraph per rule, each with
the sentences the rule must leave as claims beside the ones it takes out."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _kinds(body: str) -> dict[str, str]:
    claims, _ = extract_article(make_article(body))
    return {c.text: c.kind for c in claims}


def _is_claim(kinds: dict[str, str], sentence: str) -> bool:
    return sentence in kinds and kinds[sentence] != "background"


def test_a_description_in_the_writers_voice_is_not_a_claim() -> None:
    """A present state with nothing done in it is biography or scene, not something to check;
    a passive or an act going on is."""
    described = "Dana Okafor is a co-founder of Harbourline Capital, a shipping investment firm."
    investigated = "Harbourline Capital is being investigated by the port regulator."
    spread = "The blight is spread by beetles, not by the wind."
    kinds = _kinds(f"{described}\n\n{investigated}\n\n{spread}")
    assert not _is_claim(kinds, described)
    assert _is_claim(kinds, investigated) and _is_claim(kinds, spread)


def test_an_event_word_used_as_a_noun_tells_no_event_alone() -> None:
    """ "the campaign", "her plans": a noun after an article or possessive tells of an event only
    with an act of its own in the sentence."""
    nominal = "In the end, the mayor's campaign was in no position to argue with the harbour board."
    promoting = "Mayor Ana Ruiz is promoting her plans for the harbour."
    came = "The council’s answer to the protest came in a letter to the harbour board."
    kinds = _kinds(f"{nominal}\n\n{promoting}\n\n{came}")
    assert not _is_claim(kinds, nominal)
    assert _is_claim(kinds, promoting) and _is_claim(kinds, came)


def test_a_gesture_after_the_cue_reports_nothing() -> None:
    """ "Ruiz said, looking at the crowd": what was said is in another sentence."""
    gesture = "Ruiz said, looking out at the crowd."
    adding = "Ruiz said, adding that the mill would close in May."
    kinds = _kinds(f"“We will rebuild the pier,” Mayor Ana Ruiz said on Monday.\n\n{gesture}\n\n{adding}")
    assert kinds[gesture] == "background"  # kept for its speaker, not underlined
    assert _is_claim(kinds, adding)


def test_a_retort_quoted_is_rhetoric() -> None:
    retort = "“Tell that to the fishermen who lost their boats,” Ruiz said."
    told = "“The fishermen lost 40 boats in the storm,” Ruiz said."
    kinds = _kinds(f"{retort}\n\n{told}")
    assert kinds[retort] == "background" and _is_claim(kinds, told)


def test_a_quoted_view_is_background_and_a_quoted_fact_a_claim() -> None:
    """The speaker's own words saying what something is or how good it is hold nothing to check;
    a future, a passive, an act or an effect quoted do."""
    view = "“It was a spectacular deal for the port,” said Tom Berg, a shipping lawyer."
    chaos = "“That is simply a disgrace,” Berg said."
    future = "“The port will reopen on Monday,” Berg said."
    passive = "“The ferries are being inspected,” Berg said."
    effect = "“Every week of this closure hurts the fishing families,” Berg said."
    kinds = _kinds("\n\n".join((view, chaos, future, passive, effect)))
    assert kinds[view] == "background" and kinds[chaos] == "background"
    assert all(_is_claim(kinds, s) for s in (future, passive, effect))


def test_credit_lines_are_furniture() -> None:
    credits = "(Additional reporting by Ana Ruiz in Velmar; Editing by Tom Berg.)"
    contributed = "Tom Berg contributed reporting."
    fact = "The harbour board approved the repairs on Tuesday."
    kinds = _kinds(f"{fact}\n\n{credits}\n\n{contributed}")
    assert credits not in kinds and contributed not in kinds
    assert _is_claim(kinds, fact)


def test_a_short_quoted_exclamation_is_background() -> None:
    exclaimed = "“Here comes the mayor,” she said, clapping."
    appeal = "“We will appeal,” the council said."
    kinds = _kinds(f"Ana Ruiz waited at the pier on Monday.\n\n{exclaimed}\n\n{appeal}")
    assert kinds[exclaimed] == "background" and _is_claim(kinds, appeal)


def test_a_quoted_supposition_is_background_and_a_quoted_promise_a_claim() -> None:
    """ "would" and "should" in a speaker's own words suppose or advise; "will" promises."""
    supposed = "“He would be a great harbour master,” said Tom Berg, a neighbour."
    advice = "“The board should be ashamed,” Berg said."
    promise = "“The board will publish the report,” Berg said."
    reported = "Harbour chief Lena Voss said the board would “act quickly.”"  # the reporter's "would": a future
    kinds = _kinds("\n\n".join((supposed, advice, promise, reported)))
    assert kinds[supposed] == "background" and kinds[advice] == "background"
    assert _is_claim(kinds, promise) and _is_claim(kinds, reported)


def test_a_question_reported_asserts_nothing() -> None:
    """ "asked whether", "wondered if", "questioned how": a question told; the answer, when given, is a claim."""
    asked = "Ruiz asked whether the council had read the report."
    wondered = "Tom Berg wondered if the ferry would ever return."
    writer = "Earhardt then asked Ruiz which districts she could win."
    answered = "Asked whether she would run again, Ruiz said she had decided to retire."
    kinds = _kinds("\n\n".join((asked, wondered, writer, answered)))
    assert kinds[asked] == "background" and kinds[wondered] == "background"
    assert not _is_claim(kinds, writer)
    assert _is_claim(kinds, answered)


def test_the_date_of_a_saying_does_not_make_an_opinion_checkable() -> None:
    """ "she said Monday" dates the saying; what is said decides, unless it is to come by a date."""
    opinion = "“It's a disgrace,” Mayor Ana Ruiz said on Monday."
    forecast = "Experts said on Monday that prices could fall by 2027."
    act = "“The council closed the pier,” Ruiz said on Monday."
    kinds = _kinds("\n\n".join((opinion, forecast, act)))
    assert kinds[opinion] == "background"
    assert _is_claim(kinds, forecast) and _is_claim(kinds, act)


def test_a_past_participle_used_as_an_adjective_tells_no_event() -> None:
    scene = "Velmar's harbour office was full of uniformed officers and college-educated volunteers."
    done = "Uniformed officers arrested two volunteers outside the harbour office."
    kinds = _kinds(f"{scene}\n\n{done}")
    assert not _is_claim(kinds, scene) and _is_claim(kinds, done)


def test_where_and_when_a_quotation_was_said_leave_it_a_quotation() -> None:
    """After the cue, where and when it was said do not make a view checkable; more reported after
    it ("adding that ...") or the reporter's paraphrase around quoted words is not the quotation alone."""
    interview = "“It was a spectacular deal,” Tom Berg said in an interview with the Velmar Post."
    adding = "“It was a spectacular deal,” Berg said, adding that the board would sell the pier."
    paraphrase = "Berg said the board’s “only plan” was a “fire sale” of the pier and its ferries."
    kinds = _kinds("\n\n".join((interview, adding, paraphrase)))
    assert kinds[interview] == "background"
    assert _is_claim(kinds, adding) and _is_claim(kinds, paraphrase)


def test_a_judgement_after_an_introductory_phrase_is_still_a_judgement() -> None:
    """ "As in past years, however, ..." opens the sentence; the clause after it decides, unless
    the opening phrase tells an act of its own."""
    judged = "As in past years, however, this year's regatta on Lake Velmar is different."
    dateline = "VELMAR, Ostra (Reuters) - If the ferries stop this week, the island could run out of fuel."
    acted = "After Velmar's council closed the pier, the harbour was a disaster."
    kinds = _kinds(f"{judged}\n\n{dateline}\n\n{acted}")
    assert not _is_claim(kinds, judged) and not _is_claim(kinds, dateline)
    assert _is_claim(kinds, acted)


def test_the_writers_aside_to_the_reader_is_colour() -> None:
    """ "Let's look at ...", "Hopefully, ...", "Make no mistake, ...": the writer talking to the reader."""
    aside = "Let's look at what the harbour plan means for the ferry crews."
    hope = "Hopefully, the Velmar council will settle the dispute before the summer."
    fact = "The Velmar council settled the dispute with the ferry crews."
    kinds = _kinds(f"{aside}\n\n{hope}\n\n{fact}")
    assert not _is_claim(kinds, aside) and not _is_claim(kinds, hope)
    assert _is_claim(kinds, fact)


def test_an_open_question_in_the_writers_voice_asserts_nothing() -> None:
    unclear = "It is unclear whether the Velmar ferry service will be restored before the winter."
    said = "The Velmar ferry service will resume before the winter, operator Ostra Lines said."
    kinds = _kinds(f"{unclear}\n\n{said}")
    assert not _is_claim(kinds, unclear) and _is_claim(kinds, said)


def test_where_a_saying_was_made_is_not_what_was_said() -> None:
    """ "The remarks came as ...", "Lenz made the comments at a rally", "paused to make a remark": the
    saying is told elsewhere; a sentence about someone who made statements, with an act of its own, is
    a claim."""
    came = "Mayor Ana Ruiz's remarks came as the Velmar council met to discuss the harbour budget."
    made = "Ruiz made the comments at a rally in the old fish market."
    acted = "Officials who made the usual statements of support were criticised by the Velmar fishermen's union."
    announced = "During her tour of the Velmar docks, Ruiz paused to make an improbable remark."
    message = "Ostra Lines bought airtime for a video with a similar message about the Velmar ferries."
    kinds = _kinds("\n\n".join((came, made, acted, announced, message)))
    assert not _is_claim(kinds, came) and kinds[made] == "background"  # kept for its speaker
    assert not _is_claim(kinds, announced)
    assert _is_claim(kinds, acted) and _is_claim(kinds, message)


def test_manner_and_posture_set_a_scene_and_tell_no_event() -> None:
    scene = "Mayor Ana Ruiz watched from the front row of the Velmar town hall and smiled."
    act = "Mayor Ana Ruiz signed the harbour agreement in the Velmar town hall."
    kinds = _kinds(f"{scene}\n\n{act}")
    assert not _is_claim(kinds, scene) and _is_claim(kinds, act)


def test_the_writers_own_experience_is_colour_even_when_dated() -> None:
    """A date does not make the writer's "I met ..." checkable; a party whose name holds "Our" or
    "We" is no first person."""
    met = "Last week, I met Velmar's harbour master at the old fish market."
    named = "Our Harbour Trust, a Velmar charity, bought the old pier on Monday."
    kinds = _kinds(f"{met}\n\n{named}")
    assert kinds[met] == "background"  # kept for its date, not a claim
    assert _is_claim(kinds, named)


def test_a_quoted_sentiment_in_the_first_person_is_background() -> None:
    """ "We", "I", "you" in a quotation that names no one and tells nothing done, to come or wanted:
    how the speaker feels; what they saw or heard, an effect told or a stance taken is a claim."""
    sentiment = "“Whether we agree or not, we can still talk to each other,” Tom Berg said."
    heard = "“I suddenly heard the crash and people shouting,” Berg said."
    effect = "“Every week of this strike hurts families,” Berg said."
    stance = "“We accept the harbour board's decision,” Berg said."
    kinds = _kinds("\n\n".join((sentiment, heard, effect, stance)))
    assert kinds[sentiment] == "background"
    assert _is_claim(kinds, heard) and _is_claim(kinds, effect) and _is_claim(kinds, stance)


def test_critical_of_someone_reports_a_stance_not_a_judgement() -> None:
    stance = "Mayor Ana Ruiz, a former diver, was critical of the harbour board, which is rebuilding the pier."
    judged = "Mayor Ana Ruiz, a former diver, was wrong about the harbour board, which is rebuilding the pier."
    kinds = _kinds(f"{stance}\n\n{judged}")
    assert _is_claim(kinds, stance) and not _is_claim(kinds, judged)


def test_a_confirmation_negated_confirms_nothing() -> None:
    withheld = "The Velmar port authority did not immediately confirm the closure of the pier."
    declined = "Ostra Lines declined to confirm the new ferry timetable for Velmar."
    confirmed = "The Velmar port authority confirmed the closure of the pier."
    kinds = _kinds(f"{withheld}\n\n{declined}\n\n{confirmed}")
    assert kinds.get(withheld) != "confirmation" and kinds.get(declined) != "confirmation"
    assert kinds[confirmed] == "confirmation"


def test_a_question_written_with_a_full_stop_asserts_nothing() -> None:
    """ "But why did ...": a question, whatever its last mark; "What is clear is ..." is a statement."""
    asked = "But why did Mayor Ana Ruiz sign the harbour agreement in secret."
    cleft = "What is clear is that Mayor Ana Ruiz signed the harbour agreement."
    kinds = _kinds(f"{asked}\n\n{cleft}")
    assert not _is_claim(kinds, asked) and _is_claim(kinds, cleft)


def test_a_correction_note_is_furniture() -> None:
    note = "This article has been revised to reflect the following correction: it misstated the pier's length."
    fact = "The Velmar pier was closed for repairs in 2023."
    kinds = _kinds(f"{note}\n\n{fact}")
    assert note not in kinds and _is_claim(kinds, fact)


def test_a_sentence_carried_inside_a_quotation_is_judged_as_one() -> None:
    """A sentence of a quotation running over several, with no source or cue of its own, is the
    speaker's words: a view in it is background like a quoted view, a fact a claim."""
    view = "''I wouldn't call it a rescue."
    fact = "The ferry now calls twice a day."
    body = f"''We reopened the pier in March,'' Ruiz said. {view} {fact} It is a joy to see.''"
    kinds = _kinds(f"Mayor Ana Ruiz spoke in Velmar on Monday.\n\n{body}")
    assert kinds[view] == "background"  # kept for its speaker, not underlined
    assert _is_claim(kinds, fact)


def test_the_end_of_a_quotation_opened_before_is_judged_as_one() -> None:
    """ "..., she said" closing a quotation opened in an earlier sentence: what is quoted decides."""
    view = "His whole strategy was to be a bully,'' Ruiz said."
    fact = "It reopened to ferries in June,'' Ruiz said."
    kinds = _kinds(f"''We rebuilt the pier. {view}\n\n''We rebuilt the old pier. {fact}")
    assert kinds[view] == "background"
    assert _is_claim(kinds, fact) and _is_claim(kinds, "''We rebuilt the pier.")  # a re- act is an act


def test_declining_to_comment_says_nothing() -> None:
    """The boilerplate of a party not answering is no claim; a refusal with something said after it,
    or a party not answering a demand, is."""
    silent = "A spokesman for Harbourline Capital did not immediately respond to a request for comment on Friday."
    declined = "Through a lawyer, Okafor declined to comment."
    unreached = "Okafor could not be reached for comment."
    said = "Okafor declined to comment on the sale, but said the firm would keep its Velmar office."
    demands = "The mayor has not responded to the council's demand for a new vote on the pier."
    kinds = _kinds("\n\n".join((silent, declined, unreached, said, demands)))
    assert all(not _is_claim(kinds, s) for s in (silent, declined, unreached))
    assert _is_claim(kinds, said) and _is_claim(kinds, demands)


def test_a_stance_word_used_as_a_noun_or_adverb_is_no_stance() -> None:
    """ "a need for", "gets back out there": no stance the speaker can be held to, so a quoted view
    holding them is background; "we back the plan" and "needs a vote" are stances."""
    need = "“There is a need for more care on the pier,” said Dana Okafor, a harbour pilot."
    back = "“Once the ferry is back on the water it is a fine sight,” Okafor said."
    backs = "“We back the plan for a second pier,” Okafor said."
    kinds = _kinds("\n\n".join((need, back, backs)))
    assert kinds[need] == "background" and kinds[back] == "background"
    assert _is_claim(kinds, backs)


def test_a_question_as_the_subject_asserts_nothing() -> None:
    """ "Whether ... is an open question": nothing asserted; a question answered is."""
    open_question = "Whether Mayor Ana Ruiz's plan passed the council is an open question."
    answered = "Whether the council would vote was settled by Mayor Ana Ruiz on Monday."
    kinds = _kinds(f"{open_question}\n\n{answered}")
    assert not _is_claim(kinds, open_question)
    assert _is_claim(kinds, answered)


def test_maybe_opens_the_writers_speculation() -> None:
    maybe = "Maybe Mayor Ana Ruiz signed the deal to spite the fishermen."
    told = "Mayor Ana Ruiz signed the deal on Monday."
    kinds = _kinds(f"{maybe}\n\n{told}")
    assert not _is_claim(kinds, maybe) and _is_claim(kinds, told)


def test_an_adjective_in_ing_or_ed_tells_no_act() -> None:
    """ "they're terrifying", "nothing more important", "he is obsessed with": a quality or feeling
    quoted is a view; "are frightening buyers away" and "was arrested" tell of acts."""
    terrifying = "“The storms out there are terrifying,” Okafor said."
    nothing = "“There is nothing more important to Velmar than the pier,” Okafor said."
    obsessed = "“The mayor is obsessed with the pier,” Okafor said."
    frightening = "“The new rules are frightening buyers away from the pier,” Okafor said."
    arrested = "“The mayor was arrested at the pier,” Okafor said."
    kinds = _kinds("\n\n".join((terrifying, nothing, obsessed, frightening, arrested)))
    assert all(kinds[s] == "background" for s in (terrifying, nothing, obsessed))
    assert _is_claim(kinds, frightening) and _is_claim(kinds, arrested)


def test_have_got_to_is_a_must_not_a_perfect() -> None:
    must = "“We’ve got to be honest with the fishermen about the pier,” Okafor said."
    perfect = "“We’ve sent two boats to the pier,” Okafor said."
    kinds = _kinds(f"{must}\n\n{perfect}")
    assert kinds[must] == "background" and _is_claim(kinds, perfect)


def test_a_cues_act_belongs_to_its_own_sentence() -> None:
    """ "Ruiz warned ...” followed by more of the quotation: the warning is an act, the quoted view
    carried after it is the speaker's words, judged as such."""
    warned = "“The pier will not survive another storm,” Ruiz warned."
    view = "“It is a sad sight for all of us.”"
    kinds = _kinds(f"Mayor Ana Ruiz spoke in Velmar on Monday.\n\n{warned}\n\n{view}")
    assert _is_claim(kinds, warned) and kinds[view] == "background"


def test_a_pointer_to_elsewhere_on_the_page_is_furniture() -> None:
    pointer = "Read Mayor Ana Ruiz's full statement on the pier closure here."
    told = "The harbour board's report was published here in Velmar on Monday."
    kinds = _kinds(f"Mayor Ana Ruiz opened the pier on Monday.\n\n{pointer}\n\n{told}")
    assert pointer not in kinds and _is_claim(kinds, told)


def test_denying_in_another_sense_is_no_denial() -> None:
    """A denial says a report or claim is untrue; withholding something ("deny them permits"), turning
    down a request or a lawsuit, or "false hope" is no denial."""
    denied = "The harbour board denied the report that the pier would close."
    rejected = "Mayor Ana Ruiz rejected the allegations as baseless."
    permits = "The harbour board will deny them fishing permits until the pier is repaired."
    request = "A Velmar judge rejected a request by Ostra Corp to halt the sale of the pier."
    lawsuit = "A Velmar judge dismissed the lawsuit against the harbour board on Monday."
    budget = "The council on Tuesday rejected Mayor Ana Ruiz's harbour budget by 21 votes to 14."
    charter = "Voters in Velmar rejected the new city charter in a referendum."
    kinds = _kinds("\n\n".join((denied, rejected, permits, request, lawsuit, budget, charter)))
    assert kinds[denied] == kinds[rejected] == "denial"
    assert all(kinds[s] not in ("denial", "background") for s in (permits, request, lawsuit, budget, charter))


def test_untruths_told_of_are_no_denial_but_a_report_called_false_is() -> None:
    told_of = "Some parents said they had skipped the jabs because of false claims they had seen online."
    charged = "The pier's builder was charged with making false statements to the harbour board."
    called = "The harbour board said the reports of a second crack were false."
    kinds = _kinds("\n\n".join((told_of, charged, called)))
    assert kinds[called] == "denial"
    assert kinds[told_of] != "denial" and kinds[charged] != "denial"


def test_a_preference_in_the_first_person_is_the_speakers_view() -> None:
    """ "I'd rather ..." frames what follows as the speaker's view, an act told inside it too."""
    rather = "“I’d rather live in a tent than in the flats the council built,” Okafor said."
    paid = "“The council built the flats in 2019,” Okafor said."
    kinds = _kinds(f"{rather}\n\n{paid}")
    assert kinds[rather] == "background" and _is_claim(kinds, paid)


def test_calls_markup_and_contact_lines_are_furniture() -> None:
    """ "For more, sign up for ...", markup left in the text and a contact line are page furniture,
    not claims; a sentence that only mentions signing up or email is one."""
    newsletter = "For more, sign up for the Velmar Herald's harbour newsletter."
    markup = '[<a href="https://example.org/pier">Mayor Ana Ruiz opened the pier on Monday</a>'
    contact = "EMAIL: harbourdesk@velmar-herald.example."
    told = "Mayor Ana Ruiz signed up 40 new harbour pilots on Monday."
    kinds = _kinds("\n\n".join((newsletter, markup, contact, told)))
    assert all(not _is_claim(kinds, s) for s in (newsletter, markup, contact))
    assert _is_claim(kinds, told)
    assert _is_claim(kinds, told)


def test_what_came_true_as_predicted_is_no_forecast() -> None:
    came_true = "In March the old pier collapsed, as predicted by Velmar's harbour pilots."
    forecast = "Velmar's harbour pilots predicted that the old pier would collapse."
    kinds = _kinds(f"{came_true}\n\n{forecast}")
    assert kinds[came_true] != "forecast" and kinds[forecast] == "forecast"


@pytest.mark.parametrize(
    "sentence, kind",
    [
        (
            "Velmar acknowledged on Friday that the audit had been delayed, days after it denied the reports.",
            "confirmation",
        ),
        ("The ministry confirmed the closure two weeks after denying a report that it planned it.", "confirmation"),
        ("Velmar denied the reports on Friday, days after the audit was delayed.", "denial"),
        ("The ministry dismissed the report as false after it was published on Monday.", "denial"),
        ("Orlen Freight, which had denied the barge was overloaded, said it accepted the findings.", "statement"),
        ("The governor, who denied the report last week, said on Friday she would resign.", "forecast"),
        ("The mayor, who denied the claims, said they were false.", "denial"),
        ("The port authority denied the report, which it called baseless.", "denial"),
    ],
)
def test_a_denial_the_sentence_only_recalls_does_not_make_it_one(sentence: str, kind: str) -> None:
    assert _kinds(sentence)[sentence] == kind


def test_a_toll_of_none_is_a_claim() -> None:
    """ "No deaths have been reported" is checked against every later toll."""
    sentences = [
        "No deaths have been reported in the Ostra blaze.",
        "There were no casualties at the depot.",
        "Nobody was hurt when the roof of the Velmar market fell in.",
    ]
    kinds = _kinds("\n\n".join(sentences))
    assert all(_is_claim(kinds, s) for s in sentences), kinds


def test_a_caveat_that_a_report_could_not_be_verified_is_no_claim() -> None:
    body = (
        "Militia fighters have seized the airport at Dovra, a commander of the group said on Sunday. "
        "The claim could not be independently verified. "
        "Neither account could be confirmed."
    )
    claims, _ = extract_article(make_article(body))
    assert [c.text for c in claims] == [
        "Militia fighters have seized the airport at Dovra, a commander of the group said on Sunday."
    ]


def test_an_appeal_to_readers_is_not_a_claim_whatever_number_it_gives() -> None:
    """A police appeal tells readers what to do, with a number to call: no claim; the crime it follows is."""
    crash = "Two cyclists were hurt in a collision on Mill Road on Sunday."
    appeal = "Anyone with information is asked to call 101, quoting log 318 of 14 June."
    witnesses = "Witnesses should contact Dunmore Police on 0800 555 0199."
    urged = "Anyone who saw the van is urged to come forward, police said."
    kinds = _kinds(f"{crash} {appeal} {witnesses} {urged}")
    assert _is_claim(kinds, crash)
    assert not _is_claim(kinds, appeal)
    assert not _is_claim(kinds, witnesses)
    assert not _is_claim(kinds, urged)


def test_scene_setting_whose_subject_is_what_is_sensed_is_not_a_claim() -> None:
    """The smell, the sound, the mood of a place is colour; the event in the next sentence is a claim."""
    smell = "The smell of burnt plastic hung over the estate."
    noise = "The noise of the crowd carried into the council chamber."
    fire = "The fire destroyed a warehouse and two lorries overnight."
    kinds = _kinds(f"{smell} {noise} {fire}")
    assert not _is_claim(kinds, smell)
    assert not _is_claim(kinds, noise)
    assert _is_claim(kinds, fire)


def test_a_quoted_denial_that_something_exists_is_a_claim_but_a_turn_of_speech_is_not() -> None:
    denied = '"There is no agreement to sell the Corran mill," a spokeswoman for the owners said.'
    no_deal = '"There was no deal on the table," the union\'s negotiator said.'
    idiom = '"There is no doubt this was a tragedy," the spokeswoman said.'
    kinds = _kinds(f"{denied}\n\n{no_deal}\n\n{idiom}")
    assert _is_claim(kinds, denied) and _is_claim(kinds, no_deal)
    assert not _is_claim(kinds, idiom)


def test_a_party_quoted_as_not_in_a_state_a_report_gave_it_is_a_claim_but_a_feeling_is_not() -> None:
    talks = '"We are not in talks with Corran or any other miller," a spokesman for the owners said.'
    sale = '"The Velmar plant is not for sale," the company\'s chief executive said.'
    feeling = '"We are not happy with the result," the coach said.'
    kinds = _kinds(f"{talks}\n\n{sale}\n\n{feeling}")
    assert _is_claim(kinds, talks) and _is_claim(kinds, sale)
    assert not _is_claim(kinds, feeling)
