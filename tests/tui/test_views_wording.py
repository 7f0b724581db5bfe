"""How the views word what they show: ratios, glyphs, singular counts, excerpts at word boundaries."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corpus.loader import article_id
from corpus.model import Article, Claim, Entity, Extraction
from store.corpus_db import CorpusDB
from store.user_db import UserDB
from tests.tui.corpus_fixture import write_corpus
from tests.tui.helpers import palette_settled
from tests.tui.test_views_figures import show
from tests.tui.test_views_sample import ViewHost, sample_data
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import AppData
from tui.screens.entities import EntitiesScreen
from tui.screens.figures import FiguresScreen
from tui.screens.search import SearchScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.view_bar_chart import OPEN_UP
from tui.widgets.view_format import excerpt
from tui.widgets.view_result_list import ResultList
from tui.widgets.view_table import ViewTable


def test_figures_ratio_of_a_large_spread_is_in_full_not_in_e_notation() -> None:
    from tui.screens.figures import ratio_label

    assert ratio_label(1200) == "×1,200" and ratio_label(16.66) == "×16.7"


async def test_figures_cursor_mark_is_not_the_chart_glyph_for_or_more() -> None:
    data, _ = sample_data()
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await show(pilot, "troops deployed")
        table = app.screen.query_one("#figures-table", ViewTable)
        cursor_line = "".join(segment.text for segment in table.render_line(1))  # under the header
        assert cursor_line[0] != OPEN_UP and cursor_line.startswith("▶")


async def test_timeline_story_arc_reads_in_the_order_things_happened() -> None:
    data, sample = sample_data()
    claims = data.corpus._x.claims  # the sample's own list (a copy per sample)
    denial = next(i for i, c in enumerate(claims) if c.id == sample.ids["hoax"])
    claims[denial] = replace(claims[denial], date="2025-05-02")  # denied only after Russia confirmed (2025-04-26)
    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        arc = str(app.screen.query_one("#timeline-arc").render())
        assert arc == "? rumour ≈2022-08 → ✔ confirmed 2025-04-26 → ✗ denied 2025-05-02"


async def test_entity_aliases_leave_out_its_own_name_and_repeats() -> None:
    data, _ = sample_data()
    entities = data.corpus._x.entities  # the sample's own list (a copy per sample)
    entities[0] = Entity("North Korea", "country", ["North Korea", "Pyongyang", "pyongyang", "DPRK"])
    app = ViewHost(lambda: EntitiesScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#entities-list", ViewTable)
        assert table.cells(0)["name"].plain == "North Korea" and table.cells(0)["aliases"].plain == "2"
        summary = str(app.screen.query_one("#entities-summary").render())
        assert "also: Pyongyang, DPRK" in summary


async def test_palette_entity_counts_are_singular_for_one_claim(tmp_path: Path) -> None:
    from tests.tui.corpus_fixture import build_extraction

    extraction = build_extraction()
    statement = next(i for i, c in enumerate(extraction.claims) if c.text.startswith("Kyiv said"))
    extraction.claims[statement] = replace(extraction.claims[statement], entities=["Kyiv"])
    extraction.entities.append(Entity("Kyiv", "place", []))
    write_corpus(tmp_path / "corpus.json", extraction)
    data = AppData(CorpusDB.open(tmp_path / "corpus.json"), UserDB.open(tmp_path / "user.json"))
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"kyiv")
        await wait_until(lambda: palette_settled(app), pilot=pilot, what="the palette's hits")
        prompts = [str(option.prompt) for option in app.screen.query("CommandList").first().options]
        assert any("Kyiv (place, 1 claim)" in prompt for prompt in prompts), prompts
        assert not any("1 claims" in prompt for prompt in prompts)


def test_excerpts_start_and_end_at_word_boundaries() -> None:
    words = " ".join(f"word{i:03d}" for i in range(80))
    at = words.index("word040")
    window, spans = excerpt(words, [(at, at + 7)], 60)
    assert [window[s:e] for s, e in spans] == ["word040"]
    assert window.startswith("…word") and window.endswith("…") and len(window) <= 60
    assert window[1:-1].strip() == window[1:-1]  # whole words between the ellipses
    assert all(len(word) == 7 for word in window.strip("…").split())


async def test_search_results_do_not_start_in_the_middle_of_a_word() -> None:
    data, _ = sample_data()
    app = ViewHost(lambda: SearchScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"shoigu")
        await wait_until(lambda: app.screen.results_current, pilot=pilot, what="the search results")
        results = app.screen.query_one(ResultList)
        texts = [results.get_option_at_index(i).prompt.plain.split("\n")[0] for i in range(results.option_count)]
        cut = [text for text in texts if text.startswith("…")]
        assert cut and all(text[1:2].isupper() or text[1:2].isalnum() for text in cut)
        bodies = {c.text for c in data.corpus.claims()}
        for text in cut:
            first_word = text[1:].split()[0]
            assert any(f" {first_word}" in body for body in bodies), text


async def test_timeline_title_counts_one_dated_claim_in_english() -> None:
    from tests.tui.test_views_sample import Data, MemoryCorpus, MemoryUser

    body = "Seoul said 1,500 troops were sent.\n"
    article = Article(article_id(body), "A", "O", [], "2024-10-10", False, "a.txt", body)
    claim = Claim("c0", article.id, 0, len(body) - 1, body[:-1], "quantity", None, "asserted")
    data = Data(MemoryCorpus(Extraction([article], [claim], [], [])), MemoryUser())
    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        title = str(app.screen.query_one("#timeline-title").render())
        assert title == "Timeline — 1 dated claim"
