"""Sentences that are no claim however dated or attributed: a scene, a body's founding told as its profile, a
tribute, the writer's judgement in the perfect (session 34, issue 14's claims share); each beside a sentence of the
same shape that stays a claim."""

from __future__ import annotations

from .conftest import claims_in


def _claimed(body: str) -> dict[str, bool]:
    """Each sentence of ``body`` that is extracted, by its text: whether it is a claim (not background)."""
    return {c.text: c.kind != "background" for c in claims_in(body)}


def _is_claim(body: str, sentence: str) -> bool:
    return _claimed(body).get(sentence, False)


def test_a_place_as_it_looked_is_a_scene_even_with_a_day_and_a_time_of_day() -> None:
    scene = "On a wet Thursday evening the square was almost deserted."
    body = f"{scene} The council closed the square's car park on Thursday evening."
    assert not _is_claim(body, scene)
    assert _is_claim(body, "The council closed the square's car park on Thursday evening.")


def test_a_common_noun_standing_idle_is_a_scene_but_a_named_body_in_that_state_is_told() -> None:
    assert not _is_claim(
        "Tractors stood idle beside the flooded barns on Monday.",
        "Tractors stood idle beside the flooded barns on Monday.",
    )
    told = "The Senate was packed on Tuesday for the vote on the budget."
    assert _is_claim(told, told)


def test_a_state_only_the_eye_reports_is_a_scene_not_an_act_done_to_the_place() -> None:
    body = "The station concourse was strewn with luggage on Friday morning. The station was closed by police at noon on Friday."
    claimed = _claimed(body)
    assert not claimed.get("The station concourse was strewn with luggage on Friday morning.", False)
    assert claimed["The station was closed by police at noon on Friday."]


def test_the_weather_doing_what_weather_does_is_colour_whatever_day_it_is_dated() -> None:
    body = "Smoke hung over the valley on Sunday morning. The sun had come out by the time the crews left."
    claimed = _claimed(body)
    assert not any(claimed.values())


def test_the_weather_with_a_measure_of_it_stays_a_claim() -> None:
    sentence = "Snow fell to a depth of 30 centimetres on Sunday morning."
    assert _is_claim(sentence, sentence)


def test_a_bodys_founding_told_as_its_profile_is_background_with_its_figures_kept() -> None:
    profile = "Marrow Bakeries was founded in 1987 and employs 420 people."
    claims = {
        c.text: c for c in claims_in(f"Marrow Bakeries will close its Tilbury site, it said on Monday. {profile}")
    }
    assert claims[profile].kind == "background"
    assert any(q.value == 420 for q in claims[profile].quantities)


def test_a_founding_that_is_the_news_is_still_a_claim() -> None:
    # ("after" tells the founding as a response to something: news, not a profile)
    body = "The charity was founded in 2023 after floods destroyed 300 homes in the valley."
    assert _is_claim(body, body)


def test_a_tribute_or_a_wish_for_someone_is_background_with_its_speaker_kept() -> None:
    body = (
        "A lorry driver was injured when his cab overturned on the ring road on Monday. "
        "The haulier's owner, Rita Vance, said her thoughts were with him and wished him a quick recovery. "
        "His coach described him as “the hardest worker in the club”."
    )
    claims = {c.text: c for c in claims_in(body)}
    tribute = claims[
        "The haulier's owner, Rita Vance, said her thoughts were with him and wished him a quick recovery."
    ]
    assert tribute.kind == "background" and tribute.speaker == "Rita Vance"
    assert claims["His coach described him as “the hardest worker in the club”."].kind == "background"


def test_a_tribute_with_something_to_come_is_a_claim() -> None:
    sentence = "Mayor Joan Pike said her thoughts were with the family and that the council would pay for the funeral."
    assert _is_claim(sentence, sentence)


def test_the_writers_judgement_in_the_perfect_is_no_claim() -> None:
    body = (
        "The minister's record on rail has been mixed. "
        "The gamble turned out to be a fortunate one. "
        "The minister has cut rail fares twice since May."
    )
    claimed = _claimed(body)
    assert not claimed.get("The minister's record on rail has been mixed.", False)
    assert not claimed.get("The gamble turned out to be a fortunate one.", False)
    assert claimed["The minister has cut rail fares twice since May."]


def test_the_writers_call_to_the_reader_is_no_claim_but_a_figure_beside_it_keeps_it_one() -> None:
    body = (
        "Stay away from the Old Quay on Saturday night. "
        "Keep an eye on the Marlow Players this season. "
        "Take a look at the 12 stalls that won prizes this year."
    )
    claimed = _claimed(body)
    assert not claimed.get("Stay away from the Old Quay on Saturday night.", False)
    assert not claimed.get("Keep an eye on the Marlow Players this season.", False)
    assert claimed["Take a look at the 12 stalls that won prizes this year."]


def test_a_quoted_call_to_the_listener_is_the_speakers_rhetoric() -> None:
    body = (
        "The senator spoke in Lowell on Friday. "
        "“Look at what they have done to this town,” Senator Ada Kerr said. "
        "Senator Ada Kerr said the plant had cut 300 jobs."
    )
    claims = {c.text: c for c in claims_in(body)}
    assert claims["“Look at what they have done to this town,” Senator Ada Kerr said."].kind == "background"
    assert claims["Senator Ada Kerr said the plant had cut 300 jobs."].kind != "background"


def test_a_feeling_told_to_a_named_listener_or_after_an_opening_phrase_is_background() -> None:
    body = (
        "A fire destroyed the Hallam Road bakery on Sunday. "
        "Its owner, Nadia Osei, told the Hallam Gazette she was “devastated”. "
        "At the town hall on Monday, the bakers' guild said they were saddened. "
        "Osei told the Gazette she was happy to see that the council had waived the rent."
    )
    claims = {c.text: c for c in claims_in(body)}
    assert claims["Its owner, Nadia Osei, told the Hallam Gazette she was “devastated”."].kind == "background"
    assert claims["At the town hall on Monday, the bakers' guild said they were saddened."].kind == "background"
    assert (
        claims["Osei told the Gazette she was happy to see that the council had waived the rent."].kind != "background"
    )
