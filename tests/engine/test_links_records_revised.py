"""A record reading revised by the body that keeps it ("has revised the national temperature record down to 41.3C")
updates the record as first reported; a later report confirming that reading ("has confirmed a provisional reading
of 41.6C") tells the same reading, never another day's."""

from tests.engine.conftest import links_across

_RECORD = (
    "Heat record broken in Varnia\n"
    "A new national temperature record has been set, with 41.6C recorded at Castel Rubio on Monday, the state "
    "weather service said.",
    "2027-07-13",
    "Wire",
)


def _relations(later: str, day: str) -> list[str]:
    links = links_across([_RECORD, ("Castel Rubio reading\n" + later, day, "Daily")])
    return [r for r, s, t in links if "41.6C recorded" in t or "41.6C recorded" in s]


def test_a_revised_record_updates_the_first_report():
    later = "The state weather service has revised the national temperature record down to 41.3C after a sensor fault."
    assert _relations(later, "2027-07-20") == ["updates"]


def test_a_confirmed_reading_is_not_another_days():
    later = (
        "Varnia's meteorological institute has confirmed a provisional reading of 41.6C at Castel Rubio as a "
        "national record."
    )
    assert _relations(later, "2027-07-15") == ["corroborates"]
