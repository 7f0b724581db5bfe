"""Candidate pairs by shared measure, topic, entity and rare word — never all pairs.

Each claim goes into a few blocks (measure family + nationality; topic + entity; the most specific
names of its article's headline and lead; a rare word). A rare word or story name that more than
``SMALL_BLOCK`` claims share pairs no one (a story is a few articles; a name in many is no story).
Its keys are a function of the claim alone (rarity is English's, not the corpus's), so they can
be stored with it, and an add finds a new claim's blocks without looking at the other claims.
Inside a block, claims are ordered by time (``sort_key``) and each is compared with its
``NEIGHBOURS`` nearest on each side only, so the work grows linearly with the corpus even when
one block is large; a block of at most ``SMALL_BLOCK`` claims is compared in full.

An add sees, of each block, only the old claims next to where the new ones fall (``Nearby``,
from the store's link index): the pairs with a new claim are those a build over everything
would make, since a claim's window is its neighbours in the whole block's order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from corpus.wordlist import rarity
from corpus.xref.features import PLACE_TYPES, Features, entity_type
from corpus.xref.memo import per_claim
from corpus.xref.statements import action_words, main_clause, rarest
from corpus.xref.subjects import dateline_towns

NEIGHBOURS = 10  # per claim and block, on each side
SMALL_BLOCK = 64  # blocks this small are compared in full (at most 2,016 pairs each)
ADJACENT = 2  # each claim also meets the next two claims of its article
_MAX_ENTITY_KEYS = 4  # the claim's most specific entities (rarest names in English)
_STORY_KEYS = 4  # the most specific names of its article's headline and lead
_IMPOSED_SUMS = frozenset({"fine"})  # a sum one party imposes on another: one figure, reported ahead of it
_ACTION_STORY_KEYS = 2  # what happened, with each of the two most specific names of the story
_ACTION_ENTITY_KEYS = 1  # ... and with the claim's own most specific name ("Gulf of Aden", a lead naming the navy)
_SURNAME_RARITY = 3.0  # a surname this rare in English names one person of a story ("Lohan", not "Thomas" or "Bush")
_LEMMA_KEYS = 5  # rarest words in English: a name, a place and the event word of most sentences

BlockKey = tuple[str | None, ...]  # (kind, family or topic, entity), or a shorter key
SortKey = tuple[str, str, int, str]


def sort_key(f: Features) -> SortKey:
    """A claim's place in every block it is in: by time, then article, then position."""
    return (f.when or "", f.claim.article_id, f.claim.start, f.claim.id)


@lru_cache(maxsize=65536)
def name_rarity(name: str) -> float:
    """How specific a name is, by its rarest word in English ("Kursk" over "Russia")."""
    return max((rarity(word.lower()) for word in name.split()), default=0.0)


def _most_specific(names: Sequence[str] | frozenset[str]) -> list[str]:
    return sorted(names, key=lambda e: (-name_rarity(e), e))


@per_claim  # (asked for by blocking, by the link index and by an add's pairs)
def block_keys(f: Features) -> tuple[BlockKey, ...]:
    """The blocks a claim goes into, from the claim alone (in a fixed order)."""
    keys: list[BlockKey] = []
    for family in sorted(f.families):
        keys.append(("figure", family, f.nationality))
        if f.nationality:
            keys.append(("figure", family, None))  # meets the same measure whose owner is unstated
    # A fine meets the fines in the same currency (reported, relayed and imposed), which no measure family holds.
    # (Not aid, loans or a bare amount: two donors' pledges of one sum are no one report.)
    for currency in sorted({unit or "" for unit, _value, purpose in f.sums if purpose in _IMPOSED_SUMS}):
        keys.append(("sum", currency, "fine"))
    ranked = _most_specific(f.entities)[:_MAX_ENTITY_KEYS]
    story_places = _most_specific([e for e in f.story if entity_type(e) in PLACE_TYPES])
    # A claim naming nothing is about what its article's headline and lead name (and meets others naming nothing).
    entities: Sequence[str | None] = ranked or [*_most_specific(f.story)[:2], None]
    for topic in sorted(f.topics):
        for entity in entities:
            keys.append(("topic", topic, entity))
        if f.polarity != "assert":
            # Denials and confirmations meet in their own small blocks, however far apart in time;
            # they are few, so one naming no place also meets on the two most specific places of its story.
            polar: Sequence[str | None] = sorted(set(ranked) | (set() if f.places else set(story_places[:2])))
            for entity in polar or [None]:
                keys.append(("polar", topic, entity))
    # Every claim meets the story's other claims: a denial (which meets only denials above) its later
    # confirmation, and statements naming nothing and no topic ("No card details were taken") theirs.
    for name in _most_specific(f.story)[:_STORY_KEYS]:
        keys.append(("story", name))
    for lemma in rarest(f.lemmas, _LEMMA_KEYS):
        keys.append(("lemma", lemma))
    # What the claim says happened, in its story: two reports of one arrest in other words meet. (A local paper's
    # bare dateline names its town once, "OKEBA — ...": its story is that town's, though its lead names a street.)
    # A person the story names meets their surname too: one report's lead names "Reggie Bush", another's "Bush".
    # And what happened meets it told of the same names by reports whose leads name other things ("The Indian navy
    # captured 23 pirates in the Gulf of Aden" under a lead of the navy / of the pirates).
    towns = [town.title() for town in sorted(dateline_towns(f.article.body))]
    story = _most_specific(f.story)
    surnames = [
        surname
        for name in story[:_STORY_KEYS]
        if " " in name and entity_type(name) == "person"
        for surname in [name.split()[-1]]
        if name_rarity(surname) >= _SURNAME_RARITY
    ]
    names = dict.fromkeys([*story[:_ACTION_STORY_KEYS], *towns, *surnames, *ranked[:_ACTION_ENTITY_KEYS]])
    for action in sorted(
        action_words(main_clause(f.claim.text))
    ):  # (no memo: a worker's Features keep only their keys)
        for name in names:
            keys.append(("action", action, name))
    return tuple(dict.fromkeys(keys))


