"""A sum a club pays for a player is a transfer fee; a fee named as such is a fee. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import sentence_figures


def _measure_of(sentence: str, text: str) -> str | None:
    return next(m for t, _, m, _ in sentence_figures(sentence) if t.endswith(text))


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Rovers agreed a fee of £31 million for the winger on Monday.", "£31 million"),
        ("The defender completed his £47m move to Lisbon on Friday.", "£47m"),
        ("The striker's €70m switch to Turin was confirmed.", "€70m"),
        ("United paid £64m to sign the midfielder from Porto.", "£64m"),
        ("The club paid an initial €38m for the 21-year-old forward.", "€38m"),
        ("Porto accepted a €52m bid from Madrid for the goalkeeper.", "€52m"),
        ("The deal includes a further €8m in add-ons.", "€8m"),
        ("The transfer, worth an initial £40m plus £6m in add-ons, is a club record.", "£40m"),
        ("The transfer, worth an initial £40m plus £6m in add-ons, is a club record.", "£6m"),
        ("City sold the winger for €29 million in January.", "€29 million"),
    ],
)
def test_a_sum_paid_for_a_player_is_a_transfer_fee(sentence: str, text: str) -> None:
    assert _measure_of(sentence, text) == "transfer fee"


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("The carmaker paid $2.1bn for the battery startup.", "$2.1bn"),  # no player, no transfer
        ("The club agreed a €40m shirt deal with an airline.", "€40m"),
        ("The striker was fined £50,000 for his comments.", "£50,000"),
        ("The deal is worth £31m to the sponsor.", "£31m"),
    ],
)
def test_a_sum_with_no_player_or_transfer_is_no_transfer_fee(sentence: str, text: str) -> None:
    assert _measure_of(sentence, text) != "transfer fee"


def test_a_fee_named_outside_football_is_a_fee() -> None:
    assert _measure_of("The agency charged a fee of $4,500 for each application.", "$4,500") == "fee"


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("The defender has a release clause of 90 million euros in his contract.", "90 million euros"),
        ("Madrid paid the forward's €120m buy-out clause on Friday.", "€120m"),
    ],
)
def test_a_release_clause_is_no_fee_paid(sentence: str, text: str) -> None:
    assert _measure_of(sentence, text) == "release clause"
