"""Build the cross-references for new claims (against each other and the old ones)."""

from __future__ import annotations

import heapq
import itertools
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol, TypeVar

from corpus.extract.article import article_of_claim
from corpus.extract.entities import gazetteer
from corpus.gcpause import paused_gc
from corpus.model import Article, Claim, XRef, is_background
from corpus.xref.anaphora import references_to_figures
from corpus.xref.blocking import (
    NEIGHBOURS,
    SMALL_BLOCK,
    BlockKey,
    BuildPairs,
    MemoryBlocks,
    Nearby,
    SortKey,
    block_keys,
    candidate_pairs,
    name_rarity,
    skipped_block,
    sort_key,
)
from corpus.xref.features import (
    ANAPHORIC_DENIAL,
    Features,
    days_between,
    denied_in_quotation,
    denies_this,
    features,
    similarity,
)
from corpus.xref.memo import forget_article, let_go, let_go_of
from corpus.xref.reasons import source_label
from corpus.xref.relations import Candidate, Rarity, relate, same_figure_of_a_measure

MAX_RELATED_PER_CLAIM = 4
# A claim's related links within its own article are kept apart from its links to other articles, to their own
# best couple: cross-references are between sources, so a line of the claim's own article never crowds out
# another source's report of it (nor the other way round).
MAX_RELATED_IN_ITS_ARTICLE = 2
# A related link this strong (``relations.related_score``: much specific wording shared, or two reports of one
# happening) is kept while both its claims list fewer than ``STRONG_TIMES`` the cap above it (a weaker one, while
# either lists fewer than the cap, and both fewer than twice it): a claim told alike by many reports lists more of
# them, a claim near many others only its best few. On ECB+ topics 1-25 (about 20 reports of each event) strong links
# that twice the cap left out were nine in ten right; four times it kept 70 more right pairs, 4 more wrong.
STRONG_RELATED = 0.5
STRONG_TIMES = 4
_RAREST_NAME = 6.5  # a name English never uses (statements.rarity's top): as specific as a name gets
_RARE_TOPIC_NAME = 5.0  # a topic label this rare in English is specific news (a memorial, not a death toll)
# Corroborations and updates are findings, but a claim repeated or revised by 300 reports needs only its best few.
MAX_CORROBORATIONS_PER_CLAIM = 12
# Its corroborations by other articles: an event reported by a few dozen outlets is told alike by more than a dozen.
# On ECB+ topics 1-25 (about 20 reports of each event) the corroborations a cap of 12 left out were 49 right of 50.
MAX_CORROBORATIONS_FROM_OTHER_ARTICLES = 20


@lru_cache(maxsize=4096)  # a few outlets and speakers, asked about for every claim
def _outlet_key(name: str | None) -> str | None:
    if not name:
        return None
    canonical = gazetteer().canonical(name) or name
    # ("the Hanpress news agency", "the newspaper Dagbladet": the outlet, whatever kind it is said to be)
    key = re.sub(r"^the\s+", "", canonical.lower()).strip()
    return _OUTLET_KIND.sub("", key).strip() or key


_OUTLET_KIND = re.compile(
    r"^(?:(?:news\s+)?agency|newspaper|broadcaster|news\s+site|website)\s+|"
    r"\s+(?:news\s+agency|news\s+service|wire\s+service|agency|newspaper)$"
)


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


def _cross_partners(pairs: Iterable[tuple[Features, Features]]) -> dict[str, list[Features]]:
    """Each claim's partners in another article among ``pairs``."""
    partners: dict[str, list[Features]] = defaultdict(list)
    for f, g in pairs:
        if f.article.id != g.article.id:
            partners[f.claim.id].append(g)
            partners[g.claim.id].append(f)
    return partners


def _cites(pairs: list[tuple[Features, Features]]) -> list[XRef]:
    """A claim attributed to another article's outlet cites that article's closest claim among its
    candidate pairs (claims it shares a block with: what it could be about); once."""
    claims = {f.claim.id: f for pair in pairs for f in pair}
    partners = _cross_partners(pairs)
    return [ref for claim_id in sorted(partners) if (ref := _cite_of(claims[claim_id], partners[claim_id]))]


def _outlet_keys(f: Features) -> set[str]:
    return {key for name in f.claim.speaker_chain if (key := _outlet_key(name))}


def _published_after(cited: Article, citing: Article) -> bool:
    """The cited outlet's article came out on a later day than the one citing it (both dated by their own front
    matter): "Reuters reported on Monday" in an October paper relays no Reuters report of November."""
    x, y = cited.published or "", citing.published or ""
    return (
        len(x) >= 10
        and len(y) >= 10
        and not (cited.published_estimated or citing.published_estimated)
        and x[:10] > y[:10]
    )


_CITED_DAYS = 3


def _said_on_another_day(claim: Claim, cited: Article) -> bool:
    """The claim dates its words days from the day the outlet's article came out ("banned for four years, the
    Athletics Integrity Unit said on Tuesday" in June / its press release of 21 May): another statement of that
    outlet, not the article."""
    if claim.date_estimated or cited.published_estimated:
        return False
    return (days_between(claim.date or "", cited.published or "") or 0) > _CITED_DAYS


