"""Build the cross-references for new claims (against each other and the old ones)."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from corpus.extract.entities import gazetteer
from corpus.gcpause import paused_gc
from corpus.model import Article, Claim, XRef, is_background
from corpus.xref.anaphora import references_to_figures
from corpus.xref.blocking import OldBlocks, candidate_pairs, memory_blocks, name_rarity
from corpus.xref.features import ANAPHORIC_DENIAL, Features, features, similarity
from corpus.xref.reasons import source_label
from corpus.xref.relations import Candidate, Rarity, relate

MAX_RELATED_PER_CLAIM = 4
StoredLinks = Callable[[str], Sequence[XRef]]  # a claim id -> the links it has (an add's old claims)
_RAREST_NAME = 6.5  # a name English never uses (statements.rarity's top): as specific as a name gets
_RARE_TOPIC_NAME = 5.0  # a topic label this rare in English is specific news (a memorial, not a death toll)
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


_NAME_WORD = 4.0  # a word of a name this rare in English names that one thing ("Dalen", not "Port")


def _name_words(names: frozenset[str]) -> frozenset[str]:
    return frozenset(w for name in names for w in name.split() if name_rarity(w) >= _NAME_WORD)


def _same_matter(f: Features, g: Features) -> bool:
    """A name of one claim is in the other or its headline and lead ("Mira Dalen" / "Dalen" count), or
    both say much the same: "according to Reuters" cites the Reuters story about the same port, never
    the agency's story about a flood elsewhere that happens to state the same figure. A claim counting
    what the other counts cites it only if it states the same value (2,000 strikers at one port are not
    the 4,500 at another)."""
    if f.families & g.families and not (f.stated & g.stated):
        return False
    if similarity(f, g) >= 0.3:
        return True
    return bool(
        _name_words(f.entities) & _name_words(g.entities | g.story) or _name_words(g.entities) & _name_words(f.story)
    )


def _cites(pairs: list[tuple[Features, Features]], stored: StoredLinks | None = None) -> list[XRef]:
    """A claim attributed to another article's outlet cites that article's closest claim among its
    candidate pairs (claims it shares a block with: what it could be about); once (an old claim
    that already cites, ``stored``, keeps its citation)."""
    partners: dict[str, list[Features]] = defaultdict(list)
    claims: dict[str, Features] = {}
    for f, g in pairs:
        if f.article.id != g.article.id:
            partners[f.claim.id].append(g)
            partners[g.claim.id].append(f)
            claims[f.claim.id], claims[g.claim.id] = f, g
    refs: list[XRef] = []
    for claim_id in sorted(partners):
        f = claims[claim_id]
        if stored is not None and any(x.relation == "cites" and x.source == claim_id for x in stored(claim_id)):
            continue
        for name in f.claim.speaker_chain:
            key = _outlet_key(name)
            targets = [g for g in partners[claim_id] if key and _outlet_key(g.article.outlet) == key]
            if not targets:
                continue
            # The cited claim: the closest in wording, and above all one that states the same figure.
            best = max(
                sorted(targets, key=lambda g: g.claim.id),
                key=lambda g: similarity(f, g) + (0.5 if _shared_figure(f, g) else 0),
            )
            if (similarity(f, best) < 0.1 and not _shared_figure(f, best)) or not _same_matter(f, best):
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
    """How specific each entity is: by its name's rarity in English, never by the corpus, so that a
    link between two claims is the same whatever else the corpus holds (an add gives what a build
    gives). A topic likewise, by its label's rarity: "memorials" is rarer news than "casualties"."""
    entities = {e for f in claims for e in f.entities}
    topics = {t for f in claims for t in f.topics}
    return Rarity(
        {e: min(1.0, name_rarity(e) / _RAREST_NAME) for e in entities},
        {t: min(1.0, name_rarity(t) / _RARE_TOPIC_NAME) for t in topics},
    )


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
    old_blocks: OldBlocks | None = None,
    stored_links: StoredLinks | None = None,
) -> list[XRef]:
    """Cross-references of ``new_claims`` with each other and with the old claims. ``new_features``:
    the new claims' features, when already computed (corpus/parallel.py computes them in workers).
    ``old_blocks``: where the old claims of a block are found (the store's link index); without
    it, the features of ``old_claims`` are computed here and blocked in memory.
    Linking makes hundreds of thousands of short-lived objects and no reference cycles: the cycle
    collector, which would rescan every claim in memory many times over, is paused."""
    # Background sentences (kind "background") are kept for their speaker and figures, not as claims to link.
    if new_features is not None:
        new_features = [f for f in new_features if not is_background(f.claim)]
    new_claims = [c for c in new_claims if not is_background(c)]
    old_claims = [c for c in old_claims if not is_background(c)]
    with paused_gc():
        articles = {a.id: a for a in [*old_articles, *new_articles]}
        if new_features is None:
            new_features = [features(c, articles[c.article_id]) for c in new_claims if c.article_id in articles]
        if old_blocks is None:
            old = [features(c, articles[c.article_id]) for c in old_claims if c.article_id in articles]
            old_blocks = memory_blocks(old)
        return _link(new_claims, new_features, articles, relate_pairs, old_blocks, stored_links)


