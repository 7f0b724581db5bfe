"""Timeline (`t`): every dated claim in date order, to see the story move from
rumour (hedged, ?) through denial (✗) to confirmation (✔).

A claim without a date of its own is placed at its article's date, marked ≈
like every estimated date. The filter speaks the search box's language
(``kind:denial``, ``date:>2025``, ``speaker:shoigu``, ``-kind:forecast``, ...,
``store.search.query``); its free words must each appear in the claim's
entities (or their aliases), measures, subject, speaker, kind or date.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.timer import Timer
from textual.widgets import Input, Static

from corpus.model import Article, Claim
from tui.commands.bindings import bindings
from tui.commands.views import TIMELINE_COMMANDS
from tui.screens.breakpoints import apply_breakpoints
from tui.screens.filter_key import FilterKeyInBox
from tui.view_models import view_model
from tui.widgets.footer import KeyBar
from tui.widgets.glyphs import counted
from tui.widgets.view_figures_model import date_key
from tui.widgets.view_format import (
    HEDGED_GLYPH,
    KIND_GLYPHS,
    article_label,
    claim_date,
    date_label,
    kind_marks,
    kind_style,
    legend,
    one_line,
    safe_text,
    shorten,
    speaker_label,
)
from tui.widgets.view_table import Column, ViewTable

STYLES = Path(__file__).parent.parent / "styles" / "views.tcss"
FILTER_DEBOUNCE_SECONDS = 0.08


@dataclass(frozen=True, slots=True)
class Event:
    claim: Claim
    article: Article | None
    date: str
    estimated: bool
    conflicted: bool
    haystack: str  # folded words the filter looks in


def collect_events(corpus: Any) -> tuple[list[Event], int]:
    """Dated claims in date order, and how many claims had no date at all."""
    articles = {a.id: a for a in corpus.articles()}
    aliases = {e.name: [e.name, *e.aliases] for e in corpus.entities()}
    conflicted = {claim_id for x in corpus.xrefs() if x.relation == "conflicts" for claim_id in (x.source, x.target)}
    events, undated = [], 0
    for claim in corpus.claims():
        article = articles.get(claim.article_id)
        date, estimated = claim_date(claim, article)
        if not date:
            undated += 1
            continue
        # the date too, so "2025-04" keeps that month
        words = [date, claim.kind, claim.certainty, claim.speaker or "", claim.subject or ""]
        words += [name for entity in claim.entities for name in aliases.get(entity, [entity])]
        words += [q.measure or "" for q in claim.quantities]
        # Only matched against, never shown: folding is enough, no sanitising needed.
        haystack = "\n".join(" ".join(w.casefold().split()) for w in words if w)
        events.append(Event(claim, article, date, estimated, claim.id in conflicted, haystack))
    events.sort(key=lambda e: (date_key(e.date), e.estimated, e.claim.article_id, e.claim.start))
    return events, undated


ARC_STEPS = (  # (label, glyph, test): how a story moves from rumour to confirmation
    ("rumour", HEDGED_GLYPH, lambda c: c.certainty == "hedged"),
    ("denied", KIND_GLYPHS["denial"], lambda c: c.kind == "denial"),
    ("confirmed", KIND_GLYPHS["confirmation"], lambda c: c.kind == "confirmation"),
)


def story_arc(events: list[Event]) -> Text:
    """One line: when the shown claims were first a rumour, denied, confirmed."""
    arc = Text(end="")
    firsts = []  # (position in date order, label, glyph, event)
    for label, glyph, test in ARC_STEPS:
        found = next(((i, e) for i, e in enumerate(events) if test(e.claim)), None)
        if found is not None:
            firsts.append((found[0], label, glyph, found[1]))
    # in the order they happened: an arrow from a later date back to an earlier one misleads
    for _, label, glyph, first in sorted(firsts, key=lambda step: step[0]):
        if arc:
            arc.append(" → ", style="dim")
        arc.append(f"{glyph} {label} ", style="bold")
        arc.append(date_label(first.date, first.estimated))
    return arc or Text("No rumour, denial or confirmation among these claims", style="dim", end="")


class EventFilter:
    """The timeline's filter: the search grammar's filters over the events' claims."""

    def __init__(self, corpus: Any, events: list[Event]) -> None:
        from store.search.fields import FieldIndex

        self.events = events
        self.fields = FieldIndex([e.claim for e in events], corpus.articles(), corpus.xrefs(), corpus.entities())

    def apply(self, text: str, user: Any = None) -> tuple[list[Event], tuple[str, ...]]:
        """The events ``text`` keeps, and what in it could not be used (one line each)."""
        from store.search import parse_query

        parsed = parse_query(text)
        if parsed.is_empty:
            return list(self.events), parsed.problems
        if user is not None and any(f.field == "is" for f in parsed.filters):
            self._flag_user_marks(user)
        keep = None
        for flt in parsed.filters:
            mask = self.fields.mask(flt)
            keep = mask if keep is None else keep & mask
        terms = parsed.terms
        shown = [
            event
            for row, event in enumerate(self.events)
            if (keep is None or keep[row]) and all(term in event.haystack for term in terms)
        ]
        return shown, parsed.problems

    def _flag_user_marks(self, user: Any) -> None:
        from tui.data import bookmarked_ids, noted_ids

        rows = {e.claim.id: i for i, e in enumerate(self.events)}
        for flag, ids in (("bookmarked", bookmarked_ids(user)), ("noted", noted_ids(user))):
            self.fields.add_flag(flag, (rows[i] for i in ids if i in rows))


