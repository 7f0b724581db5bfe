"""How the main view looks (SVG snapshots): wide, narrow, a followed conflict. The other screens
and views, help among them, at both sizes: test_screen_snapshots.py.

Update deliberately with ``pytest tests/tui/snapshots --snapshot-update`` and
review the SVGs in ``__snapshots__/`` before committing them.
"""

from __future__ import annotations

from tui.app import FactscopeApp


def _claim_id(extraction, fragment: str) -> str:
    return next(claim.id for claim in extraction.claims if fragment in claim.text)


def test_main_view_120x40(snap_compare, make_data, extraction) -> None:
    app = FactscopeApp(data=make_data())

    async def open_conflicting_claim(pilot) -> None:
        app.open_claim(_claim_id(extraction, "1,500 special"))
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=open_conflicting_claim)


def test_main_view_80x24_text_pane(snap_compare, make_data) -> None:
    assert snap_compare(FactscopeApp(data=make_data()), terminal_size=(80, 24), press=["n"])


def test_main_view_80x24_claims_pane(snap_compare, make_data, extraction) -> None:
    app = FactscopeApp(data=make_data())

    async def open_claims_pane(pilot) -> None:
        app.open_claim(_claim_id(extraction, "1,500 special"))
        await pilot.press("tab")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=open_claims_pane)
