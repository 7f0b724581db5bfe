"""Under the selected claim: its facts, then its cross-references grouped by relation.

Each cross-reference names the other source and shows the other claim's
text and the reason for the link, so figures compare without leaving the
page. Enter on one opens the other article at that claim.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from corpus.display import claim_date_label, one_line
from corpus.model import RELATIONS, Article, Claim, XRef
from tui.widgets.glyphs import (
    BOOKMARK_GLYPH,
    KIND_COLOURS,
    NOTE_GLYPH,
    RELATION_COLOURS,
    kind_glyph,
    own_date_label,
    relation_glyph,
    source_label,
)
from tui.widgets.hanging import Hanging
from tui.widgets.heading import ClampedText

# Directed relations read differently from the other end.
_REVERSED = {"updates": "updated by", "cites": "cited by"}
OTHER_TEXT_LIMIT = 600  # characters; claims run to ~350, a figure can come last
REASON_LIMIT = 400  # characters; the pipeline's reasons run to ~230
LINK_INDENT = 4  # the other claim's text and the reason, under its source
FACTS_LINES = 8  # the facts box's lines (main.tcss: max-height 9, one of them its top border)
_OPENING_QUOTES = "“‘\"'«„"


@dataclass(frozen=True, slots=True)
class Link:
    """One cross-reference seen from the selected claim."""

    relation: str
    label: str  # "conflicts", "updated by", ...
    other: Claim
    other_article: Article | None
    xref: XRef


def links_for(claim: Claim, xrefs: list[XRef], lookup: Callable[[str], Claim | None], article_of) -> list[Link]:
    links = []
    for xref in xrefs:
        outgoing = xref.source == claim.id
        other = lookup(xref.target if outgoing else xref.source)
        if other is None:
            continue
        label = xref.relation if outgoing else _REVERSED.get(xref.relation, xref.relation)
        links.append(Link(xref.relation, label, other, article_of(other.article_id), xref))
    order = {relation: index for index, relation in enumerate(RELATIONS)}
    links.sort(key=lambda link: (order.get(link.relation, len(order)), -link.xref.score))
    return links


def quantity_line(claim: Claim) -> str:
    parts = []
    for quantity in claim.quantities:
        part = one_line(quantity.text, 40)
        if quantity.measure:
            part += f" ({one_line(quantity.measure, 30)})"
        parts.append(part)
    return "; ".join(parts)


def facts_text(
    claim: Claim, article: Article | None, *, bookmarked: bool, note: str | None, credibility: str = ""
) -> Text:
    text = Text()
    text.append(f"{kind_glyph(claim.kind)} {claim.kind}", style=f"bold {KIND_COLOURS.get(claim.kind, '')}")
    text.append(f" · {claim.certainty}")
    date = own_date_label(claim)
    if date:
        text.append(f" · {date}")
    elif article is not None and article.published:  # as the views place it: ≈ its article's date
        text.append(f" · ≈{one_line(article.published, 20)} (article's date)")
    if bookmarked:
        text.append(f"  {BOOKMARK_GLYPH} bookmarked", style="yellow")
    rows = [
        ("Speaker", one_line(claim.speaker, 80) if claim.speaker else "unattributed"),
        (
            "Via",
            " ← ".join(one_line(name, 40) for name in claim.speaker_chain) if len(claim.speaker_chain) > 1 else "",
        ),
        ("Figures", quantity_line(claim)),
        ("About", one_line(claim.subject, 60) if claim.subject else ""),
        ("Source", source_label(article, 60)),
        (f"{NOTE_GLYPH} Note", one_line(note, 200) if note else ""),
        ("Origins", credibility),  # last: the box is clamped, and the user's note matters more
    ]
    for label, value in rows:
        if value:
            text.append(f"\n{label}: ", style="bold")
            text.append(value)
    return text


def link_prompt(link: Link) -> Hanging:
    """The other source on one line; its claim and the reason indented under it, wrapped lines too."""
    heading = Text()
    heading.append(relation_glyph(link.relation), style=f"bold {RELATION_COLOURS.get(link.relation, '')}")
    heading.append(f" {source_label(link.other_article, 40)}", style="bold")
    date = claim_date_label(link.other, link.other_article)
    if date:
        heading.append(f" · {date}", style="dim")
    other_text = one_line(link.other.text, OTHER_TEXT_LIMIT)  # whole, so its figures can be compared
    # quoted as the other source's words, unless the claim is itself a quotation (no ““…”)
    body = Text(other_text if other_text[:1] in _OPENING_QUOTES else f"“{other_text}”")
    # in full up to a sanity bound: the verdict ("— later figure") comes last
    body.append(f"\nwhy: {one_line(link.xref.reason, REASON_LIMIT)} ({link.xref.score:.2f})", style="dim italic")
    return Hanging(("  ", heading), (" " * LINK_INDENT, body))


def header_prompt(relation: str, label: str, count: int) -> Text:
    return Text(
        f"{relation_glyph(relation)} {label} ({count})",
        style=f"bold {RELATION_COLOURS.get(relation, '')}",
    )


class XRefList(OptionList):
    """Cross-references under group headers; headers are disabled options."""

    # OptionList's own (hidden) Enter would hide the screen's "Follow" from the footer and
    # help right where it applies; the shared id lets keymaps move both together.
    BINDINGS = [Binding("enter", "select", "Follow", id="xref.follow")]

    class Follow(Message):
        def __init__(self, claim_id: str) -> None:
            self.claim_id = claim_id
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.targets: dict[str, str] = {}  # option id -> the other claim's id

    def set_links(self, links: list[Link]) -> None:
        options: list[Option] = []
        self.targets = {}
        group: tuple[str, str] | None = None
        for index, link in enumerate(links):
            if (link.relation, link.label) != group:
                group = (link.relation, link.label)
                count = sum(1 for other in links if (other.relation, other.label) == group)
                options.append(Option(header_prompt(link.relation, link.label, count), disabled=True))
            option_id = f"x{index}"
            self.targets[option_id] = link.other.id
            options.append(Option(link_prompt(link), id=option_id))
        if not links:
            options.append(Option(Text("No cross-references for this claim.", style="dim"), disabled=True))
        self.set_options(options)
        first = next((index for index, option in enumerate(options) if not option.disabled), None)
        self.highlighted = first

    def scroll_to_highlight(self, top: bool = False) -> None:
        super().scroll_to_highlight(top)
        # A link taller than the pane scrolled its group header ("≠ conflicts (2)") out of
        # view; for the first link, show the list from the top instead.
        first = next((index for index, option in enumerate(self.options) if not option.disabled), None)
        if first is not None and self.highlighted == first:
            self.scroll_home(animate=False, immediate=True)

    def highlighted_target(self) -> str | None:
        option = self.highlighted_option
        if option is None or option.disabled or option.id is None:
            return None
        return self.targets.get(option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = self.targets.get(event.option.id or "")
        if target is not None:
            self.post_message(self.Follow(target))


@dataclass(frozen=True, slots=True)
class ClaimView:
    """What the detail pane shows of one claim."""

    claim: Claim
    article: Article | None
    links: list[Link]
    bookmarked: bool
    note: str | None


class ClaimDetail(Vertical):
    """The selected claim's facts above its cross-references.

    ``selected_id`` is bound to the screen's selected claim (``data_bind``); ``describe``
    (the screen's) says what to show of it. ``refresh_claim`` redraws after its marks change.
    """

    selected_id: reactive[str | None] = reactive(None, init=False, repaint=False)  # its parts redraw themselves

    def __init__(
        self, describe: Callable[[str | None], ClaimView | None], *, id: str | None = None, held: bool = False
    ) -> None:
        super().__init__(id=id)
        self._describe = describe
        # Held: left empty until ``release`` (the browser's first useful frame shows the sources, the
        # article and its claims; the selected claim's facts and links are drawn in the next one).
        self._held = held

    def compose(self):
        yield Static(id="claim-facts", markup=False)
        yield XRefList(id="xrefs")

    def on_mount(self) -> None:
        self.refresh_claim()

    def watch_selected_id(self) -> None:
        self.refresh_claim()

    @property
    def held(self) -> bool:
        return self._held

    def release(self) -> None:
        """Draw the selected claim from now on (see ``held``)."""
        if self._held:
            self._held = False
            self.refresh_claim()

    def refresh_claim(self) -> None:
        if not self.children or self._held:  # not composed yet: on_mount draws it; held: release does
            return
        facts = self.query_one("#claim-facts", Static)
        view = self._describe(self.selected_id)
        if view is None:
            facts.update(Text("No claim selected (this article may have none).", style="dim"))
            self.query_one(XRefList).set_links([])
            return
        from corpus.xref.origins import assess  # not needed before the first useful frame

        claim, article, links = view.claim, view.article, view.links
        credibility = assess(claim, article, [(link.relation, link.other, link.other_article) for link in links])
        text = facts_text(
            claim, article, bookmarked=view.bookmarked, note=view.note, credibility=credibility.explanation
        )
        facts.update(ClampedText(text, FACTS_LINES))
        self.query_one(XRefList).set_links(links)
