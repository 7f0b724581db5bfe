"""Entities (`e`): each entity (type, aliases, claims), and for the highlighted
one the claims it made and the claims about it, with their figures.

Left the entities, most discussed first, with a filter; right the claims,
"said" before "about", each in date order. Enter opens the claim.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Container, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from corpus.model import Claim
from tui.commands.base import bindings
from tui.commands.views import ENTITIES_COMMANDS
from tui.widgets.view_entities_model import EntityIndex, EntityRow
from tui.widgets.view_format import (
    article_label,
    claim_date,
    date_label,
    kind_marks,
    kind_style,
    one_line,
    quantity_label,
    safe_text,
    shorten,
)

STYLES = Path(__file__).parent.parent / "styles" / "views.tcss"
WIDE_FROM = 140  # columns; below this the list stacks above the claims
SIDE_WIDTH = 46  # the entity list beside the claims (views.tcss #entities-side)
TYPE_LABELS = {"organisation": "org."}


class EntitiesScreen(Screen[str | None]):
    """Dismisses with the claim id to open, or None on Escape."""

    BINDINGS = bindings(ENTITIES_COMMANDS)
    CSS_PATH = STYLES
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE_FROM, "-wide")]

    def __init__(self, data: Any, entity: str | None = None) -> None:
        super().__init__()
        self.data = data
        self.index = EntityIndex(data.corpus)
        self.listed: list[EntityRow] = list(self.index.rows)
        self.current: EntityRow | None = None
        self.claims: list[tuple[str, Claim]] = []  # (role, claim) per row of the claims table
        self._wanted = entity

    def compose(self) -> ComposeResult:
        yield Static(
            Text(f"Entities — {len(self.index.rows)} people, countries, organisations and places", end=""),
            classes="view-title",
            markup=False,
        )
        with Container(classes="view-body"):
            with Vertical(classes="view-list", id="entities-side"):
                yield Input(placeholder="/ filter by name or alias", id="entities-filter", classes="view-filter")
                yield DataTable(id="entities-list", cursor_type="row")
            with Vertical(classes="view-detail"):
                yield Static(id="entities-summary", markup=False)
                yield DataTable(id="entities-claims", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        entities = self.query_one("#entities-list", DataTable)
        for label, key in (("Entity", "name"), ("Type", "type"), ("Al.", "aliases"), ("Cl.", "claims")):
            entities.add_column(label, key=key)
        self._fill_list()
        if self._wanted:
            names = [r.entity.name.casefold() for r in self.listed]
            if self._wanted.casefold() in names:
                entities.move_cursor(row=names.index(self._wanted.casefold()))
        if self.listed:
            self.show_entity(self.listed[entities.cursor_row])
        else:
            self._summary(Text("No entities in this corpus yet.", end=""))
        entities.focus()

    def _fill_list(self) -> None:
        entities = self.query_one("#entities-list", DataTable)
        entities.clear()
        for number, row in enumerate(self.listed):
            entities.add_row(
                safe_text(shorten(one_line(row.entity.name), 22), style="bold"),
                Text(TYPE_LABELS.get(row.entity.type, row.entity.type), style="dim", end=""),
                Text(str(len(row.entity.aliases)), justify="right", end=""),
                Text(str(row.claim_count), justify="right", end=""),
                key=str(number),
            )

    @on(Input.Changed, "#entities-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.listed = self.index.filtered(event.value)
        self._fill_list()
        if self.listed:
            self.show_entity(self.listed[0])
        else:
            self.current = None
            self.claims = []
            self.query_one("#entities-claims", DataTable).clear()
            self._summary(Text("No entity has that name or alias: Esc clears the filter", style="bold", end=""))

    @on(Input.Submitted, "#entities-filter")
    def _filter_submitted(self) -> None:
        self.query_one("#entities-list", DataTable).focus()

    @on(DataTable.RowHighlighted, "#entities-list")
    def _entity_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.listed) and self.listed[event.cursor_row] is not self.current:
            self.show_entity(self.listed[event.cursor_row])

    @on(DataTable.RowSelected, "#entities-list")
    def _entity_selected(self) -> None:
        self.query_one("#entities-claims", DataTable).focus()

    def show_entity(self, row: EntityRow) -> None:
        self.current = row
        self.claims = [("said", c) for c in row.said] + [("about", c) for c in row.about]
        table = self.query_one("#entities-claims", DataTable)
        table.clear(columns=True)
        width = self.app.size.width - (SIDE_WIDTH if self.app.size.width >= WIDE_FROM else 0)
        wide = width >= 100
        figures_width = 24 if wide else 17
        source_width = 20 if wide else 0
        text_width = max(16, width - 6 - 11 - 4 - figures_width - source_width - 2 * (6 if wide else 5) - 2)
        for label, key in (("Role", "role"), ("Date", "date"), ("", "marks")):
            table.add_column(label, key=key)
        table.add_column("Figures", key="figures", width=figures_width)
        table.add_column("Claim", key="claim")
        if wide:
            table.add_column("Source", key="source")
        for number, (role, claim) in enumerate(self.claims):
            article = self.index.articles.get(claim.article_id)
            date, estimated = claim_date(claim, article)
            # One line per figure, so "600 killed" and "4,100 wounded" both stay readable.
            figures = [shorten(f"{quantity_label(q)} {one_line(q.measure)}".strip(), figures_width)
                       for q in claim.quantities]
            cells = [
                Text(role, style="bold" if role == "said" else "dim", end=""),
                Text(date_label(date, estimated) or "undated", end=""),
                Text(kind_marks(claim), style=kind_style(claim) or "bold", end=""),
                Text("\n".join(figures), style="bold", end=""),
                safe_text(shorten(one_line(claim.text), text_width)),
            ]
            if wide:
                cells.append(safe_text(shorten(article_label(article), source_width), style="italic"))
            table.add_row(*cells, key=str(number), height=max(1, len(figures)))
        self._summary(self._summary_text(row))

    def _summary_text(self, row: EntityRow) -> Text:
        entity = row.entity
        text = safe_text(entity.name, style="bold")
        text.append(f"  {entity.type}", style="italic")
        text.append(f"  said {len(row.said)} · about {len(row.about)} · {row.figure_count} figures")
        if entity.aliases:
            text.append("\nalso: ", style="dim")
            text.append(shorten(one_line(", ".join(entity.aliases)), 200), style="dim")
        return text

    def _summary(self, text: Text) -> None:
        self.query_one("#entities-summary", Static).update(text)

    # -- actions ---------------------------------------------------------------------------

    def action_open_claim(self) -> None:
        if self.focused is not self.query_one("#entities-claims", DataTable):
            self.query_one("#entities-claims", DataTable).focus()
            return
        self._open_highlighted()

    @on(DataTable.RowSelected, "#entities-claims")
    def _claim_selected(self) -> None:
        self._open_highlighted()

    def _open_highlighted(self) -> None:
        table = self.query_one("#entities-claims", DataTable)
        if not self.claims or not 0 <= table.cursor_row < len(self.claims):
            self.app.bell()
            return
        self.dismiss(self.claims[table.cursor_row][1].id)

    def action_focus_filter(self) -> None:
        self.query_one("#entities-filter", Input).focus()

    def action_close(self) -> None:
        box = self.query_one("#entities-filter", Input)
        if box.value:
            box.value = ""
            self.query_one("#entities-list", DataTable).focus()
            return
        self.dismiss(None)
