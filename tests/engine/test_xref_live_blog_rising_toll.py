"""In one report, a count further down said to have risen ("13:05 — The death toll has risen to 92") is the next
value of the count above it, not another source's dispute of it (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_live_blogs_rising_toll_updates_the_entry_above() -> None:
    blog = make_article(
        "Live: floods in the Varn valley\n"
        "08:20 — At least 14 people have died in the floods, regional officials said.\n\n"
        "11:50 — The death toll has risen to 31, the interior ministry spokesman said.\n",
        published="2026-10-02",
        outlet="Valley Live",
        title="Live: floods in the Varn valley",
    )
    links = links_of(blog)
    assert relations_between(links, "At least 14", "risen to 31") == ["updates"]


def test_an_earlier_figure_told_further_down_is_no_later_value() -> None:
    report = make_article(
        "The death toll from the floods has risen to 31, the interior ministry said on Friday.\n\n"
        "Earlier in the day, a regional official had said 25 people had died.\n",
        published="2026-10-02",
        outlet="Wire One",
        title="Flood toll rises to 31",
    )
    updates = [(s, t) for rel, s, t, _ in links_of(report) if rel == "updates"]
    # the 31 said to have risen may update the 25; the 25 told further down never updates the 31
    assert not any("25 people" in source and "risen to 31" in target for source, target in updates)


def test_a_total_further_down_is_no_later_value_of_a_part_above() -> None:
    report = make_article(
        "Brannock confirmed on Monday that about 9,000 heaters sold in Ireland are affected by the recall.\n\n"
        "The expansion brings the total number of recalled heaters to about 61,000, the safety regulator said.\n",
        published="2026-03-09",
        outlet="Wire One",
        title="Heater recall widened",
    )
    links = links_of(report)
    assert "updates" not in relations_between(links, "about 9,000", "about 61,000")
