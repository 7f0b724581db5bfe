"""The figures view shows the time a figure is for (``Quantity.period``) in a "For" column, apart
from when it was told, and lists a measure's values in the order of those times; a measure whose
figures name none is drawn as before."""

from __future__ import annotations

import pytest

from corpus.model import Quantity
from tests.tui.helpers import SIZES
from tests.tui.test_figures_honest import _corpus
from tests.tui.test_views_figures import column, drawn, show
from tests.tui.test_views_sample import ViewHost
from tui.screens.figures import FiguresScreen
from tui.widgets.view_table import ViewTable


def _rate(text: str, value: float, period: str | None) -> Quantity:
    return Quantity(text, value, value, value, "percent", "inflation", period=period)


REPORTS = [  # told in another order than the times they are for
    ("Wire A", "2026-09-02", "Inflation was 2.9% in August.", _rate("2.9%", 2.9, "2026-08")),
    ("Wire B", "2026-11-03", "Inflation was 3.0% in the third quarter.", _rate("3.0%", 3.0, "2026-Q3")),
    ("Wire C", "2026-09-01", "Inflation was 3.3% in June.", _rate("3.3%", 3.3, "2026-06")),
    ("Wire D", "2026-07-20", "Inflation is 3.4%.", _rate("3.4%", 3.4, None)),
]


@pytest.mark.parametrize("size", SIZES)
async def test_the_time_a_figure_is_for_is_shown_and_orders_the_series(size) -> None:
    app = ViewHost(lambda: FiguresScreen(_corpus(REPORTS)))
    async with app.run_test(size=size) as pilot:
        await show(pilot, "inflation rate")
        # the third quarter placed at its first month: before a figure told on July 20
        assert column(app, "period") == ["2026-06", "2026-Q3", "", "2026-08"]
        assert column(app, "date") == ["2026-09-01", "2026-11-03", "2026-07-20", "2026-09-02"]
        first = drawn(app, 0)
        assert "2026-09-01" in first and "2026-06" in first and len(first.rstrip()) <= size[0]
        caption = str(app.screen.query_one("#figures-chart-caption").render())
        assert "2026-06 → 2026-08" in caption and "by period, else date" in caption
        # the latest is August's rate, told before the third quarter's (a quarter is placed at its first month)
        assert "latest: 2.9% inflation (for 2026-08, told 2026-09-02" in caption


async def test_a_measure_without_periods_has_no_for_column() -> None:
    reports = [(outlet, date, text, _rate(q.text, q.value or 0, None)) for outlet, date, text, q in REPORTS]
    app = ViewHost(lambda: FiguresScreen(_corpus(reports)))
    async with app.run_test(size=(120, 40)) as pilot:
        await show(pilot, "inflation rate")
        table = app.screen.query_one("#figures-table", ViewTable)
        assert "period" not in [c.key for c in table.columns]
        assert column(app, "date") == ["2026-07-20", "2026-09-01", "2026-09-02", "2026-11-03"]
        assert "by date" in str(app.screen.query_one("#figures-chart-caption").render())
