"""Candidate pairs by shared measure, topic and entity — never all pairs.

Each claim goes into a few blocks (measure family + nationality; topic +
entity). Inside a block, claims are ordered by time and each is compared
with its nearest neighbours only, so the work grows linearly with the corpus
even when one block is large (a 5,000-sentence article on one topic).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from corpus.xref.features import PLACE_TYPES, Features, entity_type
from corpus.xref.statements import rarest

NEIGHBOURS = 10  # per claim and block, on each side
SMALL_BLOCK = 64  # blocks this small are compared in full (at most 2,016 pairs each)
_MAX_ENTITY_KEYS = 4  # the claim's most specific entities (rarest in the corpus)


BlockKey = tuple[str | None, ...]  # (kind, family or topic, entity), or a shorter key


def _keys(f: Features, entity_df: dict[str, int]) -> list[BlockKey]:
    keys: list[BlockKey] = []
    for family in sorted(f.families):  # sorted: the same pairs in the same order whatever the hash seed
        keys.append(("figure", family, f.nationality))
        if f.nationality:
            keys.append(("figure", family, None))  # meets the same measure whose owner is unstated
    story_places = sorted((e for e in f.story if entity_type(e) in PLACE_TYPES), key=lambda e: (entity_df[e], e))
    ranked = sorted(f.entities, key=lambda e: (entity_df[e], e))[:_MAX_ENTITY_KEYS]
    for topic in sorted(f.topics):
        entities: Sequence[str | None] = ranked or [None]
        for entity in entities:
            keys.append(("topic", topic, entity))
        if f.polarity != "assert":
            # Denials and confirmations meet in their own small blocks, however far apart in time;
            # they are few, so one naming no place also meets on the two rarest places of its story.
            polar: Sequence[str | None] = sorted(set(ranked) | (set() if f.places else set(story_places[:2])))
            for entity in polar or [None]:
                keys.append(("polar", topic, entity))
    return keys


ADJACENT = 2  # each claim also meets the next two claims of its article
_RARE_KEYS = 3
_LEMMA_KEYS = 5  # rarest words in English: a name, a place and the event word of most sentences


def _rare_words(claims: list[Features]) -> dict[str, list[str]]:
    """The few rarest shared content words of each claim: blocks for claims no topic covers."""
    df: dict[str, int] = defaultdict(int)
    for f in claims:
        for w in f.words:
            df[w] += 1
    limit = max(6, len(claims) // 50)  # a small corpus still needs a few words to meet on
    rare: dict[str, list[str]] = {}
    for f in claims:
        words = sorted((w for w in f.words if 2 <= df[w] <= limit), key=lambda w: (df[w], w))
        rare[f.claim.id] = words[:_RARE_KEYS]
    return rare


def candidate_pairs(new: list[Features], old: list[Features]) -> Iterator[tuple[Features, Features]]:
    """Pairs (a, b) with at least one new claim, each pair once."""
    blocks: dict[BlockKey, list[tuple[int, Features]]] = defaultdict(list)
    rare = _rare_words(new + old)
    entity_df: dict[str, int] = defaultdict(int)
    for f in new + old:
        for e in f.entities | f.story:
            entity_df[e] += 1
    for is_new, group in ((1, new), (0, old)):
        for f in group:
            for key in _keys(f, entity_df):
                blocks[key].append((is_new, f))
            for word in rare[f.claim.id]:
                blocks[("word", word)].append((is_new, f))
            for lemma in rarest(f.lemmas, _LEMMA_KEYS):  # rare in English, so the key does not depend on the corpus
                blocks[("lemma", lemma)].append((is_new, f))
    seen: set[tuple[str, str]] = set()
    by_article: dict[str, list[Features]] = defaultdict(list)
    for f in new:
        by_article[f.claim.article_id].append(f)
    for claims in by_article.values():
        claims.sort(key=lambda f: f.claim.start)
        for i, f in enumerate(claims):
            for g in claims[i + 1 : i + 1 + ADJACENT]:
                seen.add((min(f.claim.id, g.claim.id), max(f.claim.id, g.claim.id)))
                yield f, g
    for key, members in blocks.items():
        if len(members) < 2 or (key[0] == "lemma" and len(members) > SMALL_BLOCK):
            continue  # a word this many claims share is not specific evidence here
        members.sort(key=lambda m: (m[1].when or "", m[1].claim.article_id, m[1].claim.start, m[1].claim.id))
        reach = len(members) if len(members) <= SMALL_BLOCK else NEIGHBOURS
        for i, (is_new, f) in enumerate(members):
            for j in range(i + 1, min(len(members), i + 1 + reach)):
                other_new, g = members[j]
                if not (is_new or other_new) or f.claim.id == g.claim.id:
                    continue
                pair = (f.claim.id, g.claim.id) if f.claim.id < g.claim.id else (g.claim.id, f.claim.id)
                if pair in seen:
                    continue
                seen.add(pair)
                yield f, g
