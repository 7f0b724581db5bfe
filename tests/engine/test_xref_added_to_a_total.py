"""What was added to a recall, a tally or a force is an increment, not the total (sentences written for these tests)."""

from __future__ import annotations

from corpus.xref.features import figure_role


def test_figures_added_to_a_total_are_increments() -> None:
    assert figure_role("Hyundai added 52,000 Tucson models to the recall after finding the same fault.") == "increment"
    assert figure_role("The carmaker extended the recall by 31,000 vehicles on Monday.") == "increment"


def test_a_months_additions_and_a_new_total_are_no_increments() -> None:
    assert figure_role("Employers added 150,000 jobs in May.") == "count"
    assert figure_role("The recall now covers 480,000 vehicles after the company added 52,000 to it.") == "count"