def _cite_of(f: Features, partners: Sequence[Features]) -> XRef | None:
    """The claim ``f`` cites among ``partners`` (every claim in another article it is paired with), if any."""
    for name in f.claim.speaker_chain:
        key = _outlet_key(name)
        targets = [
            g
            for g in partners
            if key
            and _outlet_key(g.article.outlet) == key
            and not _published_after(g.article, f.article)
            and not _said_on_another_day(f.claim, g.article)
        ]
        if not targets:
            continue
        # The cited claim: the closest in wording, and above all one that states the same figure, best of the
        # measure both count ("seven years" / "84 months" in prison, not "three years" a side clause recalls).
        best = max(
            sorted(targets, key=lambda g: g.claim.id),
            key=lambda g: (
                similarity(f, g) + (0.5 if _shared_figure(f, g) else 0) + (0.5 if same_figure_of_a_measure(f, g) else 0)
            ),
        )
        if (similarity(f, best) < 0.1 and not _shared_figure(f, best)) or not _same_matter(f, best):
            continue
        reason = f"attributed to {best.article.outlet} ({source_label(best)}): closest claim in its article"
        score = round(min(0.95, 0.6 + similarity(f, best)), 2)
        return XRef(
            f.claim.id,
            best.claim.id,
            "cites",
            score,
            reason,
            "attributed to its outlet",
            ["origin", "values"] if _shared_figure(f, best) else ["origin"],
        )
    return None


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
        if not denies_this(claim.text, prev.text):
            continue
        who = claim.speaker or "another source"
        reason = f"denial by {who} of the report just before it ({prev.speaker or 'unattributed'})"
        refs.append(XRef(claim.id, prev.id, "conflicts", 0.75, reason, "denial of the report before it"))
    return refs


def _quoted_denials(claims: list[Claim], articles: dict[str, Article]) -> list[XRef]:
    """ "Calder denied the report. "We have made no claim for additional payment," a company spokeswoman said.": the
    quotation giving the denier's words right after its denial of the report before it (``denied_in_quotation``)
    contradicts that report too, as the quotation after "A report ... that ... was denied by the operator" does."""
    refs = []
    ordered = sorted((c for c in claims if not is_background(c)), key=lambda c: (c.article_id, c.start))
    for i, quote in enumerate(ordered):
        report_text = denied_in_quotation(quote, articles[quote.article_id])
        if report_text is None:
            continue
        told = " ".join(report_text.split())
        earlier = [c for c in ordered[max(0, i - 2) : i] if c.article_id == quote.article_id]
        report = next((c for c in reversed(earlier) if " ".join(c.text.split()) in told), None)
        if report is None:
            continue
        denial = earlier[-1]
        who = (denial.kind == "denial" and denial.speaker) or quote.speaker or "its denier"
        if denial.id == report.id:
            reason = f"the words of {who}'s denial of the report in the sentence before it"
        else:
            reason = f"the words of {who}'s denial of the report before it ({report.speaker or 'unattributed'})"
        refs.append(XRef(quote.id, report.id, "conflicts", 0.7, reason, QUOTED_DENIAL_RULE))
        if denial.id != report.id and denial.kind == "denial":
            # (the denial and its quoted words are one source saying it twice, never two that agree)
            said = f"the words of this denial by {who}, quoted"
            refs.append(XRef(quote.id, denial.id, "related", 0.6, said, QUOTED_DENIAL_RULE))
    return refs


def _fixed_links(claims: list[Claim], articles: dict[str, Article]) -> list[XRef]:
    """The links of a claim to the sentence before it that no relation decides: a denial of the report just
    before it (and the quotation of the denier's words after it), else a pointer back to its figure ("denied the
    claims, saying the figures were exaggerated" is the one denial, not a denial and a pointer for one pair)."""
    denials = _denials_of_previous(claims, articles)
    denials += _quoted_denials(claims, articles)
    denied = {frozenset((x.source, x.target)) for x in denials}
    return denials + [
        x for x in references_to_figures(claims, articles) if frozenset((x.source, x.target)) not in denied
    ]


def rarity_of(claims: list[Features]) -> Rarity:
    """How specific each entity is: by its name's rarity in English, never by the corpus, so that a
    link between two claims is the same whatever else the corpus holds (an add gives what a build
    gives). A topic likewise, by its label's rarity: "memorials" is rarer news than "casualties"."""
    entities = {e for f in claims for e in f.entities}
    topics = {t for f in claims for t in f.topics}
    return Rarity(
        {e: min(1.0, name_rarity(e) / _RAREST_NAME) for e in entities},
        {t: min(1.0, name_rarity(t) / _RARE_TOPIC_NAME) for t in topics},
    )


Pairs = list[tuple[Features, Features]]
# Relates candidate pairs as they are found, in order, and calls ``meanwhile`` once all are found: the relations
# found (the pairs no relation links are left out), each with its reason worded, in the order of their pairs.
RelatePairs = Callable[[Iterable[tuple[Features, Features]], Rarity, Callable[[], None]], Iterable["Worded"]]


def relate_all(
    pairs: Iterable[tuple[Features, Features]], rarity: Rarity, meanwhile: Callable[[], None] | None = None
) -> list[Worded]:
    """The relations of the candidate pairs, in order, worded as found; then ``meanwhile`` (corpus/parallel.py
    relates them in processes, the first while the rest are found, and runs ``meanwhile`` while the workers
    relate). Pairs found in turns (``BuildPairs``) let each claim's memo go once past its turn (``Turns``)."""
    turns = Turns()
    found = []
    for a, b in pairs:
        turns.relating(a, b)
        candidate = relate(a, b, rarity)
        if candidate is not None:
            found.append(Worded.of(candidate))
    turns.end()
    if meanwhile is not None:
        meanwhile()
    return found


@dataclass(slots=True)
class Worded:
    """A candidate relation with its link worded as it is found (``relations.Candidate``'s fields and
    ``to_xref``'s): nothing of the two claims is held for it, so that what was worked out from them can go."""

    source: str
    target: str
    relation: str
    score: float
    reason: str
    rule: str | None
    matched: list[str]

    @classmethod
    def of(cls, found: Candidate) -> Worded:
        x = found.to_xref()
        return cls(x.source, x.target, x.relation, x.score, x.reason, x.rule, x.matched)

    def to_xref(self) -> XRef:
        return XRef(self.source, self.target, self.relation, self.score, self.reason, self.rule, self.matched)


