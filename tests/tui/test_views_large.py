"""A measure with thousands of values, an entity with thousands of claims: the views make only
the rows they draw (and the rows a key reaches), whatever the count; moving to the end, sorting
and the figures-only filter still show and open the right rows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import store.query.figures
from corpus.loader import article_id
from corpus.model import Article, Claim, Entity, Extraction, Quantity
from store.query.view_source import ViewSource
from tests.tui.test_views_sample import Data, MemoryCorpus, MemoryUser, ViewHost
from tests.waiting import wait_until
from tui.screens.entities import EntitiesScreen
from tui.screens.figures import FiguresScreen
from tui.widgets.view_table import ViewTable

CLAIMS = 3000
SPEAKER = "Defence Ministry"


def big_corpus() -> tuple[Data, list[Claim]]:
    """One article of ``CLAIMS`` claims by one speaker, every other one with a troop count
    (claim n reports n troops), dated over 2024 in claim order."""
    texts = [
        f"The ministry said {n} troops arrived." if n % 2 else f"The ministry said talks went on ({n})."
        for n in range(CLAIMS)
    ]
    body = "Headline\n" + "".join(text + "\n" for text in texts)
    article = Article(article_id(body), "Daily troop reports", "Example Wire", [], "2024-12-31", False, "big.txt", body)
    claims, start = [], len("Headline\n")
    for n, text in enumerate(texts):
        counted = (
            [
                Quantity(
                    text=f"{n} troops", value=float(n), low=None, high=None, unit="troops", measure="troops deployed"
                )
            ]
            if n % 2
            else []
        )
        claims.append(
            Claim(
                id=f"{article.id}-{n}",
                article_id=article.id,
                start=start,
                end=start + len(text),
                text=text,
                kind="quantity" if counted else "statement",
                speaker=SPEAKER,
                certainty="asserted",
                quantities=counted,
                date=(date(2024, 1, 1) + timedelta(days=n * 365 // CLAIMS)).isoformat(),
                subject="troops deployed" if counted else None,
            )
        )
        start += len(text) + 1
    entity = Entity(name=SPEAKER, type="organisation", aliases=[])
    extraction = Extraction([article], claims, [entity], [])
    return Data(MemoryCorpus(extraction), MemoryUser()), claims


@pytest.fixture
def figures_made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every Figure the query layer makes, counted."""
    made: list[int] = []

    class CountedFigure(store.query.figures.Figure):
        __slots__ = ()

        def __init__(self, *args, **kwargs) -> None:
            made.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(store.query.figures, "Figure", CountedFigure)
    return made


