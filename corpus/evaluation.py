"""Score an extraction against gold annotations (shared by the quality test and the script).

Gold format (tests/data/gold_sample.json): claims with a file, an anchor that
must lie inside one extracted claim (compared after folding curly quotes and
runs of white space), the numbers its quantities state, and a string its
speaker must contain (or null: no speaker); xrefs between two gold claims
with the acceptable relations; ``not_claims`` strings no claim may contain;
``never_numbers`` no quantity may hold.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.extract.quantities import is_figure
from corpus.model import Article, Claim, Extraction, is_background

_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_FOLD)).strip()


@dataclass
class Scores:
    claims: float = 0.0
    numbers: float = 0.0
    speakers: float = 0.0
    xrefs: float = 0.0
    xref_precision: float | None = None  # strong links (all but "related") between gold claims that the gold accepts
    strong_links: int = 0  # how many strong links were judged for precision
    furniture: int = 0
    garbage: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # one line per failure, for humans

    def as_row(self) -> str:
        precision = (
            ""
            if self.xref_precision is None
            else f" (precision {self.xref_precision:.3f} of {self.strong_links} strong)"
        )
        return (
            f"claims {self.claims:.3f}  numbers {self.numbers:.3f}  speakers {self.speakers:.3f}  "
            f"xrefs {self.xrefs:.3f}{precision}  furniture {self.furniture}  garbage {self.garbage}"
        )


def load_gold(*paths: Path) -> dict[str, Any]:
    """Merge gold files; later files add claims, xrefs, not_claims and never_numbers."""
    merged: dict[str, Any] = {"claims": [], "xrefs": [], "not_claims": [], "never_numbers": []}
    complete = True
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        for key in merged:
            merged[key].extend(data.get(key, []))
        complete = complete and bool(data.get("complete_xrefs"))
    # Only a gold that lists every expected link can judge the links it does not list.
    merged["complete_xrefs"] = complete
    return merged


def stated_numbers(claim: Claim) -> set[float]:
    """The figures a claim states: point values, or both ends of a range (not derived bounds)."""
    numbers: set[float] = set()
    for q in claim.quantities:
        if q.vague or not is_figure(q):
            continue
        if q.pair:
            numbers.update(float(x) for x in q.pair)  # "won 3-1" states both
        elif q.value is not None:
            numbers.add(float(q.value))
            if q.from_value is not None:  # "from 62 to 64" states both
                numbers.add(float(q.from_value))
        else:
            numbers.update(float(x) for x in (q.low, q.high) if x is not None)
    return numbers


def _held(claim: Claim) -> set[float]:
    held: set[float] = set()
    for q in claim.quantities:
        held.update(float(x) for x in (q.value, q.low, q.high) if x is not None)
    return held


def _find(anchor: str, claims: list[Claim]) -> Claim | None:
    folded = fold(anchor)
    # A background sentence is kept for its speaker or figures but is not a claim: a gold claim is not found in one.
    return next((c for c in claims if not is_background(c) and folded in fold(c.text)), None)


def evaluate(gold: dict[str, Any], extraction: Extraction, file_of: dict[str, str]) -> Scores:
    """``file_of`` maps article id -> the gold's file name for that article."""
    by_file: dict[str, list[Claim]] = {}
    for extracted in extraction.claims:
        by_file.setdefault(file_of.get(extracted.article_id, ""), []).append(extracted)
    scores = Scores()
    found: dict[str, Claim] = {}
    n_claims = n_numbers = n_speakers = 0
    for g in gold["claims"]:
        claim = _find(g["anchor"], by_file.get(g["file"], []))
        if claim is None:
            scores.misses.append(f"claim  {g['id']}: not found: {g['anchor'][:70]}")
            continue
        found[g["id"]] = claim
        n_claims += 1
        expected = {float(n) for n in g.get("numbers", [])}
        if expected == stated_numbers(claim):
            n_numbers += 1
        else:
            scores.misses.append(f"number {g['id']}: want {sorted(expected)} got {sorted(stated_numbers(claim))}")
        want = g.get("speaker")
        ok = claim.speaker is None if want is None else bool(claim.speaker and want.lower() in claim.speaker.lower())
        if ok:
            n_speakers += 1
        else:
            scores.misses.append(f"speakr {g['id']}: want {want!r} got {claim.speaker!r}")
    total = max(1, len(gold["claims"]))
    scores.claims, scores.numbers, scores.speakers = n_claims / total, n_numbers / total, n_speakers / total
    scores.xrefs = _xref_recall(gold, found, extraction, scores)
    if gold.get("complete_xrefs"):
        scores.xref_precision, scores.strong_links = _xref_precision(gold, found, extraction, scores)
    never = {float(n) for n in gold["never_numbers"]}
    files = {g["file"] for g in gold["claims"]}
    relevant = [c for f, cs in by_file.items() if f in files for c in cs]
    scores.garbage = sum(1 for c in relevant for n in _held(c) if n in never)
    for c in relevant:
        for bad in gold["not_claims"]:
            if fold(bad) in fold(c.text):
                scores.furniture += 1
                scores.misses.append(f"furniture: {bad!r} in {c.text[:60]!r}")
    scores.counts = {
        "claims": len(extraction.claims),
        "xrefs": len(extraction.xrefs),
        "gold_claims": len(gold["claims"]),
        "gold_xrefs": len(gold["xrefs"]),
    }
    return scores


def _xref_recall(gold: dict[str, Any], found: dict[str, Claim], extraction: Extraction, scores: Scores) -> float:
    if not gold["xrefs"]:
        return 1.0
    links: dict[frozenset[str], set[str]] = {}
    for x in extraction.xrefs:
        links.setdefault(frozenset((x.source, x.target)), set()).add(x.relation)
    hits = 0
    for g in gold["xrefs"]:
        a, b = found.get(g["a"]), found.get(g["b"])
        got = links.get(frozenset((a.id, b.id)), set()) if a and b else set()
        if got & set(g["relations"]):
            hits += 1
        else:
            scores.misses.append(f"xref   {g['a']}-{g['b']}: want {g['relations']} got {sorted(got) or 'none'}")
    return hits / len(gold["xrefs"])


STRONG = frozenset({"corroborates", "conflicts", "updates", "cites"})


def _xref_precision(
    gold: dict[str, Any], found: dict[str, Claim], extraction: Extraction, scores: Scores
) -> tuple[float, int]:
    """Share of the strong links between two gold claims whose relation the gold accepts.

    The gold lists every link a careful reader expects between its claims, so a
    strong link it does not list ("conflicts" between a fighters' toll and a
    civilians' toll) is wrong. "related" is too weak a verdict to be judged here.
    """
    gold_of: dict[str, str] = {}
    for gid, claim in found.items():
        gold_of.setdefault(claim.id, gid)
    accepted: dict[frozenset[str], set[str]] = {}
    for g in gold["xrefs"]:
        accepted.setdefault(frozenset((g["a"], g["b"])), set()).update(g["relations"])
    judged = right = 0
    for x in extraction.xrefs:
        a, b = gold_of.get(x.source), gold_of.get(x.target)
        if x.relation not in STRONG or a is None or b is None or a == b:
            continue
        judged += 1
        if x.relation in accepted.get(frozenset((a, b)), set()):
            right += 1
        else:
            scores.misses.append(f"wrong  {a}-{b}: {x.relation} ({x.reason[:90]})")
    return (right / judged if judged else 1.0), judged


def file_map(articles: list[Article]) -> dict[str, str]:
    return {a.id: Path(a.source_file).name for a in articles}