class Turns:
    """Lets go of what relating worked out from a claim (its memo, and its article's values once none of the
    article's claims is held) as soon as the pairs being related are past its turn: pairs found in turns
    (``BuildPairs``) never ask for a claim again after its own turn. Any value asked again is worked out again,
    the same (``memo.per_claim`` reads the claim alone): letting go early costs time, never a different link."""

    def __init__(self) -> None:
        self.live: list[tuple[SortKey, int, Features]] = []  # the claims held, earliest turn first
        self.held_ids: set[int] = set()
        self.per_article: dict[str, int] = defaultdict(int)  # claims held, by article
        self.turn: Features | None = None

    def relating(self, first: Features, second: Features) -> None:
        """The pair of ``first`` (the earlier, whose turn it is) and ``second`` is related next: every claim of
        an earlier turn goes, and the two are held."""
        if first is not self.turn:
            self.turn = first
            now = sort_key(first)
            while self.live and self.live[0][0] < now:
                self._let_go(heapq.heappop(self.live)[2])
            self._hold(first)
        if id(second) not in self.held_ids:  # (asked for every pair: most later claims are held already)
            self._hold(second)

    def _hold(self, f: Features) -> None:
        if id(f) not in self.held_ids:
            self.held_ids.add(id(f))
            self.per_article[f.claim.article_id] += 1
            heapq.heappush(self.live, (sort_key(f), id(f), f))

    def end(self) -> None:
        while self.live:
            self._let_go(heapq.heappop(self.live)[2])

    def _let_go(self, f: Features) -> None:
        self.held_ids.discard(id(f))
        let_go_of(f, keep=block_keys)  # (the link index reads each claim's blocks)
        article = f.claim.article_id
        self.per_article[article] -= 1
        if not self.per_article[article]:
            del self.per_article[article]
            forget_article(article)


@dataclass(frozen=True, slots=True)
class LeftOutLink:
    """A candidate link a cap left out (or may yet): what an add needs of it to weigh it against the
    links kept; its reason is worded again (``relate``) only if it comes in."""

    source: str
    target: str
    relation: str
    score: float


@dataclass(slots=True)
class LeftOut:
    """The candidate links a build's caps left out, for the store's link index (which keeps them, so
    that an add weighs a claim's candidates without relating its pairs again): it travels at the
    end of the build's ``Extraction.link_features``."""

    links: list[LeftOutLink] = field(default_factory=list)


def link(
    claims: list[Claim],
    articles: list[Article],
    relate_pairs: RelatePairs = relate_all,
    claim_features: list[Features] | None = None,
    left_out: LeftOut | None = None,
) -> list[XRef]:
    """A build's cross-references of ``claims`` (an add's are ``relink``'s). ``claim_features``: the
    claims' features, when already computed (corpus/parallel.py computes them in workers); ``left_out``
    receives the candidates the caps left out. Linking makes hundreds of thousands of short-lived objects
    and no reference cycles: the cycle collector, which would rescan every claim in memory many times
    over, is paused."""
    claims = [c for c in claims if not is_background(c)]
    with paused_gc():
        by_id = {a.id: a for a in articles}
        described = _new_features(claims, claim_features, by_id)
        # (a rarity over every claim: a pair looks up its own claims' entities and topics only)
        found = _link(claims, described, by_id, relate_pairs, rarity_of(described), left_out)
        let_go(described, keep=block_keys)  # (the link index reads each claim's blocks)
        return found


def _features_of(claims: list[Claim], articles: dict[str, Article]) -> list[Features]:
    return [features(c, articles[c.article_id]) for c in claims if c.article_id in articles]


def _new_features(claims: list[Claim], computed: list[Features] | None, articles: dict[str, Article]) -> list[Features]:
    # Background sentences (kind "background") are kept for their speaker and figures, not as claims to link.
    if computed is None:
        return _features_of(claims, articles)
    return [f for f in computed if not is_background(f.claim)]


def _link(
    new_claims: list[Claim],
    new: list[Features],
    articles: dict[str, Article],
    relate_pairs: RelatePairs,
    rarity: Rarity,
    left_out: LeftOut | None = None,
) -> list[XRef]:
    refs: list[XRef] = []
    found = BuildPairs(new)
    citing: Pairs = []  # the pairs of claims in two articles where one is attributed to the other's outlet
    cite_keys = _CiteKeys()

    def pairs() -> Iterator[tuple[Features, Features]]:
        for f, g in found:
            if f.article.id != g.article.id and cite_keys.either_cites(f, g):
                citing.append((f, g))
            yield f, g

    def fixed() -> None:  # the links no relation decides (while the pairs are related, in processes)
        refs.extend(_cites(citing) + _fixed_links(new_claims, articles))

    related = list(relate_pairs(pairs(), rarity, fixed))
    cited = {frozenset((r.source, r.target)) for r in refs}
    by_id = {f.claim.id: f for f in new}

    def found_order(ref: Worded) -> tuple[int, int, int, int]:
        # (the links and the candidates left out come in the order ``candidate_pairs`` finds their pairs)
        return found.found_order(*sorted((by_id[ref.source], by_id[ref.target]), key=sort_key))

    links: list[Worded] = []
    capped: dict[str, list[Worded]] = {relation: [] for relation in CAPS}
    for ref in related:
        if frozenset((ref.source, ref.target)) not in cited:
            capped.get(ref.relation, links).append(ref)
    links.sort(key=found_order)
    for relation, limits in CAPS.items():
        best = _best_few(capped[relation], *limits)
        links.extend(best)
        if left_out is not None:
            chosen = {id(c) for c in best}
            left = [c for c in capped[relation] if id(c) not in chosen]
            left_out.links += [_left_out(c) for c in sorted(left, key=found_order)]
    return refs + [c.to_xref() for c in links]


