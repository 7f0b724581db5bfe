"""The figures view: every value of a measure, in date order, with bars; Enter opens the claim."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from store.query.figures import collect_measures
from tests.tui.helpers import SIZES
from tests.tui.test_views_sample import MARKUP_SPEAKER, ViewHost, sample_data
from tests.waiting import wait_until
from tui.screens.figures import FiguresScreen
from tui.widgets.view_bar_chart import APPROXIMATE, OPEN_UP, SOLID, SPAN, bar
from tui.widgets.view_table import ViewTable


def column(app, key: str) -> list[str]:
    """The full text of a column's cells (the table cuts them to fit when drawing)."""
    table = app.screen.query_one("#figures-table", ViewTable)
    if key == "value" and "value" not in [c.key for c in table.columns]:
        key = "value_counts"  # narrow: "600 killed" in one column
    return [table.cells(i)[key].plain for i in range(table.row_count)]


def drawn(app, row: int) -> str:
    """Row ``row`` as the table draws it, cut to the terminal's width."""
    table = app.screen.query_one("#figures-table", ViewTable)
    return table.line_text(row, table.scrollable_content_region.width).plain


def values_match(shown: list[str], expected: list[str]) -> bool:
    return len(shown) == len(expected) and all(s.startswith(e) for s, e in zip(shown, expected))


async def show(pilot, label: str) -> None:
    screen = pilot.app.screen
    for _ in screen.measures:
        if screen.current.label == label:
            return
        await pilot.press("right_square_bracket")
    raise AssertionError(f"no measure {label!r}")


def test_measures_group_by_subject_then_measure_and_keep_every_value() -> None:
    data, sample = sample_data()
    measures = {m.label: m for m in collect_measures(data.corpus)}
    assert set(measures) == {
        "troops deployed",
        "North Korean casualties",  # the subject names the measure: casualties
        "North Korean casualties: killed",
        "North Korean casualties: wounded",
        "payment per worker",
    }
    killed = measures["North Korean casualties: killed"]
    assert [(f.claim.id, f.quantity.measure) for f in killed.figures] == [
        (sample.ids["markup"], "killed"),  # 2024-12
        (sample.ids["nis"], "killed"),  # 2025-04
    ]
    assert [f.claim.id for f in measures["North Korean casualties: wounded"].figures] == [sample.ids["nis"]]
    casualties = measures["North Korean casualties"]
    # undated claim: its article's 2025-06-18
    assert [(f.claim.id, f.quantity.measure) for f in casualties.figures] == [(sample.ids["casualties"], "casualties")]
    assert killed.sources == 1


@pytest.mark.parametrize("size", SIZES)
async def test_lists_every_value_of_a_measure_in_date_order(size) -> None:
    data, _ = sample_data()
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=size) as pilot:
        await show(pilot, "troops deployed")
        assert column(app, "date") == ["≈2022-08", "2024-10", "2025-06-17"]
        assert values_match(column(app, "value"), ["≤100,000", "“several thousand”", "6,000"])
        who = column(app, "who")
        assert who == ["Igor Korotchenko", "Ukrainian military intelligence official", "Sergei Shoigu"]
        assert "Igor Korotche" in drawn(app, 0) and len(drawn(app, 0).rstrip()) <= size[0]
        assert "?" in column(app, "marks")[1]  # hedged rumour
        assert "≠" in column(app, "marks")[1]  # Peskov called it a hoax
        caption = str(app.screen.query_one("#figures-chart-caption").render())
        # a 2022 rumour and a 2025 report are not a rise: no arrow, no ratio between them
        assert "×" not in caption and "→ 100,000" not in caption
        assert "latest: 6,000 troops deployed (2025-06-17," in caption
        bars = column(app, "chart")
        assert bars[0].startswith(SPAN)  # an upper bound: a span, no solid part
        assert bars[2] and SPAN not in bars[2] and len(bars[2]) < len(bars[0])  # a stated value, smaller


@pytest.mark.parametrize("size", SIZES)
async def test_enter_opens_the_claim_of_the_highlighted_value(size) -> None:
    data, sample = sample_data()
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=size) as pilot:
        await show(pilot, "troops deployed")
        await pilot.press("down", "down", "enter")
        await wait_until(lambda: app.dismissed, pilot=pilot)
    assert app.dismissed == [sample.ids["shoigu"]]


async def test_sort_by_size_and_pick_a_measure_from_the_list() -> None:
    data, _ = sample_data()
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await show(pilot, "North Korean casualties: killed")
        caption = str(app.screen.query_one("#figures-chart-caption").render())
        # its latest report: not "300 killed" (2024-12) → 600 (2025-04)
        assert "latest: 600 killed (2025-04," in caption and "×" not in caption
        assert column(app, "value") == ["300", "600"]
        await pilot.press("s")
        assert column(app, "value") == ["600", "300"]
        measures = app.screen.query_one("#figures-measures", OptionList)
        measures.focus()
        labels = [m.label for m in app.screen.measures]
        await pilot.press("home")
        await pilot.press("enter")  # picks the measure and moves to its table
        assert app.screen.current.label == labels[0]
        assert app.screen.focused is app.screen.query_one("#figures-table")
        await pilot.press("escape")
        await wait_until(lambda: app.dismissed, pilot=pilot)
    assert app.dismissed == [None]


