"""A number word after "the" is a reference ("the two nations"), except where an outcome names those counted: "the
five people killed at the mall" is the toll, as "the 5 people killed" is (issue 13). Our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.quantities import find_quantities


@pytest.mark.parametrize(
    ("sentence", "value", "measure"),
    [
        ("Mourners gathered for the four people killed in the blast on Monday.", 4.0, "killed"),
        ("The nine climbers trapped on the ridge were flown out.", 9.0, "trapped"),
        ("Relatives of the six fishermen who died at sea met the minister.", 6.0, "killed"),
    ],
)
def test_the_toll_restated_in_words_is_a_figure(sentence: str, value: float, measure: str) -> None:
    [q] = find_quantities(sentence, 0, [])
    assert (q.value, q.measure) == (value, measure)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two nations signed a trade deal.",
        "The three parties killed the bill in committee.",
        "The two sides were killed off by the merger.",
    ],
)
def test_a_reference_after_the_stays_no_figure(sentence: str) -> None:
    assert find_quantities(sentence, 0, []) == []
