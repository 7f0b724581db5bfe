"""The first useful frame shows the sources, the article and its claims; the selected claim's
facts and links (the detail pane under the claims) are drawn in the frame after it, never
anything wrong before: the pane is empty until then."""

from __future__ import annotations

from tests.tui.helpers import option_texts, screen_text
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.widgets.claim_detail import ClaimDetail, XRefList
from tui.widgets.claims import ClaimsList


def _facts(app: FactscopeApp) -> str:
    return str(app.main_screen.query_one("#claim-facts").render())


async def test_the_detail_pane_is_drawn_in_the_frame_after_the_first_useful_one(make_data) -> None:
    seen: dict[str, object] = {}

    class Probe(FactscopeApp):
        def useful_screen_shown(self) -> None:
            screen = self.main_screen
            seen["held"] = screen.query_one(ClaimDetail).held
            seen["facts"] = _facts(self)
            seen["links"] = screen.query_one(XRefList).option_count
            seen["claims"] = screen.query_one(ClaimsList).option_count
            seen["text"] = screen_text(self)

    app = Probe(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(lambda: "text" in seen, pilot=pilot, what="the first useful screen")
        screen = app.main_screen
        assert seen["held"] is True
        assert seen["facts"] == "" and seen["links"] == 0  # empty, not "No claim selected"
        assert isinstance(seen["claims"], int) and seen["claims"] > 0
        first = screen.claims[0]
        assert screen.selected_id == first.id
        assert first.text[:30] in str(seen["text"])  # the claims are on that frame
        assert "Speaker:" not in str(seen["text"])
        await wait_until(lambda: "Speaker:" in _facts(app), pilot=pilot, what="the selected claim's facts")
        assert not screen.query_one(ClaimDetail).held
        assert screen.query_one(XRefList).option_count > 0
        await pilot.pause()
        assert "Speaker:" in screen_text(app)


async def test_a_claim_chosen_before_the_detail_is_drawn_is_the_one_it_shows(make_data, extraction) -> None:
    chosen: list[str] = []

    class Probe(FactscopeApp):
        def useful_screen_shown(self) -> None:
            screen = self.main_screen
            target = next(claim for claim in screen.claims[1:] if claim.speaker)
            screen.select_claim(target.id)  # before the detail pane is let draw
            chosen.append(target.id)

    app = Probe(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(lambda: "Speaker:" in _facts(app), pilot=pilot, what="the selected claim's facts")
        claim = next(claim for claim in extraction.claims if claim.id == chosen[0])
        assert app.main_screen.selected_id == claim.id
        assert f"Speaker: {claim.speaker}" in _facts(app)
        links = option_texts(app.main_screen.query_one(XRefList))
        assert links  # its links, or the line that says it has none


async def test_the_link_keys_are_live_once_the_detail_pane_is_drawn() -> None:
    """The key bar worked out which keys apply while the pane was held: on the bundled corpus, read
    as a start reads it, 'Next link' stayed greyed out for a claim with links (the README's main
    screenshot showed it so) until something else asked the bindings again."""
    from tui.widgets.footer import KeyBar

    app = FactscopeApp()  # the bundled corpus, built into the test's own data dir
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(
            lambda: app.data is not None and app.data.index is not None, pilot=pilot, what="the corpus and its index"
        )
        screen = app.main_screen
        await wait_until(lambda: not screen.query_one(ClaimDetail).held, pilot=pilot, what="the detail pane drawn")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.query_one(XRefList).targets  # the first claim shown has links
        keys = {key.description: key.enabled for key in screen.query_one(KeyBar).keys}
        assert keys.get("Next link") is True
