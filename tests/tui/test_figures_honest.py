"""The figures view shows what the texts say: no invented interval, no comparison of
unlike things (other dates, other units) presented as a rise."""

from __future__ import annotations

from textual.widgets import OptionList

from corpus.loader import article_id
from corpus.model import Article, Claim, Extraction, Quantity
from store.query.figures import collect_measures
from tests.tui.test_views_figures import column, show
from tests.tui.test_views_sample import Data, MemoryCorpus, MemoryUser, ViewHost
from tui.screens.figures import FiguresScreen
from tui.widgets.view_bar_chart import SOLID, SPAN
from tui.widgets.view_format import quantity_label


def _corpus(reports: list[tuple[str, str, str, Quantity | list[Quantity]]], subject: str = "zebra payments") -> Data:
    """One article per report: (outlet, date, sentence, its quantity or quantities); every report names one
    party, so their figures are of one story (a subject naming no party is not one thing across stories)."""
    articles, claims = [], []
    for number, (outlet, date, sentence, quantity) in enumerate(reports):
        article = Article(article_id(sentence), f"Report {number}", outlet, [], date, False, f"r{number}.txt", sentence)
        articles.append(article)
        claims.append(
            Claim(
                f"c{number}",
                article.id,
                0,
                len(sentence),
                sentence,
                "quantity",
                outlet,
                "asserted",
                quantities=quantity if isinstance(quantity, list) else [quantity],
                date=date,
                subject=subject,
                entities=["Zebra Republic"],
            )
        )
    return Data(MemoryCorpus(Extraction(articles, claims, [], [])), MemoryUser())


def test_approximately_is_the_number_said_never_an_interval_around_it() -> None:
    stored = Quantity("approximately 6,000", 6000, 5400, 6600, "people", "casualties")
    assert quantity_label(stored) == "≈6,000"
    no_value = Quantity("approximately 6,000", None, 5400, 6600, "people", "casualties")
    assert "5,400" not in quantity_label(no_value) and "6,600" not in quantity_label(no_value)
    money = Quantity("approximately $12 million", 12_000_000, 10_800_000, 13_200_000, "USD", "payment")
    assert quantity_label(money) == "≈$12,000,000"


def test_a_ratio_and_dollars_are_two_charts_and_an_approximate_scales_by_what_was_said() -> None:
    data = _corpus(
        [
            ("Wire A", "2025-06-18", "Each got $2,000.", Quantity("$2,000", 2000, 2000, 2000, "USD", "payment")),
            (
                "Wire B",
                "2025-06-18",
                "About $2,000 each.",
                Quantity("approximately $2,000", 2000, 1800, 2200, "USD", "payment"),
            ),
            (
                "Wire C",
                "2025-06-18",
                "Nearly 100 times the wage.",
                Quantity("nearly 100", 100, 90, 100, "times", "ratio"),
            ),
        ]
    )
    measures = {m.label: m for m in collect_measures(data.corpus)}
    # the dollars are the payment the cross-references compare; the ratio, which they compare with
    # nothing, stays under its subject: two charts, one unit each
    assert set(measures) == {"payment", "zebra payments"}
    assert {f.quantity.unit for f in measures["zebra payments"].figures} == {"times"}
    assert measures["payment"].span() == (2000, 2000)  # not 2,200: nobody said it


async def test_header_compares_only_reports_of_the_same_date() -> None:
    data = _corpus(
        [
            (
                "Wire A",
                "2022-08-01",
                "As many as 100,000 may go.",
                Quantity("100,000", 100_000, 100_000, 100_000, "people", "troops"),
            ),
            ("Wire B", "2025-06-02", "Some 4,000 went.", Quantity("4,000", 4000, 4000, 4000, "people", "troops")),
            ("Wire C", "2025-06-20", "Some 6,000 went.", Quantity("6,000", 6000, 6000, 6000, "people", "troops")),
            ("Wire D", "2025-06-20", "Some 9,000 went.", Quantity("9,000", 9000, 9000, 9000, "people", "troops")),
        ]
    )
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await show(pilot, "troops")
        caption = str(app.screen.query_one("#figures-chart-caption").render())
        assert "100,000" not in caption.splitlines()[0]  # 2022's rumour is not compared with 2025
        # the 2nd's 4,000 is no disagreement with the 20th's 9,000 (a count can grow in 18 days)
        assert "troops, 2025-06-20: 6,000 vs 9,000 (×1.5, 2 sources)" in caption
        assert column(app, "date") == ["2022-08-01", "2025-06-02", "2025-06-20", "2025-06-20"]  # in date order


