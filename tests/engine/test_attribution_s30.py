"""Who said it (session 30). Every sentence is the test's own. Each case of the first group of a rule fails on the
code before its change; the guards pass before and after.

- "its X" where X is a body ("its statistics office", "its audit committee") is a body the owner has, not the owner
  and not another body with that head named before: it stays as written rather than take a wrong name.
"""

from __future__ import annotations

import pytest

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next(c.speaker for c in claims_in(body) if c.text.startswith(opening))


_TWO_OFFICES = (
    "Germany's economy shrank 0.2% in the third quarter, the Federal Statistics Office said on Tuesday. "
    "France's economy grew 0.4% in the same period, its statistics office said."
)
_TWO_COMMITTEES = (
    "The Ellery Audit Committee said the accounts were sound. Brandmoor Council overspent by 3 million pounds last "
    "year, its audit committee found."
)


@pytest.mark.parametrize(
    "body, opening, wrong",
    [
        (_TWO_OFFICES, "France's economy", "Federal Statistics Office"),
        (_TWO_COMMITTEES, "Brandmoor Council overspent", "Ellery Audit Committee"),
    ],
)
def test_its_body_is_not_another_body_with_that_head(body, opening, wrong):
    speaker = _speaker_of(body, opening)
    assert speaker != wrong
    assert speaker is None or "its" in speaker.lower().split() or "Brandmoor" in speaker or "France" in speaker


_OWNERS_OWN = (
    "Halvard Shipping said it would appeal. According to its annual report, the firm carried 3 million tonnes. "
    "Its lawyers said the fine was unlawful."
)


@pytest.mark.parametrize("opening", ["According to its annual report", "Its lawyers said"])
def test_its_report_and_its_staff_are_still_the_owners(opening):
    assert _speaker_of(_OWNERS_OWN, opening) == "Halvard Shipping"


# A source in a participle clause after "with": who puts a figure or estimates one, and parties named by a plural role.
@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "A record 31,000 runners took part in the race on Sunday, with organisers putting the crowd at 90,000.",
            "organisers",
        ),
        ("Thousands marched through Lenford, with police estimating that 4,000 people took part.", "police"),
        (
            "The storm brought down trees across the county, with forecasters warning that more rain was on the way.",
            "forecasters",
        ),
    ],
)
def test_a_source_in_a_with_participle(body, speaker):
    assert claims_in(body)[0].speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        "The protest grew, with police putting pressure on the organisers.",
        "The team won 3-1, with residents celebrating in the streets.",
        "Ann Marsh won the seat with 52 percent, with 98 percent of precincts reporting.",
    ],
)
def test_a_with_participle_of_an_act_names_no_source(body):
    assert all(c.speaker is None for c in claims_in(body))


# "measured ... at" a figure: the one who measured is the source.
@pytest.mark.parametrize(
    "body, speaker",
    [
        ("The Geological Survey of Wessland measured the quake at magnitude 6.1.", "Geological Survey of Wessland"),
        ("The Carrow Weather Service measured the gust at 94mph on the coast.", "Carrow Weather Service"),
    ],
)
def test_who_measured_a_figure_is_its_source(body, speaker):
    assert claims_in(body)[0].speaker == speaker


@pytest.mark.parametrize(
    "body",
    ["The minister gave a measured response to the report.", "The gust was measured at 94mph on the coast."],
)
def test_measured_with_no_one_giving_a_figure_names_no_source(body):
    assert all(c.speaker is None for c in claims_in(body))


# A work written with nothing of what it says: who wrote it made something, and said nothing in the sentence.
@pytest.mark.parametrize(
    "body",
    [
        "Tom Reyes and Senator Ann Cole wrote the bill together.",
        "Ann Marsh wrote the song in 1998.",
        "The governor wrote a letter to the board on Monday.",
        "Per Lind wrote to the transport minister.",
        "She wrote to the board on Monday.",
    ],
)
def test_who_wrote_a_work_says_nothing(body):
    assert all(c.speaker is None for c in claims_in(body))


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("The union wrote a letter to the council calling for a pay rise.", "union"),
        ("Tom Marsh wrote a book arguing that the war was lost.", "Tom Marsh"),
        ("In a letter, the lawyers wrote the judge had erred.", "lawyers"),
        ("Ann Cole wrote that the plan had failed.", "Ann Cole"),
        ("Residents wrote to the council to complain about the noise.", "Residents"),
        ("Tom Marsh wrote to Ann Cole that the deal was off.", "Tom Marsh"),
        (
            "“We must not cut the budget on the backs of children,” Senator Ann Cole wrote to her colleagues.",
            "Ann Cole",
        ),
        ("The plan is dead, Tom Marsh wrote to his members.", "Tom Marsh"),
        ("Judge Ann Cole wrote that the law gave the council too much power.", "Ann Cole"),
    ],
)
def test_who_wrote_what_a_text_says_is_its_source(body, speaker):
    assert claims_in(body)[0].speaker == speaker