async def test_filter_the_measures_by_name() -> None:
    data, _ = sample_data()
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"pay")
        assert [m.label for m in app.screen.measures] == ["payment per worker"]
        assert app.screen.current.label == "payment per worker"
        await pilot.press("enter")  # to the values
        assert app.screen.focused is app.screen.query_one("#figures-table")
        await pilot.press("slash", "ctrl+u", *"zqx")
        assert app.screen.measures == [] and app.screen.rows == []
        await pilot.press("escape")  # clears the filter first
        assert len(app.screen.measures) == 5 and app.dismissed == []


async def test_markup_in_claims_shows_literally() -> None:
    data, _ = sample_data()
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await show(pilot, "North Korean casualties: killed")
        assert MARKUP_SPEAKER in column(app, "who")
        assert any(MARKUP_SPEAKER in drawn(app, row) for row in range(2))  # drawn literally
        assert app.is_running


async def test_opens_on_a_named_measure_and_says_so_when_there_are_none() -> None:
    data, _ = sample_data()
    app = ViewHost(lambda: FiguresScreen(data, measure="payment per worker"))
    async with app.run_test(size=(80, 24)):
        assert values_match(column(app, "value"), ["≈$2,000"])
    # a changed corpus (the stand-in keeps no answers: its views' models are built again)
    data.corpus._x.claims[:] = [c for c in data.corpus._x.claims if not c.quantities]
    empty = ViewHost(lambda: FiguresScreen(data))
    async with empty.run_test(size=(80, 24)):
        caption = str(empty.screen.query_one("#figures-chart-caption").render())
        assert "No figures" in caption


def test_bars_share_a_scale_and_read_without_colour() -> None:
    assert bar(50, None, None, 100, 10).plain == SOLID * 5
    assert bar(100, None, None, 100, 10).plain == SOLID * 10
    assert bar(1, None, None, 100, 10).plain == "▏"  # tiny but visible
    assert bar(30, None, None, 100, 10, approximate=True).plain == APPROXIMATE * 3
    assert bar(None, 20, 60, 100, 10).plain == SOLID * 2 + SPAN * 4
    # a stated range narrower than a cell still shows as a range, never as a value at its low end
    assert bar(None, 3800, 4000, 6000, 20).plain == SOLID * 12 + SPAN
    assert bar(None, 5900, 6000, 6000, 20).plain == SOLID * 19 + SPAN
    assert bar(None, 60, None, 100, 10).plain == SOLID * 6 + OPEN_UP
    # "more than" the largest value: the ▸ stays within the width, not cut off by the table
    assert bar(None, 100, None, 100, 10).plain == SOLID * 9 + OPEN_UP
    assert bar(None, None, 40, 100, 10).plain == SPAN * 4


async def test_at_80_columns_the_highlighted_values_source_is_named_whole_below_the_table() -> None:
    """The narrow Source column cuts every title ("…to Send Th…"); the line under the
    table names the highlighted value's source, whole."""
    data, _ = sample_data()
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(lambda: isinstance(app.screen, FiguresScreen) and app.screen.rows, pilot=pilot)
        screen = app.screen
        table = screen.query_one("#figures-table", ViewTable)
        figure = next((m, n) for m in screen.measures for n, f in enumerate(m.figures) if not f.article.outlet)
        screen.show_measure(figure[0])
        table.cursor_row = screen.rows.index(figure[0].figures[figure[1]])
        await pilot.pause()
        title = screen.rows[table.cursor_row].article.title
        last = table.render_line(table.scrollable_content_region.height - 1).text
        assert f"Source: {title}"[:60] in last


@pytest.mark.parametrize("size", SIZES)
async def test_stacked_the_table_is_as_tall_as_its_rows_and_the_measures_take_the_rest(size) -> None:
    """Below 140 columns the list sits above the table: a fixed share of the height left
    empty rows under a short table (8 at 120x40) while measures were hidden above."""
    data, _ = sample_data()
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#figures-table", ViewTable)
        side = app.screen.query_one("#figures-side")
        for _ in app.screen.measures:
            await pilot.pause()
            drawn_rows = table.region.height - 1 - table._footer_lines  # under the header, over the last line
            assert drawn_rows <= table.row_count, "empty rows under the table"
            assert table.region.height <= size[1] * 0.45 and side.region.height >= 6
            await pilot.press("right_square_bracket")
