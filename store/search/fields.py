"""Per-claim field arrays and the filters that read them.

Every filter becomes a boolean mask over the claim rows; masks combine with
``&``. Text-valued fields (speaker, source, entity) are matched on folded
words: every word of the filter value must begin a word of the field value,
in any order, so ``speaker:shoigu``, ``speaker:"sergei sh"`` and
``source:"washington post"`` all do what they say. A claim's date is its own
``date`` or, failing that, its article's ``published``; ``date:`` selects a claim
by that date or by the time its figures are for (``Quantity.period``: "inflation
rose to 3.1% in July", told in August, is found by ``date:2026-07``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import ClassVar

import numpy as np

from corpus.model import CLAIM_KINDS, Article, Claim, Entity, XRef
from store.mapped import appended
from store.search.dates import date_interval
from store.search.normalise import normalise, normalise_many
from store.search.query import Filter

NO_DATE = np.iinfo(np.int32).min
# is:NAME flags built from the corpus; callers may add their own (is:bookmarked).
FLAG_RELATIONS = {"conflict": "conflicts", "corroborated": "corroborates", "updated": "updates"}


def words_match(value: str, words: Sequence[str]) -> bool:
    """Every word of ``value`` begins one of ``words`` (``value`` is folded)."""
    return all(any(w.startswith(v) for w in words) for v in value.split())


def names_value(name: str, value: str) -> bool:
    """``kind:den`` (still typing) and ``is:conflicts`` (plural) both name their value."""
    value = value.replace(" ", "")
    return name.startswith(value) or value.startswith(name)


_ACRONYM_SKIP = {"of", "the", "and", "for", "s"}


def acronym_match(value: str, name_words: list[str]) -> bool:
    """``value`` is (part of) the name's initials: entity:nis finds "South Korean
    National Intelligence Service". Three letters at least, or "us" finds all."""
    initials = "".join(w[0] for w in name_words if w not in _ACRONYM_SKIP)
    return len(value) >= 3 and " " not in value and len(initials) >= 2 and value in initials


class NameGroups:
    """Claims grouped by the names they carry (speakers, entities).

    Thousands of claims share one speaker, so a filter tests each distinct
    group of names once and spreads the answer through ``group_of``.
    """

    def __init__(self, keys: Iterable[tuple[str | None, ...]]) -> None:
        group: dict[tuple[str | None, ...], int] = {}
        self.group_of = np.fromiter((group.setdefault(k, len(group)) for k in keys), dtype=np.int32)
        folded = iter(normalise_many([name or "" for key in group for name in key]))
        self.names = [[f for f in (next(folded) for _ in key) if f] for key in group]

    def mask(self, matches: Callable[[str], bool]) -> np.ndarray:
        """Claims with a name for which ``matches(folded_name)`` holds."""
        chosen = np.fromiter((any(matches(n) for n in names) for names in self.names), bool, len(self.names))
        return chosen[self.group_of]


