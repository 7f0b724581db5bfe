"""Build the cross-references for new claims (against each other and the old ones)."""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

from corpus.extract.entities import gazetteer
from corpus.gcpause import paused_gc
from corpus.model import Article, Claim, XRef, is_background
from corpus.xref.anaphora import references_to_figures
from corpus.xref.blocking import candidate_pairs
from corpus.xref.features import ANAPHORIC_DENIAL, Features, features, lead_lemmas, similarity
from corpus.xref.reasons import source_label
from corpus.xref.relations import Candidate, Rarity, relate
from corpus.xref.statements import LEAD_CHARS, shared_weight

MAX_RELATED_PER_CLAIM = 4
_SAME_STORY_WORDS = 6.0  # rare words two articles' headlines and leads share (a place and an event, say)
# Corroborations and updates are findings, but a claim repeated or revised by 300 reports needs only its best few.
MAX_CORROBORATIONS_PER_CLAIM = 12


@lru_cache(maxsize=4096)  # a few outlets and speakers, asked about for every claim
def _outlet_key(name: str | None) -> str | None:
    if not name:
        return None
    canonical = gazetteer().canonical(name) or name
    return re.sub(r"^the\s+", "", canonical.lower()).strip()


def _shared_figure(a: Features, b: Features) -> bool:
    values = {q.value for q in a.claim.quantities if q.value is not None}
    return any(q.value in values for q in b.claim.quantities if q.value is not None)


def _cites(new: list[Features], every: list[Features], articles: dict[str, Article]) -> list[XRef]:
    """A claim attributed to another article's outlet cites that article's closest claim."""
    by_outlet: dict[str, list[Features]] = defaultdict(list)
    for f in every:
        key = _outlet_key(f.article.outlet)
        if key:
            by_outlet[key].append(f)
    refs: list[XRef] = []
    new_ids = {f.claim.id for f in new}
    for f in every:
        for name in f.claim.speaker_chain:
            targets = [g for g in by_outlet.get(_outlet_key(name) or "", []) if g.article.id != f.article.id]
            if not targets or not (f.claim.id in new_ids or any(g.claim.id in new_ids for g in targets)):
                continue
            # The cited claim: the closest in wording, and above all one that states the same figure.
            best = max(targets, key=lambda g: similarity(f, g) + (0.5 if _shared_figure(f, g) else 0))
            if similarity(f, best) < 0.1 and not _shared_figure(f, best):
                continue
            reason = f"attributed to {best.article.outlet} ({source_label(best)}): closest claim in its article"
            score = round(min(0.95, 0.6 + similarity(f, best)), 2)
            refs.append(
                XRef(
                    f.claim.id,
                    best.claim.id,
                    "cites",
                    score,
                    reason,
                    "attributed to its outlet",
                    ["origin", "values"] if _shared_figure(f, best) else ["origin"],
                )
            )
            break
    return refs


def _denials_of_previous(claims: list[Claim], articles: dict[str, Article]) -> list[XRef]:
    """ "Both X and Y have denied the allegations." contradicts the claim just before it."""
    refs = []
    ordered = sorted(claims, key=lambda c: (c.article_id, c.start))
    for prev, claim in itertools.pairwise(ordered):
        if claim.article_id != prev.article_id or claim.kind != "denial" or prev.kind == "denial":
            continue
        gap = articles[claim.article_id].body[prev.end : claim.start]
        if "\n\n" in gap or not ANAPHORIC_DENIAL.search(claim.text):
            continue
        who = claim.speaker or "another source"
        reason = f"denial by {who} of the report just before it ({prev.speaker or 'unattributed'})"
        refs.append(XRef(claim.id, prev.id, "conflicts", 0.75, reason, "denial of the report before it"))
    return refs


def _rarity(claims: list[Features]) -> Rarity:
    """How specific each entity and topic is in this corpus (inverse document frequency, 0..1)."""
    n = max(2, len(claims))

    def idf(counts: dict[str, int]) -> dict[str, float]:
        return {k: max(0.0, min(1.0, math.log(n / c) / math.log(n))) for k, c in counts.items()}

    entities: dict[str, int] = defaultdict(int)
    topics: dict[str, int] = defaultdict(int)
    for f in claims:
        for e in f.entities:
            entities[e] += 1
        for t in f.topics:
            topics[t] += 1
    return Rarity(idf(entities), idf(topics))


