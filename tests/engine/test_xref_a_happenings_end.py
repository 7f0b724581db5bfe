"""A claim telling a happening's end ("Dutch dockers end strike") tells another thing than one telling the happening
("Port strike halts 70% of Dutch container traffic"): one strike, two reports, no corroboration."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article


def _strike() -> list[tuple[str, str, str, str]]:
    first = titled_article(
        "Port strike halts 70% of Dutch container traffic",
        "The port authority said about 70% of container handling had stopped on Monday as dockers began a 48-hour "
        "strike.\nThe FNV union said about 3,000 of its members were taking part.",
        "2027-05-17",
        "Harbour News",
    )
    later = titled_article(
        "Dutch dockers end strike, more walkouts possible",
        "ROTTERDAM, May 19 (Reuters) - Dutch dockers ended a 48-hour strike on Wednesday, and their union said it could "
        "call longer walkouts if talks failed.\nThe port authority said the strike had cost about 40 million euros a "
        "day.",
        "2027-05-19",
        "Reuters",
    )
    return links_of(first, later)


def test_a_happenings_end_does_not_corroborate_the_happening() -> None:
    links = _strike()
    assert "corroborates" not in relations_between(links, "Dutch dockers end strike", "Port strike halts"), links
    assert "corroborates" not in relations_between(links, "Dutch dockers end strike", "dockers began"), links


def test_the_end_and_the_start_are_still_related() -> None:
    links = _strike()
    assert relations_between(links, "Dutch dockers end strike", "Port strike halts"), links
