"""Browser-style back/forward over places in the corpus (an article, maybe a claim),
and the views a claim was opened from (Back from it returns to the view)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    article_id: str
    claim_id: str | None = None
    view: str | None = None  # "figures", "timeline", ...: going back there reopens that view
    view_options: tuple[tuple[str, str], ...] = ()  # where in it (the measure, the filter)


class History:
    """Two stacks: going somewhere new clears the forward stack, as in a browser."""

    def __init__(self, limit: int = 200) -> None:
        self.limit = limit
        self._back: list[Location] = []
        self._forward: list[Location] = []

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def visit(self, current: Location | None) -> None:
        """Remember ``current`` before jumping somewhere new."""
        if current is None:
            return
        if not self._back or self._back[-1] != current:
            self._back.append(current)
            del self._back[: -self.limit]
        self._forward.clear()

    def back(self, current: Location | None) -> Location | None:
        if not self._back:
            return None
        if current is not None and (not self._forward or self._forward[-1] != current):
            self._forward.append(current)
        return self._back.pop()

    def forward(self, current: Location | None) -> Location | None:
        if not self._forward:
            return None
        if current is not None:
            self._back.append(current)
        return self._forward.pop()
