"""A source saying there is no plan for a step ("There is no plan to change the subsidy this year") against a report
that the step is weighed ("is considering cutting its fuel subsidy"): they conflict, though the denial names neither
the report nor its figures; "no plan to close the refinery" says nothing of the subsidy. Our own sentences."""

from tests.engine.conftest import links_across

_WEIGHED = (
    "Valdoria weighs cutting fuel subsidy, sources say\nValdoria is considering cutting its fuel subsidy to 20% of the "
    "pump price from 35% to narrow the budget gap, according to two officials with knowledge of the talks.\nThe cut "
    "could come as early as October, they said.",
    "2034-08-11",
    "Business Wire Daily",
)


def _dismissal(words: str) -> tuple[str, str, str]:
    return (
        "Valdoria dismisses subsidy report\nVARNA CITY, Aug 12 (Reuters) - Valdoria's finance ministry on Tuesday "
        f'dismissed a newspaper report on fuel prices.\n"There is no plan to {words} this year," ministry spokeswoman '
        "Ilse Moreau told reporters.\nPump prices rose 3% in July.",
        "2034-08-12",
        "Reuters",
    )


def _between(links: list[tuple[str, str, str]]) -> list[str]:
    return [r for r, x, y in links if "considering cutting" in x + y and "no plan" in x + y]


def test_no_plan_for_the_weighed_step_conflicts_with_its_report() -> None:
    assert _between(links_across([_WEIGHED, _dismissal("change the subsidy")])) == ["conflicts"]
    assert "conflicts" not in _between(links_across([_WEIGHED, _dismissal("close the state refinery")]))


_CUT_DONE = (
    "Valdoria cuts fuel subsidy\nVARNA CITY, Sept 2 (AP) - Valdoria will cut its fuel subsidy to 20% of the pump price "
    "from October 1, the finance minister announced on Tuesday.\nTaxi drivers protested outside parliament.",
    "2034-09-02",
    "AP",
)


def test_a_step_taken_weeks_after_no_plan_for_it_conflicts_with_the_denial() -> None:
    links = links_across([_dismissal("change the subsidy"), _CUT_DONE])
    assert [r for r, x, y in links if "no plan" in x + y and "will cut" in x + y] == ["conflicts"]
