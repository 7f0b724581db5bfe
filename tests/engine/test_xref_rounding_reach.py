"""A round figure may be a finer one rounded, but not by its whole reach: "400,000" written plainly is not
"380,000" told again (a writer rounding 380,000 that far says "nearly 400,000"). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _pair(first: str, second: str) -> list[tuple[str, str, str, str]]:
    return links_of(
        make_article(f"Kelm refugees\n{first}\n", published="2026-05-04", outlet="Wire", title="Kelm refugees"),
        make_article(f"Kelm exodus\n{second}\n", published="2026-05-04", outlet="Paper", title="Kelm exodus"),
    )


def test_a_round_figure_five_percent_off_does_not_corroborate() -> None:
    links = _pair(
        "The fighting in Kelm has forced 400,000 people to flee, the UN refugee agency said.",
        "The fighting in Kelm has forced 380,000 people to flee, the UN refugee agency said.",
    )
    assert "corroborates" not in relations_between(links, "380,000", "400,000"), links


def test_a_round_figure_a_little_off_still_corroborates() -> None:
    links = _pair(
        "The fighting in Kelm has forced 400,000 people to flee, the UN refugee agency said.",
        "The fighting in Kelm has forced 392,000 people to flee, the UN refugee agency said.",
    )
    assert relations_between(links, "392,000", "400,000") == ["corroborates"], links


def test_a_count_under_a_thousand_is_written_to_the_one() -> None:
    links = links_of(
        make_article(
            "Ferry toll rises\nDivers recovered three more bodies on Monday, raising the death toll from the sinking of "
            "the Orla ferry to 40, officials said.\n",
            published="2026-05-04",
            outlet="Wire",
            title="Ferry toll rises",
        ),
        make_article(
            "Ferry search goes on\nDivers found another body near the wreck on Tuesday, bringing the number of confirmed "
            "deaths from the Orla sinking to 41, the coast guard said.\n",
            published="2026-05-05",
            outlet="Paper",
            title="Ferry search goes on",
        ),
    )
    assert relations_between(links, "to 41", "to 40") == ["updates"], links
