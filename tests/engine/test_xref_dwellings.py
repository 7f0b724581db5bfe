"""Homes, houses, households and dwellings counted by a storm or a fire are one count under four names, even in
an undated piece that names no source. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import links_of, make_article, relations_between


@pytest.mark.parametrize("noun", ["homes", "houses", "households", "dwellings"])
def test_homes_told_as_houses_households_or_dwellings_corroborate(noun: str) -> None:
    first = make_article(
        "Storm batters Pella coast\nStorm Ida damaged about 4,800 homes along the Pella coast, the civil defence "
        "agency said on Monday.\n",
        published="2026-02-09",
        outlet="Wire",
        title="Storm batters Pella coast",
    )
    second = make_article(
        f"Pella counts the cost\nPELLA — Around 4,800 {noun} were damaged when Storm Ida struck the coast.\n",
        published=None,
        outlet="Coast Daily",
        title="Pella counts the cost",
    )
    links = links_of(first, second)
    assert relations_between(links, f"Around 4,800 {noun}", "about 4,800 homes") == ["corroborates"], links
