"""A body the article names in full and then by the acronym it defines is one speaker (issue 12). Our own
sentences."""

from __future__ import annotations

from corpus.pipeline import extract
from corpus.xref.features import features

from .conftest import make_article


def test_a_speaker_by_its_defined_acronym_is_the_same_speaker() -> None:
    article = make_article(
        "Headline\nThe Harbour Safety Board (HSB) said on Monday that the ferry had been overloaded.\n\n"
        "The ferry was carrying 212 passengers, 40 more than its licence allowed, the HSB said.\n",
        published="2026-06-01",
    )
    extraction = extract([article])
    keys = {features(c, extraction.articles[0]).speaker_key for c in extraction.claims if c.speaker}
    assert len(keys) == 1
