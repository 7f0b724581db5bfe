"""A poll named with its maker, whom it was for and when it came out ("an exit poll by Kantar for TV3 released when
polls closed") speaks as its maker. Our own sentences."""

from __future__ import annotations

import pytest

from tests.engine.conftest import speakers_with_text


@pytest.mark.parametrize(
    "body",
    [
        "The Greens are on course for 22% of the vote, according to an exit poll by Kantar for TV3 released when "
        "polls closed.",
        "An opinion poll by Kantar for TV3 published on Sunday put the Greens on 22%.",
    ],
)
def test_the_pollster_speaks(body: str) -> None:
    assert [s for s, _ in speakers_with_text(body)] == ["Kantar"]
