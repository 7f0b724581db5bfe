"""US datelines abbreviate states AP-style ("SANTA CLARA, Calif. (AP)", "WILMINGTON, Del."): the abbreviation is the
state, in the United States, so a report datelined there is no report from another country (the Dominion settlement
against a New York report was parted as "Del." against the United States)."""

from __future__ import annotations

from corpus.towns import countries_of_place, countries_of_region


def test_a_dotted_state_abbreviation_is_that_state() -> None:
    assert countries_of_place("Calif.") == {"United States"}
    assert countries_of_region("Del.") == {"United States"}
    assert countries_of_place("N.Y.") == {"United States"}
    # (without its dot a short word may be another: "La", "Miss")
    assert countries_of_place("La") == frozenset()
