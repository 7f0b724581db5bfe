"""How each article's source is named in a narrow column, told apart from the others."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from corpus.display import ELLIPSIS, one_line, source_name
from corpus.model import Article


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
