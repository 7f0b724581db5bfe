"""Figures (`f`): every reported value of each measure, with bars over time.

Left, the measures (most reported first); right, one row per value in date
order (or by size): date, value or interval, a bar on a shared scale, what it
counts, who said it, where. A value whose words name the time it is for ("rose
3.1% in July") is placed at that time, shown in a "For" column; the date is when
it was told. Enter opens the claim that reported it.
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
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from corpus.display import one_line
from store.query.figures import Figure, Measure, period_order
from store.query.ordering import date_key
from tui.commands.bindings import bindings
from tui.commands.views import FIGURES_COMMANDS
from tui.data import queries_of
from tui.screens.breakpoints import apply_breakpoints
from tui.screens.closing import app_closing
from tui.screens.filter_key import FilterKeyInBox
from tui.screens.one_frame import DrawsInOneFrame
from tui.widgets.footer import KeyBar
from tui.widgets.glyphs import CONFLICT_STYLE, HEDGED_STYLE, counted
from tui.widgets.view_bar_chart import LEGEND, bar
from tui.widgets.view_format import (
    CONFLICT_GLYPH,
    ESTIMATED,
    HEDGED_GLYPH,
    article_label,
    date_label,
    format_number,
    point_value,
    quantity_label,
    safe_text,
    shorten,
    speaker_label,
)
from tui.widgets.view_table import WHOLE, Column, ViewTable

STYLES = Path(__file__).parent.parent / "styles" / "views.tcss"
NARROW, WIDE = "-narrow", "-wide"
WIDE_FROM = 140  # columns; below this the list stacks above the table
COMPACT_BELOW = 100  # columns; below this value and what it counts share a column
LIST_WIDTH = 32  # the measures list beside the table (views.tcss .view-list)
COUNTS_MIN, COUNTS_MAX = 6, 20  # the "Counts" column: its header, and a long measure name


PERIOD_WIDTH = 10  # "2026-07", "2026-Q3", a week as the day it ends: "2026-07-12"


def ratio_label(ratio: float) -> str:
    """``×16.7``, ``×2``; large ratios in full (``×1,367``), never as ``×1.37e+03``."""
    return f"×{ratio:.3g}" if ratio < 100 else f"×{round(ratio):,}"


class FiguresScreen(FilterKeyInBox, DrawsInOneFrame, Screen[str | None]):
    """Dismisses with the claim id to open, or None on Escape."""

    BINDINGS = bindings(FIGURES_COMMANDS)
    CSS_PATH = STYLES
    AUTO_FOCUS = "#figures-table"  # focused as composed: moved in on_mount, it cost a second frame
    HORIZONTAL_BREAKPOINTS = [(0, NARROW), (WIDE_FROM, WIDE)]

    def __init__(self, data: Any, measure: str | None = None) -> None:
        super().__init__()
        self.data = data
        queries = queries_of(data)
        self.all_measures: tuple[Measure, ...] = queries.figures
        self.source_labels = queries.source_labels
        self.measures: list[Measure] = list(self.all_measures)  # those the filter keeps
        self.current: Measure | None = None
        self.rows: Sequence[Figure] = []
        self.by_size = False
        self._wanted = measure
        self._scale = 0.0
        self._chart_width = 12
        self._counts_width = COUNTS_MIN
        self._drawn_width = 0
        self._periods = False  # the measure shown has figures naming the time they are for

    def compose(self) -> ComposeResult:
        apply_breakpoints(self)
        values = sum(len(m.figures) for m in self.all_measures)
        yield Static(
            Text(
                f"Figures — {counted(len(self.all_measures), 'measure')}, {counted(values, 'reported value')}",
                end="",
            ),
            classes="view-title",
            markup=False,
        )
        with Container(classes="view-body"):
            with Vertical(classes="view-list", id="figures-side"):
                yield Input(placeholder="/ filter measures", id="figures-filter", classes="view-filter")
                yield OptionList(*self._measure_options(), id="figures-measures")
            with Vertical(classes="view-detail", id="figures-detail"):
                yield Static(id="figures-chart-caption", markup=False)
                yield ViewTable(id="figures-table")
        yield KeyBar()

    def _measure_options(self) -> list[Option]:
        options = []
        for number, measure in enumerate(self.measures):
            low, high = measure.span()
            prompt = safe_text(measure.label, style="bold")
            spread = f"{format_number(low)}–{format_number(high)}" if high > low else format_number(high)
            # words alone ("dozens", "several thousand") give no number to show: their interval was
            # read from the words
            spread = f" · {spread}" if measure.gives_numbers() else ""
            prompt.append(f"\n  {counted(len(measure.figures), 'value')}{spread}", style="dim")
            options.append(Option(prompt, id=f"m{number}"))
        return options

    def on_mount(self) -> None:
        if app_closing(self):  # composed ahead as the app exits: its widgets are not all there
            return
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

    @on(OptionList.OptionHighlighted, "#figures-measures")
    def _measure_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        index = event.option_index
        if 0 <= index < len(self.measures) and self.measures[index] is not self.current:
            self.show_measure(self.measures[index])

    @on(Input.Changed, "#figures-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        wanted = " ".join(event.value.casefold().split())
        self.measures = [m for m in self.all_measures if wanted in m.label.casefold()]
        measures = self.query_one("#figures-measures", OptionList)
        measures.set_options(self._measure_options())
        if self.measures:
            measures.highlighted = 0
            self.show_measure(self.measures[0])
        else:
            self.current, self.rows = None, []
            self.query_one("#figures-table", ViewTable).set_rows([], 0, lambda row: {})
            self._caption(Text("No measure has that name: Esc clears the filter", style="bold", end=""))

    @on(Input.Submitted, "#figures-filter")
    def _filter_submitted(self) -> None:
        self.query_one("#figures-table", ViewTable).focus()

    def action_focus_filter(self) -> None:
        self.focus_filter_box(self.query_one("#figures-filter", Input))

    @on(OptionList.OptionSelected, "#figures-measures")
    def _measure_selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#figures-table", ViewTable).focus()

    @property
    def narrow(self) -> bool:
        return self.app.size.width < COMPACT_BELOW

    def _chart_cells(self) -> int:
        """The chart's width: a share of what the table has beside its fixed columns."""
        width = self.app.size.width - (LIST_WIDTH if self.app.size.width >= WIDE_FROM else 0)
        fixed = 3 + 11 + (18 if self.narrow else 13 + self._counts_width) + 2 * (6 if self.narrow else 7) + 2
        fixed += (PERIOD_WIDTH + 1 - (4 if self.narrow else 0)) if self._periods else 0  # its "Who" is 4 narrower
        return max(8, min(30, (width - fixed) * 3 // 10))

    def _counts_cells(self, measure: Measure) -> int:
        """As wide as what the values count ("troops deployed"), within bounds: a fixed
        11 cut it to "troops dep…" while the speaker and source columns had room to spare."""
        widest = max((len(one_line(counted)) for counted in set(measure.counted)), default=0)
        return max(COUNTS_MIN, min(COUNTS_MAX, widest))

    def on_resize(self) -> None:
        # the chart and columns follow the width (a view's first Resize, at the width it
        # was just drawn for, would only draw it all again)
        if self.current is not None and self._drawn_width != self.app.size.width:
            self.show_measure(self.current)

    def _columns(self) -> list[Column]:
        chart = Column("chart", "Chart", self._chart_width)
        # the time a figure is for ("rose 3.1% in July"), when any of the measure's figures names one:
        # the rows are in that order, and the date is when it was told
        period = [Column("period", "For", PERIOD_WIDTH)] if self._periods else []
        if self.narrow:  # value and what it counts share a column
            return [
                Column("marks", "", 2),
                Column("date", "Date", 11),
                *period,
                Column("value_counts", "Value", 18),
                chart,
                # cut here: the highlighted row's speaker and source are also shown whole below
                # (narrower beside the "For" column)
                Column("who", "Who", 10 if period else 14, whole=2),
                Column("source", "Source", whole=1),  # the rest: titles standing for outlets are long
            ]
        return [
            Column("marks", "", 2),
            Column("date", "Date", 11),
            *period,
            Column("value", "Value", 13, "right"),
            chart,
            Column("measure", "Counts", self._counts_width),
            Column("who", "Who", whole=2),
            Column("source", "Source", whole=1),
        ]

    def show_measure(self, measure: Measure) -> None:
        table = self.query_one("#figures-table", ViewTable)
        keep_row = table.cursor_row if measure is self.current else 0
        self.current = measure
        self._drawn_width = self.app.size.width
        # each row's figure made as it is drawn: a measure may have tens of thousands
        self.rows = measure.by_size() if self.by_size else measure.figures
        self._counts_width = self._counts_cells(measure)
        self._periods = measure.has_periods()
        self._chart_width = self._chart_cells()
        self._scale = measure.scale()
        table.set_rows(self._columns(), len(self.rows), self._cells, cursor=keep_row)
        self._caption(self._caption_text(measure))

    def _cells(self, row: int) -> dict[str, Text]:
        figure = self.rows[row]
        q, claim = figure.quantity, figure.claim
        marks = (CONFLICT_GLYPH if figure.conflicted else "") + (HEDGED_GLYPH if claim.certainty == "hedged" else "")
        value = quantity_label(q)
        counts = one_line(q.measure) or ""
        both = Text(value, style="bold", end="")
        both.append(f" {shorten(counts, 10)}" if counts else "", style="")
        scale = self._scale
        return {
            "marks": Text(marks, style=CONFLICT_STYLE if figure.conflicted else HEDGED_STYLE, end=""),
            "date": Text(date_label(figure.date, figure.date_estimated) or "undated", end=""),
            "period": Text(date_label(figure.period), end=""),
            "value": Text(value, style="bold", end=""),
            "value_counts": both,
            # words with no number ("several thousand"): its interval was read from the words, so
            # no bar (its value shows the words); a bar drew 2,000-10,000 as if reported
            "chart": Text("", end="")
            if q.vague
            else bar(
                point_value(q),
                q.low,
                q.high,
                scale,
                self._chart_width,
                approximate=value.startswith(ESTIMATED),
            ),
            "measure": safe_text(counts),
            "who": safe_text(speaker_label(claim), style="" if claim.speaker else "dim"),
            "source": safe_text(self._source(figure.article), style="italic"),
            "source" + WHOLE: safe_text(article_label(figure.article), style="italic"),
        }

    def _source(self, article: Any) -> str:
        return self.source_labels.get(article.id) or article_label(article) if article else article_label(None)

    def _caption_text(self, measure: Measure) -> Text:
        """Three lines: the measure and how far its values disagree; where and when
        they come from; the chart's legend."""
        dates = sorted(
            {d.decode("utf-8", "surrogatepass") for d in set(measure.dates.tolist()) if d},
            key=lambda when: date_key(period_order(when)),  # a quarter at its first month, not after December
        )
        sources = measure.sources
        text = safe_text(measure.label, style="bold")
        text.append(f"  {self._headline(measure)}", style="bold")
        text.append(f"\n{counted(len(measure.figures), 'value')}, {counted(sources, 'source')}", style="dim")
        if dates:
            text.append(f", {date_label(dates[0])} → {date_label(dates[-1])}", style="dim")
        order = "size" if self.by_size else "period, else date" if self._periods else "date"
        text.append(f", by {order}\n", style="dim")
        text.append(f"{LEGEND}  {CONFLICT_GLYPH} conflict  {HEDGED_GLYPH} hedged  {ESTIMATED} estimated", style="dim")
        return text

    @staticmethod
    def _headline(measure: Measure) -> str:
        """What the reports say, without comparing unlike things: sources that disagree
        about the same thing in the same month; else the latest report."""
        found = measure.disagreement()
        if found:
            low, high = found.low, found.high
            return (
                f"{one_line(found.counted)}, {date_label(found.when)}: {format_number(low)} vs {format_number(high)}"
                f" ({ratio_label(high / low)}, {counted(found.sources, 'source')})"
            )
        latest = measure.latest()
        if latest is None:
            return ""
        thing = one_line(latest.quantity.measure) or measure.label
        told = date_label(latest.date, latest.date_estimated)
        when = f"for {date_label(latest.period)}, told {told or 'undated'}" if latest.period else told
        source = shorten(article_label(latest.article), 24)
        return f"latest: {quantity_label(latest.quantity)} {thing} ({when}, {source})"

    def _caption(self, text: Text) -> None:
        self.query_one("#figures-chart-caption", Static).update(text)

    def view_state(self) -> dict[str, str]:
        """Where this view is, to come back to it (Back from a claim opened here)."""
        return {"measure": self.current.label} if self.current is not None else {}

    # -- actions ---------------------------------------------------------------------------

    def highlighted_figure(self) -> Figure | None:
        table = self.query_one("#figures-table", ViewTable)
        if not self.rows or not 0 <= table.cursor_row < len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def action_open_claim(self) -> None:
        figure = self.highlighted_figure()
        if figure is None:
            self.app.bell()
            return
        self.dismiss(figure.claim.id)

    @on(ViewTable.RowSelected, "#figures-table")
    def _row_selected(self, event: ViewTable.RowSelected) -> None:
        self.action_open_claim()

    def action_close(self) -> None:
        box = self.query_one("#figures-filter", Input)
        if box.value:
            box.value = ""
            self.query_one("#figures-table", ViewTable).focus()
            return
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