def skipped_block(key: BlockKey, size: int) -> bool:
    """A word or story name this many claims share is not specific evidence here (a story is small)."""
    return key[0] in ("lemma", "story", "action") and size > SMALL_BLOCK


@dataclass(slots=True)
class Nearby:
    """The old claims of one block near the new ones: ``size`` old claims in all (exact up to
    ``SMALL_BLOCK + 1``), and ``runs`` of them, each run consecutive in the block's order and
    the runs in that order. A small block comes whole, as one run; a large one as the
    ``NEIGHBOURS`` old claims on each side of each new one (merged where they meet)."""

    size: int = 0
    runs: list[list[Features]] = field(default_factory=list)


OldBlocks = Callable[[BlockKey, list[SortKey]], Nearby]  # key, the new claims' sort keys -> Nearby


def _no_old(_key: BlockKey, _new: list[SortKey]) -> Nearby:
    return Nearby()


def _ordered(f: Features, g: Features) -> tuple[Features, Features]:
    return (f, g) if sort_key(f) <= sort_key(g) else (g, f)


def _placed(new: list[Features], nearby: Nearby, keyed: Mapping[int, SortKey]) -> list[tuple[int, bool, Features]]:
    """The block's claims near the new ones with their positions in the whole block's order:
    consecutive within a run, with a gap wider than a window between runs (claims across a gap
    are farther apart than any window, whatever lies between them). ``keyed``: the new claims'
    sort keys, by ``id``."""
    if not nearby.runs:  # (a build: no old claims) the new ones in order
        return [(i, True, f) for i, f in enumerate(sorted(new, key=lambda f: keyed[id(f)]))]
    entries: list[tuple[SortKey, int, int, bool, Features]] = []  # sort key, run, order in run, new, claim
    for r, members in enumerate(nearby.runs):
        for k, g in enumerate(members):
            entries.append((sort_key(g), r, k, False, g))
    for f in new:
        entries.append((keyed[id(f)], -1, 0, True, f))
    entries.sort(key=lambda e: e[0])
    placed: list[tuple[int, bool, Features]] = []
    position, last_run = -1, None
    for _key, run, _k, is_new, f in entries:
        if not is_new:
            if last_run is not None and run != last_run:
                position += NEIGHBOURS + 1
            last_run = run
        position += 1
        placed.append((position, is_new, f))
    return placed