class FieldIndex:
    def __init__(
        self,
        claims: Sequence[Claim],
        articles: Sequence[Article],
        xrefs: Sequence[XRef] | None = None,
        entities: Sequence[Entity] | None = None,
    ) -> None:
        count = len(claims)
        self.count = count
        article_row = {a.id: i for i, a in enumerate(articles)}
        # A claim whose article is unknown points at one extra, empty article.
        unknown = len(articles)
        self.article_of = np.fromiter((article_row.get(c.article_id, unknown) for c in claims), np.int32, count)
        titles = normalise_many([" ".join(filter(None, (a.title, a.outlet))) for a in articles] + [""])
        self.article_words = [t.split() for t in titles]
        kind_code = {kind: i for i, kind in enumerate(CLAIM_KINDS)}
        self.kind = np.fromiter((kind_code.get(c.kind, 255) for c in claims), np.uint8, count)
        self.speakers = NameGroups((c.speaker, *c.speaker_chain) for c in claims)
        self.entities = NameGroups(tuple(c.entities) for c in claims)
        self.entity_aliases = self._aliases(entities or ())
        self.first_day, self.last_day = self._dates(claims, articles)
        self.period_first, self.period_last = self._periods(claims)
        rows = {c.id: i for i, c in enumerate(claims)}
        self.flags: dict[str, np.ndarray] = {}
        for flag, relation in FLAG_RELATIONS.items():
            ids = [end for x in (xrefs or ()) if x.relation == relation for end in (x.source, x.target)]
            self.flags[flag] = self.rows_mask(rows[i] for i in ids if i in rows)
        self.flags["hedged"] = np.fromiter((c.certainty == "hedged" for c in claims), bool, count)
        self.flags["quantified"] = np.fromiter((bool(c.quantities) for c in claims), bool, count)
        self.flags["unattributed"] = np.fromiter((c.speaker is None for c in claims), bool, count)

    def joined(
        self, more: FieldIndex, linked: dict[str, np.ndarray], cleared: dict[str, np.ndarray] | None = None
    ) -> FieldIndex:
        """These rows followed by ``more``'s, ``more`` made over the articles that came after
        these rows' (an add's: ``SearchIndex.of_added``), with every entity as it is now;
        ``linked``: per flag, a mask of these rows that ``more``'s links flag; ``cleared``: that
        ``more`` unflags (its add took back their last link of the flag's relation)."""
        merged = object.__new__(FieldIndex)
        merged.count = self.count + more.count
        known = len(self.article_words) - 1  # each part's last article stands for an unknown one
        unknown = known + len(more.article_words) - 1
        # a mapped base's columns stay mapped, the tail's rows after them (store.mapped.appended)
        unknown_rows = self.article_of == known
        old_articles = np.where(unknown_rows, unknown, self.article_of) if unknown_rows.any() else self.article_of
        tail_articles = (more.article_of + known).astype(old_articles.dtype)
        merged.article_of = appended(old_articles, tail_articles).astype(np.int32, copy=False)
        merged.article_words = self.article_words[:-1] + more.article_words
        merged.entity_aliases = more.entity_aliases
        for name in ("kind", "first_day", "last_day", "period_first", "period_last"):
            setattr(merged, name, appended(getattr(self, name), getattr(more, name)))
        for name in ("speakers", "entities"):
            mine, theirs = getattr(self, name), getattr(more, name)
            groups = object.__new__(NameGroups)
            tail_groups = (theirs.group_of + len(mine.names)).astype(mine.group_of.dtype)
            groups.group_of = appended(mine.group_of, tail_groups).astype(np.int32, copy=False)
            groups.names = [*mine.names, *theirs.names]
            setattr(merged, name, groups)
        merged.flags = {}
        for flag in self.flags.keys() | more.flags.keys():
            old = self.flags.get(flag)
            old = np.zeros(self.count, dtype=bool) if old is None else old
            if flag in linked:
                old = old | linked[flag]
            if cleared and flag in cleared:
                old = old & ~cleared[flag]
            new = more.flags.get(flag, np.zeros(more.count, dtype=bool))
            merged.flags[flag] = appended(old, new)
        return merged

    def rows_mask(self, rows: Iterable[int]) -> np.ndarray:
        mask = np.zeros(self.count, dtype=bool)
        mask[np.fromiter(rows, dtype=np.int64)] = True
        return mask

    @staticmethod
    def _aliases(entities: Sequence[Entity]) -> dict[str, list[str]]:
        """Folded canonical name -> folded names it is also known by."""
        aliases: dict[str, list[str]] = {}
        for entity in entities:
            names = normalise_many([entity.name, *entity.aliases])
            aliases[names[0]] = [n for n in names[1:] if n]
        return aliases

    def _dates(self, claims: Sequence[Claim], articles: Sequence[Article]) -> tuple[np.ndarray, np.ndarray]:
        published: dict[int, tuple[int, int] | None] = {}  # of the articles claims fall back on, only
        first = np.full(self.count, NO_DATE, dtype=np.int32)
        last = np.full(self.count, NO_DATE, dtype=np.int32)
        intervals: dict[str | None, tuple[int, int] | None] = {}
        for row, claim in enumerate(claims):
            if claim.date not in intervals:
                intervals[claim.date] = date_interval(claim.date)
            interval = intervals[claim.date]
            article = int(self.article_of[row])
            if interval is None and article < len(articles):
                if article not in published:
                    published[article] = date_interval(articles[article].published)
                interval = published[article]
            if interval is not None:
                first[row], last[row] = interval
        return first, last

    def _periods(self, claims: Sequence[Claim]) -> tuple[np.ndarray, np.ndarray]:
        """Per claim, the days its figures are for (from the first day of the earliest period its
        quantities name to the last of the latest); ``NO_DATE`` when they name none."""
        first = np.full(self.count, NO_DATE, dtype=np.int32)
        last = np.full(self.count, NO_DATE, dtype=np.int32)
        intervals: dict[str, tuple[int, int] | None] = {}
        for row, claim in enumerate(claims):
            for quantity in claim.quantities:
                period = quantity.period
                if not period:
                    continue
                if period not in intervals:
                    intervals[period] = date_interval(period)
                interval = intervals[period]
                if interval is None:
                    continue
                if first[row] == NO_DATE or interval[0] < first[row]:
                    first[row] = interval[0]
                last[row] = max(int(last[row]), interval[1])
        return first, last

    def add_flag(self, name: str, rows: Iterable[int]) -> bool:
        """Make ``is:NAME`` select ``rows`` (e.g. the user's bookmarks); False if it already did."""
        key, mask = normalise(name).replace(" ", ""), self.rows_mask(rows)
        if key in self.flags and np.array_equal(self.flags[key], mask):
            return False
        self.flags[key] = mask
        return True

    def mask(self, flt: Filter) -> np.ndarray:
        """The claims ``flt`` selects (negation applied)."""
        selected = self._FILTERS[flt.field](self, flt)
        return ~selected if flt.negate else selected

    def _speaker(self, flt: Filter) -> np.ndarray:
        return self.speakers.mask(lambda name: words_match(flt.value, name.split()))

    def _entity(self, flt: Filter) -> np.ndarray:
        def matches(name: str) -> bool:
            words = name.split()
            if words_match(flt.value, words) or acronym_match(flt.value, words):
                return True
            return any(words_match(flt.value, alias.split()) for alias in self.entity_aliases.get(name, ()))

        return self.entities.mask(matches)

    def _source(self, flt: Filter) -> np.ndarray:
        chosen = np.fromiter((bool(w) and words_match(flt.value, w) for w in self.article_words), bool)
        per_claim: np.ndarray = chosen[self.article_of]  # numpy types an indexing as Any
        return per_claim

    def _kind(self, flt: Filter) -> np.ndarray:
        codes = [i for i, kind in enumerate(CLAIM_KINDS) if names_value(kind, flt.value)]
        return np.isin(self.kind, codes)

    def _is(self, flt: Filter) -> np.ndarray:
        mask = np.zeros(self.count, dtype=bool)
        for name, rows in self.flags.items():
            if names_value(name, flt.value):
                mask |= rows
        return mask

    def _date(self, flt: Filter) -> np.ndarray:
        """The claims dated within the filter's days, or whose figures are for a time within them."""
        told = self._within(flt, self.first_day, self.last_day)
        mask: np.ndarray = told | self._within(flt, self.period_first, self.period_last)
        return mask

    @staticmethod
    def _within(flt: Filter, first_day: np.ndarray, last_day: np.ndarray) -> np.ndarray:
        mask: np.ndarray = first_day != NO_DATE
        if flt.first_day is not None:
            mask &= first_day >= flt.first_day
        if flt.last_day is not None:
            mask &= last_day <= flt.last_day
        return mask

    # query.FIELDS, each to the method that masks it
    _FILTERS: ClassVar[dict[str, Callable[[FieldIndex, Filter], np.ndarray]]] = {
        "speaker": _speaker,
        "entity": _entity,
        "source": _source,
        "kind": _kind,
        "is": _is,
        "date": _date,
    }
