"""The claims of the open article, in text order, each with its marks."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from corpus.model import Claim
from tui.widgets.glyphs import (
    BOOKMARK_GLYPH,
    BOOKMARK_STYLE,
    CONFLICT_STYLE,
    KIND_COLOURS,
    NOTE_GLYPH,
    kind_glyph,
    one_line,
)
from tui.widgets.hanging import Hanging

MARKS_WIDTH = 5  # kind, conflict, bookmark, note, a space


def claim_prompt(claim: Claim, *, conflicting: bool, bookmarked: bool, noted: bool) -> Hanging:
    """The marks in their own column, so wrapped lines of the text never run under them."""
    marks = Text()
    marks.append(kind_glyph(claim.kind), style=f"bold {KIND_COLOURS.get(claim.kind, '')}")
    marks.append("≠" if conflicting else " ", style=CONFLICT_STYLE)
    marks.append(BOOKMARK_GLYPH if bookmarked else " ", style=BOOKMARK_STYLE)
    marks.append(NOTE_GLYPH if noted else " ")
    text = Text(one_line(claim.text, 160))
    if claim.speaker:
        text.append(f"\n— {one_line(claim.speaker, 60)}", style="dim italic")
    marks.append(" " * (MARKS_WIDTH - len(marks)))
    return Hanging((marks, text))


class ClaimsList(OptionList):
    """Options are keyed by claim id; highlighting one selects it everywhere."""

    def set_claims(
        self, claims: list[Claim], *, conflicting: set[str], bookmarked: set[str], noted: set[str]
    ) -> None:
        self.set_options(
            Option(
                claim_prompt(
                    claim,
                    conflicting=claim.id in conflicting,
                    bookmarked=claim.id in bookmarked,
                    noted=claim.id in noted,
                ),
                id=claim.id,
            )
            for claim in claims
        )

    def highlighted_claim_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def highlight_claim(self, claim_id: str) -> None:
        try:
            index = self.get_option_index(claim_id)
        except OptionDoesNotExist:
            return
        if self.highlighted != index:
            # No echo: the caller already selected the claim. Echoes of keys that arrived
            # together (a held key) re-selected older claims, which echoed again, forever.
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index
