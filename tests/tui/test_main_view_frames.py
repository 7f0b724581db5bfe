"""Choosing a claim redraws what shows it, in as few frames as it can: not the whole screen,
and no pane laid out twice because a box changed its height or a list its width."""

from __future__ import annotations

import re

from textual.screen import Screen
from textual.widget import Widget

from tests.tui.helpers import main_of, record_main_frames
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.screens.main import MainScreen
from tui.widgets.claim_detail import XRefList


async def test_choosing_a_claim_or_an_article_repaints_the_panes_never_the_whole_screen(make_data, monkeypatch) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        main = main_of(app)
        repaints: list[Screen] = []
        refresh = Screen.refresh

        def recording(self, *regions, repaint=True, layout=False, recompose=False):
            if self is main and repaint and not regions:
                repaints.append(self)
            return refresh(self, *regions, repaint=repaint, layout=layout, recompose=recompose)

        monkeypatch.setattr(Screen, "refresh", recording)
        await pilot.press("n")  # the next claim
        await pilot.pause()
        other = next(row.article_id for row in main.query_one("#sources").rows if row.article_id != main.article.id)
        main.go_to(type(main.location)(other, None))  # another article, and its first claim
        await pilot.pause()
        assert main.selected_id is not None and main.article.id == other
        assert repaints == []  # a whole-screen repaint redrew every pane (the sources, the article...)


async def test_the_facts_box_and_the_links_keep_their_place_from_claim_to_claim_beside_the_article(
    make_data,
) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        main = main_of(app)
        places = set()
        for row in main.query_one("#sources").rows:  # every claim of every article
            main.go_to(type(main.location)(row.article_id, None))
            for _claim in main.claims:
                await pilot.pause()
                xrefs = main.query_one(XRefList)
                places.add((main.query_one("#claim-facts").region, xrefs.region, xrefs.scrollable_content_region.width))
                await pilot.press("n")
        # one place and one width for the links, with or without a scrollbar (a box sized to each
        # claim's facts, or links wrapped at the width without it, laid the pane out again)
        assert len(places) == 1


async def test_a_jump_to_another_article_is_laid_out_before_anything_is_drawn(make_data, monkeypatch) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        main = main_of(app)
        steps: list[str] = []
        refresh_layout, compositor_refresh = Screen._refresh_layout, Screen._compositor_refresh

        def laying_out(self, *args, **kwargs):
            steps.append("layout")
            return refresh_layout(self, *args, **kwargs)

        def drawing(self):
            steps.append("draw")
            return compositor_refresh(self)

        monkeypatch.setattr(Screen, "_refresh_layout", laying_out)
        monkeypatch.setattr(Screen, "_compositor_refresh", drawing)
        for row in main.query_one("#sources").rows[1:]:  # to each other article, and back
            for place in (type(main.location)(row.article_id, None), main.location):
                steps.clear()
                main.go_to(place)
                await pilot.pause()
                await pilot.pause()
                # no frame of the panes' new text at the old layout, laid out in the next one
                assert steps[:1] == ["layout"], steps


async def test_a_jump_hands_every_redraw_to_the_screen_at_once_its_scrollbars_too(make_data) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        main = main_of(app)
        for row in main.query_one("#sources").rows[1:]:
            for place in (type(main.location)(row.article_id, None), main.location):
                main.go_to(place)
                parts = [part for widget in main.walk_children(Widget) for part in (widget, *widget._get_virtual_dom())]
                # a scrollbar shown, hidden or moved and left to hand its redraw over when it next
                # idled had a frame of its own, after the jump's
                assert [part for part in parts if part._repaint_required or part._layout_required] == []
                await pilot.pause()


async def _settle(pilot) -> None:
    for _ in range(6):
        await pilot.pause()


async def test_a_jump_and_back_draw_no_frame_but_their_layouts_the_scrollbars_moved_in_them(
    make_data, monkeypatch
) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot)
        main = main_of(app)
        steps = record_main_frames(main, monkeypatch)
        for row in main.query_one("#sources").rows[1:]:
            steps.clear()
            main.go_to(type(main.location)(row.article_id, None))
            await _settle(pilot)
            steps_there = list(steps)
            steps.clear()
            await pilot.press("backspace")
            await _settle(pilot)
            # every frame is a layout's (the layouts one asks for run with it, before its frame): a
            # scrollbar the layout moved was drawn in a frame of its own, a tick or two after the jump's
            for done in (steps_there, steps):
                assert re.fullmatch(r"(layout )+draw( (layout )+draw)*", " ".join(done)), done


async def test_a_start_with_the_data_at_hand_draws_no_frame_of_empty_panes(make_data, monkeypatch) -> None:
    drawn: list[int] = []
    compositor_refresh = Screen._compositor_refresh

    def drawing(self):
        if isinstance(self, MainScreen):
            drawn.append(len(self.query_one("#sources").rows))
        return compositor_refresh(self)

    monkeypatch.setattr(Screen, "_compositor_refresh", drawing)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        # the first frame drawn lists the sources: an empty frame was drawn whole again in the next
        assert drawn and drawn[0] > 0, drawn


async def _show_view(pilot, app, key: str, view: type) -> None:
    await pilot.press(key)
    await wait_until(lambda: isinstance(app.screen, view), pilot=pilot)
    await _settle(pilot)


async def test_a_kept_view_shown_again_is_drawn_in_one_frame_its_scrollbars_with_it(make_data, monkeypatch) -> None:
    """Shown again, a view has its styles applied afresh and Textual's scrollbar colour rules ask
    each scrollbar to redraw: those requests, read by the screen after the frame that drew the
    view, made a frame of their own a tick later."""
    from tui.screens.entities import EntitiesScreen
    from tui.screens.figures import FiguresScreen
    from tui.screens.timeline import TimelineScreen

    app = FactscopeApp(data=make_data())
    compositor_refresh = Screen._compositor_refresh
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot)
        for key, view in (("t", TimelineScreen), ("e", EntitiesScreen), ("f", FiguresScreen)):
            for _ in range(2):  # built, then shown again once (its scrollbars' first styles: a layout)
                await _show_view(pilot, app, key, view)
                await _show_view(pilot, app, "escape", MainScreen)
            drawn: list[Screen] = []

            def drawing(self, drawn=drawn, view=view):
                if self is app.screen and isinstance(self, view):
                    drawn.append(self)
                return compositor_refresh(self)

            monkeypatch.setattr(Screen, "_compositor_refresh", drawing)
            await _show_view(pilot, app, key, view)
            assert len(drawn) == 1, (key, len(drawn))
            monkeypatch.setattr(Screen, "_compositor_refresh", compositor_refresh)
            await _show_view(pilot, app, "escape", MainScreen)