class _CiteKeys:
    """Whether one claim of a pair is attributed to the other's outlet (the pairs ``_cites`` reads: a claim cites
    only its outlet's claims), from what each side names worked out once a claim and once an article, not twice
    for every pair it is in (a claim meets hundreds)."""

    def __init__(self) -> None:
        self.attributed_to: dict[str, frozenset[str]] = {}  # by claim id: the outlet keys of its speaker chain
        self.outlet: dict[str, str | None] = {}  # by article id: its outlet's key

    def either_cites(self, f: Features, g: Features) -> bool:
        return self._outlet(g.article) in self._attributed_to(f) or self._outlet(f.article) in self._attributed_to(g)

    def _attributed_to(self, f: Features) -> frozenset[str]:
        keys = self.attributed_to.get(f.claim.id)
        if keys is None:
            keys = self.attributed_to[f.claim.id] = frozenset(_outlet_keys(f))
        return keys

    def _outlet(self, article: Article) -> str | None:
        try:
            return self.outlet[article.id]
        except KeyError:
            key = self.outlet[article.id] = _outlet_key(article.outlet)
            return key


def _left_out(c: Candidate | Worded | XRef | LeftOutLink) -> LeftOutLink:
    return c if isinstance(c, LeftOutLink) else LeftOutLink(c.source, c.target, c.relation, c.score)


# The relations kept to a claim's best few, in the order a build takes them, with their limits: for its links to
# other articles, and apart from those, for its links within its own article.
CAPS = {
    "corroborates": (MAX_CORROBORATIONS_FROM_OTHER_ARTICLES, MAX_CORROBORATIONS_PER_CLAIM),
    "updates": (MAX_CORROBORATIONS_PER_CLAIM, MAX_CORROBORATIONS_PER_CLAIM),
    "related": (MAX_RELATED_PER_CLAIM, MAX_RELATED_IN_ITS_ARTICLE),
}
Ranked = TypeVar("Ranked", Candidate, Worded)  # a relation found: ranked by its score and ends
# A link's place among a claim's links: whether it stays within one article (each kind of link has its own
# cap), then best score first, then its ends.
Rank = tuple[bool, float, str, str]


def _rank(score: float, source: str, target: str) -> Rank:
    return (_one_article(source, target), -score, source, target)


def _one_article(source: str, target: str) -> bool:
    article = article_of_claim(source)
    return article is not None and article == article_of_claim(target)


def _best_few(refs: list[Ranked], limit: int, in_its_article: int | None = None) -> list[Ranked]:
    """Keep a link when it is among the best ``limit`` of either of its claims, and no claim gets more than
    twice that many (a claim everyone else's best few reach would list them all), taking the links best
    first; a strong related link is kept while both its claims have fewer than ``STRONG_TIMES`` ``limit``
    (``STRONG_RELATED``).
    Links within one article are counted apart, to ``in_its_article`` (``limit`` unless given)."""
    limits = (limit, limit if in_its_article is None else in_its_article)
    count: dict[tuple[str, bool], int] = defaultdict(int)
    out = []
    for ref in sorted(refs, key=lambda r: _rank(r.score, r.source, r.target)):
        one = _one_article(ref.source, ref.target)
        x, y = count[ref.source, one], count[ref.target, one]
        if _within_caps(min(x, y), max(x, y), limits[one], _strong(ref.relation, ref.score)):
            count[ref.source, one] += 1
            count[ref.target, one] += 1
            out.append(ref)
    return out


def _within_caps(fewest: int, most: int, limit: int, strong: bool = False) -> bool:
    """A link with ``fewest`` and ``most`` links kept above it at its two claims is within their caps."""
    if strong:
        return most < STRONG_TIMES * limit
    return fewest < limit and most < 2 * limit


def _strong(relation: str, score: float) -> bool:
    return relation == "related" and score >= STRONG_RELATED


# What an add must tell apart among stored links: those no relation decided (a citation, a denial of the
# report before it, a reference back to a figure) are no relation's candidates, and no cap counts them.
CITES_RULE = "attributed to its outlet"
DENIAL_RULE = "denial of the report before it"
FIGURE_REFERENCE_RULE = "refers back to this figure"  # corpus/xref/anaphora.py
QUOTED_DENIAL_RULE = "the words of a denial"
FIXED_RULES = frozenset({CITES_RULE, DENIAL_RULE, QUOTED_DENIAL_RULE, FIGURE_REFERENCE_RULE})
PairKey = frozenset[str]


class Stored(Protocol):
    """What an add knows of the stored claims: the store's link index, or ``InMemory``."""

    def nearby(self, key: BlockKey, new: list[SortKey]) -> Nearby:
        """The stored claims of a block next to where claims with the sort keys ``new`` fall."""
        ...

    def links(self, claim_ids: Sequence[str]) -> Mapping[str, Sequence[XRef]]:
        """Every stored link of each claim (either end), with its score and rule: read for many claims
        at once (an add weighs the links of thousands)."""
        ...

    def partners(self, f: Features, new: Mapping[BlockKey, Sequence[SortKey]]) -> list[Features]:
        """The stored claims a build pairs with stored claim ``f`` once claims with the sort keys
        ``new`` (by block) are in the blocks too."""
        ...

    def features(self, claim_id: str) -> Features:
        """A stored claim's features."""
        ...

    def members(self, key: BlockKey) -> list[Features]:
        """Every stored claim of a block of at most ``SMALL_BLOCK``, in the block's order."""
        ...

    def block_size(self, key: BlockKey) -> int:
        """How many stored claims a block holds, exactly up to ``SMALL_BLOCK + 1``."""
        ...

    def between(self, key: BlockKey, first: SortKey, last: SortKey, limit: int) -> int:
        """How many stored claims of a block sort strictly between two, exactly up to ``limit``."""
        ...

    def left_out(self, claim_id: str) -> tuple[bool, list[LeftOutLink]]:
        """The stored candidate links of the claim that caps left out, and whether they are all of
        them (else its candidates are found again from its partners)."""
        ...

    def keep(self, changes: Callable[[], LeftOutChanges]) -> None:
        """What an add changed of the left-out candidates (worked out when called), for the store
        to keep with the add."""
        ...


