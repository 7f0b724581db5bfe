"""People sheltering in shelters or sleeping in tents and schools after a disaster are the displaced, counted under
another verb. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import links_of, make_article, relations_between


@pytest.mark.parametrize(
    "told",
    [
        "About 9,000 people were sheltering in school buildings and sports halls on Tuesday, the agency said.",
        "About 9,000 people are sleeping in tents and schools after the flood, the agency said.",
    ],
)
def test_people_sheltering_or_sleeping_in_tents_are_the_displaced(told: str) -> None:
    first = make_article(
        "Floods hit Varda valley\nFloods in the Varda valley have displaced about 9,000 people, the disaster "
        "agency said on Tuesday.\n",
        published="2026-04-07",
        outlet="Wire",
        title="Floods hit Varda valley",
    )
    second = make_article(
        f"Varda valley floods\n{told}\n",
        published="2026-04-07",
        outlet="Valley News",
        title="Varda valley floods",
    )
    links = links_of(first, second)
    assert relations_between(links, told[:30], "have displaced about 9,000") == ["corroborates"], links