def candidate_pairs(new: list[Features], old_blocks: OldBlocks = _no_old) -> Iterator[tuple[Features, Features]]:
    """Pairs with at least one new claim, each once, the earlier (``sort_key``) first.

    ``old_blocks`` gives the old claims of a block near the new ones (none for a build)."""
    seen: set[tuple[str, str]] = set()

    def fresh(f: Features, g: Features) -> bool:
        pair = (f.claim.id, g.claim.id) if f.claim.id < g.claim.id else (g.claim.id, f.claim.id)
        if pair in seen:
            return False
        seen.add(pair)
        return True

    by_article: dict[str, list[Features]] = defaultdict(list)
    for f in new:
        by_article[f.claim.article_id].append(f)
    for claims in by_article.values():
        claims.sort(key=lambda f: f.claim.start)
        for i, f in enumerate(claims):
            for g in claims[i + 1 : i + 1 + ADJACENT]:
                if fresh(f, g):
                    yield _ordered(f, g)
    blocks: dict[BlockKey, list[Features]] = defaultdict(list)
    for f in new:
        for key in block_keys(f):
            blocks[key].append(f)
    keyed = {id(f): sort_key(f) for f in new}  # (``new`` holds them all the while)
    for key, members in blocks.items():
        nearby = old_blocks(key, sorted([keyed[id(f)] for f in members]))
        size = nearby.size + len(members)
        if size < 2 or skipped_block(key, size):
            continue
        reach = size if size <= SMALL_BLOCK else NEIGHBOURS
        placed = _placed(members, nearby, keyed)
        count = len(placed)
        for i, (position, is_new, f) in enumerate(placed):
            mine = f.claim.id
            for j in range(i + 1, count):  # (a slice of the rest would copy a large block once per claim)
                other, other_new, g = placed[j]
                if other - position > reach:
                    break
                if is_new or other_new:
                    theirs = g.claim.id
                    pair = (mine, theirs) if mine < theirs else (theirs, mine)  # (``fresh``, inline: most pairs)
                    if mine != theirs and pair not in seen:
                        seen.add(pair)
                        yield f, g


class BuildPairs:
    """A build's candidate pairs (``candidate_pairs`` with no old claims: the same pairs, each once, the earlier
    first), found in turns: the claims in block order (``sort_key``), each with every later claim it pairs with.
    A claim's pairs are all found by the end of its own turn, so that what relating works out from it can go then
    (``corpus.xref.link.Turns``), and no set of every pair found is held, only the partners of one claim.
    ``found_order`` gives a pair's place in ``candidate_pairs``' order (what a build's links keep)."""

    def __init__(self, claims: list[Features]) -> None:
        self.articles: dict[str, list[Features]] = defaultdict(list)
        for f in claims:
            self.articles[f.claim.article_id].append(f)
        for members in self.articles.values():
            members.sort(key=lambda f: f.claim.start)
        self.blocks: dict[BlockKey, list[Features]] = defaultdict(list)  # in the order ``candidate_pairs`` meets them
        for f in claims:
            for key in block_keys(f):
                self.blocks[key].append(f)
        self.reach: dict[BlockKey, int] = {}
        for key, members in list(self.blocks.items()):
            if len(members) < 2 or skipped_block(key, len(members)):
                del self.blocks[key]  # pairs no one
            else:
                members.sort(key=sort_key)
                self.reach[key] = len(members) if len(members) <= SMALL_BLOCK else NEIGHBOURS
        self.claims = claims
        self.article_order = {article_id: i for i, article_id in enumerate(self.articles)}
        self.block_order = {key: i for i, key in enumerate(self.blocks)}

    def __iter__(self) -> Iterator[tuple[Features, Features]]:
        ordered = sorted(self.claims, key=sort_key)
        place = {id(f): i for i, f in enumerate(ordered)}  # (``ordered`` holds them all the while)
        beside: dict[int, list[Features]] = {}  # each claim's ``ADJACENT`` neighbours on each side in its article
        for members in self.articles.values():
            for i, f in enumerate(members):
                beside[id(f)] = [*members[max(0, i - ADJACENT) : i], *members[i + 1 : i + 1 + ADJACENT]]
        turn = dict.fromkeys(self.blocks, 0)  # each block's next claim: the claims take their turns in its order
        for at, f in enumerate(ordered):
            mine: dict[int, Features] = {}
            for g in beside.pop(id(f)):
                if place[id(g)] > at:
                    mine[id(g)] = g
            for key in block_keys(f):
                if key not in self.blocks:
                    continue
                members, i = self.blocks[key], turn[key]
                turn[key] = i + 1
                for g in members[i + 1 : i + 1 + self.reach[key]]:
                    mine.setdefault(id(g), g)
            for g in mine.values():
                yield f, g

    def found_order(self, f: Features, g: Features) -> tuple[int, int, int, int]:
        """Where ``candidate_pairs`` finds the pair of ``f`` and ``g`` (a pair ``__iter__`` gives): first each
        article's claims with the next ``ADJACENT`` of it, then each block's claims within reach, the blocks in
        the order their first claims come."""
        if f.claim.article_id == g.claim.article_id:
            members = self.articles[f.claim.article_id]
            i, j = sorted(next(at for at, h in enumerate(members) if h is x) for x in (f, g))
            if j - i <= ADJACENT:
                return (0, self.article_order[f.claim.article_id], i, j)
        theirs = set(block_keys(g))
        found: tuple[int, int, int, int] | None = None
        for key in block_keys(f):
            if key not in self.blocks or key not in theirs:
                continue
            members = self.blocks[key]
            i, j = sorted(bisect_left(members, sort_key(x), key=sort_key) for x in (f, g))
            if j - i <= self.reach[key]:
                at = (1, self.block_order[key], i, j)
                found = at if found is None else min(found, at)
        if found is None:
            raise ValueError(f"no candidate pair: {f.claim.id} {g.claim.id}")
        return found