@dataclass(slots=True)
class LeftOutChanges:
    """An add's changes to the stored left-out candidates: the pairs whose rows go, the rows that
    come (after the pairs went), and the claims whose left-out candidates are now all stored."""

    new_claims: set[str] = field(default_factory=set)
    gone: set[PairKey] = field(default_factory=set)
    left_out: list[LeftOutLink] = field(default_factory=list)
    complete: set[str] = field(default_factory=set)


class StaleLeftOut(Exception):
    """A stored left-out candidate is not what relating its pair gives: the store's copy is stale."""


@dataclass(slots=True)
class Relinked:
    """What an add changes: the links to store, and the stored links a build would not have made."""

    xrefs: list[XRef] = field(default_factory=list)
    unlinked: list[XRef] = field(default_factory=list)


class InMemory(MemoryBlocks):
    """``Stored`` over claims and links held in memory (an ``Extraction`` being extended)."""

    def __init__(self, old: list[Features], xrefs: Iterable[XRef], left_out: LeftOut | None = None) -> None:
        super().__init__(old)
        self.by_claim: dict[str, list[XRef]] = defaultdict(list)
        for x in xrefs:
            self.by_claim[x.source].append(x)
            if x.target != x.source:
                self.by_claim[x.target].append(x)
        self.complete = left_out is not None  # the build's left-out candidates: all of them, for every claim
        self.left_out_of: dict[str, list[LeftOutLink]] = defaultdict(list)
        for row in left_out.links if left_out is not None else ():
            self.left_out_of[row.source].append(row)
            self.left_out_of[row.target].append(row)

    @classmethod
    def of(
        cls, claims: list[Claim], articles: Iterable[Article], xrefs: Iterable[XRef], described: Sequence[object] = ()
    ) -> InMemory:
        """Over an extraction's claims, articles and links; ``described``: its ``link_features``, when a
        build made it as it is (its claims' features, reused, and the candidates its caps left out)."""
        by_id = {a.id: a for a in articles}
        known = {f.claim.id: f for f in described if isinstance(f, Features)}
        left_out = next((d for d in described if isinstance(d, LeftOut)), None)
        old = [
            known.get(c.id) or features(c, by_id[c.article_id])
            for c in claims
            if not is_background(c) and c.article_id in by_id
        ]
        return cls(old, xrefs, left_out)

    def links(self, claim_ids: Sequence[str]) -> Mapping[str, Sequence[XRef]]:
        return {claim_id: self.by_claim.get(claim_id, []) for claim_id in claim_ids}

    def left_out(self, claim_id: str) -> tuple[bool, list[LeftOutLink]]:
        return self.complete, self.left_out_of.get(claim_id, [])  # else found again from the claim's partners

    def keep(self, changes: Callable[[], LeftOutChanges]) -> None:
        pass  # the caller holds the extraction


def relink(
    new_claims: list[Claim],
    new_features: list[Features] | None,
    articles: dict[str, Article],
    stored: Stored,
) -> Relinked:
    """An add's links: after it, the stored links are exactly those a build over every claim makes
    (docs/storage.md, "Add and build"). The new claims' pairs are related as a build relates them;
    an old claim that now meets a claim of the outlet it is attributed to chooses its citation
    again; and each cap is worked out again where it changed, best link first: a better link kept
    can push a claim's worst out, which frees a place at that link's other end for a candidate it
    had to leave out, and so on (only the candidates ranked below a change can change)."""
    new_claims = [c for c in new_claims if not is_background(c)]
    with paused_gc():
        relinker = _Relink(_new_features(new_claims, new_features, articles), stored)
        try:
            return relinker.run(new_claims, articles)
        finally:
            relinker.caps.clear()


def _key(x: XRef | Candidate | LeftOutLink) -> PairKey:
    return frozenset((x.source, x.target))