def test_a_toll_growing_over_a_month_and_a_floor_are_no_disagreement() -> None:
    data = _corpus(
        [
            ("Wire A", "2026-03-02", "At least 42 died.", Quantity("At least 42", 42, 42, None, "people", "killed")),
            ("Wire B", "2026-03-05", "The toll reached 58.", Quantity("58", 58, 58, 58, "people", "killed")),
            ("Wire C", "2026-03-05", "More than 50 died.", Quantity("More than 50", 50, 50, None, "people", "killed")),
        ]
    )
    (measure,) = collect_measures(data.corpus)
    assert measure.disagreement() is None  # not "42 vs 58" (other days), not "50 vs 58" (a floor)
    assert measure.latest() is not None and measure.latest().quantity.value in (50, 58)


def test_a_report_dated_by_its_month_is_compared_with_every_day_of_it() -> None:
    data = _corpus(
        [
            ("Wire A", "2026-03", "Some 3,000 went.", Quantity("3,000", 3000, 3000, 3000, "people", "troops")),
            ("Wire B", "2026-03-18", "Some 1,500 went.", Quantity("1,500", 1500, 1500, 1500, "people", "troops")),
            ("Wire C", "2026-03-02", "Some 1,000 went.", Quantity("1,000", 1000, 1000, 1000, "people", "troops")),
        ]
    )
    (measure,) = collect_measures(data.corpus)
    found = measure.disagreement()
    assert found is not None and (found.when, found.low, found.high, found.sources) == ("2026-03", 1000, 3000, 2)


def test_counts_of_troops_soldiers_and_people_share_one_chart() -> None:
    data = _corpus(
        [
            ("Wire A", "2025-01-02", "Some 300 troops died.", Quantity("300", 300, 300, 300, "troop", "killed")),
            ("Wire B", "2025-01-03", "Some 400 soldiers died.", Quantity("400", 400, 400, 400, "soldier", "killed")),
            ("Wire C", "2025-01-04", "Some 500 people died.", Quantity("500", 500, 500, 500, "people", "killed")),
        ]
    )
    measures = collect_measures(data.corpus)
    assert [m.label for m in measures] == ["killed"] and measures[0].scale() == 500


def _figure(sentence: str, figure: str, value: float, measure: str) -> Quantity:
    """The quantity ``figure`` as it stands in ``sentence`` (with its offsets)."""
    start = sentence.index(figure)
    return Quantity(figure, value, value, value, "people", measure, start, start + len(figure))


async def test_one_strikes_toll_is_not_drawn_in_the_series_of_a_running_total() -> None:
    strike = "Three soldiers were wounded in the strike on the depot on Monday."
    toll = "In all, 4,100 soldiers have been wounded since the war began."
    later = "The toll of wounded has now reached 4,600 soldiers."
    data = _corpus(
        [
            ("Wire A", "2025-04-07", strike, _figure(strike, "Three", 3, "wounded")),
            ("Wire B", "2025-04-02", toll, _figure(toll, "4,100", 4100, "wounded")),
            ("Wire C", "2025-05-02", later, _figure(later, "4,600", 4600, "wounded")),
        ]
    )
    measures = {m.label: m for m in collect_measures(data.corpus)}
    assert set(measures) == {"wounded", "wounded (single incidents)"}
    assert [f.quantity.value for f in measures["wounded"].figures] == [4100, 4600]  # in date order
    assert [f.quantity.value for f in measures["wounded (single incidents)"].figures] == [3]
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await show(pilot, "wounded")
        assert column(app, "value") == ["4,100", "4,600"]
        caption = str(app.screen.query_one("#figures-chart-caption").render())
        assert "3 vs" not in caption and "×1,367" not in caption
        await show(pilot, "wounded (single incidents)")
        assert column(app, "value") == ["3"]


def test_the_parts_of_a_total_are_a_series_of_their_own() -> None:
    sentence = "The army sent 6,000 soldiers, including 1,000 medics and 5,000 engineers."
    data = _corpus(
        [
            (
                "Wire A",
                "2025-06-18",
                sentence,
                [
                    _figure(sentence, "6,000", 6000, "troops"),
                    _figure(sentence, "1,000", 1000, "troops"),
                    _figure(sentence, "5,000", 5000, "troops"),
                ],
            ),
        ]
    )
    measures = {m.label: [f.quantity.value for f in m.figures] for m in collect_measures(data.corpus)}
    assert measures == {"troops": [6000], "troops (parts of a total)": [1000, 5000]}


async def test_killed_wounded_and_casualties_of_one_subject_are_three_series() -> None:
    data = _corpus(
        [
            ("Wire A", "2025-01-10", "About 300 were killed.", Quantity("300", 300, 300, 300, "people", "killed")),
            (
                "Wire B",
                "2025-02-10",
                "Some 2,700 were wounded.",
                Quantity("2,700", 2700, 2700, 2700, "people", "wounded"),
            ),
            (
                "Wire C",
                "2025-03-10",
                "Casualties passed 4,000.",
                Quantity("4,000", 4000, 4000, 4000, "people", "casualties"),
            ),
            ("Wire D", "2025-04-10", "Some 600 were killed.", Quantity("600", 600, 600, 600, "people", "killed")),
        ],
        subject="zebra casualties",
    )
    measures = {m.label: [f.quantity.value for f in m.figures] for m in collect_measures(data.corpus)}
    assert measures == {"killed": [300, 600], "wounded": [2700], "casualties": [4000]}
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await show(pilot, "killed")
        assert column(app, "value") == ["300", "600"]  # no wounded or casualties between them
        caption = str(app.screen.query_one("#figures-chart-caption").render())
        assert "latest: 600 killed (2025-04-10," in caption


