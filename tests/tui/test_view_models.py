"""The views' models are built once per corpus version, off the UI thread, and reused."""

from __future__ import annotations

import threading

from corpus.model import Article
from tests.tui.helpers import screen_text
from tui import view_models
from tui.app import FactscopeApp
from tui.view_models import distinct_source_labels


async def test_views_open_on_models_built_once_in_a_worker(make_data, monkeypatch) -> None:
    built: dict[str, list[str]] = {}

    def recording(name, build):
        def wrapped(corpus):
            built.setdefault(name, []).append(threading.current_thread().name)
            return build(corpus)

        return wrapped

    for name, build in list(view_models.BUILDERS.items()):
        monkeypatch.setitem(view_models.BUILDERS, name, recording(name, build))
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for key in ("f", "escape", "t", "escape", "e", "escape", "f", "escape", "e"):
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert "Entities" in screen_text(app)
    main = threading.main_thread().name
    for name in ("figures", "timeline", "entities"):
        assert len(built[name]) == 1, name  # once, reused on every later open
        assert built[name][0] != main, name  # not on the UI thread


async def test_a_reloaded_corpus_gets_new_models(make_data) -> None:
    data = make_data()
    first = view_models.models_of(data)
    first.get("figures")
    data.models = None  # a changed corpus: its models are built again (as for a reloaded snapshot)
    assert view_models.models_of(data) is not first


def test_titles_named_alike_keep_the_words_that_tell_them_apart() -> None:
    def article(key: str, title: str, outlet: str | None = None) -> Article:
        return Article(key, title, outlet, [], None, False, f"{key}.txt", "x")

    labels = distinct_source_labels(
        [
            article("a", "North Korea to Send Thousands of Workers"),
            article("b", "North Korea Confirms It Sent Troops"),
            article("c", "North Korea may send volunteers", outlet="Breitbart News"),
            article("d", "Kim pledges support"),
        ]
    )
    assert labels == {
        "a": "…to Send Thousands of Workers",
        "b": "…Confirms It Sent Troops",
        "c": "Breitbart News",
        "d": "Kim pledges support",
    }
