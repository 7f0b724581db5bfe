"""A refusal to say is nothing to check ("Lee would not say whether she would run in 2030"), but a clause of its own
after it that gives the figure is ("The club did not disclose the fee, but it is understood to be £22m"). Our own
sentences."""

from __future__ import annotations

from .conftest import kinds_in


def test_a_figure_told_after_a_refusal_is_a_claim() -> None:
    assert kinds_in("The club did not disclose the fee, but it is understood to be an initial £22m.") == ["quantity"]


def test_a_refusal_with_a_figure_in_its_question_stays_background() -> None:
    assert kinds_in("The minister would not say whether the 2030 target would be met.") == ["background"]