def test_two_sources_must_differ_and_only_the_figures_at_the_ends_are_read(monkeypatch) -> None:
    from store.query import figures

    one_source = _corpus(
        [
            ("Wire A", "2026-03-05", "The toll is 58.", Quantity("58", 58, 58, 58, "people", "killed")),
            ("Wire B", "2026-03-05", "At least 42 died.", Quantity("At least 42", 42, 42, None, "people", "killed")),
        ]
    )
    extra = one_source.corpus.claims()[0]
    extra.quantities.append(Quantity("60", 60, 60, 60, "people", "killed"))  # Wire A again: 58 and 60
    (measure,) = collect_measures(one_source.corpus)
    assert measure.disagreement() is None  # 58 vs 60 is one source's two figures; B gave only a floor

    many = [
        (f"Wire {n}", "2025-06-20", f"Some {n} went.", Quantity(f"{n:,}", n, n, n, "people", "troops"))
        for n in range(1000, 1400)
    ]
    (measure,) = collect_measures(_corpus(many).corpus)
    read: list[Quantity] = []
    real = figures._is_bound
    monkeypatch.setattr(figures, "_is_bound", lambda q: read.append(q) or real(q))
    found = measure.disagreement()
    assert found is not None and (found.low, found.high, found.sources) == (1000, 1399, 400)
    assert len(read) <= 4  # not the 400 figures: a screenful of the view at 100k claims


async def test_a_narrow_stated_range_is_drawn_as_a_range_not_as_a_value() -> None:
    data = _corpus(
        [
            (
                "Wire A",
                "2025-06-02",
                "Between 3,800 and 4,000 fled.",
                Quantity("3,800-4,000", None, 3800, 4000, "people", "fled"),
            ),
            ("Wire B", "2025-06-20", "Some 6,000 fled.", Quantity("6,000", 6000, 6000, 6000, "people", "fled")),
        ]
    )
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await show(pilot, "fled")
        assert column(app, "value") == ["3,800–4,000", "6,000"]
        ranged, stated = column(app, "chart")
        assert ranged.endswith(SPAN) and ranged.rstrip(SPAN) == SOLID * len(ranged.rstrip(SPAN))  # █…█░
        assert SPAN not in stated


async def test_words_with_no_number_get_no_bar() -> None:
    data = _corpus(
        [
            (
                "Wire A",
                "2025-06-02",
                "Several thousand fled.",
                Quantity("several thousand", None, 2000, 10000, "people", "fled", vague=True),
            ),
            ("Wire B", "2025-06-20", "Some 6,000 fled.", Quantity("6,000", 6000, 6000, 6000, "people", "fled")),
        ]
    )
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await show(pilot, "fled")
        assert column(app, "value") == ["“several thousand”", "6,000"]
        words, stated = column(app, "chart")
        assert words == "" and stated  # no 2,000-10,000 drawn for words nobody put a number on
        # nor is the chart's scale the words' made-up top: 6,000 is the largest number reported
        assert stated == SOLID * len(stated) and len(stated) == app.screen._chart_width
        measures = app.screen.query_one("#figures-measures", OptionList)
        assert "1 value" not in str(measures.get_option_at_index(0).prompt)
        assert str(measures.get_option_at_index(0).prompt).endswith("2 values · 6,000")
        await pilot.press("s")  # by size: the stated figure first, the words after it
        assert column(app, "value") == ["6,000", "“several thousand”"]


def test_words_with_no_number_are_never_compared_nor_spread_the_list() -> None:
    data = _corpus(
        [
            (
                "Wire A",
                "2025-06-20",
                "Several thousand fled.",
                Quantity("several thousand", None, 2000, 10000, "people", "fled", vague=True),
            ),
            ("Wire B", "2025-06-20", "Some 6,000 fled.", Quantity("6,000", 6000, 6000, 6000, "people", "fled")),
        ]
    )
    (measure,) = collect_measures(data.corpus)
    assert measure.disagreement() is None  # not "6,000 vs 10,000 (x1.7)": nobody said 10,000
    assert (measure.scale(), measure.span()) == (6000, (6000, 6000))
    dozens = Quantity("dozens", None, 24, 99, "people", "fled", vague=True)
    (alone,) = collect_measures(_corpus([("Wire A", "2025-06-20", "Dozens fled.", dozens)]).corpus)
    assert not alone.gives_numbers() and alone.scale() == 0
