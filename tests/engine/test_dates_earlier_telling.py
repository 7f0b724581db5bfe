"""A day told of an earlier telling the claim is set after ("after saying on Tuesday that ...") is when that was
said, not the claim's own date (issue 13). Our own sentences."""

from __future__ import annotations

from tests.engine.conftest import claim_dates


def test_after_saying_on_a_day_is_not_the_claims_day() -> None:
    sentence = "The bank also said 40,000 cards had been exposed, after saying on Monday that no card data was taken."
    assert claim_dates(sentence, "2026-05-15") == [None]


def test_the_claims_own_day_is_kept_beside_an_earlier_telling() -> None:
    sentence = (
        "The bank said on Friday that 40,000 cards were exposed, days after it had said on Monday that none were."
    )
    assert claim_dates(sentence, "2026-05-15") == ["2026-05-15"]


def test_a_day_without_an_earlier_telling_is_kept() -> None:
    assert claim_dates("The bank said on Monday it would close 30 branches.", "2026-05-15") == ["2026-05-11"]
