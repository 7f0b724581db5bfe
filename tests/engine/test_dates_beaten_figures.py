"""The day a beaten figure was set ("beating the 41.2C set at the same station in June 2019") is that figure's
time, not the claim's: the claim keeps no date rather than the old record's. Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.model import Article


def _dates(sentence: str) -> list[str | None]:
    claims, _ = extract_article(Article("d1", "Heat", None, [], "2027-07-14", False, "d1.txt", sentence + "\n"))
    return [c.date for c in claims]


def test_the_beaten_figures_day_is_not_the_claims():
    assert _dates(
        "Forecasters confirmed a reading of 41.6C at Castel Rubio as a national record, beating the 41.2C set at "
        "the same station in June 2019."
    ) == [None]


def test_a_day_the_claim_names_for_itself_stays():
    assert _dates("Forecasters confirmed a reading of 41.6C at Castel Rubio on 12 July.") == ["2027-07-12"]
