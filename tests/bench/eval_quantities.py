"""Score factscope's quantities on NewsQuant (the news test set of the CQE paper).

Run: .venv/bin/python tests/bench/eval_quantities.py [--misses] [--half 1|2] [--blind [FILE]]

--blind scores tests/data/quantities_blind.json instead: sentences the team wrote in the
style of varied news, their gold (value or range, change, unit, what is counted) written
before the extractor ran on them; same matching rules, the overlap taken with `counted`. An item may give `published` (the article's
date) and `date` (the date every claim holding a figure should carry, ISO, possibly partial); a gold
figure may give `measure` (its measure family, what reports are compared by: "killed", "interest rate"),
scored as factscope's `measure` sharing a word with it (and again with words compared in the singular: a
family named by its noun's lemma, "passenger", is the gold's "passengers"; and again with the words a reader names
the family by, measures.FAMILY_WORDS: "injured" for `wounded`), and `period` (the time the figure is for, ISO, possibly
partial, "2026-07", "2026-Q3", "2026-H1", a week as the day it ends), scored as factscope's `period` equal to it
(in a set whose gold gives any period: a figure whose gold gives none should have none).

Reads shared/peer-eval/newsquant/dev.json beside the repo (never shipped; the script says so
in one line and exits 0 when it is absent). Each sentence goes through the real
pipeline as its own small article whose title differs from the sentence. The
paper's rules: a predicted quantity matches a gold one of the same sentence when
the values are equal (np.isclose-like, ranges on both ends); each gold and each
prediction is used once. Printed: value P/R/F1 (micro), value+unit (factscope's
unit mapped to the dataset's normalised names), value+change, and two word
overlaps with the gold ``referred_concepts``. Those name what a figure is a
property of (the player for "22 goals", the company for "13,000 workers"), not
what it counts (the dataset puts "goal", "worker" in the unit, scored by
value+unit), so what a figure counts (counted noun, measure) rarely shares a
word with them; what the claim is about (its subject, its entities, and what the
figure counts) is the comparable reading.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _data_file() -> Path:
    """FACTSCOPE_PEER_EVAL (the peer-eval directory) if set, else ROOT.parent/shared/peer-eval;
    from a git worktree, also next to the main checkout."""
    if os.environ.get("FACTSCOPE_PEER_EVAL"):
        return Path(os.environ["FACTSCOPE_PEER_EVAL"]) / "newsquant" / "dev.json"
    roots = [ROOT]
    dot_git = ROOT / ".git"
    if dot_git.is_file():  # "gitdir: /repo/.git/worktrees/NAME"
        gitdir = Path(dot_git.read_text(encoding="utf-8").partition("gitdir:")[2].strip())
        roots.append(gitdir.parents[2])
    for root in roots:
        path = root.parent / "shared" / "peer-eval" / "newsquant" / "dev.json"
        if path.is_file():
            return path
    return roots[0].parent / "shared" / "peer-eval" / "newsquant" / "dev.json"


DATA = _data_file()
# The team's own blind check set: sentences written for it, gold written before the extractor ran on them.
BLIND = ROOT / "tests" / "data" / "quantities_blind.json"

# factscope's unit vocabulary (docs/export-format.md) -> the dataset's normalised names.
_CURRENCY_NAMES = {
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "HKD": "hong kong dollar",
    "MYR": "malaysian ringgit",
    "ILS": "shekel",
    "INR": "indian rupee",
    "KRW": "south korean won",
    "RUB": "russian ruble",
    "CHF": "swiss franc",
    "CAD": "canadian dollar",
    "AUD": "australian dollar",
    "BRL": "brazilian real",
    "HRK": "croatian kuna",
    "MXN": "mexican peso",
    "TRY": "turkish lira",
    "UAH": "ukrainian hryvnia",
    "ZAR": "south african rand",
    "SGD": "singapore dollar",
    "NZD": "new zealand dollar",
    "SEK": "swedish krona",
    "NOK": "norwegian krone",
    "DKK": "danish krone",
    "PLN": "polish zloty",
    "NGN": "nigerian naira",
    "TWD": "new taiwan dollar",
    "THB": "thai baht",
    "AED": "united arab emirates dirham",
    "KES": "kenyan shilling",
    "BDT": "bangladeshi taka",
    "PKR": "pakistani rupee",
    "EGP": "egyptian pound",
    "QAR": "qatari riyal",
    "IDR": "indonesian rupiah",
    "VND": "vietnamese dong",
    "ARS": "argentine peso",
    "CZK": "czech koruna",
    "HUF": "hungarian forint",
    "MYR-sen": "sen",
    "USD-cent": "cent",
    "GBP-penny": "penny",
}
# The dataset's names where they differ from ours ("pound" is a weight: money is GBP).
_UNIT_NAMES = {
    "percent": "percentage",
    "times": "count",
    "pound": "pound-mass",
    "million british thermal unit": "mega british thermal unit",
    "pound-foot": "foot pound-force",  # torque ("lb-ft")
}


def _named(unit: str) -> str:
    return _CURRENCY_NAMES.get(unit) or _UNIT_NAMES.get(unit) or unit


_STOP = frozenset("a an the of and or in on at to for with by from its his her their this that these those".split())
# Words opening a counted phrase that say how the count compares, not what is counted: "5,000 more soldiers" is a
# count of soldiers (a unit the dataset names "soldier"); "other", "new", "extra" say which, and stay.
_COMPARING = frozenset("more fewer additional further".split())


def _unit_name(q) -> str:
    """The dataset's name for a quantity's unit; a counted noun is named by its whole phrase, singular."""
    unit = q.unit
    if not unit:
        return "-"
    head, sep, per = unit.partition(" per ")
    name = _named(head)
    counted = getattr(q, "counted", None)
    from corpus.extract.units import singular, unit_named

    if counted and head in (getattr(q, "counted_lemma", None), "fraction") and not unit_named(head):
        words = [re.sub(r"[’']s$", "", w) for w in re.findall(r"[\w’'-]+", counted) if w.lower() not in _STOP]
        if len(words) > 1 and words[0].lower() in _COMPARING:
            words = words[1:]
        if words:
            name = " ".join([*words[:-1], singular(words[-1])])
        if head == "fraction":  # the dataset names a share of something "% <what>"
            name = f"% {name}" if words else "% -"
    elif head == "fraction":
        name = "% -"
    return f"{name} per {_named(per)}" if sep else name


def _gold_value(text: str):
    text = str(text).strip()
    if "E" not in text and not text.startswith("-") and "-" in text:
        low, high = text.split("-", 1)
        return (float(low), float(high))
    return float(text)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def _values_match(gold, ours) -> bool:
    if isinstance(gold, tuple) != isinstance(ours, tuple):
        return False
    if isinstance(gold, tuple):
        return _close(gold[0], ours[0]) and _close(gold[1], ours[1])
    return _close(gold, ours)


def _our_value(q):
    """The dataset's shape of a factscope quantity: a number, or (low, high) for a range, (a, b) for a score."""
    pair = getattr(q, "pair", None)
    if pair:
        return tuple(pair)
    from_value = getattr(q, "from_value", None)
    if from_value is not None and q.value is not None:
        return (from_value, q.value)
    if q.value is not None:
        return q.value
    if q.low is not None and q.high is not None:
        return (q.low, q.high)
    return q.low if q.low is not None else q.high


