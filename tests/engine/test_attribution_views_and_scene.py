"""Views held by a party named with a phrase after its head, a body's own people, and words that open a sentence
only because sentences open with a capital (session 22: blind set 8's kinds of sentence, written apart from it)."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.attribution import find_attributions

from .conftest import make_article, speakers_in


def test_a_given_name_worn_by_men_and_women_alike_tells_no_gender() -> None:
    # "Pat" is a man's and a woman's name: "she" after "Organiser Pat Delaney says" is her.
    body = (
        "Organiser Pat Delaney says the market now has 60 traders, up from 25 last year. "
        "“We turn people away every week,” she said."
    )
    assert (speakers_in(body)[-1] or "").endswith("Pat Delaney")


def test_a_common_word_opening_a_sentence_is_no_surname_for_a_later_pronoun() -> None:
    # "Thunder rumbled": a capital only because the sentence opens there; "she" has nobody to refer to.
    body = "Thunder rumbled over the valley all night. “We lost the whole barley crop,” she said."
    assert not any(speakers_in(body))


def test_an_unknown_surname_opening_a_sentence_with_a_verb_of_saying_is_still_a_person() -> None:
    body = "Ostrowski told the hearing the dam was safe. “I checked it myself,” he said."
    assert speakers_in(body)[-1] == "Ostrowski"


def test_it_closing_a_sentence_opened_by_a_plural_noun_is_the_body_that_spoke_before() -> None:
    # "Contamination levels in three wells were ...": "levels" is a noun, not a verb after a body called Contamination.
    body = (
        "The county water board said 14 wells had been tested since May. "
        "Contamination levels in three of them were above the legal limit, it said."
    )
    speakers = speakers_in(body)
    assert speakers[-1] is not None and "water board" in speakers[-1]


def test_a_body_opening_its_sentence_is_still_the_it_that_closes_it() -> None:
    body = "Kestrel Air cancels 300 flights as pilots strike, it said on Monday."
    assert speakers_in(body)[-1] == "Kestrel Air"


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        ("Farmers in the lower valley report that yields are down by a third.", "Farmers in the lower valley"),
        ("Residents of the estate want the council to rebuild the footbridge.", "Residents of the estate"),
        ("Teachers at the school plan to strike on Thursday.", "Teachers at the school"),
    ],
)
def test_a_bare_verb_after_a_plural_party_and_the_phrase_that_places_it(sentence: str, phrase: str) -> None:
    assert [a.phrase for a in find_attributions(sentence)] == [phrase]


@pytest.mark.parametrize(
    "sentence",
    [
        "Changes to the council plan were approved on Monday.",
        "Queues at the post office report desk grew all morning.",
        "Shares in the mining firm plan nothing of the sort.",
    ],
)
def test_no_bare_verb_after_a_thing_and_its_phrase(sentence: str) -> None:
    assert find_attributions(sentence) == []


def test_a_body_s_own_people_hold_its_view() -> None:
    assert [a.phrase for a in find_attributions("Its engineers think the leak lies under the ring road.")] == [
        "Its engineers"
    ]
    body = (
        "Harwick Utilities said on Monday the reservoir was at 41% of capacity. "
        "Its engineers think the leak lies under the ring road."
    )
    assert speakers_in(body)[-1] == "Harwick Utilities"


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        ("The minister accepted that mistakes had been made in the tender.", "The minister"),
        ("Under questioning, the engineer accepted on Tuesday that the valve was worn.", "the engineer"),
        ("Lindqvist put it closer to 8%.", "Lindqvist"),
        ("The union puts it at nearer 40,000 members.", "The union"),
        ("In a letter to parents, the head teacher set out what the changes would mean:", "the head teacher"),
        ("The council leader set out her plans for the market on Monday.", "The council leader"),
    ],
)
def test_owning_up_to_a_clause_putting_it_at_a_figure_and_setting_out_plans(sentence: str, phrase: str) -> None:
    assert [a.phrase for a in find_attributions(sentence)] == [phrase]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor accepted the award on behalf of the city.",
        "She accepted the offer within a day.",
        "He put it in the back of the van.",
        "The crew set out the chairs before the concert.",
        "The walkers set out at dawn for the summit.",
    ],
)
def test_acts_that_report_nothing(sentence: str) -> None:
    assert find_attributions(sentence) == []


def test_words_named_after_as_a_group_s() -> None:
    body = (
        "Bus fares must be frozen for another year. "
        "That was the message from commuters at a packed meeting in Elmwick on Tuesday. "
        "The operator said it would reply next month."
    )
    claims, _ = extract_article(make_article(body))
    assert next(c.speaker for c in claims if c.text.startswith("That was")) == "commuters"
    assert find_attributions("That was the view from the windows of the old mill.") == []


def _kinds(body: str) -> dict[str, str]:
    claims, _ = extract_article(make_article(body))
    return {c.text: c.kind for c in claims}


@pytest.mark.parametrize(
    "sentence",
    [
        "The new rules are likely to anger farmers in the north of the county.",
        "Velmar Rovers will find that win hard to repeat against Ostra United.",
        "The delay will make it difficult for the council to open the pool before summer.",
    ],
)
def test_the_writer_s_own_guess_about_what_is_to_come_is_no_claim(sentence: str) -> None:
    body = f"Velmar council approved the budget on Monday. {sentence}"
    assert _kinds(body).get(sentence, "background") == "background"


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank is expected to raise its main rate at its next meeting.",
        "The council plans to close the pool for repairs.",
        "Velmar Rail is likely to cut 200 jobs, the union said.",
    ],
)
def test_a_forecast_someone_can_be_held_to_stays_a_claim(sentence: str) -> None:
    body = f"Velmar council approved the budget on Monday. {sentence}"
    assert _kinds(body).get(sentence, "background") != "background"


@pytest.mark.parametrize(
    "sentence",
    [
        "Heavy rain lashed the windows of the Velmar sorting office as the night shift began.",
        "Snow settled on the roofs of Ostra as the last train pulled out.",
        "It is hard to overstate how much the harbour at Velmar has changed since the mill closed.",
        "It is difficult to imagine the Ostra market without its fish stalls.",
    ],
)
def test_weather_and_the_writer_s_own_emphasis_set_a_scene(sentence: str) -> None:
    body = f"Velmar council approved the budget on Monday. {sentence}"
    assert _kinds(body).get(sentence, "background") == "background"


@pytest.mark.parametrize(
    "sentence",
    [
        "Heavy rain flooded 40 homes in Velmar on Monday night.",
        "Storms closed the Ostra bridge for the second time this month.",
        "Fog delayed flights at Ostra airport for most of the morning, the airport said.",
    ],
)
def test_weather_that_did_something_and_a_said_difficulty_stay_claims(sentence: str) -> None:
    body = f"Velmar council approved the budget on Monday. {sentence}"
    assert _kinds(body).get(sentence, "background") != "background"


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        (
            "One in five tenants are behind on rent, a survey by the Renters Trust has found.",
            "a survey by the Renters Trust",
        ),
        ("Prices rose 4% in May, figures from the statistics office have shown.", "figures from the statistics office"),
    ],
)
def test_a_finding_s_source_ends_before_its_auxiliary(sentence: str, phrase: str) -> None:
    assert {a.phrase for a in find_attributions(sentence)} == {phrase}


def test_a_long_appositive_before_the_cue_is_part_of_the_source_as_written() -> None:
    sentence = (
        "Tomas Brandt, a former harbour master who ran the port of Velmar through the floods of 2011 and now advises "
        "the regional government on shipping, said on Monday that the quay was unsafe."
    )
    (a,) = find_attributions(sentence)
    assert a.phrase == "Tomas Brandt"
    assert sentence[a.source[0] : a.source[1]].endswith("advises the regional government on shipping")


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        ("Estate agents in the town report that viewings are down on a year ago.", "Estate agents in the town"),
        ("Locals fear the new road will split the village.", "Locals"),
    ],
)
def test_agents_and_locals_are_parties_of_people(sentence: str, phrase: str) -> None:
    assert [a.phrase for a in find_attributions(sentence)] == [phrase]


def test_curly_and_straight_quote_marks_mixed_in_one_sentence() -> None:
    # '“...," Lee said. "...”': a curly mark closed by a straight one, then a straight mark closed by a curly one.
    body = (
        "Mayor Ann Lee spoke at the harbour on Monday. "
        '“I have read the engineers\' report," Lee said. "The quay will reopen in May.” '
        "The council meets again next week."
    )
    claims, _ = extract_article(make_article(body))
    said = [c for c in claims if "read the engineers" in c.text]
    assert said and said[0].speaker == "Ann Lee"


@pytest.mark.parametrize(
    "sentence, phrases",
    [
        ("That contrasts with 2012, when Park feasted on poorer states, like the coastal state of Velmar.", []),
        ("The numbers played better to Park than other recent states.", []),
        ("The harbour will close in May, the council's memo states.", ["the council's memo"]),
        ("“The quay is unsafe,” the inspection report states.", ["the inspection report"]),
    ],
)
def test_states_closing_a_clause_is_a_noun_unless_it_closes_a_report(sentence: str, phrases: list[str]) -> None:
    assert [a.phrase for a in find_attributions(sentence)] == phrases


def test_a_kin_named_by_a_given_name_is_a_referent() -> None:
    body = (
        "Ana Ruiz and her husband, Tomas, lost their bakery when the dam failed in March. "
        "“We had ten minutes to get the ovens off,” she said. "
        "He thinks the dam was never properly inspected."
    )
    assert speakers_in(body)[-2:] == ["Ana Ruiz", "Tomas"]
