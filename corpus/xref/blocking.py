"""Candidate pairs by shared measure, topic and entity — never all pairs.

Each claim goes into a few blocks (measure family + nationality; topic +
entity). Inside a block, claims are ordered by time and each is compared
with its nearest neighbours only, so the work grows linearly with the corpus
even when one block is large (a 5,000-sentence article on one topic).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from corpus.xref.features import Features

NEIGHBOURS = 12  # per claim and block, on each side
_MAX_ENTITY_KEYS = 3


def _keys(f: Features) -> list[tuple]:
    keys: list[tuple] = []
    if f.family:
        keys.append(("figure", f.family, f.nationality))
    for topic in f.topics:
        for entity in sorted(f.entities)[:_MAX_ENTITY_KEYS] or [None]:
            keys.append(("topic", topic, entity))
            if f.polarity != "assert":
                # Denials and confirmations meet in their own small blocks, however far apart in time.
                keys.append(("polar", topic, entity))
    return keys


def candidate_pairs(new: list[Features], old: list[Features]) -> Iterator[tuple[Features, Features]]:
    """Pairs (a, b) with at least one new claim, each pair once."""
    blocks: dict[tuple, list[tuple[int, Features]]] = defaultdict(list)
    for is_new, group in ((1, new), (0, old)):
        for f in group:
            for key in _keys(f):
                blocks[key].append((is_new, f))
    seen: set[tuple[str, str]] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda m: (m[1].when or "", m[1].claim.article_id, m[1].claim.start))
        for i, (is_new, f) in enumerate(members):
            for j in range(i + 1, min(len(members), i + 1 + NEIGHBOURS)):
                other_new, g = members[j]
                if not (is_new or other_new) or f.claim.id == g.claim.id:
                    continue
                pair = (f.claim.id, g.claim.id) if f.claim.id < g.claim.id else (g.claim.id, f.claim.id)
                if pair in seen:
                    continue
                seen.add(pair)
                yield f, g
