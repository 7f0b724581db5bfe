"""Figures (`f`): every reported value of each measure, with bars over time.

Left, the measures (most reported first); right, one row per value in date
order (or by size): date, value or interval, a bar on a shared scale, what it
counts, who said it, where. Enter opens the claim that reported it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Container, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, OptionList, Static
from textual.widgets.option_list import Option

from tui.commands.base import bindings
from tui.commands.views import FIGURES_COMMANDS
from tui.widgets.view_bar_chart import LEGEND, bar
from tui.widgets.view_figures_model import Figure, Measure, collect_measures, date_key
from tui.widgets.view_format import (
    CONFLICT_GLYPH,
    ESTIMATED,
    HEDGED_GLYPH,
    article_label,
    date_label,
    format_number,
    one_line,
    quantity_label,
    safe_text,
    shorten,
    speaker_label,
)

STYLES = Path(__file__).parent.parent / "styles" / "views.tcss"
NARROW, WIDE = "-narrow", "-wide"
WIDE_FROM = 140  # columns; below this the list stacks above the table
COMPACT_BELOW = 100  # columns; below this value and what it counts share a column
LIST_WIDTH = 32  # the measures list beside the table (views.tcss .view-list)
WIDE_COLUMNS = [("", "marks"), ("Date", "date"), ("Value", "value"), ("Chart", "chart"),
                ("Counts", "measure"), ("Who", "who"), ("Source", "source")]
NARROW_COLUMNS = [("", "marks"), ("Date", "date"), ("Value", "value_counts"), ("Chart", "chart"),
                  ("Who", "who"), ("Source", "source")]


class FiguresScreen(Screen[str | None]):
    """Dismisses with the claim id to open, or None on Escape."""

    BINDINGS = bindings(FIGURES_COMMANDS)
    CSS_PATH = STYLES
    HORIZONTAL_BREAKPOINTS = [(0, NARROW), (WIDE_FROM, WIDE)]

    def __init__(self, data: Any, measure: str | None = None) -> None:
        super().__init__()
        self.data = data
        self.measures: list[Measure] = collect_measures(data.corpus)
        self.current: Measure | None = None
        self.rows: list[Figure] = []
        self.by_size = False
        self._wanted = measure
        self._who_width = self._source_width = 16

    def compose(self) -> ComposeResult:
        values = sum(len(m.figures) for m in self.measures)
        yield Static(
            Text(f"Figures — {len(self.measures)} measures, {values} reported values", end=""),
            classes="view-title",
            markup=False,
        )
        with Container(classes="view-body"):
            yield OptionList(*self._measure_options(), id="figures-measures", classes="view-list")
            with Vertical(classes="view-detail"):
                yield Static(id="figures-chart-caption", markup=False)
                yield DataTable(id="figures-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def _measure_options(self) -> list[Option]:
        options = []
        for number, measure in enumerate(self.measures):
            low, high = measure.span()
            prompt = safe_text(measure.label, style="bold")
            spread = f"{format_number(low)}–{format_number(high)}" if high > low else format_number(high)
            count = len(measure.figures)
            prompt.append(f"\n  {count} value{'s' if count != 1 else ''} · {spread}", style="dim")
            options.append(Option(prompt, id=f"m{number}"))
        return options

    def on_mount(self) -> None:
        table = self.query_one("#figures-table", DataTable)
        if not self.measures:
            self._caption(Text("No figures in this corpus yet: no claim states a number with what it counts.", end=""))
            return
        wanted = next(
            (n for n, m in enumerate(self.measures) if self._wanted and m.label.casefold() == self._wanted.casefold()),
            0,
        )
        measures = self.query_one("#figures-measures", OptionList)
        measures.highlighted = wanted
        self.show_measure(self.measures[wanted])
        table.focus()

    @on(OptionList.OptionHighlighted, "#figures-measures")
    def _measure_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        index = event.option_index
        if 0 <= index < len(self.measures) and self.measures[index] is not self.current:
            self.show_measure(self.measures[index])

    @on(OptionList.OptionSelected, "#figures-measures")
    def _measure_selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#figures-table", DataTable).focus()

    @property
    def narrow(self) -> bool:
        return self.app.size.width < COMPACT_BELOW

    def _widths(self) -> tuple[int, int, int]:
        """Cells for the chart, who and source columns: what the fixed columns leave."""
        width = self.app.size.width - (LIST_WIDTH if self.app.size.width >= WIDE_FROM else 0)
        fixed = 3 + 11 + (18 if self.narrow else 10 + 11) + 2 * (6 if self.narrow else 7) + 2
        rest = max(width - fixed, 24)
        chart = max(8, min(30, rest * 3 // 10))
        who = (rest - chart) // 2
        return chart, who, rest - chart - who

    def on_resize(self) -> None:
        if self.current is not None:  # the chart and columns follow the width
            self.show_measure(self.current)

    def _set_columns(self, table: DataTable) -> None:
        columns = NARROW_COLUMNS if self.narrow else WIDE_COLUMNS
        if [str(c.label) for c in table.columns.values()] == [label for label, _ in columns]:
            return
        table.clear(columns=True)
        for label, key in columns:
            table.add_column(label, key=key)

    def show_measure(self, measure: Measure) -> None:
        table = self.query_one("#figures-table", DataTable)
        keep_row = table.cursor_row if measure is self.current else 0
        self.current = measure
        self.rows = sorted(measure.figures, key=lambda f: -f.size) if self.by_size else list(measure.figures)
        table.clear()
        self._set_columns(table)
        keys = [key.value for key in table.columns]
        chart_width, self._who_width, self._source_width = self._widths()
        scales = {unit: measure.scale(unit) for unit in measure.units}
        for number, figure in enumerate(self.rows):
            cells = self._cells(figure, scales[figure.quantity.unit], chart_width)
            table.add_row(*(cells[key] for key in keys), key=str(number))
        if self.rows:
            table.move_cursor(row=min(keep_row, len(self.rows) - 1))
        self._caption(self._caption_text(measure))

    def _cells(self, figure: Figure, scale: float, chart_width: int) -> dict[str, Text]:
        q, claim = figure.quantity, figure.claim
        marks = (CONFLICT_GLYPH if figure.conflicted else "") + (HEDGED_GLYPH if claim.certainty == "hedged" else "")
        value = quantity_label(q)
        counts = one_line(q.measure) or ""
        who_width, source_width = self._who_width, self._source_width
        both = Text(value, style="bold", end="")
        both.append(f" {shorten(counts, 10)}" if counts else "", style="")
        return {
            "marks": Text(marks, style="bold red" if figure.conflicted else "yellow", end=""),
            "date": Text(date_label(figure.date, figure.date_estimated) or "undated", end=""),
            "value": Text(value, justify="right", style="bold", end=""),
            "value_counts": both,
            "chart": bar(q.value, q.low, q.high, scale, chart_width, approximate=value.startswith(ESTIMATED)),
            "measure": safe_text(shorten(counts, 16)),
            "who": safe_text(shorten(speaker_label(claim), who_width), style="" if claim.speaker else "dim"),
            "source": safe_text(shorten(article_label(figure.article), source_width), style="italic"),
        }

    def _caption_text(self, measure: Measure) -> Text:
        dates = sorted((f.date for f in measure.figures if f.date), key=lambda d: date_key(d))
        sources = measure.sources
        text = safe_text(measure.label, style="bold")
        text.append(f"  {len(measure.figures)} values, {sources} source{'s' if sources != 1 else ''}")
        if dates:
            text.append(f", {dates[0]} → {dates[-1]}")
        text.append(f"  by {'size' if self.by_size else 'date'}\n", style="dim")
        text.append(f"{LEGEND}  {CONFLICT_GLYPH} conflict  {HEDGED_GLYPH} hedged  {ESTIMATED} estimated", style="dim")
        return text

    def _caption(self, text: Text) -> None:
        self.query_one("#figures-chart-caption", Static).update(text)

    # -- actions ---------------------------------------------------------------------------

    def highlighted_figure(self) -> Figure | None:
        table = self.query_one("#figures-table", DataTable)
        if not self.rows or not 0 <= table.cursor_row < len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def action_open_claim(self) -> None:
        figure = self.highlighted_figure()
        if figure is None:
            self.app.bell()
            return
        self.dismiss(figure.claim.id)

    @on(DataTable.RowSelected, "#figures-table")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_claim()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_cycle_measure(self, step: int) -> None:
        if not self.measures:
            return
        measures = self.query_one("#figures-measures", OptionList)
        measures.highlighted = ((measures.highlighted or 0) + step) % len(self.measures)
        self.show_measure(self.measures[measures.highlighted])

    def action_toggle_sort(self) -> None:
        self.by_size = not self.by_size
        if self.current is not None:
            self.show_measure(self.current)
