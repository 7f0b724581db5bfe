"""An acronym in brackets is no clause of its own: a month after it still lies ahead of a report in the future tense
("will keep its export duty on crude palm oil (CPO) at 10 per cent in June", told in May). Our own sentences."""

from tests.engine.conftest import claim_dates


def test_a_month_after_a_bracketed_acronym_keeps_the_clauses_future() -> None:
    told = "2039-05-29"
    plain = "Ghana will keep its export duty on raw cocoa beans at 12 per cent in June, the board said."
    bracketed = "Ghana will keep its export duty on raw cocoa beans (RCB) at 12 per cent in June, the board said."
    assert claim_dates(plain, told) == claim_dates(bracketed, told) == ["2039-06"]
    # (a bracketed aside of words still closes its clause: the past month it tells is the past one)
    assert claim_dates("Cocoa exports (which fell in June) rose 3%, the board said.", told) != ["2039-06"]
