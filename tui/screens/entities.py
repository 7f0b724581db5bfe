"""Entities (`e`): each entity (type, aliases, claims), and for the highlighted
one the claims it made and the claims about it, with their figures.

Left the entities, most discussed first, with a filter; right the claims,
"said" before "about", each in date order. Enter opens the claim.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Container, Vertical
from textual.screen import Screen
from textual.widgets import Input, Static

from corpus.display import claim_when, one_line
from corpus.model import Claim
from store.query.entities import EntityIndex, EntityRow
from tui.commands.bindings import bindings
from tui.commands.views import ENTITIES_COMMANDS
from tui.data import queries_of
from tui.screens.breakpoints import apply_breakpoints
from tui.screens.closing import app_closing
from tui.screens.filter_key import FilterKeyInBox
from tui.screens.one_frame import DrawsInOneFrame
from tui.widgets.footer import KeyBar
from tui.widgets.glyphs import counted
from tui.widgets.view_format import (
    article_label,
    date_label,
    kind_marks,
    kind_style,
    quantity_label,
    safe_text,
    shorten,
)
from tui.widgets.view_table import Column, ViewTable

STYLES = Path(__file__).parent.parent / "styles" / "views.tcss"
WIDE_FROM = 140  # columns; below this the list stacks above the claims
SIDE_WIDTH = 46  # the entity list beside the claims (views.tcss #entities-side)
MEASURES_FROM = 140  # columns of claims table from which its figures say what they count
NAME_MIN, NAME_MAX = 12, 36  # the names' column when the list is as wide as the screen
TYPE_LABELS = {"organisation": "org."}
FIGURES_SCANNED = 200  # claims with figures read for the width of their column: a few screenfuls


class EntitiesScreen(FilterKeyInBox, DrawsInOneFrame, Screen[str | None]):
    """Dismisses with the claim id to open, or None on Escape."""

    BINDINGS = bindings(ENTITIES_COMMANDS)
    CSS_PATH = STYLES
    AUTO_FOCUS = "#entities-list"  # focused as composed: moved in on_mount, it cost a second frame
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE_FROM, "-wide")]

    def __init__(self, data: Any, entity: str | None = None) -> None:
        super().__init__()
        self.data = data
        queries = queries_of(data)
        self.index: EntityIndex = queries.entities
        self.source_labels = queries.source_labels
        self.listed: list[EntityRow] = list(self.index.rows)
        self.current: EntityRow | None = None
        self.claims: Sequence[tuple[str, Claim]] = []  # (role, claim) per row of the claims table
        self._wanted = entity
        self._figures_with_measure = True
        self.figures_only = False
        self._drawn_width = 0

    def compose(self) -> ComposeResult:
        apply_breakpoints(self)
        yield Static(
            Text(f"Entities — {len(self.index.rows)} people, countries, organisations and places", end=""),
            classes="view-title",
            markup=False,
        )
        with Container(classes="view-body"):
            with Vertical(classes="view-list", id="entities-side"):
                yield Input(placeholder="/ filter by name or alias", id="entities-filter", classes="view-filter")
                yield ViewTable(id="entities-list")
            with Vertical(classes="view-detail"):
                yield Static(id="entities-summary", markup=False)
                yield ViewTable(id="entities-claims")
        yield KeyBar()

    def on_mount(self) -> None:
        if app_closing(self):  # composed ahead as the app exits: its widgets are not all there
            return
        wanted = 0
        if self._wanted:
            names = [r.entity.name.casefold() for r in self.listed]
            wanted = names.index(self._wanted.casefold()) if self._wanted.casefold() in names else 0
        self._fill_list(wanted)
        if not self.listed:
            self._summary(Text("No entities in this corpus yet.", end=""))

    @property
    def stacked(self) -> bool:
        """The list above the claims (narrower than WIDE_FROM), as wide as the screen."""
        return self.app.size.width < WIDE_FROM

    def _fill_list(self, cursor: int = 0) -> None:
        columns = [
            Column("name", "Entity"),
            Column("type", "Type", 7),
            Column("aliases", "Al.", 3, "right"),
            # as wide as the most discussed entity's count: at 100k claims "12,500" was cut to "125…"
            Column(
                "claims", "Cl.", max(4, len(f"{self.index.rows[0].claim_count:,}") if self.index.rows else 4), "right"
            ),
        ]
        if self.stacked:  # the whole width: names as wide as they are, their other names beside
            longest = max((len(one_line(row.entity.name)) for row in self.listed), default=0)
            columns[0] = Column("name", "Entity", max(NAME_MIN, min(NAME_MAX, longest)))
            columns.append(Column("also", "Also known as"))
        self.query_one("#entities-list", ViewTable).set_rows(columns, len(self.listed), self._entity_cells, cursor)
        if self.listed:
            self.show_entity(self.listed[min(cursor, len(self.listed) - 1)])

    def _entity_cells(self, row: int) -> dict[str, Text]:
        entry = self.listed[row]
        return {
            "name": safe_text(entry.entity.name, style="bold"),
            "type": safe_text(TYPE_LABELS.get(entry.entity.type, entry.entity.type), style="dim"),
            "aliases": Text(str(len(entry.other_names)), end=""),
            "claims": Text(f"{entry.claim_count:,}", end=""),
            "also": safe_text(", ".join(entry.other_names), style="dim"),
        }

    @on(Input.Changed, "#entities-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.listed = self.index.filtered(event.value)
        self._fill_list()
        if not self.listed:
            self.current = None
            self.claims = []
            self.query_one("#entities-claims", ViewTable).set_rows([], 0, lambda row: {})
            self._summary(Text("No entity has that name or alias: Esc clears the filter", style="bold", end=""))

    @on(Input.Submitted, "#entities-filter")
    def _filter_submitted(self) -> None:
        self.query_one("#entities-list", ViewTable).focus()

    @on(ViewTable.RowHighlighted, "#entities-list")
    def _entity_highlighted(self, event: ViewTable.RowHighlighted) -> None:
        if 0 <= event.row < len(self.listed) and self.listed[event.row] is not self.current:
            self.show_entity(self.listed[event.row])

    @on(ViewTable.RowSelected, "#entities-list")
    def _entity_selected(self) -> None:
        self.query_one("#entities-claims", ViewTable).focus()

    def show_entity(self, row: EntityRow) -> None:
        self.current = row
        self._drawn_width = self.app.size.width
        # each claim made as its row is drawn: an entity may be in tens of thousands
        self.claims = row.claims(self.figures_only)
        table_width = self.app.size.width - (SIDE_WIDTH if self.app.size.width >= WIDE_FROM else 0)
        wide = table_width >= 100
        # what the values count only where the claims keep room (at 120 columns they had 42)
        self._figures_with_measure = table_width >= MEASURES_FROM
        # As wide as this entity's figures need (none: just its header), within bounds:
        # a fixed 26 stood mostly empty while the claims were cut at 42 columns.
        needed = self._figures_width(row, 26 if self._figures_with_measure else 17)
        columns = [
            Column("role", "Role", 5),
            Column("date", "Date", 11),
            Column("marks", "", 3),
            Column("figures", "Figures", max(len("Figures"), min(26 if self._figures_with_measure else 17, needed))),
            Column("claim", "Claim"),
        ]
        if wide:
            columns.append(Column("source", "Source", 20))
        self.query_one("#entities-claims", ViewTable).set_rows(columns, len(self.claims), self._claim_cells)
        self._summary(self._summary_text(row))

    def on_resize(self) -> None:
        if self.current is not None and self._drawn_width != self.app.size.width:
            table = self.query_one("#entities-list", ViewTable)
            self._fill_list(table.cursor_row)  # its columns follow the layout too

    def _claim_cells(self, number: int) -> dict[str, Text]:
        role, claim = self.claims[number]
        article = self.index.articles.get(claim.article_id)
        date, estimated = claim_when(claim, article)
        figures = self._figures_label(claim)
        return {
            "role": Text(role, style="bold" if role == "said" else "dim", end=""),
            "date": Text(date_label(date, estimated) or "undated", end=""),
            "marks": Text(kind_marks(claim), style=kind_style(claim) or "bold", end=""),
            "figures": safe_text(figures, style="bold"),
            "claim": safe_text(claim.text),
            "source": safe_text(self.source_labels.get(claim.article_id) or article_label(article), style="italic"),
        }

    def _figures_width(self, row: EntityRow, most: int) -> int:
        """The longest figures label among the entity's claims, up to ``most``; only the first
        ``FIGURES_SCANNED`` claims with figures are read (a label longer than the column is cut)."""
        needed = 0
        for claims in (row.said, row.about):
            for position in claims.with_figures()[:FIGURES_SCANNED].tolist():
                needed = max(needed, len(self._figures_label(claims[position])))
                if needed >= most:
                    return needed
        return needed

    def _figures_label(self, claim: Claim) -> str:
        # Narrow: the values only ("600 · 4,100"); the claim beside them says what they count.
        return " · ".join(
            f"{quantity_label(q)} {one_line(q.measure) if self._figures_with_measure else ''}".strip()
            for q in claim.quantities
        )

    def _summary_text(self, row: EntityRow) -> Text:
        entity = row.entity
        text = safe_text(entity.name, style="bold")
        text.append(f"  {one_line(entity.type)}", style="italic")
        text.append(f"  said {len(row.said):,} · about {len(row.about):,} · {counted(row.figure_count, 'figure')}")
        if self.figures_only:
            text.append("  (claims with figures only: g shows all)", style="dim")
        if row.other_names:
            text.append("\nalso: ", style="dim")
            text.append(shorten(one_line(", ".join(row.other_names)), 200), style="dim")
        return text

    def _summary(self, text: Text) -> None:
        self.query_one("#entities-summary", Static).update(text)

    def view_state(self) -> dict[str, str]:
        """Where this view is, to come back to it (Back from a claim opened here)."""
        return {"entity": self.current.entity.name} if self.current is not None else {}

    # -- actions ---------------------------------------------------------------------------

    def action_open_claim(self) -> None:
        if self.focused is not self.query_one("#entities-claims", ViewTable):
            self.query_one("#entities-claims", ViewTable).focus()
            return
        self._open_highlighted()

    @on(ViewTable.RowSelected, "#entities-claims")
    def _claim_selected(self) -> None:
        self._open_highlighted()

    def _open_highlighted(self) -> None:
        table = self.query_one("#entities-claims", ViewTable)
        if not self.claims or not 0 <= table.cursor_row < len(self.claims):
            self.app.bell()
            return
        self.dismiss(self.claims[table.cursor_row][1].id)

    def action_toggle_figures(self) -> None:
        self.figures_only = not self.figures_only
        if self.current is not None:
            self.show_entity(self.current)

    def action_focus_filter(self) -> None:
        self.focus_filter_box(self.query_one("#entities-filter", Input))

    def action_close(self) -> None:
        box = self.query_one("#entities-filter", Input)
        if box.value:
            box.value = ""
            self.query_one("#entities-list", ViewTable).focus()
            return
        self.dismiss(None)