def _reachable(
    old: list[Claim], new: list[Claim], new_articles: list[Article], articles: dict[str, Article]
) -> list[Claim]:
    """The old claims a new one could link to: sharing an entity or subject, or citing each other.

    Blocking on the old side too, so adding one article to a large corpus does not
    analyse every old claim again.
    """
    if not old:
        return []  # a full build
    entities = {e for c in new for e in c.entities}
    subjects = {c.subject for c in new if c.subject}
    named = {_outlet_key(n) for c in new for n in c.speaker_chain}
    new_outlets = {_outlet_key(a.outlet) for a in new_articles if a.outlet}
    leads = [lead_lemmas(a.title, a.body[:LEAD_CHARS]) for a in new_articles]
    same_story: dict[str, bool] = {}
    out = []
    for c in old:
        article = articles.get(c.article_id)
        if article is None:
            continue
        if c.article_id not in same_story:
            # Every claim of an article on the same story: what a full build would compare them with.
            lead = lead_lemmas(article.title, article.body[:LEAD_CHARS])
            same_story[c.article_id] = any(shared_weight(lead, other) >= _SAME_STORY_WORDS for other in leads)
        if (
            same_story[c.article_id]
            or entities.intersection(c.entities)
            or c.subject in subjects
            or _outlet_key(article.outlet) in named
            or any(_outlet_key(n) in new_outlets for n in c.speaker_chain)
        ):
            out.append(c)
    return out


def relate_all(pairs: list[tuple[Features, Features]], rarity: Rarity) -> list[Candidate | None]:
    """The relation of each candidate pair (or None), in order (corpus/parallel.py does it in processes)."""
    return [relate(a, b, rarity) for a, b in pairs]


def link(
    new_claims: list[Claim],
    old_claims: list[Claim],
    new_articles: list[Article],
    old_articles: list[Article],
    relate_pairs: Callable[[list[tuple[Features, Features]], Rarity], Iterable[Candidate | None]] = relate_all,
    new_features: list[Features] | None = None,
) -> list[XRef]:
    """Cross-references of ``new_claims`` with each other and with ``old_claims``. ``new_features``:
    the new claims' features, when already computed (corpus/parallel.py computes them in workers).
    Linking makes hundreds of thousands of short-lived objects and no reference cycles: the cycle
    collector, which would rescan every claim in memory many times over, is paused."""
    # Background sentences (kind "background") are kept for their speaker and figures, not as claims to link.
    if new_features is not None:
        new_features = [f for f in new_features if not is_background(f.claim)]
    new_claims = [c for c in new_claims if not is_background(c)]
    old_claims = [c for c in old_claims if not is_background(c)]
    with paused_gc():
        return _link(new_claims, old_claims, new_articles, old_articles, relate_pairs, new_features)


def _link(
    new_claims: list[Claim],
    old_claims: list[Claim],
    new_articles: list[Article],
    old_articles: list[Article],
    relate_pairs: Callable[[list[tuple[Features, Features]], Rarity], Iterable[Candidate | None]],
    new_features: list[Features] | None,
) -> list[XRef]:
    articles = {a.id: a for a in [*old_articles, *new_articles]}
    if new_features is None:
        new_features = [features(c, articles[c.article_id]) for c in new_claims if c.article_id in articles]
    new = new_features
    old = [features(c, articles[c.article_id]) for c in _reachable(old_claims, new_claims, new_articles, articles)]
    rarity = _rarity(new + old)
    refs = _cites(new, new + old, articles) + _denials_of_previous(new_claims, articles)
    refs += references_to_figures(new_claims, articles)
    cited = {frozenset((r.source, r.target)) for r in refs}
    kept: list[Candidate] = []
    capped: dict[str, list[Candidate]] = {"related": [], "corroborates": [], "updates": []}
    for ref in relate_pairs(list(candidate_pairs(new, old)), rarity):
        if ref is None or frozenset((ref.source, ref.target)) in cited:
            continue
        capped.get(ref.relation, kept).append(ref)
    kept.extend(_best_few(capped["corroborates"], MAX_CORROBORATIONS_PER_CLAIM))
    kept.extend(_best_few(capped["updates"], MAX_CORROBORATIONS_PER_CLAIM))
    kept.extend(_best_few(capped["related"], MAX_RELATED_PER_CLAIM))
    return refs + [c.to_xref() for c in kept]


def _best_few(refs: list[Candidate], limit: int) -> list[Candidate]:
    """Keep a link when it is among the best ``limit`` of either of its claims, and no claim gets more than
    twice that many (a claim everyone else's best few reach would list them all)."""
    count: dict[str, int] = defaultdict(int)
    out = []
    for ref in sorted(refs, key=lambda r: (-r.score, r.source, r.target)):
        fewest, most = sorted((count[ref.source], count[ref.target]))
        if fewest < limit and most < 2 * limit:
            count[ref.source] += 1
            count[ref.target] += 1
            out.append(ref)
    return out
