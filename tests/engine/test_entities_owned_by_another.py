"""A known body's generic name owned by another country ("Norvania's National Intelligence Service") is not
the known body (issue 14: a speaker never named for a body the text does not name). Names written for these
tests."""

from __future__ import annotations

from corpus.extract.entities import find_entities


def _names(text: str) -> list[str]:
    return [m.name for m in find_entities(text)]


def test_a_generic_body_name_owned_by_another_country_is_not_the_known_body() -> None:
    names = _names("Norvania's National Intelligence Service said the figure was higher.")
    assert "South Korean National Intelligence Service" not in names
    assert "Norvania's National Intelligence Service" in names


def test_a_body_owned_by_its_own_country_or_capital_is_still_the_known_body() -> None:
    assert "South Korean National Intelligence Service" in _names("Seoul's National Intelligence Service said so.")
    assert "Russia" in _names("Moscow's Kremlin said so.")
