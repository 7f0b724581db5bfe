"""The main view at 80x24 to 200x60, in every keymap and with NO_COLOR: marks, indents, counts, link reasons."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from corpus.loader import article_id
from corpus.model import Article, Claim, Extraction, XRef
from store.corpus_db import CorpusDB
from store.paths import config_path
from store.user_db import UserDB
from tests.tui.corpus_fixture import app_data, sentence_claim, write_corpus
from tests.tui.helpers import option_texts, reader_of, screen_text, visible_text
from tests.tui.test_views_figures import show
from tests.tui.test_views_sample import ViewHost, sample_data
from tui.app import FactscopeApp
from tui.data import AppData
from tui.screens.figures import FiguresScreen
from tui.widgets.claim_detail import XRefList
from tui.widgets.claims import ClaimsList
from tui.widgets.footer import KeyBar
from tui.widgets.sources import SourcesList


async def test_narrow_layout_names_the_help_key_in_force(make_data) -> None:
    config_path().parent.mkdir(parents=True)
    config_path().write_text('[keys]\n"help.show" = "f2"\n')
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        strip = str(app.main_screen.query_one("#pane-tabs").render())
        assert "tab: next pane" in strip
        assert "f2 Help" in str(app.main_screen.query_one(KeyBar).render())
        await pilot.press("f2")
        assert type(app.screen).__name__ == "HelpScreen"


def _quoted_corpus(path: Path) -> AppData:
    """Two articles; the second's claim is a quotation, linked from the first's."""
    bodies = ("Seoul said 1,500 troops were sent.\n", "“We sent 3,000 troops,” a source said.\n")
    articles = [
        Article(article_id(body), f"Article {n}", f"Outlet {n}", [], "2024-10-1" + str(n), False, f"{n}.txt", body)
        for n, body in enumerate(bodies)
    ]
    texts = ("Seoul said 1,500 troops were sent.", "“We sent 3,000 troops,”")
    claims = [sentence_claim(f"c{n}", article, text) for n, (article, text) in enumerate(zip(articles, texts))]
    return app_data(path, articles, claims, [XRef("c0", "c1", "conflicts", 0.9, "1,500 vs 3,000")])


async def test_a_linked_claim_that_is_a_quotation_is_not_quoted_twice(tmp_path: Path) -> None:
    app = FactscopeApp(data=_quoted_corpus(tmp_path / "corpus.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_claim("c0")
        await pilot.pause()
        links = option_texts(app.main_screen.query_one(XRefList))
        assert any("    “We sent 3,000 troops,”\n" in link for link in links), links
        assert not any("““" in link or "””" in link for link in links)


def _shown_keys(screen) -> dict[str, str]:
    """What the footer shows: key -> description of the bindings shown there."""
    return {key: active.binding.description for key, active in screen.active_bindings.items() if active.binding.show}


async def test_footer_and_help_show_follow_where_it_applies_in_the_cross_references(make_data) -> None:
    from tests.tui.corpus_fixture import build_extraction

    source = next(c for c in build_extraction().claims if "1,500 special" in c.text)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_claim(source.id)
        await pilot.pause()
        app.main_screen.query_one(XRefList).focus()
        await pilot.pause()
        assert _shown_keys(app.screen).get("enter") == "Follow"
        await pilot.press("question_mark")
        help_text = screen_text(app)
        assert "Follow" in help_text and "xref.follow" in help_text


async def test_footer_of_the_bookmarks_list_shows_that_enter_opens(make_data, extraction) -> None:
    claim = next(c for c in extraction.claims if "Pyongyang denied" in c.text)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_claim(claim.id)
        await pilot.press("b", "B")
        assert type(app.screen).__name__ == "BookmarksScreen"
        assert _shown_keys(app.screen).get("enter") == "Open"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.main_screen and app.main_screen.selected_id == claim.id


def _grey(colour) -> float:
    red, green, blue = colour.triplet if colour is not None and colour.triplet else (0, 0, 0)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _contrasts_as_drawn(app, widget, y: int, wanted: str) -> list[float]:
    """Brightness difference of text and background for each cell of ``wanted`` on line ``y``
    of ``widget``, after the app's own line filters (NO_COLOR's greying among them)."""
    from textual.color import Color

    background = widget.styles.background
    segments = list(widget.render_line(y))
    for line_filter in app.get_line_filters():
        segments = line_filter.apply(segments, background)
    default = Color.parse("#000000").rich_color
    contrasts = []
    for segment in segments:
        if not segment.text.strip() or not any(char in wanted for char in segment.text):
            continue
        style = segment.style
        fore, back = style.color, style.bgcolor or background.rich_color or default
        if style.reverse:
            fore, back = back, fore
        contrasts.append(abs(_grey(fore) - _grey(back)))
    return contrasts


async def test_no_color_keeps_denials_and_conflict_marks_readable(make_data, extraction, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    denial = next(c for c in extraction.claims if c.kind == "denial")  # and in conflict
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_claim(denial.id)
        await pilot.pause()
        assert app.no_color
        reader = reader_of(app)
        line = next(y for y in range(reader.size.height) if "denied" in reader.render_line(y).text)
        assert min(_contrasts_as_drawn(app, reader, line, "Pyongyang denied")) > 60  # selected, reversed
        claims = app.main_screen.query_one(ClaimsList)
        row = next(y for y in range(claims.size.height) if "≠" in claims.render_line(y).text)
        assert min(_contrasts_as_drawn(app, claims, row, "≠✗")) > 60


async def test_a_jump_from_a_view_on_a_narrow_terminal_shows_the_claim_not_the_sources(make_data, extraction) -> None:
    claim = next(c for c in extraction.claims if "Pyongyang denied" in c.text)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("shift+tab")  # the sources pane, the only one shown at 80 columns
        assert app.main_screen.active_pane == "sources"
        await pilot.press("f")
        app.screen.dismiss(claim.id)  # as Enter on a figure does
        await pilot.pause()
        assert app.main_screen.selected_id == claim.id
        assert app.main_screen.active_pane == "reader" and app.focused is reader_of(app)
        marked = [line for line in visible_text(reader_of(app)).splitlines() if line.startswith("▶")]
        assert marked and "Pyongyang denied" in " ".join(marked)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_wrapped_claims_and_links_stay_indented_under_their_marks(make_data, extraction, size) -> None:
    source = next(c for c in extraction.claims if "1,500 special" in c.text)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=size) as pilot:
        app.open_claim(source.id)
        await pilot.press("tab")  # the claims pane (shown alone at 80 columns)
        await pilot.pause()
        claims = app.main_screen.query_one(ClaimsList)
        lines = [claims.render_line(y).text.rstrip() for y in range(claims.size.height)]
        lines = [line for line in lines if line.strip()]
        firsts = [line for line in lines if not line.startswith(" ")]
        assert len(firsts) == 3 and firsts[0].startswith("#≠")  # one line per claim opens with its marks
        assert all(line.startswith(" " * 5) for line in lines if line not in firsts)
        assert any("— National Intelligence Service" in line for line in lines)
        links = app.main_screen.query_one(XRefList)
        drawn = [links.render_line(y).text.rstrip() for y in range(links.size.height)]
        quoted = next(i for i, line in enumerate(drawn) if "“about 3,000" in line)
        assert drawn[quoted].startswith("    “about 3,000")
        assert drawn[quoted + 1].startswith("    ")  # the wrapped rest and the reason stay indented


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_sources_list_marks_the_open_article_without_colour(make_data, extraction, size) -> None:
    kyiv, seoul = (next(a for a in extraction.articles if a.title.startswith(t)) for t in ("Kyiv", "North"))
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        sources = app.main_screen.query_one(SourcesList)
        marked = [text for text in option_texts(sources) if text.startswith("▶ ")]
        assert len(marked) == 1 and kyiv.title in marked[0]
        await pilot.press("shift+tab", "down")  # the cursor moves; the open article stays marked
        assert [t for t in option_texts(sources) if t.startswith("▶ ")] == marked
        app.open_article(seoul.id)
        await pilot.pause()
        marked = [text for text in option_texts(sources) if text.startswith("▶ ")]
        assert len(marked) == 1 and seoul.title in marked[0]


async def test_source_with_one_claim_says_one_claim(tmp_path: Path) -> None:
    app = FactscopeApp(data=_quoted_corpus(tmp_path / "corpus.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        texts = option_texts(app.main_screen.query_one(SourcesList))
        assert all("· 1 claim" in text and "1 claims" not in text for text in texts), texts


async def test_counts_of_one_read_as_english_in_the_article_header_and_figures(tmp_path: Path) -> None:
    app = FactscopeApp(data=_quoted_corpus(tmp_path / "corpus.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        header = str(app.main_screen.query_one("#article-title").render())
        assert "· 1 claim" in header and "1 claims" not in header
    data, _ = sample_data()
    figures = ViewHost(lambda: FiguresScreen(data))
    async with figures.run_test(size=(120, 40)) as pilot:
        await show(pilot, "payment per worker")  # one reported value, one source
        caption = str(figures.screen.query_one("#figures-chart-caption").render())
        assert "1 value, 1 source" in caption


async def test_no_color_keeps_a_failed_save_message_readable(make_data, extraction, disk_full, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    claim = next(c for c in extraction.claims if "1,500 special" in c.text)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_claim(claim.id)
        disk_full.on()
        await pilot.press("a", *"keep me", "ctrl+s")
        await pilot.pause()
        error = app.screen.query_one("#note-error")
        assert "No space left" in str(error.render())
        assert min(_contrasts_as_drawn(app, error, 0, "Nospace")) > 60
        disk_full.off()


async def test_a_long_link_reason_keeps_its_verdict(tmp_path: Path) -> None:
    from tests.tui.corpus_fixture import build_extraction

    extraction = build_extraction()
    reason = "both count troops deployed: " + "1,500 troops (agency, Oct 2024) vs " * 5 + "— later figure"
    extraction.xrefs[0] = replace(extraction.xrefs[0], reason=reason)
    write_corpus(tmp_path / "c.json", extraction)
    data = AppData(CorpusDB.open(tmp_path / "c.json"), UserDB.open(tmp_path / "u.json"))
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_claim(extraction.xrefs[0].source)
        await pilot.pause()
        links = " ".join(" ".join(t.split()) for t in option_texts(app.main_screen.query_one(XRefList), 80))
        assert "— later figure (0.90)" in links


def _two_conflicting_claims(tmp_path: Path, texts: tuple[str, str]) -> AppData:
    """Two one-claim articles, each its text, the first claim conflicting with the second."""
    bodies = tuple(text + "\n" for text in texts)
    articles = [
        Article(article_id(body), f"A{n}", f"O{n}", [], "2024-10-1" + str(n), False, f"{n}.txt", body)
        for n, body in enumerate(bodies)
    ]
    claims = [
        Claim(f"c{n}", a.id, 0, len(t), t, "quantity", None, "asserted")
        for n, (a, t) in enumerate(zip(articles, texts))
    ]
    write_corpus(tmp_path / "c.json", Extraction(articles, claims, [], [XRef("c0", "c1", "conflicts", 0.9, "r")]))
    return AppData(CorpusDB.open(tmp_path / "c.json"), UserDB.open(tmp_path / "u.json"))


async def test_a_linked_claim_is_shown_whole_so_a_late_figure_can_be_compared(tmp_path: Path) -> None:
    lead = "A drone strike on a training ground in the occupied part of the region, local officials said, "
    texts = ("Seoul said 1,500 troops were sent.", lead * 3 + "killed 27 soldiers.")
    app = FactscopeApp(data=_two_conflicting_claims(tmp_path, texts))
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_claim("c0")
        await pilot.pause()
        links = " ".join(" ".join(t.split()) for t in option_texts(app.main_screen.query_one(XRefList), 80))
        assert "killed 27 soldiers.”" in links


async def test_an_undated_claim_shows_its_articles_date_as_estimated(make_data, extraction) -> None:
    undated = next(c for c in extraction.claims if c.date is None and "Pyongyang denied" in c.text)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_claim(undated.id)
        await pilot.pause()
        facts = str(app.main_screen.query_one("#claim-facts").render())
        assert facts.splitlines()[0].endswith("· ≈2024-10 (article's date)")


async def test_the_first_links_group_header_stays_in_view_in_a_short_pane(tmp_path: Path) -> None:
    lead = "A drone strike on a training ground in the occupied part of the region, local officials said, "
    texts = ("Seoul said 1,500 troops were sent.", lead * 5 + "killed 27 soldiers.")  # taller than the pane
    app = FactscopeApp(data=_two_conflicting_claims(tmp_path, texts))
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_claim("c0")
        await pilot.press("tab")  # the claims pane, alone at 80 columns
        await pilot.pause()
        links = app.main_screen.query_one(XRefList)
        assert links.highlighted_target() == "c1"
        assert links.render_line(0).text.strip().startswith("≠ conflicts (1)")
