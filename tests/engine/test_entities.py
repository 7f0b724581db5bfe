"""Entities: gazetteer aliases to canonical names, and a general rule for unseen names."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.entities import find_entities, gazetteer, guess_type

from .conftest import make_article


def test_aliases_map_to_canonical_names() -> None:
    names = [
        m.name for m in find_entities("Pyongyang and the DPRK told Moscow, the Kremlin and Seoul; the NIS agreed.")
    ]
    assert names == [
        "North Korea",
        "North Korea",
        "Russia",
        "Russia",
        "South Korea",
        "South Korean National Intelligence Service",
    ]


def test_demonyms_count_as_their_country() -> None:
    assert [m.name for m in find_entities("North Korean troops met Russian officers.")] == ["North Korea", "Russia"]


def test_gazetteer_entries_have_valid_types_and_unique_aliases() -> None:
    from corpus.model import ENTITY_TYPES

    gaz = gazetteer()
    assert len(gaz.entities) > 50
    for entity in gaz.entities.values():
        assert entity.type in ENTITY_TYPES and entity.name in entity.aliases


def test_unseen_capitalised_names_are_entities_with_a_guessed_type() -> None:
    found = {
        m.name: m.type
        for m in find_entities("Finance Minister Karl Brandt met the Harbour Workers Union and the Valmora Herald.")
    }
    assert found == {"Karl Brandt": "person", "Harbour Workers Union": "organisation", "Valmora Herald": "outlet"}
    assert guess_type("PORT MERIDIA") == "place"


def test_sentence_openers_and_adjectives_are_not_names() -> None:
    assert find_entities("However, the Russian-occupied town was quiet.") == [
        m for m in find_entities("However, the Russian-occupied town was quiet.") if m.name == "Russia"
    ]


def test_unseen_demonym_joins_its_country_within_the_article() -> None:
    body = "Kavar said its army was ready. Officials said 14 Kavari soldiers died near the border."
    claims, _ = extract_article(make_article(body))
    assert "Kavar" in claims[1].entities and "Kavari" not in claims[1].entities


def test_lone_sentence_opening_word_needs_confirmation() -> None:
    claims, _ = extract_article(make_article("Turnout was 61 percent, officials said."))
    assert claims[0].entities == []


@pytest.mark.parametrize(
    "body, kept",
    [
        ("Quorvant will close 300 stores, the company said.", ["Quorvant"]),
        ("Eastgrid denied that its cables were at fault, a spokesman said.", []),  # two words run together
        ("Ransomware shut 40 schools on Monday, officials said.", []),
        ("Brenvik said on Monday it would cut 200 jobs. The brenvik plant stays open.", []),  # lower case too
    ],
)
def test_a_sentence_opening_word_no_english_list_holds_is_a_name(body: str, kept: list[str]) -> None:
    claims, _ = extract_article(make_article(body))
    assert claims[0].entities == kept


def test_compounds_lists_identifiers_and_adjectives() -> None:
    names = {
        m.name
        for m in find_entities("A Kim-Putin summit and Russia–North Korea ties worried Jewish groups in Adra and Hama.")
    }
    assert names == {"Vladimir Putin", "Russia", "North Korea", "Adra", "Hama"}  # a list is its names
    assert [m.name for m in find_entities("It breaches Resolution 2397 and about 14 Kavari soldiers died.")] == [
        "Resolution 2397",
        "Kavari",
    ]
    assert guess_type("Cold War") == "other" and guess_type("B-52") == "other"


def test_short_forms_join_the_one_longer_name_and_ambiguous_ones_are_dropped() -> None:
    body = (
        "Analyst Cha Du-hyeogn said the weapons were old. Cha added that advisers were present. "
        "Leader Kim Jong Un met Defense Minister Kim Yong-hyun. Kim told lawmakers the war would go on."
    )
    claims, _ = extract_article(make_article(body))
    assert claims[1].entities == ["Cha Du-hyeogn"]
    assert "Kim" not in claims[3].entities


def test_a_middle_initial_stays_inside_the_name() -> None:
    found = [(m.surface, m.type) for m in find_entities("Chairman Peter K. Vollmer said the vote would wait.")]
    assert found == [("Peter K. Vollmer", "person")]
    # An initial closing a sentence does not swallow the next sentence's opening word.
    assert [m.surface for m in find_entities("The fund chose Plan B. The vote was close.")][:1] == ["Plan B"]


def test_a_person_titled_by_a_body_is_the_person() -> None:
    found = [(m.surface, m.type) for m in find_entities("Harbour Workers Union Chairman Emil Dorsey called it a win.")]
    assert found == [("Emil Dorsey", "person")]


def test_a_currency_code_after_a_dollar_sign_is_money_not_a_name() -> None:
    assert [m.surface for m in find_entities("Perth Mint paid $US180 million and $A40 million last year.")] == [
        "Perth Mint"
    ]


def test_a_list_of_places_is_each_place_but_joined_adjectives_are_none() -> None:
    assert [m.surface for m in find_entities("Crews from Ohio and Belgium flew to Peru.")] == [
        "Ohio",
        "Belgium",
        "Peru",
    ]
    assert find_entities("Welsh and Kenyan runners led the field.") == []


def test_a_weekday_after_a_place_is_when_not_part_of_the_name() -> None:
    assert [m.surface for m in find_entities("Floods reached Nebraska Tuesday, officials said.")] == ["Nebraska"]
    assert [(m.surface, m.type) for m in find_entities("Malls in Leeds opened on Boxing Day and Black Friday.")][
        -1
    ] == ("Black Friday", "other")


def test_jan_before_a_surname_is_a_first_name() -> None:
    assert [(m.surface, m.type) for m in find_entities("Jan Okafor, the mayor, said the bridge would reopen.")] == [
        ("Jan Okafor", "person")
    ]


def test_a_place_opening_a_body_or_an_outlet_is_part_of_its_name() -> None:
    found = [(m.surface, m.type) for m in find_entities("The Denver Post and the Nevada Water Authority agreed.")]
    assert ("Nevada Water Authority", "organisation") in found and ("Nevada", "place") not in found
    assert [m.name for m in find_entities("Boats left the Indian Ocean port.")] == ["Indian Ocean"]


def test_in_a_title_case_headline_only_known_or_confirmed_names_count() -> None:
    headline = "Storm Batters Harbour Town As Families Flee Rising Water In Russia"
    assert [m.name for m in find_entities(headline)] == ["Russia"]
    text = headline + "\nMayor Ruth Okonjo said the Harbour Town seawall held."
    assert "Ruth Okonjo" in [m.name for m in find_entities(text)]


def test_us_states_seas_and_armed_groups_are_known() -> None:
    found = [(m.name, m.type) for m in find_entities("Guards from Texas and Vermont sailed the South China Sea.")]
    assert found == [("Texas", "place"), ("Vermont", "place"), ("South China Sea", "place")]
    assert [(m.name, m.type) for m in find_entities("Clashes with al-Shabaab fighters went on.")] == [
        ("al-Shabab", "organisation")
    ]


def test_an_auxiliary_opening_a_question_is_no_given_name() -> None:
    names = [m.surface for m in find_entities("Will Okonjo back the mayor in the runoff?")]
    assert names == ["Okonjo"]
    assert [m.surface for m in find_entities("Can Marta Vell win the seat?")] == ["Marta Vell"]
    assert [m.surface for m in find_entities("Will Okonjo said the runoff was fair.")] == ["Will Okonjo"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Police Chief Sandra Whitfield called the plan dangerous.", "Sandra Whitfield"),
        ("Police Commissioner Ann Lee resigned on Friday.", "Ann Lee"),
    ],
)
def test_a_body_and_a_title_before_a_persons_name_are_not_part_of_it(text: str, name: str) -> None:
    assert [m.name for m in find_entities(text)] == [name]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Marion County Sheriff Leah Okafor said the road was closed.", "Leah Okafor"),
        ("Federal prosecutors and U.S. Attorney Dev Raman said the case would go to trial.", "Dev Raman"),
        ("Detective Inspector Colm Bray said the search would resume at dawn.", "Colm Bray"),
        ("Coach Ines Haddad said the team had trained through the heat.", "Ines Haddad"),
    ],
)
def test_a_local_official_s_title_is_not_part_of_the_name(text: str, person: str) -> None:
    found = [(m.surface, m.type) for m in find_entities(text)]
    assert (person, "person") in found


def test_a_name_qualifying_a_thing_after_the_is_no_person() -> None:
    found = {m.surface: m.type for m in find_entities("Crews said the Larch Gully fire had jumped the river.")}
    assert found["Larch Gully"] != "person"
    # a person's name in its usual place stays a person
    found = {m.surface: m.type for m in find_entities("Talia Brennan said the Larch Gully fire had jumped.")}
    assert found["Talia Brennan"] == "person"


def test_a_day_opening_a_newspaper_s_name_stays_in_it() -> None:
    found = [(m.surface, m.type) for m in find_entities("The Sunday Chronicle had reported that ministers agreed.")]
    assert found == [("Sunday Chronicle", "outlet")]
    # a day before another name is still when, not part of the name
    found = [(m.surface, m.type) for m in find_entities("On Sunday Talia Brennan said the talks had failed.")]
    assert ("Talia Brennan", "person") in found


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Japan's Orvane Motors said it would recall 20,000 cars.", ["Japan", "Orvane Motors"]),
        ("Britain's Kestrel Systems won the contract.", ["United Kingdom", "Kestrel Systems"]),
        # a country's own body keeps the country: whose ministry it is tells two ministries apart
        ("Russia's Defence Ministry said the drills had ended.", ["Russia's Defence Ministry"]),
        ("The People's Defence Force said it took the town.", ["People's Defence Force"]),
    ],
)
def test_a_company_after_its_countrys_possessive_is_named_alone(sentence: str, names: list[str]) -> None:
    assert [m.name for m in find_entities(sentence)] == names


def test_a_sentence_opening_word_with_its_own_possessive_is_a_name() -> None:
    body = "Headline\nThe appeal court raised the term to eight years.\nMarsh's lawyers said they would not appeal.\n"
    claims, _ = extract_article(make_article(body))
    assert "Marsh" in claims[-1].entities


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The toll was given by the Velmar National Commission on Human Rights.",
            "Velmar National Commission on Human Rights",
        ),
        ("The Institute for Fiscal Studies said the plan was unfunded.", "Institute for Fiscal Studies"),
    ],
)
def test_a_body_named_on_past_on_or_for_is_one_name(sentence: str, name: str) -> None:
    assert name in [m.name for m in find_entities(sentence)]


def test_a_day_after_a_body_is_no_part_of_its_name() -> None:
    assert [m.name for m in find_entities("The Commission on Monday said it would act.")] == ["Commission"]


def test_a_nationality_before_a_title_names_the_country() -> None:
    names = [m.name for m in find_entities("Kenyan President William Ruto said on Sunday that 19 people had died.")]
    assert names == ["Kenya", "William Ruto"]
