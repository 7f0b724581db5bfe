"""Whose count a figure is, when the doers are listed past commas ("by its own crews, army units and volunteers"), set
apart from the subject by a relative clause or an acronym in brackets, named in apposition, or all of them ("A total
of 64 ..."); and a part told alone ("Cordoba province alone", "it alone") is no value of the whole nor of another part
(sentences written for these tests)."""

from __future__ import annotations

from corpus.model import Article

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def _first(subject: str) -> Article:
    return make_article(
        f"SANTIAGO, Jan 9 (Reuters) - {subject} evacuated 130 hikers from Torres del Paine by Tuesday evening, the "
        "corporation said.\n",
        published="2046-01-09",
        outlet="Reuters",
        title="Fire forces hikers out of Torres del Paine",
    )


def _second() -> Article:
    return make_article(
        "SANTIAGO, Jan 11 (AFP) - CONAF said its own crews had evacuated 210 hikers from Torres del Paine.\n"
        "The disaster agency Senapred said 390 hikers had been evacuated in all, by its own teams, army units and "
        "volunteers from Puerto Natales.\n"
        "A total of 450 hikers were evacuated from the park by Thursday, Senapred said on Thursday.\n",
        published="2046-01-11",
        outlet="AFP",
        title="Torres del Paine fire: 390 hikers evacuated",
    )


_APPOSITION = "Rescue teams of the park's operator, CONAF,"
_RELATIVE = "Crews of the national forestry corporation (CONAF), which manages the park, had"


def test_doers_listed_past_a_comma_are_all_of_them() -> None:
    links = links_of(_first(_APPOSITION), _second())
    assert not _STRONG & set(relations_between(links, "390 hikers had been evacuated in all", "its own crews")), links
    assert not _STRONG & set(relations_between(links, "390 hikers had been evacuated in all", "130 hikers")), links
    assert "updates" in relations_between(links, "its own crews had evacuated 210", "130 hikers"), links


def test_a_total_of_is_all_doers_count() -> None:
    links = links_of(_first(_APPOSITION), _second())
    assert not _STRONG & set(relations_between(links, "A total of 450 hikers", "its own crews")), links


def test_a_subject_past_a_relative_clause_and_an_acronym_is_the_doer() -> None:
    links = links_of(_first(_RELATIVE), _second())
    assert not _STRONG & set(relations_between(links, "390 hikers had been evacuated in all", "130 hikers")), links
    assert "updates" in relations_between(links, "its own crews had evacuated 210", "130 hikers"), links


def _crop() -> Article:
    return make_article(
        "BUENOS AIRES, Nov 3 (Reuters) - The Rosario Board of Trade cut its estimate for Argentina's soybean crop to "
        "48 million tonnes on Wednesday, after drought in the north of Cordoba province.\n"
        "Crushers have bought 6.2 million tonnes of the new crop so far, agriculture secretariat data showed.\n",
        published="2046-11-03",
        outlet="Reuters",
        title="Argentina soy crop estimate cut to 48 million tonnes",
    )


def _crop_later() -> Article:
    return make_article(
        "BUENOS AIRES, Nov 10 (Reuters) - Cordoba province alone is expected to produce 13.5 million tonnes of "
        "soybeans, the Rosario Board of Trade said on Wednesday.\n"
        "Bunge said it alone had bought 1.4 million tonnes of the new crop.\n",
        published="2046-11-10",
        outlet="Reuters",
        title="Cordoba soy crop seen at 13.5 million tonnes",
    )


def test_a_part_told_alone_is_no_value_of_the_whole() -> None:
    links = links_of(_crop(), _crop_later())
    assert not _STRONG & set(relations_between(links, "Cordoba province alone", "48 million tonnes")), links
    assert not _STRONG & set(relations_between(links, "it alone had bought", "Crushers have bought")), links


def test_a_part_alone_and_the_same_part_told_in_its_place() -> None:
    links = links_of(
        make_article(
            "In Mendoza alone, 2,300 people have been evacuated since Friday, the province said.\n",
            published="2046-02-04",
            outlet="Los Andes",
            title="Floods in Cuyo",
        ),
        make_article(
            "MENDOZA, Feb 5 (Reuters) - Some 3,100 people have been evacuated in Mendoza since Friday, the province "
            "said on Saturday.\n",
            published="2046-02-05",
            outlet="Reuters",
            title="Mendoza floods force 3,100 from homes",
        ),
    )
    assert "updates" in relations_between(links, "have been evacuated in Mendoza", "In Mendoza alone"), links
