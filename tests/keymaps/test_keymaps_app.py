"""The real app with a keymap applied: vim keys drive search -> follow -> back,
and footer, help and palette show the keys actually in force."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

from store.corpus_db import CorpusDB
from store.paths import config_path
from store.user_db import UserDB
from tests.tui.corpus_fixture import build_extraction, built_corpora
from tests.tui.helpers import SIZES, palette_settled, settle_search
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import AppData
from tui.keys.apply import keys_in_force
from tui.keys.sequences import PendingKeysScreen
from tui.widgets.footer import KeyBar


@pytest.fixture
def extraction():
    return build_extraction()


@pytest.fixture
def data(extraction, tmp_path: Path) -> AppData:
    built_corpora().write(tmp_path / "corpus.json", extraction, "keymap-tests")
    return AppData(corpus=CorpusDB.open(tmp_path / "corpus.json"), user=UserDB.open(tmp_path / "user.json"))


def claim_with(extraction, fragment: str):
    return next(claim for claim in extraction.claims if fragment in claim.text)


def ordered_claim_ids(extraction, article_id: str) -> list[str]:
    claims = [claim for claim in extraction.claims if claim.article_id == article_id]
    return [claim.id for claim in sorted(claims, key=lambda claim: claim.start)]


@pytest.mark.parametrize("size", SIZES)
async def test_vim_keys_drive_search_follow_and_back(data, extraction, size) -> None:
    source = claim_with(extraction, "1,500 special")
    target = claim_with(extraction, "3,000 North Korean")
    app = FactscopeApp(keymap="vim", data=data)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.main_screen
        await pilot.press("slash")
        assert type(app.screen).__name__ == "SearchScreen"
        await pilot.press(*"1,500 special")
        await settle_search(pilot)
        await pilot.press("ctrl+n", "ctrl+p")  # vim's completion-menu keys move in the results
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert (screen.article.id, screen.selected_id) == (source.article_id, source.id)

        await pilot.press("ctrl+right_square_bracket")  # follow, as with a tag
        await pilot.pause()
        assert (screen.article.id, screen.selected_id) == (target.article_id, target.id)

        await pilot.press("ctrl+o")  # back along the path
        await pilot.pause()
        assert (screen.article.id, screen.selected_id) == (source.article_id, source.id)
        await pilot.press("L")  # and forward again
        await pilot.pause()
        assert (screen.article.id, screen.selected_id) == (target.article_id, target.id)


async def test_vim_moves_through_claims_with_j_k_g_g_and_G(data, extraction) -> None:
    seoul = claim_with(extraction, "1,500 special").article_id
    ids = ordered_claim_ids(extraction, seoul)
    app = FactscopeApp(keymap="vim", data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_article(seoul)
        await pilot.pause()
        screen = app.main_screen
        assert screen.selected_id == ids[0]
        await pilot.press("j")
        assert screen.selected_id == ids[1]
        await pilot.press("G")
        assert screen.selected_id == ids[-1]
        await pilot.press("k")
        assert screen.selected_id == ids[-2]
        await pilot.press("g")
        assert isinstance(app.screen, PendingKeysScreen)
        await pilot.press("g")
        await pilot.pause()
        assert app.screen is screen and screen.selected_id == ids[0]
        await pilot.press("n")  # n / N are next / previous as well
        assert screen.selected_id == ids[1]


async def test_help_footer_and_palette_show_the_keys_in_force(data) -> None:
    config_path().parent.mkdir(parents=True)
    config_path().write_text('keymap = "vim"\n[keys]\n"bookmark.toggle" = "M"\n')
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        active = {key: item.binding.id for key, item in app.main_screen.active_bindings.items()}
        assert active.get("j") == "claim.next" and active.get("g g") == "claim.first"
        assert active.get("M") == "bookmark.toggle" and active.get("b") != "bookmark.toggle"
        assert active.get("colon") == "palette.open"
        footer_keys = {
            app.get_key_display(item.binding) for item in app.main_screen.active_bindings.values() if item.binding.show
        }
        assert {"j", "M"} <= footer_keys

        await pilot.press("question_mark")
        help_rows = {row[0]: row[1] for row in app.screen.rows}
        assert help_rows["claim.next"] == "j, n"
        assert help_rows["claim.first"] == "g g, <"
        assert help_rows["bookmark.toggle"] == "M"
        await pilot.press("escape")

        await pilot.press("colon")  # vim's palette key
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"bookmark")
        await wait_until(lambda: palette_settled(app), pilot=pilot, what="the palette's hits")
        prompts = [str(option.prompt) for option in app.screen.query("CommandList").first().options]
        assert "Bookmark  M" in [prompt.splitlines()[0] for prompt in prompts], prompts


async def test_keymap_warnings_are_notifications_and_the_rest_applies(data) -> None:
    config_path().parent.mkdir(parents=True)
    config_path().write_text('[keys]\n"claim.nxet" = "j"\n"claim.prev" = "ctrl+"\n"claim.last" = "J"\n')
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        messages = [str(toast.render()) for toast in app.screen.query("Toast")]
        assert any("unknown binding id 'claim.nxet'" in message for message in messages)
        assert any("'claim.prev': key 'ctrl+' has no key" in message for message in messages)
        resolved = keys_in_force(app)
        assert resolved is not None and resolved.keys["claim.last"] == ("J",)
        assert app.main_screen.active_bindings["J"].binding.id == "claim.last"


async def test_a_broken_config_still_starts_the_app_with_default_keys(data) -> None:
    config_path().parent.mkdir(parents=True)
    config_path().write_text("keymap = vim\n")
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        messages = [str(toast.render()) for toast in app.screen.query("Toast")]
        assert any("is not valid TOML" in message and "using the default keys" in message for message in messages)
        assert app.screen is app.main_screen
        resolved = keys_in_force(app)
        assert resolved is not None and resolved.name == "default"
        assert app.main_screen.active_bindings["n"].binding.id == "claim.next"


async def test_emacs_keys_search_cancel_and_move(data, extraction) -> None:
    seoul = claim_with(extraction, "1,500 special").article_id
    ids = ordered_claim_ids(extraction, seoul)
    app = FactscopeApp(keymap="emacs", data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_article(seoul)
        await pilot.pause()
        screen = app.main_screen
        await pilot.press("ctrl+s")
        assert type(app.screen).__name__ == "SearchScreen"
        await pilot.press("ctrl+g")  # cancel
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("ctrl+n", "ctrl+n")
        assert screen.selected_id == ids[2]
        await pilot.press("ctrl+p")
        assert screen.selected_id == ids[1]
        await pilot.press("less_than_sign")  # Alt+< as most terminals deliver it
        assert screen.selected_id == ids[0]
        await pilot.press("alt+greater_than_sign")
        assert screen.selected_id == ids[-1]
        pane = screen.active_pane
        await pilot.press("ctrl+x")
        assert isinstance(app.screen, PendingKeysScreen)
        await pilot.press("o")  # C-x o: the next pane
        await pilot.pause()
        assert app.screen is screen and screen.active_pane != pane


@pytest.mark.parametrize(
    ("keymap", "palette", "next_claim"),
    [("emacs", "alt+x", "^n"), ("vim", ":", "j"), (None, "^p", "n")],
)
async def test_footer_shows_the_keys_in_force(data, keymap, palette, next_claim) -> None:
    app = FactscopeApp(keymap=keymap, data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        footer = app.main_screen.query_one(KeyBar)
        keys = [(key.display, key.description) for key in (*footer.keys, *footer.pinned)]
        assert (palette, "Palette") in keys
        assert (next_claim, "Next claim") in keys
        assert f" {next_claim} Next claim " in str(footer.render())


async def test_help_lists_sequences_not_their_first_keys(data) -> None:
    app = FactscopeApp(keymap="vim", data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        keys = [row[1] for row in app.screen.rows]
        assert "g g, <" in keys
        assert "g" not in keys and "ctrl+w" not in keys and "^w" not in keys


@pytest.mark.parametrize("settings", ["none", "own default keymap", "config file"])
async def test_key_settings_are_applied_only_where_there_are_some(data, settings) -> None:
    """No settings: the bindings' own keys, nothing applied; the user's own default.toml or a config: applied."""
    if settings == "own default keymap":
        keymap_dir = config_path().parent / "keymaps"
        keymap_dir.mkdir(parents=True)
        (keymap_dir / "default.toml").write_text('[keys]\n"claim.next" = "j"\n')
    elif settings == "config file":
        config_path().parent.mkdir(parents=True)
        config_path().write_text('[keys]\n"claim.next" = "j"\n')
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        active = {key: item.binding.id for key, item in app.main_screen.active_bindings.items()}
        if settings == "none":
            assert keys_in_force(app) is None
            assert active.get("n") == "claim.next" and "j" not in active
        else:
            assert keys_in_force(app) is not None
            assert active.get("j") == "claim.next" and active.get("n") != "claim.next"