def _dataset_shapes(q) -> list:
    """The dataset's figures for one of ours: NewsQuant writes "from 4.8 to 5.1" as one pair but "rose to 5.1
    from 4.8" as two figures, so a change told new value first is scored as its two numbers."""
    from dataclasses import replace

    if q.change == "from-to" and q.from_value is not None and not q.text.lower().startswith("from"):
        now = replace(q, from_value=None, change="=")
        before = replace(  # (a figure's period is its new value's: the earlier one's is not stored)
            q, value=q.from_value, low=q.from_value, high=q.from_value, from_value=None, change="=", period=None
        )
        return [now, before]
    return [q]


def _our_change(q) -> str:
    change = getattr(q, "change", None)
    if change in (None, "from-to"):
        return "="
    return change


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def _lemmas(text: str) -> set[str]:
    """``_words`` in the singular: a family named by its noun's lemma ("passenger") is the gold's "passengers"."""
    from corpus.extract.units import singular

    return {singular(w) for w in _words(text)}


def _family_words(measure: str | None) -> set[str]:
    """The words, singular, a reader names our family ``measure`` by (measures.FAMILY_WORDS: "injured" for
    `wounded`, "arrests" for `detained`): the extractor's own map, so a gold "injured" scores a figure the extractor
    named `wounded` as it would one it named "injured"."""
    from corpus.extract.measures import FAMILY_WORDS

    return _lemmas(" ".join(FAMILY_WORDS.get(measure or "", ())))


