"""Reporting cues of the lexicon (corpus/extract/cues.py), one rule per test, on our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.attribution import find_attributions
from corpus.extract.cues import FINITE, PHRASE, PHRASE_WORDS, PROGRESSIVE, forms

from .conftest import make_article


def _said(body: str) -> list[tuple[str | None, list[tuple[str | None, str | None, str]]]]:
    """(speaker, [(source, cue, content) as written]) of each claim."""
    claims, _ = extract_article(make_article(body))
    out = []
    for claim in claims:
        spans = [
            (
                body[a.source_start : a.source_end] if a.source_start is not None else None,
                body[a.cue_start : a.cue_end] if a.cue_start is not None else None,
                body[a.content_start : a.content_end],
            )
            for a in claim.attributions
        ]
        out.append((claim.speaker, spans))
    return out


def test_inflection_covers_regular_and_irregular_verbs() -> None:
    assert forms("deny") == ("denies", "denied", "denying")
    assert forms("note") == ("notes", "noted", "noting")
    assert forms("tell") == ("tells", "told", "telling")
    assert forms("admit") == ("admits", "admitted", "admitting")
    assert {"threatened", "acknowledges", "insisted"} <= FINITE and "claiming" in PROGRESSIVE


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ("The harbour authority pointed out that ferries had resumed on Monday.", "harbour authority", "pointed out"),
        ("The mining company declined to comment on the planned closures.", "mining company", "declined to comment"),
        (
            "The ministry issued a statement denying that troops had crossed the border.",
            "ministry",
            "issued a statement",
        ),
        (
            "The rebel commander threatened that the convoy would be stopped at the bridge.",
            "rebel commander",
            "threatened",
        ),
        ("Planning officer Lina Moser acknowledged that the permit had expired.", "Lina Moser", "acknowledged"),
    ],
)
def test_verbs_and_phrases_of_the_lexicon_name_their_subject(sentence, speaker, cue) -> None:
    ((got, spans),) = _said(sentence)
    assert got == speaker
    assert spans[0][1] == cue


def test_a_progressive_cue_counts_after_a_form_of_be() -> None:
    ((got, spans),) = _said("Governor Ellen Park is claiming that the new bridge will open in May.")
    assert got == "Ellen Park"
    assert spans[0] == ("Governor Ellen Park", "claiming", "the new bridge will open in May")


def test_a_cue_that_also_names_an_action_needs_a_complement() -> None:
    # "demanding a pay rise" and "welcomed the move" are actions; "welcomed the ruling as fair" reports a view.
    assert _said("The union is demanding a 12% pay rise from the owners this year.")[0][0] is None
    assert _said("Local traders welcomed the new ferry timetable last week.")[0][0] is None
    assert _said("The farmers' federation welcomed the ruling as a fair compromise.")[0][0] == "farmers' federation"


def test_a_wider_cue_never_outranks_according_to() -> None:
    ((got, _),) = _said("According to the port authority, 40 ships were delayed, and traders criticised that decision.")
    assert got == "port authority"


def test_a_noun_that_looks_like_a_cue_is_no_attribution() -> None:
    assert _said("His claims were dismissed by the court as groundless last week.")[0][0] is None


def test_a_modal_subject_is_not_a_speaker() -> None:
    # "would assert" is a prediction about the witness, not a statement by him.
    assert _said("Lawyers expected that the witness would assert his right to stay silent.")[0][0] == "Lawyers"


def test_a_quotation_signed_with_a_dash_names_its_speaker() -> None:
    said = _said(
        "The council met on Monday to discuss the harbour.\n\n“The harbour will be rebuilt before winter. "
        "Every family will get help.” ― Ana Ruiz"
    )
    assert [s for s, _ in said] == [None, "Ana Ruiz"]
    assert said[1][1][0][:2] == ("Ana Ruiz", "―")


def test_a_share_of_respondents_is_a_source() -> None:
    # (since session 23 the survey that counted them leads: the share speaks through it, and stays a source after it)
    ((got, spans),) = _said("In the survey, 63 percent said the harbour tax was too high.")
    assert got == "survey" and "63 percent" in [source for source, _, _ in spans]


def test_a_leading_conjunction_and_a_trailing_adverb_are_not_part_of_the_subject() -> None:
    ((got, spans),) = _said("But Councillor Ines Brandt apparently thinks the ferry plan is too costly.")
    assert got == "Ines Brandt" and spans[0][0] == "Councillor Ines Brandt"


def test_age_and_home_town_are_asides_before_the_cue() -> None:
    ((got, _),) = _said("Dora Lind, 59, of Ashton, Md., who watched the launch from the quay, said it was moving.")
    assert got == "Dora Lind"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # A determiner or a number may open the speaker after "said" when it closes the sentence.
        ("The ferry will run again in spring, said one harbour official in the control room.", "harbour official"),
        ("“We will rebuild the quay,” said 9/11 survivor Dora Lind.", "Dora Lind"),
        # More verbs invert: "reported Reuters", "asked the mayor".
        ("“Exports fell sharply in March,” reported the Harbour Gazette.", "Harbour Gazette"),
    ],
)
def test_the_inverted_form_takes_more_verbs_and_determiners(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker


def test_a_day_after_said_is_not_the_speaker() -> None:
    ((got, _),) = _said("“We will rebuild the quay,” Mayor Ana Ruiz, a former engineer, said Tuesday.")
    assert got == "Ana Ruiz"


def test_said_opening_a_clause_is_not_inverted() -> None:
    # "said Okafor had resigned": Okafor is what was said about, the subject before the comma speaks.
    ((got, _),) = _said("Dora Lind, who led the harbour inquiry for a year, said Okafor had resigned in May.")
    assert got == "Dora Lind"


def test_the_subject_of_a_sentence_says_what_its_participle_reports() -> None:
    ((got, spans),) = _said(
        "During a long visit to the port on Monday, Minister Tomas Berg toured the quay, saying the cranes were too old."
    )
    assert got == "Tomas Berg" and spans[0][1] == "saying"


def test_by_saying_reports_the_subject() -> None:
    ((got, _),) = _said("Governor Ellen Park responded to the protest by saying the plant would stay open.")
    assert got == "Ellen Park"


def test_a_question_quoted_before_the_subject_complements_asks() -> None:
    said = _said(
        "Intro line for the test article.\n\nCouncillor Ines Brandt studied the budget. "
        "“Who will pay for the new bridge?” she asks."
    )
    assert said[-1][0] == "Ines Brandt"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The port council plans to close the night ferry route in May.", "port council"),
        ("Councillor Ines Brandt opposed the ferry plan at the meeting.", "Ines Brandt"),
        ("Local fishermen saw the closure as a betrayal of the town.", "Local fishermen"),
        ("The ministry released a statement on the closures late on Friday.", "ministry"),
    ],
)
def test_stances_views_and_texts_issued_name_who_holds_them(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Local fishermen saw the new tanker in the bay on Monday morning.",  # seeing, not a view
        "Harbour police released video of the collision on Monday.",  # a text that says nothing
    ],
)
def test_seeing_and_releasing_without_a_view_or_a_text_are_actions(sentence) -> None:
    assert _said(sentence)[0][0] is None


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ("Local fishermen want the old quay rebuilt before winter.", "Local fishermen", "want"),
        ("Lee and Park agree that the port is too small for tankers.", "Lee and Park", "agree"),
        ("Harbour officials hope to reopen the quay by May.", "Harbour officials", "hope"),
        ("Most residents say they think the ferry is too slow.", "Most residents", "say"),
    ],
)
def test_a_bare_verb_after_a_plural_subject_is_a_cue(sentence, speaker, cue) -> None:
    ((got, spans),) = _said(sentence)
    assert got == speaker and spans[0][1] == cue


@pytest.mark.parametrize(
    "sentence",
    [
        "He won races in Ohio and his home state of Utah last year.",  # "home state": a noun
        "The nominee currently sits at 85 percent support among older voters.",  # "support among": a noun
    ],
)
def test_a_bare_verb_after_anything_else_is_no_cue(sentence) -> None:
    assert _said(sentence)[0][0] is None


@pytest.mark.parametrize(
    "sentence, speaker, source",
    [
        ("Polls show a close race for the harbour seat this autumn.", "Polls", "Polls"),
        (
            "Figures from the port authority show a sharp rise in freight.",
            "port authority",
            "Figures from the port authority",
        ),
        (
            "Recent surveys in the two towns have similarly shown support for the ferry eroding.",
            "Recent surveys in the two towns",
            "Recent surveys in the two towns",
        ),
    ],
)
def test_polls_and_figures_show_what_they_report(sentence, speaker, source) -> None:
    ((got, spans),) = _said(sentence)
    assert got == speaker and spans[0][0] == source


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The ferry union has long said that the quay is unsafe.", "ferry union"),
        ("Councillor Ines Brandt has sharply criticised the plan as a waste of money.", "Ines Brandt"),
        ("The family said the ferry had left the quay without warning.", "family"),  # "family" is no adverb
    ],
)
def test_an_adverb_before_the_cue_is_not_part_of_the_subject(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker


def test_the_last_sentence_of_a_quotation_names_no_speaker_of_its_own() -> None:
    # Without the opening mark in its sentence, "Local critics want" would read as the critics speaking.
    said = _said(
        "Ana Ruiz spoke at the quay on Monday. ''The port is old and slow, and the cranes are rusting. "
        "Local critics want it closed by spring,'' she said."
    )
    assert [s for s, _ in said][-2:] == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # an appositive between the subject and its verb
        (
            "Dora Lind, a harbour engineer, then went on the radio and began by saying the cranes were unsafe.",
            "Dora Lind",
        ),
        # a body named by a common noun
        (
            "The ferry union sued the port authority on Friday, claiming that the new tariff was unlawful.",
            "ferry union",
        ),
        # "seemed to" + an act, and "is making"
        ("Councillor Ines Brandt seemed to mock the plan, saying the bridge would never be built.", "Ines Brandt"),
        ("Harbour master Ana Ruiz is making a case for new cranes, saying the old ones are unsafe.", "Ana Ruiz"),
    ],
)
def test_the_subject_of_a_participle_of_saying_is_found_past_asides(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The ferry sank near the quay on Friday, lawyers for the crew said.", "lawyers for the crew"),
        (
            "Although the harbour lacks a new crane, officials from both towns say it handles more freight than ever.",
            "officials from both towns",
        ),
        ("That is a fraction of the $3 million analysts say a new quay would cost.", "analysts"),
        ("Those close to the mayor say she will not run again.", "Those close to the mayor"),
        ("Freight also supports 4,000 jobs in the town, one leaflet says.", "leaflet"),
    ],
)
def test_people_named_by_a_plural_head_speak(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither the firm nor its owners confirmed the layoffs.",  # denied by nobody named
        "Twelve states led by Ohio and two unions are challenging the port rules in court.",  # "states": a noun
        "The harbour union's calls for a strike grew louder.",  # "calls": a noun
        "The mayor called a meeting with the unions.",  # an act, nothing said
        "Councillor Ines Brandt called her lawyer on Monday.",
        "Officials have effectively ruled that out of the budget talks.",  # "ruled out", no clause
    ],
)
def test_counted_nouns_calls_and_plain_calling_are_no_cues(sentence) -> None:
    assert all(speaker is None for speaker, _ in _said(sentence))


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ("The harbour master cited rising fuel costs on Tuesday.", "harbour master", "cited"),
        ("The union defended the decision to strike.", "union", "defended"),
        ("The mayor called the ruling unconstitutional.", "mayor", "called"),
        (
            "The ferry company did not immediately respond to requests for comment.",
            "ferry company",
            "did not immediately respond to requests for comment",
        ),
        ("The appeals court ruled that the port rules were unlawful.", "appeals court", "ruled that"),
        ("The chief engineer spoke of the long history of the quay.", "chief engineer", "spoke of"),
        ("Former harbour master calls for new safety rules.", "Former harbour master", "calls for"),
        ("The fund raised its forecast for freight growth to 3.1 percent.", "fund", "raised its forecast"),
        ("The mayor criticised Ashton, Kent, police chief Dora Lind for closing the station.", "mayor", "criticised"),
    ],
)
def test_cues_that_need_no_clause_after_them(sentence, speaker, cue) -> None:
    ((got, spans),) = _said(sentence)
    assert got == speaker and spans[0][1] == cue


def test_a_judgement_of_something_other_than_a_position_is_an_act() -> None:
    assert _said("Harbour troops defended the quay against the raiders.") == []  # no speaker, nothing to check


@pytest.mark.parametrize(
    "sentence, source",
    [
        (
            "A survey of ferry users taken over the last month shows strong support for a night route.",
            "A survey of ferry users taken over the last month",
        ),
        (
            "A detailed study being published on Monday by port economists shows how freight has shifted north.",
            "A detailed study being published on Monday by port economists",
        ),
    ],
)
def test_a_study_or_survey_with_words_after_it_shows_what_it_reports(sentence, source) -> None:
    ((got, spans),) = _said(sentence)
    assert got is not None and source in [span[0] for span in spans]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("“We live in Ashton,” Fleming said.", "Fleming"),  # a surname in -ing is no participle
        ("Sen. Ann Lee (D-Ore.), said after a lunch on Tuesday that the bill would pass.", "Ann Lee"),
        ("People briefed on the talks said that the deal was close.", "People briefed on the talks"),
        (
            "But several dockers interviewed at the quay this week, including Tom Marsh, said they would strike.",
            "dockers interviewed at the quay this week",
        ),
        ("While the port is busy, meanwhile, his team believes that freight will fall.", "his team"),
        ("“Everything we said has come true,” the harbour master exclaimed.", "harbour master"),
        ("An attorney for Dora Lind did not immediately respond to requests for comment.", "attorney for Dora Lind"),
    ],
)
def test_subjects_found_past_names_in_ing_stray_commas_and_participles(sentence, speaker) -> None:
    got = _said(sentence)[0][0]
    assert got is not None and speaker in got


@pytest.mark.parametrize(
    "sentence, cue",
    [
        ("The host asked the mayor if she had prepared for the race.", "asked"),
        ("The harbour chief asked residents to stay indoors.", "asked"),
        ("The director described the excitement when the ferry was relaunched.", "described"),
        ("The governor offered his condolences to the families.", "offered his condolences"),
        ("Councillor Dora Lind offered no proof that the mayor had lied.", "offered no proof"),
    ],
)
def test_asking_describing_and_offering_a_view_are_cues(sentence, cue) -> None:
    ((got, spans),) = _said(sentence)
    assert got is not None and spans[0][1] == cue


@pytest.mark.parametrize(
    "sentence",
    ["She asked for a glass of water at the quay.", "He offered the harbour job to his deputy on Monday."],
)
def test_asking_for_a_thing_and_offering_a_job_are_acts(sentence) -> None:
    assert all(speaker is None for speaker, _ in _said(sentence))


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The city says the port will close in May.", "city"),
        ("Mr. Hannity says the ferry is safe.", "Hannity"),
        ("The county states that the road is open.", "county"),
    ],
)
def test_words_ending_like_a_number_do_not_count_the_cue(sentence, speaker) -> None:
    got = _said(sentence)[0][0]
    assert got is not None and speaker in got


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ("Councillor Anna Keller has called the ferry plan a hoax.", "Anna Keller", "called"),
        ("The ferry company called the charges unsubstantiated.", "ferry company", "called"),
        ("Other officials weighed in on Friday about whether the video should be released.", "officials", "weighed in"),
        ("Senator Anna Keller grilled the bank chief on Tuesday for his role in the scheme.", "Anna Keller", "grilled"),
        ("Councillor Anna Keller has portrayed herself as the voice of the dockers.", "Anna Keller", "portrayed"),
        ("Several former dockers have complained they were never consulted.", "former dockers", "complained"),
        ("Younger voters have expressed misgivings about the harbour plan.", "Younger voters", "expressed misgivings"),
    ],
)
def test_calling_portraying_and_judging_with_what_they_say(sentence, speaker, cue) -> None:
    ((got, spans),) = _said(sentence)
    assert got is not None and speaker in got and spans[0][1] == cue


def test_painting_someone_as_something_is_said_by_the_subject() -> None:
    said = _said("On Monday night, Councillor Anna Keller leaned in, painting the mayor as a spendthrift.")
    assert said[0][0] == "Anna Keller"


@pytest.mark.parametrize(
    "sentence",
    [
        "She called the harbour police a day later.",
        "The dockers painted the old shed as part of the deal.",
        "The crew cast the nets at dawn off the harbour wall.",
        "He spent the weekend at the harbour, painting the fence.",
    ],
)
def test_calling_painting_and_casting_as_plain_acts(sentence) -> None:
    assert all(speaker is None for speaker, _ in _said(sentence))


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "FERRY POLLS NOT WRONG, JUST EARLY - Anna Keller and Tom Marsh: “The polls missed the late swing.”",
            "Anna Keller and Tom Marsh",
        ),
        ("“It was a hard winter,” another docker wrote on the forum.", "docker"),
    ],
)
def test_a_name_before_a_colon_and_a_quotation_speaks(sentence, speaker) -> None:
    got = _said(sentence)[0][0]
    assert got is not None and speaker in got


def test_the_name_an_appositive_describes_inside_a_clause_is_the_subject() -> None:
    said = _said(
        "Back in Ashton, smaller bonuses are the last thing Councillor Karla Mace, a Democrat, wants to hear about."
    )
    assert said[0][0] == "Karla Mace"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The embattled harbour master said the port would stay open.", "harbour master"),
        ("A retired docker said the quay had been unsafe for years.", "retired docker"),
        ("In Britain, the cities of Leeds and York said they would light their landmarks.", "Leeds and York"),
        ("One influential 2009 paper found gains in freight at small ports.", "paper"),
        ("The fund replaced its ferry ads with ones opposing the mayor, the reports show.", "reports"),
    ],
)
def test_subjects_opened_by_a_participle_or_after_an_opening_phrase(sentence, speaker) -> None:
    got = _said(sentence)[0][0]
    assert got is not None and speaker in got


def test_a_name_and_a_past_tense_verb_are_still_a_clause() -> None:
    assert all(speaker is None for speaker, _ in _said("Mayor Ivo Brandt scrutinized reports on the harbour budget."))


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The levy gave fresh ammunition to dockers who say the port is a money pit.", "dockers"),
        ("The town faced a backlash from harbour pilots who say the rule targets them.", "harbour pilots"),
    ],
)
def test_people_a_relative_clause_describes_say_what_it_reports(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker


def test_the_sentence_subject_speaks_before_someone_a_relative_clause_describes() -> None:
    said = _said(
        "Councillor Anna Keller mocked the mayor for hiding his accounts, claiming that she had a source who told her "
        "the mayor paid no tax."
    )
    assert said[0][0] == "Anna Keller"


@pytest.mark.parametrize(
    "phrase",
    [
        "pointed out",
        "made the comments",
        "declined to elaborate",
        "issued a clarification",
        "went on to say",
        "calls for",
        "took to Twitter",
        "did not immediately respond to requests for comment",
        "could not be reached for comment",
        "ruled that",
        "talked about",
        "echoed her concerns",
        "edged up its growth forecast",
        "responded by saying",
        "offered no proof",
        "weighed in",
        "railed against",
        "lashed out at",
        "took aim at",
        "fired back at",
        "points to",
        "expressed misgivings",
    ],
)
def test_every_phrase_holds_a_word_that_lets_it_be_searched(phrase) -> None:
    assert PHRASE.fullmatch(phrase) and not PHRASE_WORDS.isdisjoint(phrase.lower().split())


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Councillor Maren Holt criticized Ivo Brandt on Tuesday.", "Maren Holt"),
        ("The fishing union condemned them after the raid on the docks.", "fishing union"),
        ("Mayor Ivo Brandt praised Velmar Rescue after the flood.", "Ivo Brandt"),
    ],
)
def test_a_judgement_of_a_party_that_can_only_be_spoken_needs_no_complement(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker


def test_a_judgement_of_a_thing_or_one_that_also_names_an_act_still_needs_one() -> None:
    # "criticised the meeting" says nothing of what was said; "defended the bridge", "slammed the door": acts
    assert _said("The fishing union, which was not invited, criticised the meeting.")[0][0] is None
    assert _said("The garrison defended the old bridge for three weeks in 1812.")[0][0] is None
    assert _said("Councillor Maren Holt slammed the door of the hall on Tuesday.")[0][0] is None


def test_words_quoted_after_the_subjects_verb_are_the_subjects() -> None:
    ((got, spans),) = _said("In a speech on Friday, Maren Holt attacked “the quiet sale of the harbour land.”")
    assert got == "Maren Holt"
    assert spans[0][:2] == ("Maren Holt", "attacked")


def test_a_quoted_title_or_an_unnamed_subject_names_no_speaker() -> None:
    # a show's title in quote marks is nobody's words; "Two hours" is no party
    assert _said("Maren Holt stars in “The Harbour Of Velmar Tonight” at the Ostra theatre from May.")[0][0] is None
    said = _said("Two hours later the ferry left, carrying “everyone who had waited since dawn.”")
    assert all(speaker is None for speaker, _ in said)


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ("Councillor Maren Holt hopes to win the harbour seat in May.", "Maren Holt", "hopes"),
        ("The dockers' union pledges to strike if the pier is sold.", "dockers' union", "pledges"),
        ("The harbour board declined to name the three bidders.", "harbour board", "declined to name"),
        ("Councillor Maren Holt assured voters that the pier would reopen.", "Maren Holt", "assured"),
        ("Mayor Ivo Brandt likened the ferry plan to a lottery.", "Ivo Brandt", "likened"),
        ("Most in Velmar want the old pier rebuilt before winter.", "Most", "want"),
    ],
)
def test_intentions_refusals_and_telling_name_their_subject(sentence, speaker, cue) -> None:
    ((got, spans),) = _said(sentence)
    assert got == speaker
    assert spans[0][1] == cue


def test_plural_nouns_and_acts_of_telling_without_what_is_told_are_no_cues() -> None:
    # "His hopes of", "declined to 3 percent", "reminded his aides": a noun, a figure, an act
    assert _said("His hopes of a harbour seat faded after the vote in May.")[0][0] is None
    assert _said("Ferry traffic declined to 3 percent of its 2019 level last year.")[0][0] is None
    assert _said("Councillor Maren Holt reminded his aides before the vote on the pier.")[0][0] is None


@pytest.mark.parametrize(
    "sentence, speaker, source",
    [
        ("On Tuesday the harbour master said the quay would reopen.", "harbour master", "the harbour master"),
        ("In a radio interview Ina Feld declared that the ferry would run again.", "Ina Feld", "Ina Feld"),
        ("At a rally on Friday Ina Feld said that the ferry would run again.", "Ina Feld", "Ina Feld"),
    ],
)
def test_the_subject_after_an_opening_phrase_with_no_comma_speaks(sentence, speaker, source) -> None:
    ((got, spans),) = _said(sentence)
    assert got == speaker and spans[0][0] == source


def test_an_opening_phrase_with_no_party_in_it_names_no_speaker() -> None:
    # "On a more hopeful note" is no subject of "note"; "In Ashton Ina Feld" cannot be told apart.
    assert _said("On a more hopeful note the ferries resumed on Monday.")[0][0] is None
    assert _said("In Ashton Ina Feld said the ferry would run again.")[0][0] is None


def test_words_quoted_after_the_cue_do_not_stop_the_subject_before_it_speaking() -> None:
    ((got, spans),) = _said('Ina Feld, the harbour master, said Ashton\'s "ferries are the best in the north."')
    assert got == "Ina Feld" and spans[0][1] == "said"


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ("The harbour master continues to insist that the quay is safe.", "harbour master", "insist"),
        ("Councillor Ina Feld went on to insist that the levy was unfair.", "Ina Feld", "insist"),
        ("Ina Feld appeared to blame the pilots for the delays at the quay.", "Ina Feld", "blame"),
    ],
)
def test_a_cue_after_continues_to_or_appeared_to_is_the_subjects(sentence, speaker, cue) -> None:
    ((got, spans),) = _said(sentence)
    assert got == speaker and spans[0][1] == cue


def test_continuing_to_act_is_no_cue() -> None:
    assert _said("Freight prices continued to rise and exports began to fall in March.")[0][0] is None


def test_a_sentence_opened_by_said_names_the_speaker_after_it() -> None:
    ((got, spans),) = _said("Said Ina Feld, who grew up by the harbour, “We never thought the quay would close.”")
    assert got == "Ina Feld" and spans[0][:2] == ("Ina Feld", "Said")
    # "Said to be the oldest port" is a participle: nobody speaks.
    assert all(
        speaker is None
        for speaker, _ in _said("Said to be the oldest port in the north, Ashton “is a jewel of the coast.”")
    )


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The closure of the quay was first reported by the Ashton Gazette.", "Ashton Gazette"),
        ("The ferry plan has been called a folly by harbour pilots for years.", "harbour pilots"),
        ("The cost of the repairs is estimated by the ministry at 4 million euros.", "ministry"),
    ],
)
def test_the_agent_of_a_passive_cue_speaks(sentence, speaker) -> None:
    ((got, _),) = _said(sentence)
    assert got == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour levy was rejected by the council on Monday.",  # a vote, not a statement
        "The results were reported by 9 p.m. on Monday.",  # no party after "by"
        "The pilots were called to the quay by the harbour master.",  # an act
    ],
)
def test_passives_of_acts_or_with_no_party_name_no_speaker(sentence) -> None:
    assert _said(sentence)[0][0] is None


def test_an_aside_between_typed_dashes_is_skipped_unless_it_holds_a_cue() -> None:
    ((got, _),) = _said("A former harbour master -- Ina Feld, who ran the port for years -- said the quay was unsafe.")
    assert got == "former harbour master"
    ((got, _),) = _said("The mayor -- as the Ashton Gazette reported on Monday -- signed the levy into law.")
    assert got == "Ashton Gazette"


def test_state_media_and_adverbs_of_speaking_of() -> None:
    assert _said("State media claimed that the new quay had opened.")[0][0] == "State media"
    ((got, spans),) = _said("Ina Feld spoke warmly of her years at the harbour.")
    assert got == "Ina Feld" and spans[0][1] == "spoke warmly of"


def test_a_poll_opening_the_sentence_is_its_source_and_the_polls_in_passing_are_not() -> None:
    ((got, spans),) = _said("In a Harbour Gazette/Ashton Radio poll released Monday, 40 percent backed the levy.")
    assert got and spans[0][0] == "Harbour Gazette/Ashton Radio"
    ((got, _),) = _said("In the latest national polls, the levy has lost support among traders.")
    assert got == "latest national polls"
    assert _said("The ferry party is far ahead in the polls this spring.")[0][0] is None


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        # What someone calls a thing: "in what X called", an object then quoted words.
        ("The levy was dropped in what councillors called a victory for traders.", "councillors", "called"),
        ("Ina Feld called the levy plan, drafted in May, a “grave mistake.”", "Ina Feld", "called"),
        ("Ina Feld made it clear that the quay would stay open.", "Ina Feld", "made it clear"),
        ("“The levy is fair,” Ina Feld shot back.", "Ina Feld", "shot back"),
    ],
)
def test_calling_making_clear_and_shooting_back(sentence, speaker, cue) -> None:
    ((got, spans),) = _said(sentence)
    assert got == speaker and spans[0][1] == cue


def test_firing_back_with_nothing_said_is_an_act() -> None:
    assert _said("The harbour guards fired back within seconds.")[0][0] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ina Feld changed course on Monday – saying the quay would stay open.",
        "At a meeting in Ashton, Kent, on Monday, Ina Feld revised her plan, saying the quay would stay open.",
    ],
)
def test_a_participle_of_saying_after_a_dash_or_a_long_opening_phrase(sentence) -> None:
    assert _said(sentence)[0][0] == "Ina Feld"


def test_a_name_before_a_colon_and_a_clause_in_the_first_person_speaks() -> None:
    said = _said("The harbour reopened on Monday.\n\nFeld to traders: We will keep the quay open all winter.")
    assert said[-1][0] == "Feld"
    said = _said("The harbour reopened on Monday. Harbour Results: Our coverage of the vote continues.")
    assert all(speaker is None for speaker, _ in said)


def test_the_subject_a_relative_clause_describes_says_what_follows() -> None:
    ((got, _),) = _said(
        "Residents who watched the fire from the quay and who live near the harbour said it spread within minutes."
    )
    assert got == "Residents"
    # A pronoun right before the cue is its subject, not the name the clause describes.
    said = _said("Feld, who won 12 percent in May, could help the party in June, they have suggested.")
    assert said[0][0] != "Feld"


def test_a_noun_that_looks_like_a_verb_inside_the_subject() -> None:
    ((got, _),) = _said("Officials in all five states said the levy was fair.")
    assert got == "Officials in all five states"


def test_a_body_a_which_clause_describes_speaks_through_it() -> None:
    said = _said("Traders joined members of the harbour authority, which has denied any part in the closure.")
    assert said[0][0] == "harbour authority"
    # A thing is no body: "the law, which states" names nobody; nor does a month.
    assert _said("The levy law, which states that traders pay twice, was upheld on Monday.")[0][0] is None
    assert _said("Ina Feld released her plan in July, which showed the quay was safe.")[0][0] != "July"


def test_attributions_read_again_are_the_same_and_a_caller_cannot_change_them() -> None:
    sentence = "The harbour master said the quay would reopen on Monday."
    first = find_attributions(sentence)
    first.clear()
    again = find_attributions(sentence)
    assert [(a.phrase, a.verb) for a in again] == [("The harbour master", "said")]


def test_a_named_party_with_a_participle_of_saying_is_a_source() -> None:
    ((got, _),) = _said("The levy passed on Monday, with former Mayor Ina Feld calling the vote a disgrace.")
    assert got == "Ina Feld"
    assert _said("The fair ended early, with Ashton Council calling off the parade.")[0][0] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ina Feld criticized the harbour accord signed in May.",
        "Ina Feld slammed a lawsuit filed by the ferry company.",
        "Ina Feld defended the process, though not the result.",
    ],
)
def test_judging_an_accord_a_lawsuit_or_a_process_is_a_stance_stated(sentence) -> None:
    assert _said(sentence)[0][0] == "Ina Feld"


def test_putting_a_figure_at_a_number_is_an_estimate_by_the_subject() -> None:
    said = [speaker for speaker, _ in _said("Harbour police put the turnout at 42,000 on Saturday.\n")]
    assert said == ["Harbour police"]
    said = [speaker for speaker, _ in _said("Insurers put the overall damage from the storm at $3 billion.\n")]
    assert said == ["Insurers"]
    said = [speaker for speaker, _ in _said("The coastguard now puts the number of missing at 14.\n")]
    assert said == ["coastguard"]
    said = [speaker for speaker, _ in _said("A Norvik Research poll puts the Greens on 27%.\n")]
    assert said == ["Norvik Research poll"]
    said = [speaker for speaker, _ in _said("Customs officers put the street value of the haul at €40 million.\n")]
    assert said == ["Customs officers"]
    said = [speaker for speaker, _ in _said("The ministry put the share of schools affected at 58%.\n")]
    assert said == ["ministry"]
    # Putting a crowd at ease, or a book on a shelf, reports nothing.
    assert [s for s, _ in _said("The band put the crowd at ease before the 9 p.m. show.\n")] in ([], [None])


def test_a_parenthetical_aside_between_subject_and_cue_is_skipped() -> None:
    ((got, spans),) = _said("Ina Feld (who has run the ferry line since 2009) said the quay would reopen.")
    assert got == "Ina Feld"
    assert spans[0][0] == "Ina Feld"
    # A party's label stays with the name, and an aside with its own "according to" is read for itself.
    assert _said("Sen. Ina Feld (D-Ore.) said the quay would reopen.")[0][0] == "Ina Feld"


def test_a_polls_respondents_speak_as_those_surveyed() -> None:
    assert _said("Those surveyed said the harbour levy was too high.")[0][0] == "Those surveyed"
    ((got, _),) = _said("Forty-two percent of those polled say the ferry should run at night.")
    assert got == "Forty-two percent of those polled"


def test_a_relative_clause_whose_own_verb_is_a_judgement_describes_the_speaker() -> None:
    ((got, _),) = _said("A trader who has accused the harbour board of fraud said on Monday that fees had doubled.")
    assert got == "trader"
    # A clause that holds another subject's cue keeps that cue for the other subject.
    said = _said("Traders who think the harbour master warned the board were surprised on Monday.")
    assert said[0][0] != "Traders"


def test_a_second_verb_of_saying_after_an_appositive_belongs_to_the_subject() -> None:
    ((got, spans),) = _said(
        "Ina Feld, a former harbour master, toured the quay on Monday and said the repairs were late."
    )
    assert got == "Ina Feld"
    assert spans[0][0] == "Ina Feld"  # the span stops at the name, not at "and"


def test_making_or_giving_a_statement_with_what_it_says_is_a_cue() -> None:
    ((got, spans),) = _said("The harbour master made the observation that the quay was busier than ever.")
    assert got == "harbour master"
    assert spans[0][1] == "made the observation"
    assert _said("Ina Feld delivered a forceful promise to rebuild the quay.")[0][0] == "Ina Feld"
    # A statement referred back to, or an attempt, reports nothing here.
    assert _said("Ina Feld made the pledge during a visit to the quay on Monday.")[0][0] is None
    assert _said("Ina Feld made a third attempt to reopen the quay.")[0][0] is None


def test_three_apostrophes_close_a_quotation_inside_a_quotation() -> None:
    ((got, _),) = _said("''Traders tell me, 'The quay is safe,''' said Senator Ina Feld of Ohio.")
    assert got == "Ina Feld"


def test_has_since_said_is_said() -> None:
    ((got, _),) = _said("Ina Feld has since said she would back the harbour levy.")
    assert got == "Ina Feld"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "In a statement on Monday, Rep. Ina Feld (D-Ore.) reacted to the closure, saying: “The quay must reopen.”",
            "Ina Feld",
        ),
        (
            "Ina Feld, vice chair of the harbour board, wrote to traders on Monday, telling them the quay would reopen.",
            "Ina Feld",
        ),
        ("The ferry company later sued, claiming the levy violated the harbour charter.", "ferry company"),
        ("Ina Feld shrugged, pointing to the new cranes and saying that the quay was busier than ever.", "Ina Feld"),
    ],
)
def test_the_subject_of_a_participle_of_saying_past_labels_appositives_and_coordination(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker
    # Claiming a share of the vote is no statement.
    assert _said("The party won the seat, claiming 41 percent of the vote.")[0][0] is None


def test_an_inverted_role_then_a_name_closing_the_sentence_is_that_person() -> None:
    ((got, spans),) = _said("The quay is in trouble, said the company's chief engineer, Ina Feld.")
    assert got == "Ina Feld"
    assert spans[0][0] == "the company's chief engineer, Ina Feld"
    ((got, spans),) = _said("“We back the runway,” said its director general, Priya Shah.")
    assert got == "Priya Shah" and spans[0][0] == "its director general, Priya Shah"
    ((got, _),) = _said("“The quay is safe,” said one unaligned harbour strategist.")
    assert got is not None and got.endswith("harbour strategist")
    # An object after a comma is not inverted: "asked a judge to block" names who was asked.
    assert (
        _said("On Friday, Ohio, leading ten states, asked a federal judge to block the levy.")[0][0] != "federal judge"
    )


def test_a_sentence_opened_by_the_statement_someone_made_has_them_as_source() -> None:
    ((got, spans),) = _said(
        "In a statement issued on Tuesday, harbour master Ina Feld was more cautious than the board."
    )
    assert got == "Ina Feld"
    assert spans[0][1] == "statement"
    # An opening that names no statement, or a subject that names nobody, is not read.
    assert _said("In a storm on Tuesday, harbour master Ina Feld was more cautious than the board.")[0][0] is None


def test_a_polls_share_of_people_saying_something_is_its_source() -> None:
    ((got, _),) = _said("Traders still back the levy, with 58 percent of dockworkers saying it is fair.")
    assert got == "58 percent of dockworkers"
    ((got, _),) = _said("Some 61 percent of dockworkers polled said the quay was unsafe.")
    assert got is not None and got.endswith("dockworkers polled")
    # A count that reports nothing: "with 50 percent counted".
    assert _said("The mayor won 41 percent of the vote, with 50 percent counted.")[0][0] is None


def test_a_pronouns_contracted_auxiliary_before_a_cue_is_no_part_of_the_subject() -> None:
    said = _said("Ina Feld runs the harbour board. She's said that the quay will reopen in May.")
    assert said[-1][0] == "Ina Feld"
    # "than she'd planned" compares; nobody states anything.
    said = _said("Ina Feld runs the harbour board. The repairs took longer than she'd planned.")
    assert said[-1][0] is None


def test_people_a_closing_relative_clause_describes_tell_what_came_before() -> None:
    said = _said("The quay closed early on Friday, dockworkers who unloaded the last ship told the Harbour Gazette.")
    assert said[0][0] == "dockworkers"
    # The verb before the people who speak is no part of them.
    assert _said("The mayor met traders who said the quay was closed.")[0][0] == "traders"


def test_a_named_body_speaks_through_which_without_a_comma() -> None:
    said = _said("Traders turned to the Harbour Police Department which reported 41 thefts on the quay.")
    assert said[0][0] == "Harbour Police Department"
    # A thing named in lower case is no body ("the law which states").
    assert _said("The levy law which states that traders pay twice was upheld on Monday.")[0][0] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ina Feld attacked her opponent as a fraud during the harbour debate.",
        "Ina Feld attacked the harbour master in early-morning tweets.",
        "Ina Feld attacked the board for raising the quay fees.",
        "Ina Feld has gone after the board as a “cartel of insiders.”",
    ],
)
def test_an_attack_cast_in_words_is_said(sentence) -> None:
    assert _said(sentence)[0][0] == "Ina Feld"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rebels attacked the town as dawn broke.",
        "Militants attacked the harbour base for the second time on Monday.",
        "Police went after the suspects' car, a red sedan seen near the quay.",
    ],
)
def test_an_attack_fought_is_no_statement(sentence) -> None:
    assert all(speaker is None for speaker, _ in _said(sentence))


def test_being_critical_or_skeptical_of_something_is_a_stance_stated() -> None:
    assert _said("Ina Feld has been critical of the harbour levy since May.")[0][0] == "Ina Feld"
    assert _said("The dockworkers' union was deeply skeptical of the plan.")[0][0] == "dockworkers' union"


def test_a_possessors_assertion_that_is_theirs() -> None:
    ((got, spans),) = _said("Ina Feld's conclusion that the quay was unsafe is not shared by the board.")
    assert got == "Ina Feld"
    assert spans[0][1] == "conclusion that"
    # Nobody's conclusion is nobody's statement.
    assert _said("The conclusion that the quay was unsafe is not shared by the board.")[0][0] is None


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Dockworkers were convinced that the quay would close by May.", "Dockworkers"),
        ("The harbour board remains confident that the levy will pass.", "harbour board"),
        ("Ina Feld echoed statements by the board that the quay was safe.", "Ina Feld"),
        ("Harbour police identified the driver as a 42-year-old man from Ashton.", "Harbour police"),
        ("A federal appeals court ruled on Friday against the harbour levy.", "federal appeals court"),
        ("Ina Feld thanked the dockworkers on Monday for keeping the quay open.", "Ina Feld"),
    ],
)
def test_views_held_echoes_identifications_rulings_and_thanks_are_stated(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker


def test_a_view_with_no_holder_is_nobodys() -> None:
    assert all(speaker is None for speaker, _ in _said("It is certain that the quay will close by May."))


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Ina Feld spoke at the harbour hall on Tuesday about the levy.", "Ina Feld"),
        ("The mayor's husband is talking up her record on the quay.", "mayor's husband"),
        ("Ina Feld also took a swipe at the harbour board.", "Ina Feld"),
        ("Ina Feld's been making the case for weeks that the quay is unsafe.", "Ina Feld"),
        ("Two engineers, Ina Feld and Tom Marsh, found in 2014 that the quay was sinking.", "Ina Feld and Tom Marsh"),
    ],
)
def test_speaking_about_talking_up_swipes_and_findings_past_a_time(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker


def test_speaking_somewhere_about_a_time_is_no_topic() -> None:
    assert all(speaker is None for speaker, _ in _said("Ina Feld spoke at the quay about noon."))


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Ina Feld, who lives in Ashton, Md., said the quay would reopen.", "Ina Feld"),
        ("Ina Feld, 59, of Ashton, Md., said the quay would reopen.", "Ina Feld"),
        ("A harbour nurse from Jackson, Miss., said the quay would reopen.", "harbour nurse"),
        ("His former partner at Lenox, Tom Marsh, said the quay would reopen.", "Tom Marsh"),
    ],
)
def test_a_town_and_its_state_are_an_aside_not_the_speaker(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ("Tom Marsh doesn't think the new dam will hold.", "Tom Marsh", "think"),
        ("The dockers' union did not expect the strike to last a week.", "dockers' union", "expect"),
        ("The harbour bank does not want to stall the yard's growth.", "harbour bank", "want"),
        ("Ina Feld does not even believe the figures herself.", "Ina Feld", "believe"),
    ],
)
def test_a_view_denied_with_do_is_still_the_subjects(sentence, speaker, cue) -> None:
    ((got, spans),) = _said(sentence)
    assert got == speaker
    assert spans[0][1] == cue


def test_saying_denied_with_do_names_who_declined_to_say_and_a_denied_confirmation_no_one() -> None:
    ((got, spans),) = _said("The harbour board did not say when the quay would reopen.")
    assert got == "harbour board"
    assert spans[0][1] == "did not say"
    assert all(
        speaker is None for speaker, _ in _said("The ferry firm did not confirm that its crews had been laid off.")
    )


@pytest.mark.parametrize(
    "sentence, source",
    [
        (
            "Only about 4 in 10 farmers in each county want the levy repealed.",
            "Only about 4 in 10 farmers in each county",
        ),
        ("About a third of Velmar voters or less want a second ferry.", "About a third of Velmar voters or less"),
        (
            "Thirty-nine percent of all residents viewed the mayor favorably in the March poll.",
            "Thirty-nine percent of all residents",
        ),
        (
            "Few on either side of the harbour dispute think the levy will pass.",
            "Few on either side of the harbour dispute",
        ),
        ("Most fishermen in the bay oppose the new quotas.", "Most fishermen in the bay"),
    ],
)
def test_a_share_of_people_holds_a_view(sentence, source) -> None:
    ((_, spans),) = _said(sentence)
    assert spans[0][0] == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of the money in the harbour fund goes to dredging each year.",
        "About a third of the boats in the bay show signs of rust.",
        "Residents viewed the fireworks from the harbour wall.",
    ],
)
def test_a_share_or_a_view_that_holds_no_view_names_nobody(sentence) -> None:
    assert all(speaker is None for speaker, _ in _said(sentence))


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Ina Feld decried an increase in thefts at the quay.", "Ina Feld"),
        ("Tom Marsh was quick to add that the levy would stay.", "Tom Marsh"),
        ("The harbour engineer went so far as to say the quay was doomed.", "harbour engineer"),
        ("Most harbour pilots consider the new quay a serious hazard.", "Most harbour pilots"),
        ("Tom Marsh considers the mayor hopelessly naive about the port.", "Tom Marsh"),
    ],
)
def test_decrying_haste_to_add_and_holding_someone_to_be_something(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The board considered the proposal at its Monday meeting.",
        "Ina Feld considered a run for the harbour board.",
        "Tom Marsh slammed the door of the harbour hall.",
    ],
)
def test_considering_a_plan_or_slamming_a_door_reports_nothing(sentence) -> None:
    assert all(speaker is None for speaker, _ in _said(sentence))


def test_a_belief_that_says_who_people_are_is_not_their_statement() -> None:
    # "who believe ..." picks the voters out; that they are selling is the writer's report, not theirs
    assert all(
        speaker is None for speaker, _ in _said("Voters who believe the port will close are selling their homes.")
    )


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("In Ina Feld's view, the levy is a tax on fishermen.", "Ina Feld"),
        ("In the view of the harbour board, the levy is a tax on fishermen.", "harbour board"),
        ("In the eyes of many traders, the levy is a tax on fishing.", "traders"),
        ("Tom Marsh is convinced the levy will fail.", "Tom Marsh"),
        ("Ina Feld is confident the quay will reopen in June.", "Ina Feld"),
    ],
)
def test_a_view_opening_the_sentence_and_a_conviction_without_that(sentence, speaker) -> None:
    assert _said(sentence)[0][0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "In Ina Feld's home, the quay is a short walk away.",
        "In view of the delays, the quay will reopen in June.",
        "It is certain the quay will reopen in June.",
    ],
)
def test_no_view_in_a_home_in_view_of_or_with_no_holder(sentence) -> None:
    assert all(speaker is None for speaker, _ in _said(sentence))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Children who walk to school were 12% less likely to be overweight, the researchers found.", "researchers"),
        ("The harbour wall had not been inspected since 2011, the auditors concluded.", "auditors"),
        ("Grow up and get a proper job, Ferris scolded.", "Ferris"),
    ],
)
def test_a_cue_closing_the_sentence_after_a_short_subject_reports_what_came_before(sentence, speaker) -> None:
    (claim,) = extract_article(make_article(sentence))[0]
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "But even after the harvest ended, the exports continued.",
        "After the storm, investigators found.",
    ],
)
def test_a_closing_verb_of_something_going_on_or_after_an_opening_phrase_names_no_speaker(sentence) -> None:
    claims, _ = extract_article(make_article(sentence))
    assert all(c.speaker is None for c in claims)


def test_calling_a_thing_overdue_or_flawed_is_a_judgement_of_the_subject() -> None:
    (claim,) = extract_article(
        make_article("Critics, including two Labour councillors, have called the levy overdue.")
    )[0]
    assert claim.speaker == "Critics"
    (flawed,) = extract_article(make_article("Farmers called the subsidy scheme deeply flawed."))[0]
    assert flawed.speaker == "Farmers"


def test_single_quotation_marks_complement_a_judgement_as_double_ones_do() -> None:
    (claim,) = extract_article(make_article("Its leader, Karl Lund, called the flood response 'chaotic'."))[0]
    assert claim.speaker == "Karl Lund"
    (headline,) = extract_article(make_article("Mayor blasts council over 'secret' budget talks."))[0]
    assert headline.speaker == "Mayor"


def test_complaining_about_something_voices_a_grievance_but_complaining_of_pain_does_not() -> None:
    (claim,) = extract_article(make_article("Tenants have long complained about damp in the Harrow Road flats."))[0]
    assert claim.speaker == "Tenants"
    claims, _ = extract_article(make_article("Two of the divers complained of chest pains after the dive."))
    assert all(c.speaker is None for c in claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "The operator repeated on Friday that a worn bearing was the most likely cause.",
        "The operator repeated that a worn bearing was the cause.",
        "The operator repeated: “A worn bearing caused this.”",
    ],
)
def test_repeating_what_was_said_is_saying_it(sentence: str) -> None:
    assert _said(sentence)[-1][0] == "operator"


@pytest.mark.parametrize(
    "sentence", ["Fire crews repeated the test on Monday.", "Divers repeated the search of the river at dawn."]
)
def test_repeating_an_act_is_no_saying(sentence: str) -> None:
    assert all(speaker is None for speaker, _ in _said(sentence))


def test_putting_an_estimate_at_a_figure_names_who_estimates() -> None:
    body = "Governor Mark Ruden said the state would sue the railroad. He put the early estimate at $30 million."
    assert _said(body)[-1][0] == "Mark Ruden"


@pytest.mark.parametrize(
    "sentence",
    [
        "The central bank held its rate at 3.25 per cent on Thursday, citing weaker demand.",
        "The bank cut rates again, citing slowing growth and falling prices.",
    ],
)
def test_a_reason_cited_is_no_source(sentence: str) -> None:
    speaker, _ = _said(sentence)[-1]
    assert speaker is None or ("demand" not in speaker and "growth" not in speaker)


def test_a_clause_opened_by_after_has_its_own_subject() -> None:
    body = "Opposition leaders demanded her resignation after figures showed 7.4 million people waiting for care."
    speaker, _ = _said(body)[-1]
    assert speaker is None or "resignation" not in speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue rose 4% to €5.3 billion, slightly ahead of the €5.2 billion analysts had expected.",
        "Growth of 2.4% beat the 2% economists had forecast.",
    ],
)
def test_a_clause_telling_what_a_figure_is_names_no_speaker(sentence: str) -> None:
    assert _said(sentence)[-1][0] is None


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The drug cut relapses by 41% over two years, not the 46% its makers announced in March, according to "
            "the full study published on Friday.",
            "full study",
        ),
        (
            "Exports fell 3.1% in May, not the 2.5% its own forecasters predicted, the statistics office said.",
            "statistics office",
        ),
    ],
)
def test_whoever_gave_the_earlier_figure_is_not_the_sentences_source(sentence: str, source: str) -> None:
    speaker, _ = _said(sentence)[-1]
    assert speaker is not None and source in speaker, speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The central bank raised rates by 25 basis points to 5.25%.",
        "The index rose 30 points to 4,200.",
        "Inflation rose 0.3 percentage points to 2.4%.",
    ],
)
def test_points_after_a_figure_are_no_pointing_to(sentence: str) -> None:
    assert _said(sentence)[-1][0] is None


def test_data_that_points_to_something_still_says_it() -> None:
    assert _said("The survey points to a slowdown in hiring.")[-1][0] == "survey"


@pytest.mark.parametrize(
    "sentence",
    [
        "Varga showed no emotion as the verdicts were read.",
        "The striker showed little joy as the final whistle sounded.",
        "He showed no surprise as he left the court.",
    ],
)
def test_as_opening_a_clause_of_its_own_is_no_complement_of_what_was_shown(sentence: str) -> None:
    assert find_attributions(sentence) == []


def test_as_casting_what_was_shown_still_reports_it() -> None:
    assert [a.phrase for a in find_attributions("The mayor welcomed the figures as a sign of recovery.")] == [
        "The mayor"
    ]


def test_people_told_to_do_something_are_not_who_told_it() -> None:
    said = find_attributions("About 2,000 of the 6,500 residents told to leave have gone home, the council said.")
    assert [(a.phrase, a.verb) for a in said] == [("the council", "said")]
    assert [a.phrase for a in find_attributions("The mayor told residents to leave.")] == ["The mayor"]


def test_a_figure_after_said_is_what_was_said_not_who_said_it() -> None:
    said = find_attributions("The organisers, an alliance of four unions, said 38,000 people had joined the march.")
    assert [(a.phrase, a.verb) for a in said] == [("The organisers", "said")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands of farmers rallied in the capital on Sunday against plans to cut fuel subsidies.",
        "There was anger in the town over claims that the count had been rigged.",
    ],
)
def test_a_noun_after_its_preposition_is_no_cue(sentence: str) -> None:
    assert find_attributions(sentence) == []


def test_a_name_before_a_body_s_role_is_the_speaker() -> None:
    said = find_attributions("Mira Oduya, Tessel's finance director, said the plant would reopen in May.")
    assert [(a.phrase, a.verb) for a in said] == [("Mira Oduya", "said")]
    said = find_attributions("In Lagos, Tessel's finance director said the plant would reopen in May.")
    assert [a.phrase for a in said] == ["Tessel's finance director"]


def test_citing_a_rising_deficit_gives_a_reason_not_a_source() -> None:
    said = find_attributions("The agency cut the country's rating last month, citing the rising deficit.")
    # the agency gives the reason (session 45's ruling); the deficit is no source
    assert [a.phrase for a in said] == ["The agency"]


def test_two_words_before_a_role_then_a_name_close_the_sentence_as_its_speaker() -> None:
    said = find_attributions("The boy was found near the river, said search team leader Ines Varga.")
    assert [(a.phrase, a.how) for a in said] == [("search team leader Ines Varga", "inverted")]


def test_people_confirmed_dead_are_no_speaker() -> None:
    said = find_attributions(
        "The number of people confirmed dead after the flood has risen to 18, police said on Monday."
    )
    assert [(a.phrase, a.verb) for a in said] == [("police", "said")]


def test_a_finding_that_closes_the_sentence_tells_the_intention_inside_it() -> None:
    (claim,) = extract_article(make_article("About 4 in 10 farmers plan to sell land this year, the survey found."))[0]
    assert claim.speaker == "survey"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Governor Anna Vick spoke after the vote. She did not rule out a further rise in May.", "Anna Vick"),
        ("Investigators have not ruled out sabotage.", "Investigators"),
    ],
)
def test_what_someone_would_not_rule_out_is_theirs_and_no_denial(body: str, speaker: str) -> None:
    claims, _ = extract_article(make_article(body))
    assert (claims[-1].speaker, claims[-1].kind) == (speaker, "statement")


def test_it_after_an_opening_phrase_of_time_is_the_body_named_before() -> None:
    body = "The treasury said the shortfall would be 1.8% of output this year. In March it had forecast 2.2%."
    claims, _ = extract_article(make_article(body))
    assert [c.speaker for c in claims] == ["treasury", "treasury"]


@pytest.mark.parametrize(
    "body",
    ["The field hospital admitted 140 patients on Sunday.", "Its clinics had admitted about 90 people overnight."],
)
def test_admitting_patients_is_no_admission_and_no_one_speaks(body: str) -> None:
    claims, _ = extract_article(make_article(body))
    assert (claims[0].kind, claims[0].speaker) == ("quantity", None)


def test_admitting_that_players_tested_positive_is_still_an_admission() -> None:
    claims, _ = extract_article(make_article("The club admitted 20 players had tested positive."))
    assert (claims[0].kind, claims[0].speaker) == ("confirmation", "club")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a reason is no source: the subject who gives it speaks (session 45's ruling)
        ("The minister resigned, citing family reasons.", "minister"),
        ("The paper reported the sale, citing two people familiar with the talks.", "paper"),
        ("The Ostra Herald reported the sale, citing data from the land registry.", "Ostra Herald"),
    ],
)
def test_citing_a_reason_names_no_source(body: str, speaker: str | None) -> None:
    claims, _ = extract_article(make_article(body))
    assert claims[0].speaker == speaker


def test_a_comparison_with_what_economists_expected_names_no_speaker() -> None:
    body = "The bank cut its rate by half a point, a bigger cut than most economists had expected."
    claims, _ = extract_article(make_article(body))
    assert claims[0].speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The port's harbour master resigned on Friday, days after the council dismissed reports that he would go.",
        "The lender collapsed just weeks after regulators said it was sound.",
    ],
)
def test_what_was_said_a_time_apart_makes_no_source_of_the_writers_sentence(sentence: str) -> None:
    speaker, _ = _said(sentence)[-1]
    assert speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Divers were searching for at least six sailors believed trapped inside the hull.",
        "Rescue teams reached nine miners feared dead in the lower shaft.",
        "Police are hunting two men said to be armed.",
    ],
)
def test_what_is_thought_of_the_people_just_named_makes_them_no_source(sentence: str) -> None:
    speaker, _ = _said(sentence)[-1]
    assert speaker is None


def test_people_who_reported_trouble_made_no_statement() -> None:
    speaker, _ = _said("Hundreds of drivers reported problems with the toll app on Monday morning.")[-1]
    assert speaker is None
    speaker, _ = _said("Tenants reported faults with the lifts, the housing association said.")[-1]
    assert speaker == "housing association"
