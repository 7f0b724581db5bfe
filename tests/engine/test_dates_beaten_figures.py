"""The day a beaten figure was set ("beating the 41.2C set at the same station in June 2019") is that figure's
time, not the claim's: the claim keeps no date rather than the old record's. Our own sentences."""

from __future__ import annotations

from tests.engine.conftest import claim_dates


def test_the_beaten_figures_day_is_not_the_claims():
    sentence = (
        "Forecasters confirmed a reading of 41.6C at Castel Rubio as a national record, beating the 41.2C set at "
        "the same station in June 2019."
    )
    assert claim_dates(sentence, "2027-07-14") == [None]


def test_a_day_the_claim_names_for_itself_stays():
    assert claim_dates("Forecasters confirmed a reading of 41.6C at Castel Rubio on 12 July.", "2027-07-14") == [
        "2027-07-12"
    ]
