"""A sum given with the one it replaces ("cut the fine to 20 million dollars from 40 million", "112 million
dollars, up from 85 million in April") is the later value of that sum: it updates a report of the earlier one,
never corroborates it because the earlier number is written in it too. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _pair(first: str, second: str) -> list[tuple[str, str, str, str]]:
    return links_of(
        make_article(f"Kestrel fined\n{first}\n", published="2026-03-02", outlet="Wire", title="Kestrel fined"),
        make_article(f"Kestrel appeal\n{second}\n", published="2026-09-15", outlet="Paper", title="Kestrel appeal"),
    )


def test_a_fine_cut_to_a_sum_from_the_reported_one_updates_it() -> None:
    links = _pair(
        "A court in Osmera ordered Kestrel Shipping to pay a fine of 40 million dollars for dumping oil at sea.",
        "An appeals court on Tuesday cut the fine imposed on Kestrel Shipping to 20 million dollars from 40 million.",
    )
    assert relations_between(links, "to 20 million dollars", "fine of 40 million") == ["updates"], links


def test_a_sum_up_from_the_reported_one_updates_it() -> None:
    links = _pair(
        "The administrator of Kestrel Shipping has recovered about 85 million dollars for creditors, court papers show.",
        "The administrator of Kestrel Shipping said recoveries had reached about 112 million dollars, up from 85 million in March.",
    )
    assert relations_between(links, "112 million", "85 million dollars for") == ["updates"], links


def test_a_forecast_down_from_the_month_named_one_updates_it_in_the_right_direction() -> None:
    # The later claim is dated by "this year" only: it is not before the earlier one's "January".
    links = links_of(
        make_article(
            "Harwick cuts outlook\nHarwick Stores cut its annual profit forecast in January to 410 million pounds "
            "from 480 million pounds, blaming weak Christmas trading.\n",
            published="2027-01-20",
            outlet="Wire",
            title="Harwick cuts outlook",
        ),
        make_article(
            "Harwick warns again\nHarwick Stores cut its profit forecast for the second time this year, saying it "
            "now expected pretax profit of about 350 million pounds, down from 410 million pounds.\n",
            published="2027-04-10",
            outlet="Paper",
            title="Harwick warns again",
        ),
    )
    found = [(rel, s[:40]) for rel, s, t, _ in links if "350 million" in s + t and "480 million" in s + t]
    assert found == [("updates", "Harwick Stores cut its profit forecast f")], links


def test_a_sum_set_aside_with_not_the_never_corroborates_the_report_of_it() -> None:
    """ "had taken 1.6 million euros in bribes, not the 2.4 million euros found by the lower court" states no sum of
    2.4 million: it never corroborates the first court's 2.4 million."""
    links = _pair(
        "A court in Osmera sentenced Kestrel Shipping's former chairman to nine years for taking bribes worth "
        "2.4 million euros.",
        "The appeals court said Kestrel Shipping's former chairman had taken 1.6 million euros in bribes, not the "
        "2.4 million euros found by the lower court.",
    )
    assert "corroborates" not in relations_between(links, "not the 2.4 million", "bribes worth 2.4 million"), links
