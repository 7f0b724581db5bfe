"""The search results: each claim with its matched characters highlighted,
then a dim line naming its source, date (≈ when estimated), speaker and kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from corpus.display import claim_when
from corpus.errors import FactscopeError
from corpus.model import Article, Claim
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

if TYPE_CHECKING:
    from store.query.reader import CorpusReader
    from store.search.rank import Hit

T = TypeVar("T")

DEFAULT_WIDTH = 76
TEXT_LINES = 2  # a result shows at most this many lines of claim text


class ResultList(OptionList):
    """Search hits as options whose ids are claim ids."""

    def show_hits(self, corpus: CorpusReader, hits: Sequence[Hit]) -> int:
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
    def _prompt(
        corpus: CorpusReader, claim: Claim, article: Article | None, spans: Sequence[tuple[int, int]], width: int
    ) -> Text:
        window, moved = excerpt(claim.text, list(spans), width * TEXT_LINES - 2)
        prompt = highlighted(window, moved)
        date, estimated = claim_when(claim, article)
        conflicted = relation_count(corpus.xrefs_for_claim(claim.id), CONFLICTS) > 0
        marks, when = kind_marks(claim), date_label(date, estimated) or "undated"
        conflict = f" · {CONFLICT_GLYPH} conflicts" if conflicted else ""
        # Source and speaker cut so the line fits the list (it wrapped at 80 columns); the
        # claim view has them whole.
        source_width, speaker_width = meta_widths(
            width - len(f"  {marks}  · {when} · {conflict}"), article_label(article), speaker_label(claim)
        )
        meta = Text("\n  ", end="")
        meta.append(marks, style=kind_style(claim) or "bold")
        meta.append(f" {shorten(article_label(article), source_width)}", style="italic")
        meta.append(f" · {when}")
        meta.append(f" · {shorten(speaker_label(claim), speaker_width)}")
        if conflict:
            meta.append(conflict, style="bold")
        meta.stylize("dim", 1)
        return prompt + meta

    @property
    def highlighted_claim_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None


SOURCE_MAX, SPEAKER_MAX, NAME_MIN = 30, 26, 8


def meta_widths(room: int, source: str, speaker: str) -> tuple[int, int]:
    """Widths for the source and speaker within ``room`` columns: each whole up to its
    maximum if it fits, else the room shared, the source first (never under ``NAME_MIN``)."""
    speaker_wanted = min(len(speaker), SPEAKER_MAX)
    source_width = min(len(source), SOURCE_MAX, max(room - speaker_wanted, room // 2, NAME_MIN))
    return source_width, max(min(room - source_width, SPEAKER_MAX), NAME_MIN)


def _lookup(getter: Callable[[str], T | None], key: str) -> T | None:
    try:
        return getter(key)
    except (LookupError, FactscopeError):
        return None
