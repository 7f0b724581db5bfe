"""A toll is as of its report, not of the happening it counts: "Quebec says 58 died in January ice storm", published in
July, is later than March's "31 people had died", though its only date names the storm's month."""

from __future__ import annotations

from .conftest import links_of, titled_article


def test_a_toll_dated_by_its_happening_is_as_of_its_report() -> None:
    march = titled_article(
        "Quebec raises ice storm death toll to 31",
        "Quebec's health ministry raised the death toll from the ice storm to 31 on Thursday.",
        "2027-03-04",
        "Montreal Wire",
    )
    july = titled_article(
        "Quebec says 58 died in January ice storm",
        "Provincial health officials have published a final review of the winter's deaths.",
        "2027-07-14",
        "Laurentian Post",
    )
    links = links_of(march, july)
    updates = [(s, t) for rel, s, t, _ in links if rel == "updates"]
    assert any("58 died" in s and "31" in t for s, t in updates), links
    assert not any("31" in s and "58 died" in t for s, t in updates), links
