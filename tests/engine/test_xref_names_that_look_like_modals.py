"""A name or a month that looks like a word of what is to come ("Will Dorsey", "Promises Treatment Center", "in May")
does not make a report of what happened one of a plan (issue 12): two reports of one arrest in other words are the
same event told alike. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import links_across


@pytest.mark.parametrize(
    "one, other",
    [
        (
            "Voss in rehab\nSinger Mara Voss checked herself into the Promises clinic in Malibu, her agent told People.\n",
            "Voss seeks help\nA spokesman says Mara Voss has checked herself into rehab.\n",
        ),
        (
            "Voss in rehab\nSinger Mara Voss, who toured with Will Dorsey, checked herself into a clinic in Malibu, her "
            "agent told People.\n",
            "Voss seeks help\nA spokesman says Mara Voss has checked herself into rehab.\n",
        ),
        (
            "Voss in rehab\nSinger Mara Voss, who cancelled her tour in May, checked herself into a clinic in Malibu, "
            "her agent told People.\n",
            "Voss seeks help\nA spokesman says Mara Voss has checked herself into rehab.\n",
        ),
    ],
)
def test_a_name_or_a_month_is_no_word_of_the_future(one: str, other: str) -> None:
    links = links_across([(one, "2031-06-09", "Wire"), (other, "2031-06-09", "Paper")])
    assert [relation for relation, _, _ in links] == ["corroborates"], links
