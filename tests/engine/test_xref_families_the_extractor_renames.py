"""Families the extractor is renaming keep their cross-references (issue 12): a temperature named "temperature"
(was "degrees") is a reading of its day, so the next day's reading is another fact, not a revision; a transfer fee
named as such (was an unnamed "amount") is still the sum an unnamed "deal worth £38m" states. Our own sentences;
the extractor's new names are set on the figures as it will set them."""

from __future__ import annotations

from dataclasses import replace

from corpus.extract.article import extract_article
from corpus.xref.features import features
from corpus.xref.relations import relate

from .conftest import make_article


def _features(body: str, day: str, outlet: str, rename: dict[str | None, str]):
    article = make_article(body, published=day, outlet=outlet, title=body.split("\n")[0])
    (claim,) = [c for c in extract_article(article)[0] if c.quantities]
    claim = replace(claim, quantities=[replace(q, measure=rename.get(q.measure, q.measure)) for q in claim.quantities])
    return features(claim, article)


def test_a_temperature_of_another_day_is_another_reading_not_a_revision() -> None:
    found = {}
    for name in ("degrees", "temperature"):
        monday = _features(
            "Heat in Ostrova\nThe temperature in Ostrova reached 41.2 degrees Celsius on Monday, the weather service "
            "said.\n",
            "2026-06-09",
            "Wire",
            {"degrees": name},
        )
        tuesday = _features(
            "Ostrova swelters\nThe temperature in Ostrova reached 39.5 degrees Celsius on Tuesday, the weather service "
            "said.\n",
            "2026-06-10",
            "Paper",
            {"degrees": name},
        )
        link = relate(monday, tuesday)
        assert link is not None
        found[name] = (link.relation, link.reason())
    assert found["temperature"] == found["degrees"]
    assert found["temperature"][0] == "related" and "41.2 degrees" in found["temperature"][1]


def test_a_transfer_fee_is_the_sum_a_deal_is_worth() -> None:
    fee = _features(
        "Rovers sign Okafor\nRovers signed the winger Sam Okafor for a club-record fee of £38 million on Friday, the "
        "club said.\n",
        "2026-08-14",
        "Wire",
        {"amount": "transfer fee"},
    )
    deal = _features(
        "Okafor joins Rovers\nRovers completed a deal worth £38 million for the winger Sam Okafor on Friday.\n",
        "2026-08-14",
        "Paper",
        {},
    )
    assert any(measure == "transfer fee" for _, _, measure in fee.sums)
    link = relate(fee, deal)
    assert link is not None and link.relation == "corroborates", link and link.reason()
