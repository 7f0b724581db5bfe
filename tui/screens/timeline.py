"""Timeline (`t`): every dated claim in date order, to see the story move from
rumour (hedged, ?) through denial (✗) to confirmation (✔).

A claim without a date of its own is placed at its article's date, marked ≈
like every estimated date. The filter speaks the search box's language
(``kind:denial``, ``date:>2025``, ``speaker:shoigu``, ``-kind:forecast``, ...);
the events and the filter are the query layer's (``store.query.timeline``).
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.timer import Timer
from textual.widgets import Input, Static

from corpus.display import one_line
from store.query.timeline import Event, Events
from tui.commands.bindings import bindings
from tui.commands.views import TIMELINE_COMMANDS
from tui.data import queries_of, user_marks
from tui.screens.breakpoints import apply_breakpoints
from tui.screens.closing import app_closing
from tui.screens.filter_key import FilterKeyInBox
from tui.screens.one_frame import DrawsInOneFrame
from tui.widgets.footer import KeyBar
from tui.widgets.glyphs import counted
from tui.widgets.view_format import (
    HEDGED_GLYPH,
    KIND_GLYPHS,
    article_label,
    date_label,
    kind_marks,
    kind_style,
    legend,
    safe_text,
    shorten,
    speaker_label,
)
from tui.widgets.view_table import WHOLE, Column, ViewTable

STYLES = Path(__file__).parent.parent / "styles" / "views.tcss"
FILTER_DEBOUNCE_SECONDS = 0.08


ARC_STEPS = (  # (label, glyph, the claim's field, its value): how a story moves from rumour to confirmation
    ("rumour", HEDGED_GLYPH, "certainty", "hedged"),
    ("denied", KIND_GLYPHS["denial"], "kind", "denial"),
    ("confirmed", KIND_GLYPHS["confirmation"], "kind", "confirmation"),
)


def story_arc(events: Sequence[Event]) -> Text:
    """One line: when the shown claims were first a rumour, denied, confirmed."""
    arc = Text(end="")
    firsts = []  # (position in date order, label, glyph, event)
    for label, glyph, field, wanted in ARC_STEPS:
        position = first_with(events, field, wanted)
        if position is not None:
            firsts.append((position, label, glyph, events[position]))
    # in the order they happened: an arrow from a later date back to an earlier one misleads
    for _, label, glyph, first in sorted(firsts, key=lambda step: step[0]):
        if arc:
            arc.append(" → ", style="dim")
        arc.append(f"{glyph} {label} ", style="bold")
        arc.append(date_label(first.date, first.estimated))
    return arc or Text("No rumour, denial or confirmation among these claims", style="dim", end="")


def first_with(events: Sequence[Event], field: str, wanted: str) -> int | None:
    """The position of the first event whose claim's ``field`` is ``wanted``: from the view
    columns for the timeline's events (no event made), else read from each."""
    if isinstance(events, Events):
        return events.first_with(field, wanted)
    values = list(map(attrgetter(f"claim.{field}"), events))
    return values.index(wanted) if wanted in values else None


class TimelineScreen(FilterKeyInBox, DrawsInOneFrame, Screen[str | None]):
    """Dismisses with the claim id to open, or None on Escape."""

    BINDINGS = bindings(TIMELINE_COMMANDS)
    CSS_PATH = STYLES
    AUTO_FOCUS = "#timeline-table"  # focused as composed: moved in on_mount, it cost a second frame

    def __init__(self, data: Any, filter: str = "") -> None:
        super().__init__()
        self.data = data
        queries = queries_of(data)
        self.timeline = queries.timeline
        self.events, self.undated = self.timeline.events, self.timeline.undated
        self._problems: tuple[str, ...] = ()
        self.source_labels = queries.source_labels
        self.shown: Events | tuple[()] = ()
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
            suggester=SuggestFromList(self.timeline.words, case_sensitive=False),
        )
        yield Static(id="timeline-arc", classes="view-status", markup=False)
        yield ViewTable(id="timeline-table")
        yield Static(legend(), classes="view-legend", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        if app_closing(self):  # composed ahead as the app exits: its widgets are not all there
            return
        self.refresh_rows()

    def on_screen_resume(self) -> None:
        # The screen is kept between visits (FactscopeApp._kept_view): a filter left in the
        # box (a claim opened from it) may name bookmarks or notes changed since.
        if self.is_mounted and self.filter_text:
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
        shown = self.shown
        kept = int(shown.rows[table.cursor_row]) if isinstance(shown, Events) and shown and table.row_count else None
        filtered = self.timeline.apply(wanted, lambda: user_marks(getattr(self.data, "user", None)))
        self.shown, self._problems = filtered.events, filtered.problems
        wide = self.app.size.width >= 100
        columns = [  # at 80 columns too: where a claim comes from is half of what it is
            Column("date", "Date", 11),
            Column("marks", "", 3),
            Column("claim", "Claim"),
            # long ones are cut (at 80 columns, most): the highlighted row's are shown whole below
            Column("who", "Who", 24 if wide else 12, whole=2),
            Column("source", "Source", 20 if wide else 12, whole=1),
        ]
        # stay on the same claim when the filter or the width changes (found by its row of the
        # view columns: no event made)
        cursor = (filtered.events.position(kept) or 0) if kept is not None else 0
        table.set_rows(columns, len(self.shown), self._cells, cursor=cursor)
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
            "source" + WHOLE: safe_text(article_label(event.article), style="italic"),
        }

    def _title(self, wanted: str) -> None:
        """One line, what matters first: a line cut at 80 columns lost "Esc clears the filter"
        (and any note on the filter) after the counts and the filter's own text."""
        every = counted(len(self.events), "dated claim")
        if wanted and not self.shown:
            title = Text("Timeline — nothing matches “", end="")
            title.append(shorten(one_line(self.filter_text), 30))
            title.append("”: Esc clears the filter", style="bold")
        elif wanted:
            title = Text(f"Timeline — {len(self.shown)} of {every} about “", end="")
            title.append(shorten(one_line(self.filter_text), 30))
            title.append("”")
        else:
            title = Text(f"Timeline — {every}", end="")
        if wanted and self._problems:
            title.append(f"  note: {one_line(self._problems[0])}", style="dim")
        if wanted and not self.shown:
            title.append(f"  ({every})", style="dim")
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
        self.focus_filter_box(self.query_one("#timeline-filter", Input))

    def action_close(self) -> None:
        box = self.query_one("#timeline-filter", Input)
        if box.value:
            box.value = ""
            self.refresh_rows()
            self.query_one("#timeline-table", ViewTable).focus()
            return
        self.dismiss(None)
