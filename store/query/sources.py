"""The sources list's data: how each article's source is named in a narrow column, told apart from the
others, and how many claims the main view lists for it."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.display import ELLIPSIS, one_line, source_name
from corpus.model import Article, is_background

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB


def distinct_source_labels(articles: Iterable[Article]) -> dict[str, str]:
    """Article id -> how a source is named in a narrow column: its outlet; else its title,
    with the words it begins with like another outlet-less title left out
    ("…to Send Thousands of Workers"), so a cut column doesn't read "North Korea …" on every row."""
    articles = list(articles)
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


def listed_claim_counts(corpus: CorpusDB) -> Callable[[str], int]:
    """Claims per article as the main view lists them: background sentences are not listed there,
    so the sources list does not count them either (it said 27 claims of an article whose heading
    and list said 26). A corpus read in part counts them from its view columns when they are of
    its version (mapped, not made: the index worker makes them), else from its catalogue."""
    if getattr(corpus, "complete", True):
        listed = Counter(claim.article_id for claim in corpus.claims() if not is_background(claim))
        return lambda article_id: listed.get(article_id, 0)
    background = _background_counts(corpus)
    if background is None:
        return corpus.claim_count
    return lambda article_id: corpus.claim_count(article_id) - background.get(article_id, 0)


def _background_counts(corpus: CorpusDB) -> dict[str, int] | None:
    """Background sentences per article, from ``<db>.views.npz`` of this version; None without it."""
    import numpy as np  # late: the first screen of a corpus read whole needs none of it

    from store import tails
    from store.view_rows import FORMAT, ViewRows, views_path

    version = corpus.version_key()
    rows = None if version is None else tails.load(views_path(Path(corpus.path)), f"{FORMAT}:{version}", ViewRows.load)
    if rows is None:
        return None
    articles, counts = np.unique(rows["article"][rows["background"]], return_counts=True)
    return {
        article.decode("utf-8", "surrogatepass"): int(count)
        for article, count in zip(articles.tolist(), counts.tolist(), strict=True)
    }