@pytest.fixture
def claims_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every claim the views read from the view columns by row, counted."""
    read: list[int] = []
    claim = ViewSource.claim

    def counted(self: ViewSource, row: int) -> Claim:
        read.append(row)
        return claim(self, row)

    monkeypatch.setattr(ViewSource, "claim", counted)
    return read


async def test_a_measure_of_thousands_of_values_makes_only_the_rows_drawn(figures_made) -> None:
    data, claims = big_corpus()
    with_figures = [claim for claim in claims if claim.quantities]
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(lambda: isinstance(app.screen, FiguresScreen) and app.screen.rows, pilot=pilot)
        table = app.screen.query_one("#figures-table", ViewTable)
        assert table.row_count == len(with_figures)
        assert len(figures_made) < 100  # a screenful (and the caption's latest value), not 1,500
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == len(with_figures) - 1
        assert app.screen.highlighted_figure().claim.id == with_figures[-1].id  # date order: the last
        await pilot.press("s")  # by size: the largest first
        await pilot.press("home")
        await pilot.pause()
        assert table.cells(0)["value"].plain == f"{CLAIMS - 1:,}"
        assert table.cells(1)["value"].plain == f"{CLAIMS - 3:,}"
        assert len(figures_made) < 300
        await pilot.press("enter")
        assert app.dismissed == [with_figures[-1].id]


def floors_corpus(articles: int = 60, each: int = 10) -> Data:
    """``articles`` reports of one day, each of ``each`` floors ("at least N troops"): sources that
    differ, but only by bounds, which disagree with nothing."""
    made, claims = [], []
    for a in range(articles):
        texts = [f"At least {a * each + n + 1} troops arrived in Zebra Republic." for n in range(each)]
        body = f"Report {a}\n" + "".join(text + "\n" for text in texts)
        article = Article(article_id(body), f"Report {a}", f"Wire {a}", [], "2024-06-01", False, f"r{a}.txt", body)
        made.append(article)
        start = len(f"Report {a}\n")
        for n, text in enumerate(texts):
            floor = a * each + n + 1
            quantity = Quantity(f"at least {floor}", float(floor), float(floor), None, "troops", "troops deployed")
            claims.append(
                Claim(
                    f"{article.id}-{n}",
                    article.id,
                    start,
                    start + len(text),
                    text,
                    "quantity",
                    None,
                    "asserted",
                    quantities=[quantity],
                    date="2024-06-01",
                    subject="Zebra troops deployed",
                    entities=["Zebra Republic"],
                )
            )
            start += len(text) + 1
    return Data(MemoryCorpus(Extraction(made, claims, [], [])), MemoryUser())


async def test_a_header_over_thousands_of_floors_makes_only_the_rows_drawn(figures_made) -> None:
    """The caption compares reports of one day by their stated values: telling a floor from a
    stated value reads no figure (each was made to tell, 0.45 s for 20k at 100k claims)."""
    data = floors_corpus()
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(lambda: isinstance(app.screen, FiguresScreen) and app.screen.rows, pilot=pilot)
        caption = str(app.screen.query_one("#figures-chart-caption").render())
        assert caption.splitlines()[0].startswith("Zebra troops deployed  latest: ≥")  # floors disagree with nothing
        assert len(figures_made) < 100  # a screenful and the latest value, not 600


def test_a_figure_read_alone_is_made_once(figures_made) -> None:
    """Above a screenful a measure makes its figures one by one as they are read; a row read
    again (drawn again, opened with Enter, the latest value) is not made again."""
    from store.query.queries import CorpusQueries

    data, _claims = big_corpus()
    figures = CorpusQueries(data.corpus).figures[0].figures
    first = figures[100]
    assert figures[100] is first and figures[-1] is figures[len(figures) - 1]
    assert len(figures_made) == 2


async def test_an_entity_of_thousands_of_claims_reads_only_the_rows_drawn(claims_read) -> None:
    data, claims = big_corpus()
    app = ViewHost(lambda: EntitiesScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(lambda: isinstance(app.screen, EntitiesScreen) and app.screen.claims, pilot=pilot)
        table = app.screen.query_one("#entities-claims", ViewTable)
        assert table.row_count == CLAIMS
        listed = app.screen.query_one("#entities-list", ViewTable)
        drawn = listed.line_text(0, listed.scrollable_content_region.width).plain
        assert drawn.rstrip().endswith(f"{CLAIMS:,}")  # its count whole, not cut to "3,0…"
        assert f"said {CLAIMS:,} · about 0" in str(app.screen.query_one("#entities-summary").render())
        assert len(set(claims_read)) < 300  # a screenful and the figures column's width, not 3,000
        table.focus()
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == CLAIMS - 1
        assert table.cells(CLAIMS - 1)["claim"].plain == claims[-1].text  # said, in date order: the last
        await pilot.press("g")  # the claims with figures only
        await pilot.pause()
        assert table.row_count == CLAIMS // 2
        assert table.cells(0)["figures"].plain == "1"
        await pilot.press("end")
        await pilot.pause()
        assert table.cells(table.cursor_row)["claim"].plain == f"The ministry said {CLAIMS - 1} troops arrived."
        assert len(set(claims_read)) < 600
        await pilot.press("enter")
        assert app.dismissed == [claims[CLAIMS - 1].id]


@pytest.fixture
def events_made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every timeline Event the query layer makes, counted."""
    import store.query.timeline

    made: list[int] = []

    class CountedEvent(store.query.timeline.Event):
        __slots__ = ()

        def __init__(self, *args, **kwargs) -> None:
            made.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(store.query.timeline, "Event", CountedEvent)
    return made


async def test_a_timeline_of_thousands_of_claims_makes_only_the_events_drawn(events_made) -> None:
    """Every event held as an object cost ~330 MB at a million claims, to show a screenful."""
    from tui.screens.timeline import TimelineScreen

    data, claims = big_corpus()
    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(lambda: isinstance(app.screen, TimelineScreen) and app.screen.shown, pilot=pilot)
        table = app.screen.query_one("#timeline-table", ViewTable)
        assert table.row_count == CLAIMS
        assert len(events_made) < 100  # a screenful and the story arc's, not 3,000
        await pilot.press("end")
        await pilot.pause()
        assert table.cells(CLAIMS - 1)["claim"].plain == claims[-1].text  # date order: the last
        await pilot.press("slash", *"troops")
        await wait_until(lambda: app.screen.filter_current, pilot=pilot)
        assert table.row_count == CLAIMS // 2
        assert table.cursor_row == CLAIMS // 2 - 1  # still on the same claim: it is a troop count
        assert len(events_made) < 300
        await pilot.press("enter", "enter")  # to the table, then open the claim
        assert app.dismissed == [claims[-1].id]
