"""A move told with words between its verb and its figure ("fell by an annual 2.1%", "dropped a record 12%", "lost an
average of 6.2%") is a fall or a rise by that much, not a share (issue 13). Our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.quantities import find_quantities


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Rents fell by an annual 3.4% in the year to May.", "down"),
        ("Exports dropped a record 15% in April.", "down"),
        ("Factory output rose a seasonally adjusted 0.6% in March.", "up"),
        ("Wages grew by a modest 1.1% last quarter.", "up"),
        ("Patients lost an average of 6.2% of their body weight.", "down"),
    ],
)
def test_a_qualified_move_keeps_its_direction(sentence: str, change: str) -> None:
    q = find_quantities(sentence, 0, [])[0]
    assert q.change == change