# "MP" is a title before a name, as "Senator" is: "Labour MP David Rowe" is David Rowe, a man, so a later "He" is him.
@pytest.mark.parametrize(
    "body",
    [
        "Labour MP David Rowe said he had written to the water company.",
        "Local MP David Rowe said he had written to the water company.",
    ],
)
def test_mp_before_a_name_is_a_title(body):
    assert claims_in(body)[0].speaker == "David Rowe"


# A body whose name ends in "Inspectorate", "Survey", "Observatory", "Tribunal", "Trust" is no person: never "he".
_INSPECTORATE_THEN_A_MAN = (
    "The Drinking Water Inspectorate said it was investigating. Local MP David Rowe said he had written to the "
    "company. He called the outbreak a scandal."
)


def test_he_is_never_a_body_named_inspectorate():
    assert _speaker_of(_INSPECTORATE_THEN_A_MAN, "He called") == "David Rowe"


# "appealed for X to ..." and "appealed to X to ..." are an urging; a bare appeal ("appealing for witnesses",
# "appealed for calm") is an act, "appealed against the ruling" a court's business, "the idea appealed to voters" an
# attraction: no one said anything.
@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Police appealed to residents to stay indoors.", "Police"),
        ("The mayor of Lenford appealed for anyone who saw the fire to come forward.", "mayor of Lenford"),
    ],
)
def test_an_appeal_for_something_is_an_urging(body, speaker):
    assert claims_in(body)[0].speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Officers are appealing for witnesses.",
        "The mayor of Lenford appealed for calm after the riot.",
        "Tom Marsh appealed against the ruling.",
        "The firm appealed the decision in March.",
        "The idea appealed to voters in the north.",
        "Lawyers appealed for permission to take the case to the Supreme Court.",
    ],
)
def test_an_appeal_in_court_or_an_attraction_names_no_speaker(body):
    assert all(c.speaker is None for c in claims_in(body))


# "replied two months later that": a time phrase between the cue and its clause.
@pytest.mark.parametrize(
    "body, speaker",
    [
        ("The minister, Jonas Berg, replied two months later that the decision was the company's.", "Jonas Berg"),
        ("Ann Cole answered a week later that the money had been repaid.", "Ann Cole"),
    ],
)
def test_a_time_phrase_before_the_clause(body, speaker):
    assert claims_in(body)[0].speaker == speaker


# "Per" opening a sentence is "according to" only before a comma: "Per Lind wrote to ..." is a man named Per.
def test_per_as_a_given_name_is_no_according_to():
    assert all(c.speaker is None for c in claims_in("Per Lind runs the cafe in Kallby."))
    said = claims_in("Per Lind said the ferry would stop.")[0]
    assert said.speaker == "Per Lind"
    assert said.speaker_chain == ["Per Lind"]


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Per the port authority, 300 ships were delayed.", "port authority"),
        ("Prices rose 4%, per figures from the ministry.", "ministry"),
    ],
)
def test_per_before_a_source_is_still_according_to(body, speaker):
    assert claims_in(body)[0].speaker == speaker


# British titles before a name: "Cllr" (with or without its stop, which ends no sentence), "DCI".
@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Cllr Joan Pryce said the council faced a gap of 38 million pounds.", "Joan Pryce"),
        ("At the meeting, Cllr. Joan Pryce said the council faced a gap of 38 million pounds.", "Joan Pryce"),
        ("DCI Sarah Long said two men had been arrested.", "Sarah Long"),
    ],
)
def test_british_titles_before_a_name(body, speaker):
    claims = claims_in(body)
    assert [c.speaker for c in claims] == [speaker]
    assert claims[0].text == body  # one sentence: "Cllr." ends none


# "recalled" products or an envoy: called back, nothing recounted; a memory keeps it a saying.
@pytest.mark.parametrize(
    "body",
    [
        "Orvane has recalled 2,000 chargers sold in Wessland after reports that they could overheat.",
        "Kestrel Motors recalled 120,000 vehicles over faulty airbags.",
        "Marland recalled its ambassador to Vesta on Thursday.",
    ],
)
def test_a_product_recall_names_no_speaker(body):
    assert all(c.speaker is None for c in claims_in(body))


@pytest.mark.parametrize(
    "body",
    [
        "Ann Cole recalled that the mine had flooded twice.",
        "Ann Cole recalled the day the mine flooded.",
        "Ann Cole recalled how the town had changed.",
        "Ann Cole recalled her opposition to the plan to close the mine.",
        "“We had nothing,” Ann Cole recalled.",
    ],
)
def test_a_memory_recalled_is_said(body):
    assert claims_in(body)[0].speaker == "Ann Cole"


# Where a text came out is not who says it: the study speaks, not the journal that printed it.
@pytest.mark.parametrize(
    "body, wrong",
    [
        (
            "A study published in the journal Neurology has found that poor sleep raises the risk of dementia.",
            "Neurology",
        ),
        ("A study in the Lancet found that 40% of cases were preventable.", "Lancet"),
    ],
)
def test_a_journal_is_not_the_source_of_a_study_in_it(body, wrong):
    assert claims_in(body)[0].speaker not in (wrong, None)