def memory_blocks(old: list[Features]) -> MemoryBlocks:
    """``OldBlocks`` over claims held in memory (an ``Extraction`` being extended)."""
    return MemoryBlocks(old)


class MemoryBlocks:
    """The blocks of claims held in memory: ``OldBlocks`` (called), and each claim's partners."""

    def __init__(self, old: list[Features]) -> None:
        self.blocks: dict[BlockKey, list[Features]] = defaultdict(list)
        self.by_article: dict[str, list[Features]] = defaultdict(list)
        self.by_id = {f.claim.id: f for f in old}
        for f in old:
            self.by_article[f.claim.article_id].append(f)
            for key in block_keys(f):
                self.blocks[key].append(f)
        for members in self.blocks.values():
            members.sort(key=sort_key)
        for claims in self.by_article.values():
            claims.sort(key=lambda f: f.claim.start)
        self.orders = {key: [sort_key(f) for f in members] for key, members in self.blocks.items()}

    def __call__(self, key: BlockKey, new: list[SortKey]) -> Nearby:
        return self.nearby(key, new)

    def nearby(self, key: BlockKey, new: list[SortKey]) -> Nearby:
        members = self.blocks.get(key, [])
        return Nearby(len(members), near_runs(members, self.orders.get(key, []), new))

    def features(self, claim_id: str) -> Features:
        return self.by_id[claim_id]

    def members(self, key: BlockKey) -> list[Features]:
        return list(self.blocks.get(key, ()))

    def block_size(self, key: BlockKey) -> int:
        return len(self.blocks.get(key, ()))

    def between(self, key: BlockKey, first: SortKey, last: SortKey, limit: int) -> int:
        from bisect import bisect_left, bisect_right

        order = self.orders.get(key, [])
        return bisect_left(order, last) - bisect_right(order, first)

    def partners(self, f: Features, new: Mapping[BlockKey, Sequence[SortKey]]) -> list[Features]:
        """The claims a build pairs with ``f`` (one of these) once the claims ``new`` are in too."""
        from bisect import bisect_left

        claims = self.by_article[f.claim.article_id]
        at = next(i for i, g in enumerate(claims) if g.claim.id == f.claim.id)
        found = [*claims[max(0, at - ADJACENT) : at], *claims[at + 1 : at + 1 + ADJACENT]]
        for key in block_keys(f):
            members, order = self.blocks[key], self.orders[key]
            at = bisect_left(order, sort_key(f))
            found += window_partners(key, members[:at], members[at + 1 :], sort_key(f), new.get(key, ()), len(members))
        return list({g.claim.id: g for g in found}.values())


def near_runs(members: list[Features], order: list[SortKey], new: list[SortKey]) -> list[list[Features]]:
    """The whole block as one run when it is small, else the ``NEIGHBOURS`` members on each side
    of each of ``new`` (sorted), merged into runs where they meet or overlap."""
    from bisect import bisect_left

    if len(members) + len(new) <= SMALL_BLOCK or not members:
        return [members] if members else []
    spans: list[tuple[int, int]] = []
    for key in new:
        at = bisect_left(order, key)
        lo, hi = max(0, at - NEIGHBOURS), min(len(members), at + NEIGHBOURS)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return [members[lo:hi] for lo, hi in spans if hi > lo]


def window_partners(
    key: BlockKey,
    before: Sequence[Features],
    after: Sequence[Features],
    at: SortKey,
    new: Sequence[SortKey],
    size: int,
) -> list[Features]:
    """The old members of block ``key`` (``size`` of them, a claim at ``at`` among them) that a build
    pairs with that claim once the new claims ``new`` (sorted) are in the block too: the whole block
    when small, no one in a large block of a common word, else those within ``NEIGHBOURS`` places of
    it in the merged order. ``before`` and ``after``: the old members next to it on each side, at
    least ``NEIGHBOURS + len(new)`` of each (all there are, when the block is small)."""
    from bisect import bisect_left

    total = size + len(new)
    if skipped_block(key, total):
        return []
    if total <= SMALL_BLOCK:
        return [*before, *after]
    here = bisect_left(new, at)  # new claims before this one
    near = []
    for distance, g in enumerate(reversed(before), 1):  # old claims between them, plus new ones
        if distance + here - bisect_left(new, sort_key(g)) > NEIGHBOURS:
            break
        near.append(g)
    for distance, g in enumerate(after, 1):
        if distance + bisect_left(new, sort_key(g)) - here > NEIGHBOURS:
            break
        near.append(g)
    return near
