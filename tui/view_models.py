"""The views' models (figures, timeline, entities), built once per corpus version.

Each view used to rebuild its model from every claim on the UI thread each time
it opened. Now a model is built once, in a worker thread soon after start-up
(``build_all``), kept with the app's data and reused; a corpus reload drops
them (``tui.data.reload_if_changed``). A view opened before its model is ready
waits for it in a worker, not on the UI thread (``FactscopeApp.open_view``).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from corpus.display import ELLIPSIS, one_line, source_name


def _figures(corpus: Any) -> Any:
    from tui.widgets.view_figures_model import collect_measures

    return collect_measures(corpus)


def _timeline(corpus: Any) -> Any:
    from tui.screens.timeline import EventFilter, collect_events, filter_words

    events, undated = collect_events(corpus)
    return events, undated, filter_words(corpus), EventFilter(corpus, events)


def _entities(corpus: Any) -> Any:
    from tui.widgets.view_entities_model import EntityIndex

    return EntityIndex(corpus)


BUILDERS: dict[str, Callable[[Any], Any]] = {
    "sources": lambda corpus: distinct_source_labels(corpus.articles()),
    "figures": _figures,
    "timeline": _timeline,
    "entities": _entities,
}


class ViewModels:
    """What the views need, each built on first use (from any thread) and kept."""

    def __init__(self, corpus: Any) -> None:
        self.corpus = corpus
        self._built: dict[str, Any] = {}
        self._locks = {name: threading.Lock() for name in BUILDERS}

    def ready(self, name: str) -> bool:
        return name in self._built

    def get(self, name: str) -> Any:
        if name not in self._built:
            with self._locks[name]:  # two threads asking at once build it once
                if name not in self._built:
                    self._built[name] = BUILDERS[name](self.corpus)
        return self._built[name]

    def build_all(self) -> None:
        for name in BUILDERS:
            self.get(name)


def models_of(data: Any) -> ViewModels:
    """``data``'s models; data without a place for them (a test's stand-in) gets fresh ones."""
    models = getattr(data, "models", None)
    if models is None or models.corpus is not data.corpus:
        models = ViewModels(data.corpus)
        try:
            data.models = models
        except AttributeError:
            pass
    return models


def view_model(data: Any, name: str) -> Any:
    return models_of(data).get(name)


def distinct_source_labels(articles: list[Any]) -> dict[str, str]:
    """Article id -> how a source is named in a narrow column: its outlet; else its title,
    with the words it begins with like another outlet-less title left out
    ("…to Send Thousands of Workers"), so a cut column doesn't read "North Korea …" on every row."""
    labels = {a.id: source_name(a) for a in articles}
    # compared with every title, not only the outlet-less ones: a title is cut to the
    # same "North Korea …" as another source's title shown elsewhere
    titled = sorted((tuple(one_line(a.title).casefold().split()), a.id) for a in articles if a.title)
    named_by_title = {a.id for a in articles if not one_line(a.outlet) and one_line(a.title)}
    shared: dict[str, int] = {}
    for (words, one), (other_words, other) in itertools.pairwise(titled):  # sorted: the longest common
        common = 0  # start of a title is with a neighbour
        while common < min(len(words), len(other_words)) - 1 and words[common] == other_words[common]:
            common += 1
        shared[one] = max(shared.get(one, 0), common)
        shared[other] = max(shared.get(other, 0), common)
    for article_id, common in shared.items():
        if common and article_id in named_by_title:
            labels[article_id] = ELLIPSIS + " ".join(labels[article_id].split()[common:])
    return labels
