"""The search results: each claim with its matched characters highlighted,
then a dim line naming its source, date (≈ when estimated), speaker and kind."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from corpus.display import claim_when
from corpus.errors import FactscopeError
from store.query.conflicts import CONFLICTS, relation_count
from tui.widgets.view_format import (
    CONFLICT_GLYPH,
    article_label,
    date_label,
    excerpt,
    highlighted,
    kind_marks,
    kind_style,
    shorten,
    speaker_label,
)

DEFAULT_WIDTH = 76
TEXT_LINES = 2  # a result shows at most this many lines of claim text


class ResultList(OptionList):
    """Search hits as options whose ids are claim ids."""

    def show_hits(self, corpus: Any, hits: Sequence[Any]) -> int:
        """Replace the options with ``hits``; returns how many were shown."""
        width = max((self.scrollable_content_region.width or DEFAULT_WIDTH) - 2, 20)
        options = []
        for hit in hits:
            claim = _lookup(corpus.claim, hit.claim_id)
            if claim is None:  # the index is newer or older than the corpus: skip, don't crash
                continue
            article = _lookup(corpus.article, claim.article_id)
            options.append(Option(self._prompt(corpus, claim, article, hit.spans, width), id=claim.id))
        self.set_options(options)
        self.highlighted = 0 if options else None
        return len(options)

    @staticmethod
    def _prompt(corpus: Any, claim: Any, article: Any, spans: Sequence[tuple[int, int]], width: int) -> Text:
        window, moved = excerpt(claim.text, list(spans), width * TEXT_LINES - 2)
        prompt = highlighted(window, moved)
        date, estimated = claim_when(claim, article)
        conflicted = relation_count(_xrefs(corpus, claim.id), CONFLICTS) > 0
        meta = Text("\n  ", end="")
        meta.append(kind_marks(claim), style=kind_style(claim) or "bold")
        # Cut so the line fits under the claim at 80 columns; the claim view has them whole.
        meta.append(f" {shorten(article_label(article), 30)}", style="italic")
        meta.append(f" · {date_label(date, estimated) or 'undated'}")
        meta.append(f" · {shorten(speaker_label(claim), 26)}")
        if conflicted:
            meta.append(f" · {CONFLICT_GLYPH} conflicts", style="bold")
        meta.stylize("dim", 1)
        return prompt + meta

    @property
    def highlighted_claim_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None


def _lookup(getter: Any, key: str) -> Any:
    try:
        return getter(key)
    except (LookupError, FactscopeError):
        return None


def _xrefs(corpus: Any, claim_id: str) -> list[Any]:
    lookup = getattr(corpus, "xrefs_for_claim", None)
    return list(lookup(claim_id)) if lookup else []
