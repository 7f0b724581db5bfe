"""What is wrong with a corpus DB or a user DB, as one-line problems (``factscope check``).

Reads and changes nothing: a DB file's bytes are parsed and checked for the shapes
factscope writes, its schema version, every claim's offsets inside its article body
with ``body[start:end] == text``, and every link pointing at claims that exist.
``store.repair`` chooses what to restore by these checks; the CLI prints them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.errors import FactscopeError
from corpus.model import CERTAINTIES, CLAIM_KINDS, RELATIONS, Article, Claim, XRef

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB


@dataclass
class Diagnosis:
    path: Path
    problems: list[str] = field(default_factory=list)
    db: CorpusDB | None = None  # the CorpusDB when the file loads
    newer: bool = False  # written by a newer factscope: not ours to repair
    # unreadable or unsound, as every command refuses it (exit 3); not a missing DB, nor an older
    # schema (both built anew on use), nor a newer one
    corrupt: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def claim_problems(claim: Claim, article: Article | None) -> list[str]:
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


def xref_problems(xref: XRef, claim_ids: set[str]) -> list[str]:
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


def corpus_problems(db: Any) -> list[str]:
    """Every problem found in ``db`` (anything with articles/claims/xrefs methods)."""
    articles: dict[str, Article] = {}
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


def schema_problems(meta: dict[str, Any], expected: int | None) -> list[str]:
    """The stored schema version must be the one this factscope reads."""
    found = meta.get("schema_version")
    if found is None:
        return ["meta: no schema version recorded"]
    if expected is not None and found != expected:
        return [f"meta: schema version {found!r}, this factscope reads {expected}"]
    return []


def is_corrupt(error: FactscopeError) -> bool:
    """Whether ``error`` says the DB is corrupt (what every command exits 3 on)."""
    from store.errors import CorruptDatabase

    return isinstance(error, CorruptDatabase)


def diagnose_bytes(path: Path, raw: bytes) -> Diagnosis:
    """Everything wrong with ``raw`` as the corpus DB at ``path`` (nothing is read or changed)."""
    from store.atomic import parse_tables
    from store.corpus_db import CorpusDB, check_schema, load_index
    from store.corpus_index import READABLE_SCHEMAS, SCHEMA_VERSION, paused_gc
    from store.errors import SchemaMismatch
    from store.storage import AtomicJSONStorage

    try:
        data = parse_tables(path, raw)
        check_schema(path, data)
        with paused_gc():
            index = load_index(path, data)
    except SchemaMismatch as exc:
        newer = isinstance(exc.found, int) and exc.found > exc.expected
        return Diagnosis(path, [str(exc)], newer=newer)
    except FactscopeError as exc:
        return Diagnosis(path, [str(exc)], corrupt=is_corrupt(exc))
    db = CorpusDB(AtomicJSONStorage(path, readonly=True), index, None)
    expected = None if db.meta.get("schema_version") in READABLE_SCHEMAS else SCHEMA_VERSION
    problems = schema_problems(db.meta, expected) + corpus_problems(db)
    return Diagnosis(path, problems, db, corrupt=bool(problems))


def diagnose(path: Path) -> Diagnosis:
    """Read ``path`` and list everything wrong with it (nothing is changed)."""
    from store.atomic import read_regular

    try:
        raw, _stamp = read_regular(path)
    except FileNotFoundError:
        return Diagnosis(path, ["no corpus DB at this path (one is built on first use)"])
    except FactscopeError as exc:
        return Diagnosis(path, [str(exc)], corrupt=is_corrupt(exc))
    return diagnose_bytes(path, raw)


def staleness(db: CorpusDB) -> str | None:
    """Why the DB would be rebuilt on next use (older corpus or pipeline), if it would."""
    from store.build import corpus_fingerprint, pipeline_version, stale_reason

    try:
        version = pipeline_version()
        return stale_reason(db.meta, corpus_fingerprint(version), version)
    except FactscopeError:  # no pipeline to compare with: nothing to say
        return None


def user_db_problem(path: Path) -> str | None:
    """Why the user DB at ``path`` does not load, or None (also when there is none yet)."""
    from store.user_db import UserDB

    if not os.path.lexists(path):
        return None
    try:
        UserDB.open(path, readonly=True)
    except FactscopeError as exc:
        return str(exc)
    return None
