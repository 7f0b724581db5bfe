"""Two "about" figures are one figure only when each lies within the other's rounding: "about 38,000" and
"about 45,000" reach 10% either side and so overlap at 41,000, but neither is the other rounded (a writer who
means 45,000 does not say "about 38,000"). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _pair(first: str, second: str) -> list[tuple[str, str, str, str]]:
    return links_of(
        make_article(f"Lakeford flood\n{first}\n", published="2026-02-10", outlet="Wire", title="Lakeford flood"),
        make_article(f"Lakeford floods\n{second}\n", published="2026-02-10", outlet="Paper", title="Lakeford floods"),
    )


def test_two_approximations_far_apart_do_not_corroborate() -> None:
    links = _pair(
        "About 38,000 people were evacuated from Lakeford after the river burst its banks, police said.",
        "About 45,000 people were evacuated from Lakeford after the river burst its banks, the mayor said.",
    )
    assert "corroborates" not in relations_between(links, "45,000", "38,000"), links


def test_two_close_approximations_still_corroborate() -> None:
    links = _pair(
        "About 40,000 people were evacuated from Lakeford after the river burst its banks, police said.",
        "About 42,000 people were evacuated from Lakeford after the river burst its banks, the mayor said.",
    )
    assert relations_between(links, "42,000", "40,000") == ["corroborates"], links
