"""Two reports' shared act word says one happening only when each tells the act as done: a past form describing a noun
("all currently supported versions") tells of nothing done, and an act both tell only as an aim ("released an update
to fix the flaw" / "issued a patch, aiming to fix a flaw") does not say which of a firm's many fixes each tells."""

from __future__ import annotations

from corpus.pipeline import extract
from corpus.xref import relations
from corpus.xref.features import features
from corpus.xref.statements import action_words, only_aimed_at

from .conftest import undated_article


def test_a_past_form_after_a_determiner_and_an_adverb_describes() -> None:
    assert action_words("The update covers all currently supported versions of the software.") == frozenset()
    assert action_words("The newly elected mayor thanked her staff.") == frozenset({"thank"})
    # a verb after an adverb, and a noun in -ly before a verb, still tell an act
    assert "arrest" in action_words("Police quickly arrested two men.")
    assert "end" in action_words("The rally ended in scuffles.")


def test_an_act_told_only_after_to_is_an_aim() -> None:
    assert only_aimed_at("Softcraft issued a patch, aiming to fix a flaw.", frozenset({"fix"}))
    assert not only_aimed_at("Softcraft fixed the flaw within a day.", frozenset({"fix"}))
    assert not only_aimed_at("It fixed one flaw and plans to fix another.", frozenset({"fix"}))


_FIRST = undated_article(
    1,
    [
        "Softcraft rushes out fix for Lumen browser bug",
        "Softcraft has released an urgent update to fix a flaw in its Lumen web browser that let attackers take over "
        "computers.",
        "The company said attackers had used the flaw against banks in Ireland and Portugal.",
        "Users of Lumen should install the update at once, the company's security chief, Hanna Veldt, said.",
    ],
)
_SECOND = undated_article(
    2,
    [
        "Softcraft issues emergency Lumen patch",
        "Softcraft issued an emergency patch for its Lumen browser, aiming to fix a flaw that let attackers take over "
        "computers.",
        "Attacks using the flaw were seen at banks in Ireland and Portugal, the company said.",
        "Hanna Veldt, the company's security chief, urged users of Lumen to install the patch.",
    ],
)


def test_an_act_both_tell_as_an_aim_is_no_same_act_corroboration() -> None:
    extraction = extract([_FIRST, _SECOND])
    articles = {a.id: a for a in extraction.articles}
    first, second = (
        features(claim, articles[claim.article_id])
        for claim in extraction.claims
        if claim.text.startswith(("Softcraft has released", "Softcraft issued"))
    )
    found = relations._same_act_relation(first, second)
    assert found is not None and found.relation == "related"
