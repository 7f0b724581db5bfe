"""The entities view: each entity with its type, aliases and claims; said vs about; Enter opens."""

from __future__ import annotations

import pytest

from store.query.entities import EntityIndex
from tests.tui.helpers import SIZES
from tests.tui.test_views_sample import MARKUP_TEXT, ViewHost, sample_data
from tests.waiting import wait_until
from tui.screens.entities import EntitiesScreen
from tui.widgets.view_table import ViewTable


def table_column(app, table_id: str, key: str) -> list[str]:
    table = app.screen.query_one(table_id, ViewTable)
    return [table.cells(i)[key].plain for i in range(table.row_count)]


def role_keys(app, sample) -> list[tuple[str, str]]:
    by_id = {v: k for k, v in sample.ids.items()}
    return [(role, by_id[claim.id]) for role, claim in app.screen.claims]


def test_index_splits_what_an_entity_said_from_what_is_said_about_it() -> None:
    data, sample = sample_data()
    rows = {r.entity.name: r for r in EntityIndex.of(data.corpus).rows}
    peskov = rows["Dmitry Peskov"]
    assert [c.id for c in peskov.said] == [sample.ids["hoax"]]
    assert peskov.about == ()  # his own claim is not counted twice
    korea = rows["North Korea"]
    assert [c.id for c in korea.said] == [sample.ids["disclosed"]]
    assert sample.ids["disclosed"] not in {c.id for c in korea.about}
    assert korea.claim_count == 10 and korea.figure_count == 8
    nis = rows["National Intelligence Service"]  # the speaker is matched by name
    assert [c.id for c in nis.said] == [sample.ids["nis"]]
    assert next(r.entity.name for r in EntityIndex.of(data.corpus).rows) == "North Korea"  # most claims first


@pytest.mark.parametrize("size", SIZES)
async def test_lists_entities_with_type_aliases_and_claim_counts(size) -> None:
    data, _ = sample_data()
    app = ViewHost(lambda: EntitiesScreen(data))
    async with app.run_test(size=size):
        names = table_column(app, "#entities-list", "name")
        assert names[:2] == ["North Korea", "Russia"]
        assert len(names) == 7
        assert table_column(app, "#entities-list", "type")[:2] == ["country", "country"]
        assert table_column(app, "#entities-list", "aliases")[0] == "2"
        assert table_column(app, "#entities-list", "claims")[0] == "10"


@pytest.mark.parametrize("size", SIZES)
async def test_filter_then_open_a_claim_with_its_figures(size) -> None:
    data, sample = sample_data()
    app = ViewHost(lambda: EntitiesScreen(data))
    async with app.run_test(size=size) as pilot:
        await pilot.press("slash", *"NIS", "enter")  # an alias; Enter moves to the list
        assert [r.entity.name for r in app.screen.listed] == ["National Intelligence Service"]
        assert table_column(app, "#entities-list", "name") == ["National Intelligence Service"]
        assert role_keys(app, sample) == [("said", "nis")]
        # what the values count only where the claims keep room (a claims table of 140 columns)
        figures = "600 · 4,100" if size[0] < 140 else "600 killed · 4,100 wounded"
        assert table_column(app, "#entities-claims", "figures") == [figures]
        summary = str(app.screen.query_one("#entities-summary").render())
        assert "organisation" in summary and "NIS" in summary
        await pilot.press("enter")  # list -> claims
        await pilot.press("enter")  # open
        await wait_until(lambda: app.dismissed, pilot=pilot)
    assert app.dismissed == [sample.ids["nis"]]


async def test_moving_in_the_list_shows_that_entity_and_escape_clears_then_closes() -> None:
    data, sample = sample_data()
    app = ViewHost(lambda: EntitiesScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.screen.current.entity.name == "North Korea"
        assert role_keys(app, sample)[0] == ("said", "disclosed")
        await pilot.press("down")
        assert app.screen.current.entity.name == "Russia"
        assert ("said", "russia-confirmed") in role_keys(app, sample)
        await pilot.press("slash", *"zzz")
        assert app.screen.listed == [] and app.screen.claims == []
        await pilot.press("escape")
        assert len(app.screen.listed) == 7 and app.dismissed == []
        await pilot.press("escape")
        await wait_until(lambda: app.dismissed, pilot=pilot)
    assert app.dismissed == [None]


async def test_figures_only_keeps_the_claims_that_state_a_number() -> None:
    data, sample = sample_data()
    app = ViewHost(lambda: EntitiesScreen(data, entity="Russia"))
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.screen.current.entity.name == "Russia"
        assert len(app.screen.claims) == 4
        await pilot.press("g")
        assert role_keys(app, sample) == [("about", "training"), ("about", "shoigu")]
        await pilot.press("g")
        assert len(app.screen.claims) == 4


async def test_opens_on_a_named_entity_and_markup_shows_literally() -> None:
    data, _ = sample_data()
    app = ViewHost(lambda: EntitiesScreen(data, entity="north korea"))
    async with app.run_test(size=(200, 50)):
        texts = table_column(app, "#entities-claims", "claim")
        assert " ".join(MARKUP_TEXT.replace("\x1b[31m", "").split()) in texts
        assert app.is_running
