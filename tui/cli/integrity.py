"""What `factscope check` verifies in a corpus DB, as a list of one-line problems.

Headless and pure: it reads the DB through its public API and changes nothing.
"""

from __future__ import annotations

from corpus.model import CERTAINTIES, CLAIM_KINDS, RELATIONS


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def claim_problems(claim, article) -> list[str]:
    """Offsets inside the body and ``body[start:end] == text``; known kind and certainty."""
    where = f"claim {claim.id}"
    if article is None:
        return [f"{where}: its article {claim.article_id} is missing"]
    problems = []
    size = len(article.body)
    if not (isinstance(claim.start, int) and isinstance(claim.end, int) and 0 <= claim.start <= claim.end <= size):
        problems.append(f"{where}: offsets {claim.start}..{claim.end} outside its article body ({size} chars)")
    elif article.body[claim.start : claim.end] != claim.text:
        found = _short(article.body[claim.start : claim.end])
        problems.append(
            f"{where}: body[{claim.start}:{claim.end}] is {found!r}, not the claim text {_short(claim.text)!r}"
        )
    if claim.kind not in CLAIM_KINDS:
        problems.append(f"{where}: unknown kind {claim.kind!r}")
    if claim.certainty not in CERTAINTIES:
        problems.append(f"{where}: unknown certainty {claim.certainty!r}")
    for q in claim.quantities:
        if (q.start or q.end) and not (0 <= q.start <= q.end <= size):
            problems.append(f"{where}: quantity {q.text!r} has offsets {q.start}..{q.end} outside its article body")
    return problems


def xref_problems(xref, claim_ids: set[str]) -> list[str]:
    """Both ends exist, the relation is known, the score is in 0..1."""
    where = f"xref {xref.source} -> {xref.target}"
    problems = []
    for end in (xref.source, xref.target):
        if end not in claim_ids:
            problems.append(f"{where}: points at missing claim {end}")
    if xref.relation not in RELATIONS:
        problems.append(f"{where}: unknown relation {xref.relation!r}")
    if not isinstance(xref.score, (int, float)) or not 0 <= xref.score <= 1:
        problems.append(f"{where}: score {xref.score!r} outside 0..1")
    if xref.source == xref.target:
        problems.append(f"{where}: links a claim to itself")
    return problems


def corpus_problems(db) -> list[str]:
    """Every problem found in ``db`` (anything with articles/claims/xrefs methods)."""
    articles = {}
    problems = []
    for article in db.articles():
        if article.id in articles:
            problems.append(f"article {article.id}: stored twice")
        articles[article.id] = article
    claim_ids: set[str] = set()
    for claim in db.claims():
        if claim.id in claim_ids:
            problems.append(f"claim {claim.id}: stored twice")
        claim_ids.add(claim.id)
        problems += claim_problems(claim, articles.get(claim.article_id))
    for xref in db.xrefs():
        problems += xref_problems(xref, claim_ids)
    return problems


def schema_problems(meta: dict, expected: int | None) -> list[str]:
    """The stored schema version must be the one this factscope reads."""
    found = meta.get("schema_version")
    if found is None:
        return ["meta: no schema version recorded"]
    if expected is not None and found != expected:
        return [f"meta: schema version {found!r}, this factscope reads {expected}"]
    return []
