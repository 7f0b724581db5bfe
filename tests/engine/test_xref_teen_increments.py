"""More of a count told with a number word past twelve is an increment, and "brought to the surface" brings no new total
(sentences written for these tests)."""

from __future__ import annotations

from corpus.xref.features import figure_role


def test_teens_and_tens_more_are_increments() -> None:
    assert figure_role("Fourteen more bodies were pulled from the river on Sunday, police said.") == "increment"
    assert figure_role("Thirty more families left the valley overnight.") == "increment"


def test_brought_to_a_place_is_no_new_total() -> None:
    assert figure_role("Six more miners were brought to the surface before dawn, the company said.") == "increment"
    assert figure_role("Nine more patients were taken to hospital in Leeds on Friday.") == "increment"


def test_brought_to_a_figure_is_a_new_total() -> None:
    assert figure_role("Divers found two more bodies, bringing the number of dead to 19.") == "count"
    assert figure_role("Two more bodies were found, bringing the toll to twenty-two.") == "count"