def _counted_words(q) -> set[str]:
    return _words(" ".join(filter(None, (getattr(q, "counted", None), q.measure))))


def _about_words(q, claim) -> set[str]:
    """What the claim holding ``q`` is about: its subject, its entities, and what ``q`` counts."""
    return _counted_words(q) | _words(" ".join([claim.subject or "", *claim.entities]))


def _articles(items):
    from corpus.model import Article

    for n, item in enumerate(items):
        body = item["text"] + "\n"
        published = item.get("published")  # a blind item may give the day it was published
        yield Article(f"nq{n:04d}", f"NewsQuant item {n}", None, [], published, False, f"newsquant-{n}.txt", body)


def _score(tp: int, gold: int, predicted: int) -> str:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="print misses and false positives per sentence")
    parser.add_argument(
        "--half",
        type=int,
        choices=(1, 2),
        help="score only the odd (1) or even (2) sentences: a rule that holds moves both halves",
    )
    parser.add_argument(
        "--blind",
        nargs="?",
        const=str(BLIND),
        metavar="FILE",
        help="score our own check set instead (tests/data/quantities_blind.json, or FILE such as "
        "tests/data/quantities_blind2.json): sentences of our own, gold written before any run",
    )
    args = parser.parse_args()
    if args.blind:
        path = Path(args.blind)
        items = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(items, dict):  # sets from 18 on: {"about": how and when it was written, "sentences": [...]}
            items = items["sentences"]
        _report(items, f"Blind set ({path.name})", args.misses, concept_key="counted")
        return
    if not DATA.is_file():
        print(f"eval_quantities: {DATA} not found; skipped")
        return
    items = json.loads(DATA.read_text(encoding="utf-8"))
    if args.half:
        items = items[args.half - 1 :: 2]
    _report(items, "NewsQuant dev", args.misses, concept_key="referred_concepts")