class _Relink:
    def __init__(self, new: list[Features], stored: Stored) -> None:
        self.new = new
        self.stored = stored
        self.features: dict[str, Features] = {f.claim.id: f for f in new}
        self.new_ids = set(self.features)
        self.new_keys: dict[BlockKey, list[SortKey]] = defaultdict(list)
        for f in new:
            for key in block_keys(f):
                self.new_keys[key].append(sort_key(f))
        for keys in self.new_keys.values():
            keys.sort()
        self.new_partners: dict[str, list[Features]] = defaultdict(list)
        self.old_partners: dict[str, list[Features]] = {}
        self.related: dict[PairKey, Candidate | None] = {}
        self.stored_links: dict[str, Sequence[XRef]] = {}
        self.fixed: set[PairKey] = set()  # pairs the add gives a citation, denial or figure reference
        self.taken: set[tuple[str, str, str]] = set()  # stored links taken back
        self.fixed_links: dict[str, dict[PairKey, list[tuple[str, str, str]]]] = {}
        self.cite_keys = _CiteKeys()
        self.candidates_of: dict[str, list[Candidate | XRef | LeftOutLink]] = {}
        self.related_with: dict[str, list[PairKey]] = defaultdict(list)  # the pairs related here, by claim
        self.left_outs: dict[str, tuple[bool, list[LeftOutLink]]] = {}
        self.separated: set[PairKey] = set()
        self.caps: list[_Caps] = []
        self.out = Relinked()

    def run(self, new_claims: list[Claim], articles: dict[str, Article]) -> Relinked:
        met: dict[BlockKey, Nearby] = {}

        def nearby(key: BlockKey, new: list[SortKey]) -> Nearby:
            met[key] = found = self.stored.nearby(key, new)
            return found

        pairs = list(candidate_pairs(self.new, nearby))
        for f, g in pairs:
            self.features.setdefault(g.claim.id, g)
            self.features.setdefault(f.claim.id, f)
            self.new_partners[f.claim.id].append(g)
            self.new_partners[g.claim.id].append(f)
        rarity = rarity_of([f for pair in pairs for f in pair])
        for f, g in pairs:
            self._remember(frozenset((f.claim.id, g.claim.id)), relate(f, g, rarity))
        fixed = _fixed_links(new_claims, articles)
        self.out.xrefs += fixed
        self.fixed.update(_key(x) for x in fixed)
        separated = self.separated = self._separated(met)
        freed, newly_fixed = self._cite_again(pairs, separated)
        added: list[Candidate] = []
        for key in [*(frozenset((f.claim.id, g.claim.id)) for f, g in pairs), *freed]:
            found = self.related[key] if key in self.related else self._relate(key)
            if found is None or self._is_fixed(key):
                continue
            if found.relation in CAPS:
                added.append(found)
            else:
                self.out.xrefs.append(found.to_xref())
        removed: list[XRef] = []
        # a stored link a relation decided, on a pair an old claim now cites or no build pairs any more
        for key in [*newly_fixed, *separated]:
            for x in self._links(min(key)):
                if _key(x) == key and x.rule not in FIXED_RULES and (x.source, x.target, x.relation) not in self.taken:
                    if x.relation in CAPS:
                        removed.append(x)
                    else:
                        self.take_back(x)
        for relation, limits in CAPS.items():
            caps = _Caps(self, relation, limits)
            self.caps.append(caps)
            caps.run([c for c in added if c.relation == relation], [x for x in removed if x.relation == relation])
        self.stored.keep(self._left_out_changes)
        return self.out

    def _left_out_changes(self) -> LeftOutChanges:
        """The pairs this add looked at, each with its left-out candidate (or none) after it: the
        pairs it related, parted, cited or weighed for a cap."""
        rows: dict[PairKey, LeftOutLink | None] = {}
        for key, found in self.related.items():
            candidate = found is not None and found.relation in CAPS and not self._is_fixed(key)
            rows[key] = _left_out(found) if candidate and found and not self._stored_link_on(key) else None
        for key in self.separated | self.fixed:
            rows[key] = None
        for caps in self.caps:
            for key, link in [(key, link) for key, link in caps.link.items() if key in caps.weighed]:
                out = key in caps.gone or self._is_fixed(key) or key in caps.kept_by(min(key))
                rows[key] = None if out else _left_out(link)
        return LeftOutChanges(
            new_claims=set(self.new_ids),
            gone=set(rows),
            left_out=[row for row in rows.values() if row is not None],
            complete=set(self.candidates_of) | self.new_ids,
        )

    def _stored_link_on(self, key: PairKey) -> bool:
        """Whether a stored link that a relation decided joins the pair (kept before this add)."""
        end = next((claim_id for claim_id in sorted(key) if claim_id in self.stored_links), min(key))
        return any(_key(x) == key and x.rule not in FIXED_RULES for x in self._links(end))

    def _remember(self, key: PairKey, found: Candidate | None) -> None:
        self.related[key] = found
        for claim_id in key:
            self.related_with[claim_id].append(key)

    def _left_out(self, claim_id: str) -> tuple[bool, list[LeftOutLink]]:
        """A stored claim's left-out candidates as stored, and whether they are all of them."""
        if claim_id not in self.left_outs:
            self.left_outs[claim_id] = (False, []) if self._is_new(claim_id) else self.stored.left_out(claim_id)
        return self.left_outs[claim_id]

    def worded(self, key: PairKey, link: Candidate | XRef | LeftOutLink) -> XRef:
        """A link the add keeps, as stored: a left-out candidate's reason is worded by relating its pair again."""
        if isinstance(link, XRef):
            return link
        if isinstance(link, LeftOutLink):
            found = self._relate(key)
            if found is None or _left_out(found) != link:
                raise StaleLeftOut(f"{link.source} {link.target}")
            link = found
        return link.to_xref()

    # -- what is known of the claims -----------------------------------------------------------
    def _links(self, claim_id: str) -> Sequence[XRef]:
        """A claim's stored links, as the add found them (none for a new claim)."""
        if claim_id not in self.stored_links:
            self._read_links([claim_id])
        return self.stored_links[claim_id]

    def _read_links(self, claim_ids: Iterable[str]) -> None:
        """Read the stored links of these claims now, together (a few thousand an add: one query each
        would cost more than the rest of its linking)."""
        wanted = [c for c in dict.fromkeys(claim_ids) if c not in self.stored_links]
        self.stored_links.update(dict.fromkeys((c for c in wanted if self._is_new(c)), ()))
        self.stored_links.update(self.stored.links([c for c in wanted if not self._is_new(c)]))

    def _is_new(self, claim_id: str) -> bool:
        return claim_id in self.new_ids

    def _features(self, claim_id: str) -> Features:
        if claim_id not in self.features:
            self.features[claim_id] = self.stored.features(claim_id)
        return self.features[claim_id]

    def partners(self, claim_id: str) -> list[Features]:
        """Every claim a build pairs with this one: the stored ones (for a stored claim) and the new."""
        if self._is_new(claim_id):
            return self.new_partners.get(claim_id, [])
        if claim_id not in self.old_partners:
            found = self.stored.partners(self._features(claim_id), self.new_keys)
            for g in found:
                self.features.setdefault(g.claim.id, g)
            self.old_partners[claim_id] = found
        return [*self.old_partners[claim_id], *self.new_partners.get(claim_id, [])]

    def _relate(self, key: PairKey) -> Candidate | None:
        if key not in self.related:
            f, g = (self._features(claim_id) for claim_id in sorted(key))
            a, b = (f, g) if sort_key(f) <= sort_key(g) else (g, f)
            self._remember(key, relate(a, b, rarity_of([a, b])))
        return self.related[key]

    def _is_fixed(self, key: PairKey) -> bool:
        if key in self.fixed:
            return True
        if any(self._is_new(claim_id) for claim_id in key):
            return False  # a pair with a new claim has no stored link
        # a stored link of the pair is among either end's: the one whose links were read already
        end = next((claim_id for claim_id in sorted(key) if claim_id in self.stored_links), min(key))
        return any(link not in self.taken for link in self._fixed_links(end).get(key, ()))

    def _fixed_links(self, claim_id: str) -> dict[PairKey, list[tuple[str, str, str]]]:
        """A claim's stored links that no relation decided, by pair."""
        if claim_id not in self.fixed_links:
            found: dict[PairKey, list[tuple[str, str, str]]] = defaultdict(list)
            for x in self._links(claim_id):
                if x.rule in FIXED_RULES:
                    found[_key(x)].append((x.source, x.target, x.relation))
            self.fixed_links[claim_id] = found
        return self.fixed_links[claim_id]

    def take_back(self, x: XRef) -> None:
        self.taken.add((x.source, x.target, x.relation))
        self.out.unlinked.append(x)

    # -- citations ----------------------------------------------------------------------------
    def _cite_again(
        self, pairs: list[tuple[Features, Features]], separated: set[PairKey]
    ) -> tuple[list[PairKey], list[PairKey]]:
        """Each new claim's citation, and again each old one's that now meets, or no longer meets, a
        claim of an outlet it is attributed to; the pairs whose stored citation was taken back, and
        the old pairs newly cited."""
        freed: list[PairKey] = []
        newly_fixed: list[PairKey] = []
        crossing = _cross_partners(pairs)
        lost = _cross_partners((self._features(min(key)), self._features(max(key))) for key in separated)
        for claim_id in sorted(set(crossing) | set(lost)):
            f = self._features(claim_id)
            if self._is_new(claim_id):
                cite = _cite_of(f, crossing[claim_id])
            else:
                outlets = _outlet_keys(f)
                met = [*crossing.get(claim_id, ()), *lost.get(claim_id, ())]
                if not any(_outlet_key(g.article.outlet) in outlets for g in met):
                    continue
                every = [g for g in self.partners(claim_id) if g.article.id != f.article.id]
                cite = _cite_of(f, every)
                before = next(
                    (x for x in self._links(claim_id) if x.relation == "cites" and x.source == claim_id), None
                )
                if before is not None and cite is not None and before.target == cite.target:
                    continue
                if before is not None:
                    self.take_back(before)
                    freed.append(_key(before))
                if cite is not None and not self._is_new(cite.target):
                    newly_fixed.append(_key(cite))
            if cite is not None:
                self.out.xrefs.append(cite)
                self.fixed.add(_key(cite))
        return [key for key in freed if key not in self.fixed and key not in separated], newly_fixed

    # -- windows ------------------------------------------------------------------------------
    def _separated(self, met: Mapping[BlockKey, Nearby]) -> set[PairKey]:
        """The stored pairs with a link or a citation to weigh that a build no longer makes: pairs of a
        block that the new claims made large (only neighbours are compared then; none in a large
        block of a common word), or that new claims now stand between (more than ``NEIGHBOURS``
        apart), and that no other block or their article pairs."""
        found: set[PairKey] = set()
        for key, nearby in met.items():
            new = self.new_keys[key]
            total = nearby.size + len(new)
            if total <= SMALL_BLOCK or nearby.size < 2:
                continue
            was_small = nearby.size <= SMALL_BLOCK
            if not was_small and skipped_block(key, nearby.size):
                continue  # a large block of a common word pairs no one, before or after
            runs = [self.stored.members(key)] if was_small else nearby.runs
            gone = skipped_block(key, total)
            for run in runs:
                at = [i + bisect_left(new, sort_key(g)) for i, g in enumerate(run)]  # places once merged
                for i, f in enumerate(run):
                    for j in range(i + 1, len(run)):
                        if not was_small and j - i > NEIGHBOURS:
                            break  # not paired before either
                        if gone or at[j] - at[i] > NEIGHBOURS:
                            pair = frozenset((f.claim.id, run[j].claim.id))
                            self.features.setdefault(f.claim.id, f)
                            self.features.setdefault(run[j].claim.id, run[j])
                            if pair not in found and self._weighed(f, run[j]) and not self._paired(f, run[j]):
                                found.add(pair)
        return found

    def _weighed(self, f: Features, g: Features) -> bool:
        """Whether an add must look at a pair it no longer makes: it has a stored link, or one of them
        is attributed to the other's outlet (a citation may change)."""
        if self.cite_keys.either_cites(f, g):
            return True
        ends: list[XRef | LeftOutLink] = [*self._links(f.claim.id), *self._left_out(f.claim.id)[1]]  # left out too
        return any(g.claim.id in (x.source, x.target) for x in ends)

    def _paired(self, f: Features, g: Features) -> bool:
        """Whether a build over every claim, the new ones in, pairs these two stored claims: their
        article, or a block they share (whole when small, else within ``NEIGHBOURS`` places)."""
        if f.claim.article_id == g.claim.article_id:
            return any(p.claim.id == g.claim.id for p in self.partners(f.claim.id))
        first, last = sorted((sort_key(f), sort_key(g)))
        for key in set(block_keys(f)) & set(block_keys(g)):
            new = self.new_keys.get(key, [])
            total = self.stored.block_size(key) + len(new)
            if skipped_block(key, total):
                continue
            if total <= SMALL_BLOCK:
                return True
            between = (
                self.stored.between(key, first, last, NEIGHBOURS) + bisect_left(new, last) - bisect_left(new, first)
            )
            if between < NEIGHBOURS:
                return True
        return False

    def candidates(self, claim_id: str, relation: str) -> list[Candidate | XRef | LeftOutLink]:
        """Every candidate link of ``relation`` a build weighs for this claim (the caps are worked out
        after the citations: which pairs are cited no longer changes): from what is stored when the
        store keeps all its left-out candidates, else by relating its pairs again."""
        if claim_id not in self.candidates_of:
            complete, left_out = self._left_out(claim_id)
            if complete:
                self.candidates_of[claim_id] = self._stored_candidates(claim_id, left_out)
            else:
                found: list[Candidate | XRef | LeftOutLink] = []
                for g in self.partners(claim_id):
                    key = frozenset((claim_id, g.claim.id))
                    candidate = self._relate(key)
                    if candidate is not None and candidate.relation in CAPS and not self._is_fixed(key):
                        found.append(candidate)
                self.candidates_of[claim_id] = found
        return [c for c in self.candidates_of[claim_id] if c.relation == relation]

    def _stored_candidates(self, claim_id: str, left_out: list[LeftOutLink]) -> list[Candidate | XRef | LeftOutLink]:
        """A stored claim's candidates: its links a relation decided and its left-out candidates, as
        stored, and its pairs this add related, less the pairs the add parted or cites."""
        found: dict[PairKey, Candidate | XRef | LeftOutLink] = {}
        for x in self._links(claim_id):
            if x.relation in CAPS and x.rule not in FIXED_RULES:
                found[_key(x)] = x
        for row in left_out:
            found.setdefault(_key(row), row)
        for key in self.related_with.get(claim_id, ()):
            candidate = self.related[key]
            found.pop(key, None)
            if candidate is not None and candidate.relation in CAPS:
                found[key] = candidate
        return [c for key, c in found.items() if key not in self.separated and not self._is_fixed(key)]


