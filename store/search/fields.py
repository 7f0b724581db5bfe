"""Per-claim field arrays and the filters that read them.

Every filter becomes a boolean mask over the claim rows; masks combine with
``&``. Text-valued fields (speaker, source, entity) are matched on folded
words: every word of the filter value must begin a word of the field value,
in any order, so ``speaker:shoigu``, ``speaker:"sergei sh"`` and
``source:"washington post"`` all do what they say. A claim's date is its own
``date`` or, failing that, its article's ``published``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from corpus.model import CLAIM_KINDS, Article, Claim, Entity, XRef
from store.search.dates import date_interval
from store.search.normalise import normalise, normalise_many
from store.search.query import Filter
from store.search.terms import TermIndex

NO_DATE = np.iinfo(np.int32).min
# is:NAME flags built from the corpus; callers may add their own (is:bookmarked).
FLAG_RELATIONS = {"conflict": "conflicts", "corroborated": "corroborates", "updated": "updates"}


def words_match(value: str, words: Sequence[str]) -> bool:
    """Every word of ``value`` begins one of ``words`` (``value`` is folded)."""
    return all(any(w.startswith(v) for w in words) for v in value.split())


_ACRONYM_SKIP = {"of", "the", "and", "for", "s"}


def acronym_match(value: str, name_words: list[str]) -> bool:
    """``value`` is (part of) the name's initials: entity:nis finds "South Korean
    National Intelligence Service". Three letters at least, or "us" finds all."""
    initials = "".join(w[0] for w in name_words if w not in _ACRONYM_SKIP)
    return len(value) >= 3 and " " not in value and len(initials) >= 2 and value in initials


class _FoldCache:
    """Names repeat across claims: fold each distinct one once."""

    def __init__(self) -> None:
        self._folded: dict[str, str] = {}

    def names(self, names) -> list[str]:
        out = []
        for name in names:
            if not name:
                continue
            folded = self._folded.get(name)
            if folded is None:
                folded = self._folded[name] = normalise(name)
            if folded:
                out.append(folded)
        return out


class FieldIndex:
    def __init__(self, claims: Sequence[Claim], articles: Sequence[Article],
                 xrefs: Sequence[XRef] | None = None, entities: Sequence[Entity] | None = None) -> None:
        count = len(claims)
        self.count = count
        article_row = {a.id: i for i, a in enumerate(articles)}
        self.article_of = np.fromiter((article_row.get(c.article_id, -1) for c in claims), np.int32, count)
        self.article_words = [
            normalise(" ".join(filter(None, (a.title, a.outlet)))).split() for a in articles
        ]
        kind_code = {kind: i for i, kind in enumerate(CLAIM_KINDS)}
        self.kind = np.fromiter((kind_code.get(c.kind, 255) for c in claims), np.uint8, count)
        fold = _FoldCache()
        self.speakers = TermIndex.build(fold.names([c.speaker, *c.speaker_chain]) for c in claims)
        self.entities = TermIndex.build(fold.names(c.entities) for c in claims)
        self.entity_aliases = self._aliases(entities or ())
        self.first_day, self.last_day = self._dates(claims, articles)
        rows = {c.id: i for i, c in enumerate(claims)}
        self.flags: dict[str, np.ndarray] = {}
        for flag, relation in FLAG_RELATIONS.items():
            ids = [end for x in (xrefs or ()) if x.relation == relation for end in (x.source, x.target)]
            self.flags[flag] = self.rows_mask(rows[i] for i in ids if i in rows)
        self.flags["hedged"] = np.fromiter((c.certainty == "hedged" for c in claims), bool, count)
        self.flags["quantified"] = np.fromiter((bool(c.quantities) for c in claims), bool, count)
        self.flags["unattributed"] = np.fromiter((c.speaker is None for c in claims), bool, count)

    def rows_mask(self, rows) -> np.ndarray:
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
        published = [date_interval(a.published) for a in articles]
        first = np.full(self.count, NO_DATE, dtype=np.int32)
        last = np.full(self.count, NO_DATE, dtype=np.int32)
        intervals: dict[str | None, tuple[int, int] | None] = {}
        for row, claim in enumerate(claims):
            if claim.date not in intervals:
                intervals[claim.date] = date_interval(claim.date)
            interval = intervals[claim.date]
            if interval is None and self.article_of[row] >= 0:
                interval = published[self.article_of[row]]
            if interval is not None:
                first[row], last[row] = interval
        return first, last

    def add_flag(self, name: str, rows) -> None:
        """Make ``is:NAME`` select ``rows`` (e.g. the user's bookmarks)."""
        self.flags[normalise(name).replace(" ", "")] = self.rows_mask(rows)

    def mask(self, flt: Filter) -> np.ndarray:
        """The claims ``flt`` selects (negation applied)."""
        selected = getattr(self, f"_{flt.field}")(flt)
        return ~selected if flt.negate else selected

    def _names_mask(self, names: TermIndex, matches) -> np.ndarray:
        ids = np.fromiter((i for i, n in enumerate(names.vocab) if n and matches(n)), np.int64)
        return names.dense_strengths(ids, np.full(len(ids), 1, np.uint8)) > 0

    def _speaker(self, flt: Filter) -> np.ndarray:
        return self._names_mask(self.speakers, lambda name: words_match(flt.value, name.split()))

    def _entity(self, flt: Filter) -> np.ndarray:
        def matches(name: str) -> bool:
            words = name.split()
            if words_match(flt.value, words) or acronym_match(flt.value, words):
                return True
            return any(words_match(flt.value, alias.split()) for alias in self.entity_aliases.get(name, ()))

        return self._names_mask(self.entities, matches)

    def _source(self, flt: Filter) -> np.ndarray:
        chosen = np.fromiter((words_match(flt.value, w) for w in self.article_words), bool, len(self.article_words))
        chosen = np.append(chosen, False)  # row -1: a claim whose article is unknown
        return chosen[self.article_of]

    def _kind(self, flt: Filter) -> np.ndarray:
        codes = [i for i, kind in enumerate(CLAIM_KINDS) if kind.startswith(flt.value.replace(" ", ""))]
        return np.isin(self.kind, codes)

    def _is(self, flt: Filter) -> np.ndarray:
        mask = np.zeros(self.count, dtype=bool)
        for name, rows in self.flags.items():
            if name.startswith(flt.value.replace(" ", "")):
                mask |= rows
        return mask

    def _date(self, flt: Filter) -> np.ndarray:
        mask = self.first_day != NO_DATE
        if flt.first_day is not None:
            mask &= self.first_day >= flt.first_day
        if flt.last_day is not None:
            mask &= self.last_day <= flt.last_day
        return mask

    def known_values(self, field: str) -> list[str]:
        """What ``kind:`` / ``is:`` accept, for completion and error notes."""
        return list(CLAIM_KINDS) if field == "kind" else sorted(self.flags)