def _report(items, label: str, misses: bool, concept_key: str) -> None:
    """Score ``items`` (NewsQuant's shape) with the paper's rules and print the figures.

    ``concept_key`` names the gold field the word overlaps are taken with: NewsQuant's
    ``referred_concepts``, or the blind set's ``counted`` (what the figure counts or measures).
    """
    from corpus.extract.article import extract_article
    from corpus.version import PIPELINE_VERSION

    gold_total = predicted_total = value_tp = unit_tp = change_tp = 0
    concept_gold = concept_hit = about_hit = 0
    date_gold = date_hit = 0
    measure_gold = measure_hit = measure_lemma_hit = measure_named_hit = 0
    periods_scored = any("period" in g for item in items for g in item["quantities"])
    period_gold = period_hit = unperiod_gold = period_extra = 0
    began = time.perf_counter()
    for item, article in zip(items, _articles(items)):
        claims, _ = extract_article(article)
        for q in (q for c in claims for q in c.quantities):
            assert article.body[q.start : q.end] == q.text, (q.text, article.body)
        if "date" in item:  # the blind set's date: every claim holding a figure must carry it
            dated = [c.date for c in claims if c.quantities]
            date_gold += 1
            date_ok = bool(dated) and all(d == item["date"] for d in dated)
            date_hit += date_ok
            if misses and not date_ok:
                print(f"# {item['text']}\n  date  ours {dated} gold {item['date']!r}")
        shaped = [(c, part) for c in claims for q in c.quantities for part in _dataset_shapes(q)]
        ours = [part for _, part in shaped]
        claim_of = {id(part): c for c, part in shaped}
        gold = [
            (
                _gold_value(g["value"]),
                g["normalized_unit"].lower(),
                g["change"],
                g.get(concept_key) or "",
                g.get("measure"),
                g.get("period"),
            )
            for g in item["quantities"]
        ]
        gold_total += len(gold)
        predicted_total += len(ours)
        free = list(ours)
        missed = []
        wrong_units: list[str] = []
        for value, unit, change, concepts, measure, period in gold:
            candidates = [q for q in free if _values_match(value, _our_value(q))]
            if not candidates:
                missed.append((value, unit))
                continue
            best = next((q for q in candidates if _unit_name(q).lower() == unit), candidates[0])
            free.remove(best)
            value_tp += 1
            unit_ok = _unit_name(best).lower() == unit
            unit_tp += unit_ok
            change_ok = _our_change(best) == change
            change_tp += change_ok
            if concepts.strip() not in ("", "-"):
                concept_gold += 1
                concept_hit += bool(_counted_words(best) & _words(concepts))
                about_hit += bool(_about_words(best, claim_of[id(best)]) & _words(concepts))
            if measure:
                measure_gold += 1
                measure_ok = bool(_words(best.measure or "") & _words(measure))
                measure_hit += measure_ok
                lemma_ok = measure_ok or bool(_lemmas(best.measure or "") & _lemmas(measure))
                measure_lemma_hit += lemma_ok
                measure_named_hit += lemma_ok or bool(_family_words(best.measure) & _lemmas(measure))
                if not measure_ok and misses:
                    wrong_units.append(f"  measure {best.text!r}: ours {best.measure!r} gold {measure!r}")
            if periods_scored:
                ours_period = getattr(best, "period", None)
                if period:
                    period_gold += 1
                    period_hit += ours_period == period
                else:
                    unperiod_gold += 1
                    period_extra += ours_period is not None
                if ours_period != period and misses:
                    wrong_units.append(f"  period {best.text!r}: ours {ours_period!r} gold {period!r}")
            if not unit_ok:
                wrong_units.append(f"  unit  {best.text!r}: ours {_unit_name(best)!r} gold {unit!r}")
            if not change_ok and misses:
                wrong_units.append(f"  change {best.text!r}: ours {_our_change(best)!r} gold {change!r}")
        if misses and (missed or free or wrong_units):
            print(f"# {item['text']}")
            for line in wrong_units:
                print(line)
            for value, unit in missed:
                print(f"  MISS  {value} {unit}")
            for q in free:
                print(f"  FP    {q.text!r} -> {_our_value(q)} {_unit_name(q)}")
    seconds = time.perf_counter() - began
    print(
        f"{label} (pipeline {PIPELINE_VERSION}): {len(items)} sentences, {gold_total} gold quantities, "
        f"{predicted_total} found, {seconds:.2f} s"
    )
    print(f"  value         {_score(value_tp, gold_total, predicted_total)}")
    print(f"  value+unit    {_score(unit_tp, gold_total, predicted_total)}")
    print(f"  value+change  {_score(change_tp, gold_total, predicted_total)}")
    for what, hit in (
        ("what the claim is about (subject, entities, counted)", about_hit),
        ("what the figure counts alone (counted, measure)", concept_hit),
    ):
        share = hit / concept_gold if concept_gold else 0.0
        print(f"  {concept_key} share a word with {what}: {hit}/{concept_gold} ({100 * share:.1f}%)")
    if measure_gold:
        print(
            f"  measure family shares a word with the gold measure: {measure_hit}/{measure_gold} "
            f"(a word or its singular: {measure_lemma_hit}/{measure_gold}; or a word a reader names the family by: "
            f"{measure_named_hit}/{measure_gold})"
        )
    if periods_scored:
        print(
            f"  period the figure is for right: {period_hit}/{period_gold}; "
            f"a period given where the gold has none: {period_extra}/{unperiod_gold}"
        )
    if date_gold:
        print(f"  date of the claims holding the figures right: {date_hit}/{date_gold}")


if __name__ == "__main__":
    main()
