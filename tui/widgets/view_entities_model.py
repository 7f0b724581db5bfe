"""Entities with the claims they made (as speaker) and the claims about them.

"Said" is matched by name: a claim whose speaker, folded, is the entity's
name or one of its aliases (the extraction resolves speakers to canonical
names). "About" is the claim's own entity list.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from corpus.model import Article, Claim, Entity
from tui.widgets.view_figures_model import date_key
from tui.widgets.view_format import claim_date


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


class EntityIndex:
    """Built once per view from the corpus: entity -> claims said / about."""

    def __init__(self, corpus: Any) -> None:
        self.articles: dict[str, Article] = {a.id: a for a in corpus.articles()}
        claims = list(corpus.claims())
        by_speaker: dict[str, list[Claim]] = defaultdict(list)
        mentions: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            if claim.speaker:
                by_speaker[_fold(claim.speaker)].append(claim)
            for name in dict.fromkeys(claim.entities):
                mentions[name].append(claim)
        self.rows: list[EntityRow] = []
        for entity in corpus.entities():
            names = {_fold(n) for n in (entity.name, *entity.aliases) if n}
            said = {c.id: c for n in names for c in by_speaker.get(n, ())}
            about = [c for c in mentions.get(entity.name, ()) if c.id not in said]
            self.rows.append(EntityRow(entity, self._ordered(said.values()), self._ordered(about)))
        self.rows.sort(key=lambda r: (-r.claim_count, r.entity.name.casefold()))

    def _ordered(self, claims: Any) -> tuple[Claim, ...]:
        def key(claim: Claim) -> tuple:
            date, _ = claim_date(claim, self.articles.get(claim.article_id))
            return (date_key(date), claim.article_id, claim.start)

        return tuple(sorted(claims, key=key))

    def filtered(self, text: str) -> list[EntityRow]:
        folded = _fold(text)
        return [r for r in self.rows if r.matches(folded)] if folded else list(self.rows)
