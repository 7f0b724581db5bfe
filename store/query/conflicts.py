"""Which claims are in conflict: the one definition the app, the CLI and the exports use.

A claim is in conflict when a ``conflicts`` cross-reference names it at either end.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from corpus.model import XRef

CONFLICTS = "conflicts"
CORROBORATES = "corroborates"


@dataclass(frozen=True, slots=True)
class Conflicts:
    """The conflicting cross-references, strongest first, and how many name each claim."""

    links: tuple[XRef, ...]
    counts: Mapping[str, int]

    @classmethod
    def of(cls, xrefs: Iterable[XRef]) -> Conflicts:
        links = sorted((x for x in xrefs if x.relation == CONFLICTS), key=lambda x: -x.score)
        counts = Counter(claim_id for x in links for claim_id in (x.source, x.target))
        return cls(tuple(links), dict(counts))

    @property
    def claim_ids(self) -> frozenset[str]:
        return frozenset(self.counts)

    def count(self, claim_id: str) -> int:
        return self.counts.get(claim_id, 0)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self.counts


def conflicting_ids(xrefs: Iterable[XRef]) -> frozenset[str]:
    """The claims named by a ``conflicts`` link among ``xrefs``."""
    return Conflicts.of(xrefs).claim_ids


def relation_count(xrefs: Iterable[XRef], relation: str) -> int:
    """How many of one claim's ``xrefs`` are ``relation`` links (corroborating, conflicting)."""
    return sum(1 for x in xrefs if x.relation == relation)
