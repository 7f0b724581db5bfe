"""A body named with "for" ("Transport for Wales", "Centre for Cities") speaks under its whole name, never as the
place or thing it is for; an office named so ("The Minister for Health") is its holder. Our own sentences."""

from __future__ import annotations

import pytest

from tests.engine.conftest import speakers_with_text


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Transport for Wales said 40 trains had been cancelled on Monday.", "Transport for Wales"),
        ("The Centre for Rural Futures said rents in the county rose 7% last year.", "Centre for Rural Futures"),
        ("The Minister for Housing said the scheme would be extended.", "Minister for Housing"),
        ("The Minister for Health said waiting lists had fallen for a third month.", "Minister for Health"),
    ],
)
def test_a_name_with_for_speaks_whole(body: str, speaker: str) -> None:
    assert [s for s, _ in speakers_with_text(body)] == [speaker]
