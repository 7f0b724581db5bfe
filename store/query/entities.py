"""Entities with the claims they made (as speaker) and the claims about them.

"Said" is matched by name: a claim whose speaker, folded, is the entity's
name or one of its aliases (the extraction resolves speakers to canonical
names). "About" is the claim's own entity list.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from corpus.display import claim_when
from corpus.model import Article, Claim, Entity, is_background
from store.query.ordering import date_key
from store.query.reader import CorpusReader


def _fold(name: str | None) -> str:
    return " ".join((name or "").casefold().split())


@dataclass(frozen=True, slots=True)
class EntityRow:
    entity: Entity
    said: tuple[Claim, ...]
    about: tuple[Claim, ...]  # mentions it, excluding what it said itself

    @property
    def claim_count(self) -> int:
        return len(self.said) + len(self.about)

    @property
    def figure_count(self) -> int:
        return sum(len(c.quantities) for c in (*self.said, *self.about))

    @property
    def other_names(self) -> tuple[str, ...]:
        """Its aliases without its own name (stored aliases may repeat it) or repeats."""
        seen = {_fold(self.entity.name)}
        names = []
        for alias in self.entity.aliases:
            if alias and _fold(alias) not in seen:
                seen.add(_fold(alias))
                names.append(alias)
        return tuple(names)

    def matches(self, folded: str) -> bool:
        return any(folded in _fold(name) for name in (self.entity.name, *self.entity.aliases))


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """Entity -> claims said / about, the most discussed first."""

    rows: tuple[EntityRow, ...]
    articles: Mapping[str, Article]

    @classmethod
    def of(cls, corpus: CorpusReader) -> EntityIndex:
        articles = {a.id: a for a in corpus.articles()}
        by_speaker: dict[str, list[Claim]] = defaultdict(list)
        mentions: dict[str, list[Claim]] = defaultdict(list)
        for claim in corpus.claims():
            if is_background(claim):
                continue  # not a claim: neither said nor about anyone in this view
            if claim.speaker:
                by_speaker[_fold(claim.speaker)].append(claim)
            for name in dict.fromkeys(claim.entities):
                mentions[name].append(claim)
        rows = []
        for entity in corpus.entities():
            names = {_fold(n) for n in (entity.name, *entity.aliases) if n}
            said = {c.id: c for n in names for c in by_speaker.get(n, ())}
            about = [c for c in mentions.get(entity.name, ()) if c.id not in said]
            rows.append(EntityRow(entity, _in_date_order(said.values(), articles), _in_date_order(about, articles)))
        rows.sort(key=lambda r: (-r.claim_count, r.entity.name.casefold()))
        return cls(tuple(rows), articles)

    def filtered(self, text: str) -> list[EntityRow]:
        folded = _fold(text)
        return [r for r in self.rows if r.matches(folded)] if folded else list(self.rows)


def _in_date_order(claims: Iterable[Claim], articles: Mapping[str, Article]) -> tuple[Claim, ...]:
    def key(claim: Claim) -> tuple[tuple[int, str], str, int]:
        date, _ = claim_when(claim, articles.get(claim.article_id))
        return (date_key(date), claim.article_id, claim.start)

    return tuple(sorted(claims, key=key))