def filter_words(corpus: Any) -> list[str]:
    """What the filter box suggests: entity names and aliases, measures, subjects."""
    words = {name for e in corpus.entities() for name in (e.name, *e.aliases)}
    for claim in corpus.claims():
        words.update(q.measure for q in claim.quantities if q.measure)
        if claim.subject:
            words.add(claim.subject)
    return sorted((one_line(w) for w in words if w), key=str.casefold)


class TimelineScreen(FilterKeyInBox, Screen[str | None]):
    """Dismisses with the claim id to open, or None on Escape."""

    BINDINGS = bindings(TIMELINE_COMMANDS)
    CSS_PATH = STYLES
    AUTO_FOCUS = "#timeline-table"  # focused as composed: moved in on_mount, it cost a second frame

    def __init__(self, data: Any, filter: str = "") -> None:
        super().__init__()
        self.data = data
        self.events, self.undated, self._words, self._filter = view_model(data, "timeline")
        self._problems: tuple[str, ...] = ()
        self.source_labels: dict[str, str] = view_model(data, "sources")
        self.shown: list[Event] = []
        self._initial_filter = filter
        self._applied: str | None = None
        self._debounce: Timer | None = None
        self._drawn_width = 0

    def compose(self) -> ComposeResult:
        apply_breakpoints(self)
        yield Static(id="timeline-title", classes="view-title", markup=False)
        yield Input(
            value=self._initial_filter,
            placeholder="/ filter: words, kind:denial, date:>2025, -kind:forecast… (→ completes)",
            id="timeline-filter",
            classes="view-filter",
            suggester=SuggestFromList(self._words, case_sensitive=False),
        )
        yield Static(id="timeline-arc", classes="view-status", markup=False)
        yield ViewTable(id="timeline-table")
        yield Static(legend(), classes="view-legend", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_rows()

    def on_resize(self) -> None:
        if self._drawn_width != self.app.size.width:  # not for the first Resize: drawn for it already
            self.refresh_rows()

    @property
    def filter_text(self) -> str:
        return self.query_one("#timeline-filter", Input).value

    @property
    def filter_current(self) -> bool:
        """True once the rows shown reflect what is in the filter box."""
        return self._applied == self.filter_text

    @on(Input.Changed, "#timeline-filter")
    def _filter_changed(self) -> None:
        # Debounced: on 100k claims a refresh takes a noticeable moment; skip it for keys typed in a burst.
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(FILTER_DEBOUNCE_SECONDS, self.refresh_rows)

    @on(Input.Submitted, "#timeline-filter")
    def _filter_submitted(self) -> None:
        if not self.filter_current:  # Enter before the debounce: filter now
            self.refresh_rows()
        self.query_one("#timeline-table", ViewTable).focus()

    def refresh_rows(self) -> None:
        self._applied = self.filter_text
        self._drawn_width = self.app.size.width
        wanted = " ".join(self.filter_text.split())
        table = self.query_one("#timeline-table", ViewTable)
        keep = self.shown[table.cursor_row].claim.id if self.shown and table.row_count else None
        self.shown, self._problems = self._filter.apply(wanted, getattr(self.data, "user", None))
        wide = self.app.size.width >= 100
        columns = [  # at 80 columns too: where a claim comes from is half of what it is
            Column("date", "Date", 11),
            Column("marks", "", 3),
            Column("claim", "Claim"),
            Column("who", "Who", 24 if wide else 12),
            Column("source", "Source", 20 if wide else 12),
        ]
        ids = [e.claim.id for e in self.shown] if keep else []
        # stay on the same claim when the filter or the width changes
        table.set_rows(columns, len(self.shown), self._cells, cursor=ids.index(keep) if keep in ids else 0)
        self._title(wanted)
        self.query_one("#timeline-arc", Static).update(story_arc(self.shown))

    def _cells(self, row: int) -> dict[str, Text]:
        event = self.shown[row]
        claim = event.claim
        return {
            "date": Text(date_label(event.date, event.estimated), end=""),
            "marks": Text(kind_marks(claim, event.conflicted), style=kind_style(claim) or "bold", end=""),
            "claim": safe_text(claim.text),
            "who": safe_text(speaker_label(claim), style="" if claim.speaker else "dim"),
            "source": safe_text(
                self.source_labels.get(event.claim.article_id) or article_label(event.article), style="italic"
            ),
        }

    def _title(self, wanted: str) -> None:
        title = Text(f"Timeline — {counted(len(self.events), 'dated claim')}", end="")
        if wanted:
            title.append(f", {len(self.shown)} about “")
            title.append(shorten(one_line(self.filter_text), 30))
            title.append("”")
            if not self.shown:
                title.append("  nothing matches: Esc clears the filter", style="bold")
            if self._problems:
                title.append(f"  note: {one_line(self._problems[0])}", style="dim")
        if self.undated:
            title.append(f" ({self.undated} undated not shown)", style="dim")
        self.query_one("#timeline-title", Static).update(title)

    def view_state(self) -> dict[str, str]:
        """Where this view is, to come back to it (Back from a claim opened here)."""
        return {"filter": self.filter_text} if self.filter_text else {}

    # -- actions ---------------------------------------------------------------------------

    def action_open_claim(self) -> None:
        table = self.query_one("#timeline-table", ViewTable)
        if not self.shown or not 0 <= table.cursor_row < len(self.shown):
            self.app.bell()
            return
        self.dismiss(self.shown[table.cursor_row].claim.id)

    @on(ViewTable.RowSelected, "#timeline-table")
    def _row_selected(self) -> None:
        self.action_open_claim()

    def action_focus_filter(self) -> None:
        self.query_one("#timeline-filter", Input).focus()

    def action_close(self) -> None:
        box = self.query_one("#timeline-filter", Input)
        if box.value:
            box.value = ""
            self.refresh_rows()
            self.query_one("#timeline-table", ViewTable).focus()
            return
        self.dismiss(None)
