"""A step reported as planned with its figures ("weighing an increase in the duty to 18% from 15%") is taken by a later
report giving one of them, not by another step of other figures that shares its words ("The duty on jet fuel rises by
1 percentage point"): that is a later change of something else. Our own sentences."""

from tests.engine.conftest import links_across

_PLAN = (
    "Selvania denies fuel duty plan\nVARNO, April 7 (Reuters) - Selvania's finance ministry on Tuesday denied a report "
    "that the government planned to raise the duty on petrol, calling it speculation.\nThe Varno Courier reported on "
    "Monday that the government was weighing an increase in the duty to 18% from 15%.\nFuel prices rose 2% in March.",
    "2033-04-07",
    "Reuters",
)
_LATER = (
    "Selvania sets new fuel duties\nVARNO, May 12 (Reuters) - Selvania will raise the duty on petrol to 18% from 15% "
    "starting June 1, the finance ministry said on Tuesday.\nThe duty on jet fuel rises by 1 percentage point, less than "
    "the 3-point increase for petrol.\nAirlines said fares would rise.",
    "2033-05-12",
    "Reuters",
)


def test_another_step_of_other_figures_is_no_update_of_the_plan() -> None:
    links = links_across([_PLAN, _LATER])
    assert [r for r, x, y in links if r != "related" and "weighing" in x + y and "jet fuel" in x + y] == [], links


def test_the_plans_step_announced_with_its_figures_updates_it() -> None:
    links = links_across([_PLAN, _LATER])
    assert [r for r, x, y in links if "weighing" in x + y and "will raise" in x + y] == ["updates"], links
