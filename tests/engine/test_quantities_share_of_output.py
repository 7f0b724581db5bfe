"""A deficit or a debt as a percentage of the economy's output is measured against GDP, never a share of a group
(issue 13). Our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.quantities import find_quantities


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Greece's budget deficit will narrow to 2.7% of gross domestic product next year.", "deficit to gdp"),
        ("Public debt is expected to fall to 141% of GDP.", "debt to gdp"),
        ("Military spending will rise to 3% of the country's GDP by 2029.", "spending to gdp"),
        ("Tourism accounts for 15% of GDP.", "share of gdp"),
    ],
)
def test_a_percentage_of_output(sentence: str, measure: str) -> None:
    assert find_quantities(sentence, 0, [])[0].measure == measure


def test_a_share_of_a_group_is_unchanged() -> None:
    [q] = find_quantities("About 70% of nurses joined the strike.", 0, [])
    assert q.measure == "share of nurses"
