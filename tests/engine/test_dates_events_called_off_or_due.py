"""An event called off before its day ("Thursday's walkout has been cancelled") or said to be due in a clause of its
own ("The walkout, due to start on Thursday, ...") is still ahead of the report; what happened on a day stays
behind. Our own sentences (2027-03-15 is a Monday)."""

from __future__ import annotations

import pytest

from tests.engine.conftest import claim_dates


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Thursday's walkout by bus drivers in Carlow has been cancelled after a late offer.", "2027-03-18"),
        ("The walkout, due to start on Thursday, would have halted every bus in Carlow.", "2027-03-18"),
        ("Thursday's walkout by bus drivers halted every bus in Carlow.", "2027-03-11"),
    ],
)
def test_the_day_of_an_event(sentence: str, date: str) -> None:
    assert claim_dates(sentence, "2027-03-15") == [date]
