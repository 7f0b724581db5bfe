"""Speakers and attribution chains, resolved in the context of the article."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _speakers(body: str) -> list[tuple[str | None, list[str]]]:
    claims, _ = extract_article(make_article(body))
    return [(c.speaker, c.speaker_chain) for c in claims]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The company said output fell sharply in May.", "company"),
        ("Output fell sharply in May, said Lena Fischer, a spokeswoman for the firm.", "Lena Fischer"),
        ("“Output fell sharply,” the company told investors.", "company"),
        ("According to the Finance Ministry, output fell sharply in May.", "Finance Ministry"),
        ("Output fell sharply in May, according to data from StatBureau, a research firm.", "StatBureau"),
        ("Finance Minister Karl Brandt claimed that output fell sharply.", "Karl Brandt"),
        ("Energy Minister Rosa Diaz denied that output fell.", "Rosa Diaz"),
        ("A senior official, speaking on condition of anonymity, said output fell.", "senior official"),
        ("Port chief executive Tomas Lindqvist estimated the loss at $5 million.", "Tomas Lindqvist"),
        ("Analysts at Meridian Bank estimate that output fell by 2%.", "Meridian Bank"),
        ("Neither the firm nor its owners confirmed the layoffs.", None),
        ("Output fell sharply in May.", None),
        ("While the union claimed victory, the company said output fell.", "company"),
        ("Seoul and Tokyo say the talks failed.", "Seoul and Tokyo"),
        ("Damage is estimated at €45 million.", None),
    ],
)
def test_attribution_patterns(sentence, speaker) -> None:
    ((got, _),) = _speakers(sentence)
    assert got == speaker or (speaker and got and speaker.lower() in got.lower()), got


def test_quoted_as_saying_by_keeps_the_relay_in_the_chain() -> None:
    ((speaker, chain),) = _speakers(
        "“We will not back down,” union leader Grace Obi was quoted as saying by the Evening Post."
    )
    assert speaker == "Grace Obi"
    assert chain == ["Grace Obi", "Evening Post"]


def test_trailing_reported_relay_and_according_to_extend_the_chain() -> None:
    ((speaker, chain),) = _speakers("The Interior Ministry said 40 people died, the Valmora Herald reported.")
    assert speaker == "Interior Ministry" and chain == ["Interior Ministry", "Valmora Herald"]


def test_pronouns_titles_and_surnames_resolve_to_earlier_named_speakers() -> None:
    body = (
        "Interior Minister Anton Keller said 15 teams were deployed. "
        "He said more would follow. "
        "“We are working around the clock,” Keller told reporters. "
        "The minister added that roads were closed. "
        "The Red Cross said it had sent supplies. "
        "It said more were on the way."
    )
    assert [s for s, _ in _speakers(body)] == ["Anton Keller"] * 4 + ["Red Cross"] * 2


def test_a_descriptor_with_its_own_modifiers_keeps_its_words_when_nobody_was_named() -> None:
    body = (
        "A Kavari military intelligence official said troops were training. "
        "The official said they could deploy soon. "
        "The Kavari military official confirmed that the strike killed two officers."
    )
    speakers = [s for s, _ in _speakers(body)]
    assert speakers == [
        "Kavari military intelligence official",
        "Kavari military intelligence official",
        "Kavari military official",
    ]


def test_a_quotation_standing_alone_continues_the_previous_speaker() -> None:
    body = "“We will rebuild,” Mayor Ana Ruiz said. “Every street, every school.”\n\nThe weather improved on Sunday."
    assert [s for s, _ in _speakers(body)] == ["Ana Ruiz", "Ana Ruiz", None]


def test_flattened_table_rows_take_their_source_column() -> None:
    body = "PeriodReported DeathsSource\nMay 2024120 killedHealth Office\n"
    assert _speakers(body) == [("Health Office", ["Health Office"])]


def test_bullet_label_speaks_only_when_the_rest_has_no_subject() -> None:
    body = "Reactions:\n\n• Japan: Expressed deep concern about the launch\n• Total: 48 seats won by the coalition\n"
    assert [s for s, _ in _speakers(body)][-2:] == ["Japan", None]


def test_negated_speech_names_who_declined_to_say_and_titles_come_off_names() -> None:
    body = (
        "Ukraine's air force said it shot down 104 missiles. It did not say what happened to the rest. "
        "“This was one of the largest attacks,” Energy Minister Herman Halushchenko said."
    )
    assert [s for s, _ in _speakers(body)] == ["Ukraine's air force", "Ukraine's air force", "Herman Halushchenko"]
    claims, _ = extract_article(make_article(body))
    assert claims[1].kind == "background"  # nothing said
    assert [a.cue_kind for a in claims[1].attributions] == ["declined"]


def test_the_source_is_the_last_anonymous_person_not_a_named_one() -> None:
    body = (
        "Governor Oleh Kiper said power was cut. "
        "A person familiar with the matter told Reuters that repairs could take weeks. "
        "The source, who asked not to be identified, said 1.5 million homes were dark."
    )
    assert [s for s, _ in _speakers(body)] == [
        "Oleh Kiper",
        "person familiar with the matter",
        "person familiar with the matter",
    ]


def test_reporter_quoted_a_body_as_saying_makes_the_body_speak_via_the_reporter() -> None:
    body = (
        "Rep. Lee Seong-kweun attended the briefing. “The soldiers have adapted,” Lee quoted the spy agency as saying."
    )
    assert _speakers(body)[-1] == ("spy agency", ["spy agency", "Lee Seong-kweun"])


def test_the_agency_is_the_agency_that_spoke_not_one_named_in_passing() -> None:
    body = (
        "SEOUL (Yonhap) -- North Korea sent more troops, the spy agency said on Thursday. The agency said 300 had died."
    )
    assert [s for s, _ in _speakers(body)] == ["spy agency", "spy agency"]


def test_a_body_named_x_of_y_is_named_whole() -> None:
    claims, _ = extract_article(
        make_article("Pay rose 4 percent, according to the Harbour Workers of Ashton, a union of dockers.")
    )
    assert claims[0].speaker == "Harbour Workers of Ashton"


def test_one_seeking_an_office_says_nothing_and_titles_of_legislators_go() -> None:
    body = (
        "Assemblyman Victor Hale said supporters had the votes.\n"
        "Marsh, who is seeking a second term, has been criticised by both sides on housing.\n"
        "The city seeks to overturn the ruling.\n"
        "The bill fell three votes short, according to a count by State House News.\n"
    )
    said = {text.split()[1]: speaker for speaker, text in _speakers_and_texts(body)}
    assert said["Victor"] == "Victor Hale"
    assert said.get("who") is None
    assert said["city"] == "city"
    assert said["bill"] == "State House News"


def _speakers_and_texts(body: str) -> list[tuple[str | None, str]]:
    claims, _ = extract_article(make_article(body))
    return [(c.speaker, c.text) for c in claims]


def test_a_body_named_with_its_demonym_keeps_it() -> None:
    body = (
        "The American Ferry Owners Association, which represents about 300 operators, called the rule unworkable.\n"
        "The British Medical Association said the delay would cost lives.\n"
        "British Prime Minister Ann Hale said the rule would stay.\n"
    )
    assert [s for s, _ in _speakers(body)] == [
        "American Ferry Owners Association",
        "British Medical Association",
        "Ann Hale",
    ]
