"""A count of a people ends its noun phrase, however its plural is written ("12 French", "14 Nepalis").
Sentences written for these tests."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.model import Article


def _counted(sentence: str) -> list[tuple[float | None, str | None]]:
    claims, _ = extract_article(Article("cp", "Peoples", None, [], "2026-06-10", False, "cp.txt", sentence + "\n"))
    return [(q.value, q.counted) for c in claims for q in c.quantities]


def test_every_people_of_a_list_is_counted() -> None:
    assert _counted("The flight carried 150 Britons, 30 Germans and 12 French.") == [
        (150.0, "Britons"),
        (30.0, "Germans"),
        (12.0, "French"),
    ]


def test_plurals_in_is_and_ese() -> None:
    assert _counted("The dead included nine Lebanese and four Iraqis, officials said.") == [
        (9.0, "Lebanese"),
        (4.0, "Iraqis"),
    ]
    assert _counted("Police found 14 Nepalis in the truck.") == [(14.0, "Nepalis")]


def test_a_people_before_a_noun_is_its_modifier() -> None:
    assert _counted("Five Chinese firms bid for the contract.") == [(5.0, "Chinese firms")]


def _measures(sentence: str) -> list[str | None]:
    claims, _ = extract_article(Article("cq", "Peoples", None, [], "2026-06-10", False, "cq.txt", sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


def test_who_the_dead_were_is_counted_among_the_dead() -> None:
    assert _measures("Among the dead were 14 Nepalis, nine Indians and three Sri Lankans.") == ["killed"] * 3
    assert _measures("The injured include two firefighters and a police officer.") == ["wounded"]


def test_a_figure_of_another_clause_is_not_among_them() -> None:
    assert _measures("Among the dead were two children, and police said 30 people were arrested.") == [
        "killed",
        "detained",
    ]
    assert _measures("The dead were mostly elderly, and 40 people were treated in hospital.") != ["killed"]
