"""The timeline: dated claims in date order, a filter by entity or measure, Enter opens."""

from __future__ import annotations

from dataclasses import replace

import pytest

from store.query.ordering import date_key
from store.query.timeline import collect_events
from tests.tui.helpers import SIZES, screen_text
from tests.tui.test_views_sample import MARKUP_TEXT, ViewHost, sample_data
from tests.waiting import wait_until
from tui.screens.timeline import TimelineScreen
from tui.widgets.view_table import ViewTable


def shown_keys(app, sample) -> list[str]:
    by_id = {v: k for k, v in sample.ids.items()}
    return [by_id[e.claim.id] for e in app.screen.shown]


def cells(app, key: str) -> list[str]:
    table = app.screen.query_one("#timeline-table", ViewTable)
    return [table.cells(i)[key].plain for i in range(table.row_count)]


@pytest.mark.parametrize("size", SIZES)
async def test_claims_are_in_date_order_with_estimates_marked(size) -> None:
    data, sample = sample_data()
    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=size):
        assert shown_keys(app, sample) == [
            "volunteers",  # 2022-08 (estimated)
            "training",  # 2024-10
            "hoax",  # 2024-10-10
            "markup",  # 2024-12
            "nis",  # 2025-04
            "russia-confirmed",  # 2025-04-26
            "disclosed",  # 2025-04-28
            "payment",  # 2025-06 (estimated)
            "shoigu",  # 2025-06-17
            "casualties",  # no date: its article's, 2025-06-18, estimated
        ]
        dates = cells(app, "date")
        assert dates[0] == "≈2022-08" and dates[-1] == "≈2025-06-18" and dates[2] == "2024-10-10"
        keys = [date_key(d.lstrip("≈")) for d in dates]
        assert keys == sorted(keys)
        arc = str(app.screen.query_one("#timeline-arc").render())
        assert arc == "? rumour ≈2022-08 → ✗ denied 2024-10-10 → ✔ confirmed 2025-04-26"
        marks = cells(app, "marks")
        assert "?" in marks[0]  # the rumour is hedged
        assert "✗" in marks[2]  # Peskov's denial
        assert "✔" in marks[5] and "✔" in marks[6]  # the confirmations


FILTER_CASES = [
    ("Shoigu", ["shoigu"]),  # an entity, by its alias
    (
        "pyongyang",
        [
            "volunteers",
            "training",
            "hoax",
            "markup",
            "nis",
            "russia-confirmed",
            "disclosed",
            "payment",
            "shoigu",
            "casualties",
        ],
    ),  # North Korea's alias: every claim
    ("killed", ["markup", "nis"]),  # a measure
    ("troops deployed", ["volunteers", "training", "shoigu"]),  # a subject
    ("confirmation", ["russia-confirmed", "disclosed"]),  # a kind
    ("peskov", ["hoax"]),
    ("2025-04", ["nis", "russia-confirmed", "disclosed"]),  # a month
]


async def test_filter_by_entity_or_measure() -> None:
    data, sample = sample_data()
    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        box = app.screen.query_one("#timeline-filter")
        await pilot.press("slash", *"shoi")  # typed keys reach the filter ...
        await wait_until(lambda: app.screen.filter_current, pilot=pilot)
        assert shown_keys(app, sample) == ["shoigu"]
        for typed, expected in FILTER_CASES:  # ... the rest is set at once, to keep the test quick
            box.value = typed
            await wait_until(lambda: app.screen.filter_current, pilot=pilot)
            assert shown_keys(app, sample) == expected, typed
            assert app.screen.query_one("#timeline-table", ViewTable).row_count == len(expected)


@pytest.mark.parametrize("size", SIZES)
async def test_enter_opens_the_claim_and_escape_clears_then_closes(size) -> None:
    data, sample = sample_data()
    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=size) as pilot:
        await pilot.press("slash", *"killed")
        await wait_until(lambda: app.screen.filter_current, pilot=pilot)
        await pilot.press("enter")  # Enter in the box moves to the table
        await pilot.press("down", "enter")
        await wait_until(lambda: app.dismissed, pilot=pilot)
    assert app.dismissed == [sample.ids["nis"]]

    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=size) as pilot:
        await pilot.press("slash", *"zqx")
        await wait_until(lambda: app.screen.filter_current, pilot=pilot)
        assert app.screen.shown == ()
        assert "nothing matches" in str(app.screen.query_one("#timeline-title").render())
        await pilot.press("escape")
        assert len(app.screen.shown) == 10 and app.dismissed == []
        await pilot.press("escape")
        await wait_until(lambda: app.dismissed, pilot=pilot)
    assert app.dismissed == [None]


async def test_undated_claims_are_counted_not_shown() -> None:
    data, sample = sample_data()
    articles = data.corpus._x.articles  # the sample's own list (a copy per sample)
    articles[:] = [replace(article, published=None) for article in articles]
    events, undated = collect_events(data.corpus)
    assert undated == 1  # "casualties": no date of its own, nor its article's
    assert sample.ids["casualties"] not in {e.claim.id for e in events}
    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=(80, 24)):
        assert "1 undated not shown" in str(app.screen.query_one("#timeline-title").render())


async def test_markup_in_claims_shows_literally() -> None:
    data, _ = sample_data()
    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.press("slash", *"analyst")
        await wait_until(lambda: app.screen.filter_current, pilot=pilot)
        texts, who = cells(app, "claim"), cells(app, "who")
        assert texts == [" ".join(MARKUP_TEXT.replace("\x1b[31m", "").split())]
        assert who == ["[red]Analyst[/red] group"]
        assert app.is_running


@pytest.mark.parametrize("size", SIZES)
async def test_the_highlighted_claims_source_is_named_whole_below_the_table(size) -> None:
    """At 80 columns the Source column cuts a title to "…to Send Th…"; the line under the
    table names the highlighted claim's source whole."""
    data, _ = sample_data()
    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=size) as pilot:
        await wait_until(lambda: isinstance(app.screen, TimelineScreen), pilot=pilot)
        table = app.screen.query_one("#timeline-table", ViewTable)
        row = next(i for i, event in enumerate(app.screen.shown) if not event.article.outlet)
        table.cursor_row = row
        await pilot.pause()
        title = next(event.article.title for event in app.screen.shown if not event.article.outlet)
        assert table.cells(row)["source"].plain != title  # the column shows a shorter label
        last = table.render_line(table.scrollable_content_region.height - 1).text
        assert f"Source: {title}"[: size[0] - 4] in last


async def test_a_filter_matching_nothing_says_so_and_how_to_clear_it_at_80_columns() -> None:
    """The title is one line: the way out comes before the counts, which a narrow terminal cut it
    after ('Timeline — 10 dated claims, 0 about “…”  nothing matches: ' and no more)."""
    data, _ = sample_data()
    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"kind:denial date:>2031")
        await wait_until(lambda: app.screen.filter_current, pilot=pilot)
        assert app.screen.shown == ()
        shown = screen_text(app)
        assert "nothing matches “kind:denial date:>2031”: Esc clears the filter" in shown
        await pilot.press("escape")
        await wait_until(lambda: app.screen.shown, pilot=pilot)
        await pilot.press("slash", *"kind:denial")
        await wait_until(lambda: app.screen.filter_current, pilot=pilot)
        assert f"Timeline — {len(app.screen.shown)} of 10 dated claims about “kind:denial”" in screen_text(app)