class _Caps:
    """One relation's caps worked out again from where the add changed them (``_best_few``'s rule)."""

    def __init__(self, relink: _Relink, relation: str, limits: tuple[int, int]) -> None:
        self.relink = relink
        self.relation = relation
        self.limits = limits  # across articles, within one (``Rank``'s first field picks)
        self.kept: dict[str, dict[PairKey, Rank]] = {}  # each claim's links of the relation kept now
        self.stored: dict[PairKey, XRef] = {}  # the stored ones among them, as found
        self.link: dict[PairKey, Candidate | XRef | LeftOutLink] = {}
        self.gone: set[PairKey] = set()
        self.queue: list[tuple[Rank, PairKey]] = []
        self.queued: set[PairKey] = set()
        # the pairs weighed here: a link not among them is kept, or left out, as it was (its ends' links
        # read and not weighed are the stored ones, kept at both ends)
        self.weighed: set[PairKey] = set()

    def kept_by(self, claim_id: str) -> dict[PairKey, Rank]:
        if claim_id not in self.kept:
            mine: dict[PairKey, Rank] = {}
            for x in self.relink._links(claim_id):
                key = _key(x)
                if x.relation == self.relation and x.rule not in FIXED_RULES:
                    self.stored.setdefault(key, x)
                    self.link.setdefault(key, x)
                    mine[key] = _rank(x.score, x.source, x.target)
            self.kept[claim_id] = mine
        return self.kept[claim_id]

    def push(self, key: PairKey, rank: Rank) -> None:
        if key not in self.queued:
            self.queued.add(key)
            self.weighed.add(key)
            heapq.heappush(self.queue, (rank, key))

    def run(self, added: list[Candidate], removed: list[XRef]) -> None:
        self.relink._read_links(end for key in [*map(_key, added), *map(_key, removed)] for end in key)
        for candidate in added:
            self.link[_key(candidate)] = candidate
            self.push(_key(candidate), _rank(candidate.score, candidate.source, candidate.target))
        for x in removed:
            self.gone.add(_key(x))
            self.push(_key(x), _rank(x.score, x.source, x.target))
        while self.queue:
            rank, key = heapq.heappop(self.queue)
            self.queued.discard(key)
            if not all(end in self.relink.stored_links for end in key):
                # every queued pair is weighed, and weighing reads both ends' links: those of the whole
                # queue are read now, in one query, not one query a claim as the weighing reaches them
                self.relink._read_links(
                    end for pair in (key, *(queued for _rank, queued in self.queue)) for end in pair
                )
            self.weigh(key, rank)
        changed = [(key, link) for key, link in self.link.items() if key in self.weighed]
        self.relink._read_links(min(key) for key, _link in changed)
        for key, link in changed:
            source = min(key)
            now, before = key in self.kept_by(source), key in self.stored
            if now and not before:
                self.relink.out.xrefs.append(self.relink.worded(key, link))
            elif before and not now:
                self.relink.take_back(self.stored[key])

    def weigh(self, key: PairKey, rank: Rank) -> None:
        a, b = sorted(key)
        mine, theirs = self.kept_by(a), self.kept_by(b)
        was = key in mine
        if key in self.gone:
            now = False
        else:
            # (a link is weighed against the links of its kind only, across articles or within one: Rank's first field)
            fewest, most = sorted(
                sum(1 for r in kept.values() if r[0] == rank[0] and r < rank) for kept in (mine, theirs)
            )
            now = _within_caps(fewest, most, self.limits[rank[0]], _strong(self.relation, -rank[1]))
        if now == was:
            return
        if now:
            mine[key] = theirs[key] = rank
            for kept in (mine, theirs):  # a link kept counts against the ones below it at both ends
                for other, other_rank in kept.items():
                    if other_rank > rank and other_rank[0] == rank[0]:
                        self.push(other, other_rank)
            return
        del mine[key], theirs[key]
        for end, kept in ((a, mine), (b, theirs)):  # a place freed below this link: a candidate left out may come in
            if sum(1 for r in kept.values() if r[0] == rank[0]) + 1 < self.limits[rank[0]]:
                # Not for a claim that kept fewer than its cap: a candidate it left out was refused for its other
                # end's sake, which a loss here does not change (a loss at a claim that had kept its cap, or twice
                # it, above the candidate is what can let it in, and that claim weighs it when it loses).
                continue
            for candidate in self.relink.candidates(end, self.relation):
                other = _key(candidate)
                other_rank = _rank(candidate.score, candidate.source, candidate.target)
                if (
                    other_rank > rank
                    and other_rank[0] == rank[0]
                    and other not in self.kept_by(end)
                    and other not in self.gone
                ):
                    self.link.setdefault(other, candidate)
                    self.push(other, other_rank)
