"""Blocking: a report whose headline and lead name a person in full meets, on what it says happened, a report naming
them by surname alone (issue 12, blocking.block_keys). Our own sentences."""

from __future__ import annotations

from corpus.model import Article
from corpus.pipeline import extract
from corpus.xref import blocking
from corpus.xref.features import features

from .conftest import make_article


def _action_keys(article: Article, opening: str) -> set[tuple[str | None, ...]]:
    (claim,) = [c for c in extract([article]).claims if c.text.startswith(opening)]
    return {key for key in blocking.block_keys(features(claim, article)) if key[0] == "action"}


def test_a_claim_of_a_story_naming_a_person_in_full_meets_a_report_naming_them_by_surname() -> None:
    full = make_article(
        "Harbour City Gulls drop Ines Valdecasas\nThe Harbour City Gulls dropped Ines Valdecasas from the squad on "
        "Friday.\nThe club dropped the winger after a scan on her knee, the coach said.\n",
        title="Harbour City Gulls drop Ines Valdecasas",
    )
    short = make_article(
        "Valdecasas out\nThe Gulls dropped Valdecasas from Saturday's squad, the club said.\n",
        title="Valdecasas out",
    )
    shared = _action_keys(full, "The club dropped the winger") & _action_keys(short, "The Gulls dropped Valdecasas")
    assert any(key[2] == "Valdecasas" for key in shared)


def test_a_surname_common_in_english_is_no_block_of_its_own() -> None:
    # (a guard: "Green" names many people and things; the full name stays a key)
    article = make_article(
        "Harbour City Gulls drop Anna Green\nThe Harbour City Gulls dropped Anna Green from the squad on Friday.\n"
        "The club dropped the winger after a scan on her knee, the coach said.\n",
        title="Harbour City Gulls drop Anna Green",
    )
    names = {key[2] for key in _action_keys(article, "The club dropped the winger")}
    assert "Green" not in names