def _link(
    new_claims: list[Claim],
    new: list[Features],
    articles: dict[str, Article],
    relate_pairs: Callable[[list[tuple[Features, Features]], Rarity], Iterable[Candidate | None]],
    old_blocks: OldBlocks,
    stored_links: StoredLinks | None,
) -> list[XRef]:
    pairs = list(candidate_pairs(new, old_blocks))
    rarity = _rarity([f for pair in pairs for f in pair])
    refs = _cites(pairs, stored_links) + _denials_of_previous(new_claims, articles)
    refs += references_to_figures(new_claims, articles)
    cited = {frozenset((r.source, r.target)) for r in refs}
    kept: list[Candidate] = []
    capped: dict[str, list[Candidate]] = {"related": [], "corroborates": [], "updates": []}
    for ref in relate_pairs(pairs, rarity):
        if ref is None or frozenset((ref.source, ref.target)) in cited:
            continue
        capped.get(ref.relation, kept).append(ref)
    for relation, limit in (
        ("corroborates", MAX_CORROBORATIONS_PER_CLAIM),
        ("updates", MAX_CORROBORATIONS_PER_CLAIM),
        ("related", MAX_RELATED_PER_CLAIM),
    ):
        kept.extend(_best_few(capped[relation], limit, _stored_ranks(capped[relation], relation, stored_links)))
    return refs + [c.to_xref() for c in kept]


Rank = tuple[float, str, str]  # a link's place among a claim's links: best score first, then its ends


def _rank(score: float, source: str, target: str) -> Rank:
    return (-score, source, target)


def _stored_ranks(refs: list[Candidate], relation: str, stored_links: StoredLinks | None) -> dict[str, list[Rank]]:
    """The ranks of the links of ``relation`` the old claims among ``refs`` already have (an add)."""
    if stored_links is None:
        return {}
    ends = {r.source for r in refs} | {r.target for r in refs}
    return {
        claim_id: [_rank(x.score, x.source, x.target) for x in stored_links(claim_id) if x.relation == relation]
        for claim_id in ends
    }


def _best_few(refs: list[Candidate], limit: int, stored: dict[str, list[Rank]] | None = None) -> list[Candidate]:
    """Keep a link when it is among the best ``limit`` of either of its claims, and no claim gets more than
    twice that many (a claim everyone else's best few reach would list them all). An old claim's stored
    links count only when they rank above the new one, as a build taking every link in rank order would
    have met them first. (An add cannot take back a worse stored link when a better one arrives, so an old
    claim can end with more links than a build gives it.)"""
    count: dict[str, int] = defaultdict(int)
    stored = stored or {}
    out = []
    for ref in sorted(refs, key=lambda r: _rank(r.score, r.source, r.target)):
        rank = _rank(ref.score, ref.source, ref.target)
        ends = (ref.source, ref.target)
        fewest, most = sorted(count[end] + sum(1 for r in stored.get(end, ()) if r < rank) for end in ends)
        if fewest < limit and most < 2 * limit:
            count[ref.source] += 1
            count[ref.target] += 1
            out.append(ref)
    return out
