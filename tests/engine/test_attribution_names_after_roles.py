"""Who said it (session 24): a name after a role or a body's kind, studies from a country, role labels, second verbs
of a subject. Every sentence is the test's own."""

from __future__ import annotations

import pytest

from .conftest import sources_in


@pytest.mark.parametrize(
    "body, speaker, source",
    [
        (
            "According to the developer, Nordbyg, the site will hold 300 homes.",
            "Nordbyg",
            "the developer, Nordbyg",
        ),
        (
            "According to the carmaker, Aldmark Motors, which bought the plant in 2019, sales fell by a fifth.",
            "Aldmark Motors",
            "the carmaker, Aldmark Motors",
        ),
        (
            "According to the report's author, Dr Ann Lee, the risk of a flood is small.",
            "Ann Lee",
            "the report's author, Dr Ann Lee",
        ),
    ],
)
def test_according_to_a_role_then_its_name_the_name_speaks(body: str, speaker: str, source: str) -> None:
    assert sources_in(body)[0] == (speaker, source)


def test_according_to_a_person_described_then_named_the_name_speaks_and_is_he() -> None:
    body = (
        "Tom Reyes said the plan was sound. According to a consultant, Karl Brandt, the plan will cost 40 percent more. "
        "“They are whistling past the graveyard,” he said."
    )
    assert [s[0] for s in sources_in(body)] == ["Tom Reyes", "Karl Brandt", "Karl Brandt"]


def test_according_to_a_role_then_a_country_keeps_the_role() -> None:
    # guard: a country set off by commas is what the minister spoke of
    body = "According to the minister, Britain, which holds the presidency, will host the talks in May."
    assert sources_in(body)[0][0] == "minister"


def test_according_to_a_role_before_a_list_of_places_keeps_the_role() -> None:
    # guard: "Britain, France and Spain" is what the minister said about, not a name for the minister
    assert (
        sources_in("According to the minister, Britain, France and Spain have agreed to the plan.")[0][0] == "minister"
    )


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("An earlier study from Denmark, published in 2021, found a similar effect on sleep.", "earlier study"),
        ("A previous survey by the Lund Institute, conducted in 2020, showed the same pattern.", "Lund Institute"),
        ("A study from Norway found that four in ten pupils skip breakfast.", "study"),
    ],
)
def test_a_study_with_an_aside_or_from_a_country_speaks(body: str, speaker: str) -> None:
    # The country is where the study was done, not who says it; "earlier" and "previous" are no part of a name.
    assert sources_in(body)[0][0] == speaker


@pytest.mark.parametrize(
    "label",
    ["Manager: since 2019 at the club", "Club captain: from 2021 to 2023", "Owner: the Marsh family trust"],
)
def test_a_role_label_with_its_value_names_no_speaker_for_the_next_paragraph(label: str) -> None:
    body = f"{label}\n\nThe club said the coach would stay until the end of the season."
    assert sources_in(body)[-1] == ("club", "The club")


def test_a_role_kicker_that_says_something_still_speaks() -> None:
    # guard: "Fire chief: blaze was deliberate" is a kicker with words of its own
    assert sources_in("Fire chief: blaze was deliberate\n\nA fire destroyed the plant on Sunday.")[0] == (
        "Fire chief",
        "Fire chief",
    )


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Aldwerk will close two of its plants by 2028, the carmaker said.", "Aldwerk"),
        ("Hollins will open 30 new shops this year, the supermarket said on Tuesday.", "Hollins"),
        ("Telvana cut 3,000 jobs last year, the bank said.", "Telvana"),
    ],
)
def test_a_body_description_closing_the_sentence_is_its_lone_named_subject(body: str, speaker: str) -> None:
    assert sources_in(body)[0][0] == speaker


@pytest.mark.parametrize(
    "body, speaker",
    [
        # a surname of someone named in full before: the carmaker, not the person
        ("Lena Vogt has run Aldwerk since 2015. Vogt will step down in May, the carmaker said.", "carmaker"),
        # a country, a given name, a player for a club: no body named
        ("Germany will buy 30 new jets, the company said.", "company"),
        ("Grace will lead the new branch, the lender said.", "lender"),
        ("Kessler will miss the final with a knee injury, the club said.", "club"),
        # no verb after the opening word, or an English word opening the sentence: no subject name
        ("Almost 650 courses have closed since 2006, the group says.", "group"),
        ("Sales will fall by 5 percent this year, the company said.", "company"),
    ],
)
def test_a_body_description_stays_unresolved_when_its_subject_may_be_someone_else(body: str, speaker: str) -> None:
    assert sources_in(body)[-1][0] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Ana Ruiz had to leave early but said the plan would work.",
        "Ana Ruiz left early and said the plan would work.",
        "Ana Ruiz won the race and said she would run again next year.",
    ],
)
def test_a_second_verb_of_saying_after_an_irregular_or_obliged_first_one(body: str) -> None:
    assert sources_in(body)[0] == ("Ana Ruiz", "Ana Ruiz")


def test_a_verb_after_another_clause_is_not_the_first_subjects() -> None:
    # guard: "a developer comes in and wants" is the developer's, not the buyers'
    body = "Buyers paid 30 percent more for a lot by the lake, and then a developer comes in and wants to build on it."
    assert sources_in(body)[0][0] is None
