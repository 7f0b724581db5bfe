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


def claim_prompt(claim: Claim, *, conflicting: bool, bookmarked: bool, noted: bool) -> Text:
    prompt = Text()
    prompt.append(kind_glyph(claim.kind), style=f"bold {KIND_COLOURS.get(claim.kind, '')}")
    prompt.append("≠" if conflicting else " ", style=CONFLICT_STYLE)
    prompt.append(BOOKMARK_GLYPH if bookmarked else " ", style=BOOKMARK_STYLE)
    prompt.append(NOTE_GLYPH if noted else " ")
    prompt.append(" ")
    prompt.append(one_line(claim.text, 160))
    if claim.speaker:
        prompt.append(f"\n     — {one_line(claim.speaker, 60)}", style="dim italic")
    return prompt


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
            self.highlighted = index
