"""A loaded DB's articles and claims are checked all at once (store/validate.py ``_articles_sound``,
``_claims_sound``): every field a document-by-document check refuses is still refused, naming
the document, and a sound DB passes."""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path

import pytest

from corpus.model import Article, Claim, Quantity
from store.errors import CorruptDatabase
from store.validate import check_loaded

PATH = Path("corpus.json")


def articles() -> list[Article]:
    return [
        Article(
            id=f"a{i:012x}",
            title=None if i == 2 else f"Storm report {i}",
            outlet="Example Wire",
            published=None if i == 1 else "2024-10-11",
            published_estimated=False,
            source_file=f"story{i}.txt",
            body="The mayor said 120 homes lost power overnight.",
            authors=["A. Writer"] if i else [],
        )
        for i in range(4)
    ]


def claims() -> list[Claim]:
    quantity = Quantity("120 homes", 120, 120, 120, "home", "homes without power", 15, 24, counted="homes")
    return [
        Claim(
            id=f"a{i:012x}-00000000{i:02d}",
            article_id=f"a{i:012x}",
            text="The mayor said 120 homes lost power overnight.",
            start=0,
            end=46,
            kind="statement",
            certainty="asserted",
            speaker=None if i == 1 else "the mayor",
            date=None if i == 2 else "2024-10",
            quantities=[quantity] if i % 2 else [],
            entities=["Example City"],
        )
        for i in range(4)
    ]


def test_a_sound_part_passes_without_a_check_per_document(monkeypatch) -> None:
    from store import validate

    checked: list[object] = []
    monkeypatch.setattr(validate, "_check_article", checked.append)
    monkeypatch.setattr(validate, "_check_claim", checked.append)
    made = claims()
    check_loaded(PATH, articles(), {c.id: c for c in made}, (), [])
    assert checked == []


ARTICLE_FAULTS = [
    ("id", "bad id!"),
    ("id", 7),
    ("title", 3),
    ("outlet", ["Wire"]),
    ("note", False),
    ("published", "yesterday"),
    ("published", 2024),
    ("source_file", None),
    ("body", None),
    ("authors", "A. Writer"),
    ("authors", ["A. Writer", 2]),
    ("bundled", 1),
    ("published_estimated", None),
]


@pytest.mark.parametrize("field, value", ARTICLE_FAULTS)
def test_each_bad_article_field_is_refused_naming_its_document(field: str, value: object) -> None:
    made = articles()
    made[2] = replace(made[2], **{field: value})
    with pytest.raises(CorruptDatabase, match=f"articles document 3: .*{field}"):
        check_loaded(PATH, made, {}, (), [])


CLAIM_FAULTS = [
    ("id", "a 1"),
    ("article_id", None),
    ("start", "0"),
    ("end", True),
    ("text", b"bytes"),
    ("kind", "rumour-ish"),
    ("kind", ["statement"]),
    ("certainty", "sure"),
    ("speaker", 5),
    ("date_text", 5),
    ("subject", []),
    ("date", "soon"),
    ("entities", "Example City"),
    ("entities", [None]),
    ("speaker_chain", [1]),
]
QUANTITY_FAULTS = [
    ("text", None),
    ("unit", 1),
    ("measure", 1),
    ("counted", 1),
    ("counted_lemma", 1),
    ("period", "July"),
    ("period", 2026),
    ("change", "about"),
    ("value", "120"),
    ("low", True),
    ("high", "x"),
    ("from_value", []),
    ("pair", "3-1"),
    ("pair", [3]),
    ("pair", [3, "1"]),
    ("pair", {"a": 1}),
    ("start", 1.5),
    ("end", None),
]


@pytest.mark.parametrize("field, value", CLAIM_FAULTS)
def test_each_bad_claim_field_is_refused_naming_its_document(field: str, value: object) -> None:
    made = claims()
    made[3] = replace(made[3], **{field: value})
    with pytest.raises(CorruptDatabase, match=f"claims document 4: .*{field.replace('_', '.')}"):
        check_loaded(PATH, (), {c.id if isinstance(c.id, str) else "x": c for c in made}, (), [])


@pytest.mark.parametrize("field, value", QUANTITY_FAULTS)
def test_each_bad_quantity_field_is_refused_naming_its_claim(field: str, value: object) -> None:
    made = claims()
    made[1] = copy.deepcopy(made[1])
    made[1].quantities[0] = replace(made[1].quantities[0], **{field: value})
    with pytest.raises(CorruptDatabase, match=f"claims document 2: .*quantity {field}"):
        check_loaded(PATH, (), {c.id: c for c in made}, (), [])
