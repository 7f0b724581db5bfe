"""What a pair must have before a rule can link it (``relations.LINK_RULES``): ``_relate`` stops when no rule left
to ask could link a pair, so each rule's tests must hold of every pair it links, and every rule ``_relate`` asks must
be listed with them. A rule added without its tests, or with tests that turn away a pair it links, fails here."""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections import Counter

import pytest

from corpus.loader import load_dir
from corpus.pipeline import extract
from corpus.xref import blocking, relations
from corpus.xref.features import features
from corpus.xref.link import rarity_of

from .conftest import DATA

# What ``_relate`` calls that returns no link: the checks that only ever reject a pair, and helpers. A rule that can
# return a link belongs in ``relations.LINK_RULES`` with what it needs, never here.
NO_LINK = {
    "Candidate",
    "Rarity",
    "next",
    "bool",
    "may_link",
    "_may",
    "_families_in_order",
    "_separate_events",
    "_a_past_years_toll",
    "_rate_and_count",
    "_counted_days_apart",
    "_both_dated",
    "_datelined_apart",
    "_happening_months_apart",
    "_recalled_before_its_lead",
    "_happenings_apart",
    "_one_count_made_final",
    "_headlines_unknown",
    "_leads_happenings_apart",
    "_leads_own_towns_apart",
    "_measured_apart",
    "_named_happenings_apart",
    "storms_apart",
    "_one_rare_happening",
    "_one_article_two_places",
    "_other_findings",
    "_own_months_apart",
    "_own_places_apart",
    "_own_towns_apart",
    "_placeless_in_another_town",
    "_turnouts_of_other_scopes",
    "_separate_event",
    "_sudden_happenings_apart",
    "_shared_pairs",
    "bodies_of_other_countries",
    "cases_of_other_countries",
    "different_people",
    "different_protagonists",
    "different_times",
    "different_votes",
    "headlines_named_apart",
    "is_risk",
    "other_countries",
    "summed_places_and_one",
    "own_country_apart",
    "owner_unnamed_by_the_other",
    "places_apart",
    "regions_apart",
    "stages_apart",
    "tallied_in_other_countries",
    "_one_known_owner",
    "_there_of_another_place",
    "crossings_into_other_countries",
    "displaced_within_and_abroad",
    "figures_of_other_scopes",
    "figures_set_abroad",
}


def _called_in_relate() -> set[str]:
    """The names ``_relate`` calls, and those its parts call (the functions it hands a pair to: ``RELATE_PARTS``)."""
    called: set[str] = set()
    for part in (relations._relate, *relations.RELATE_PARTS):
        tree = ast.parse(textwrap.dedent(inspect.getsource(part)))
        called |= {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    return called - {part.__name__ for part in relations.RELATE_PARTS}


def test_every_rule_relate_asks_is_listed_with_what_it_needs() -> None:
    called = _called_in_relate()
    unlisted = called - NO_LINK - relations.LINK_RULES.keys()
    assert not unlisted, f"rules _relate asks with no tests of what they need (relations.LINK_RULES): {unlisted}"
    assert relations.LINK_RULES.keys() <= called  # (no rule listed that is no longer asked)
    for name, rule in relations.LINK_RULES.items():
        assert rule.needs and rule.asked in ("first", "always", "figures", "words", "words across", "across"), name


@pytest.fixture(scope="module")
def pairs(bundled, own):
    """The pairs a build relates of the bundled articles, our own, and each set of the link clusters, with their
    rarity."""
    out = []
    sets = [DATA / "clusters", *sorted(p for p in (DATA / "clusters").iterdir() if p.is_dir())]
    for articles, claims in (
        (bundled[0], bundled[1].claims),
        (own[0], own[1].claims),
        *((a, extract(a).claims) for a in map(load_dir, sets)),
    ):
        by_id = {a.id: a for a in articles}
        feats = [features(c, by_id[c.article_id]) for c in claims]
        rarity = rarity_of(feats)
        out += [(a, b, rarity) for a, b in blocking.candidate_pairs(feats)]
    return out


def _related(pairs, monkeypatch=None, shortcut: bool = True):
    if not shortcut:
        monkeypatch.setattr(relations, "may_link", lambda a, b, needs: True)
        monkeypatch.setattr(relations, "_may", lambda a, b, rule: True)  # (each rule's own tests, asked before it)
    found = []
    for a, b, rarity in pairs:
        c = relations.relate(a, b, rarity)
        found.append(None if c is None else (c.source, c.target, c.relation, c.score, c.reason()))
    return found


def _turned_away(pairs, monkeypatch, rules) -> tuple[Counter[str], Counter[str]]:
    """Relating every pair with the shortcut off: how many links each rule made, and how many of them its tests
    would have turned away."""
    made, missed = Counter(), Counter()

    def checked(name, rule):
        def asked(a, b, *rest, **named):
            found = rule(a, b, *rest, **named)
            if found is not None:
                made[name] += 1
                if not any(need(a, b) for need in rules[name].needs):
                    missed[name] += 1
            return found

        return asked

    for name in rules:
        monkeypatch.setattr(relations, name, checked(name, getattr(relations, name)))
    _related(pairs, monkeypatch, shortcut=False)
    return made, missed


def test_no_rule_links_a_pair_its_tests_turn_away(pairs, monkeypatch) -> None:
    made, missed = _turned_away(pairs, monkeypatch, relations.LINK_RULES)
    assert not missed, f"links their rules' tests turn away: {dict(missed)}"
    assert len(pairs) > 10000 and sum(made.values()) > 1000
    assert len(made) >= 12  # (most rules link some pair here, so their tests are tried; tests/engine/test_xref_* try
    # each rule on sentences of its own, with the shortcut on)


def test_a_rule_whose_tests_turn_away_its_links_is_found(pairs, monkeypatch) -> None:
    """The check above can fail: a rule told it needs what no pair has is caught linking."""
    rules = dict(relations.LINK_RULES)
    rules["money_relation"] = relations.LinkRule((lambda a, b: False,))
    rules["_statement_relation"] = relations.LinkRule((relations._denial_on_a_topic,))
    made, missed = _turned_away(pairs, monkeypatch, rules)
    assert missed["money_relation"] == made["money_relation"] > 0
    assert 0 < missed["_statement_relation"] < made["_statement_relation"]


def test_relations_are_the_same_with_and_without_the_shortcut(pairs, monkeypatch) -> None:
    asked = Counter()
    may_link = relations.may_link

    def counted(a, b, needs):
        verdict = may_link(a, b, needs)
        asked[verdict] += 1
        return verdict

    monkeypatch.setattr(relations, "may_link", counted)
    quick = _related(pairs)
    assert asked[False] > 1000 and asked[True] > 1000  # (the shortcut turns many pairs away here)
    monkeypatch.undo()
    assert _related(pairs, monkeypatch, shortcut=False) == quick
