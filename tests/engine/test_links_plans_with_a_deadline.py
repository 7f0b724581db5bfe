"""A date after its report is the deadline of what the claim plans ("will cut 1,800 jobs by 2029"), not when it
happened: the plan told without its deadline in another report that week is the same plan, not another year's."""

from tests.engine.conftest import links_across

_PLAN_WITH_DEADLINE = (
    "Corvane Steel to shut two plants\n"
    "Corvane Steel will close two plants and cut 1,800 jobs by 2029, chief executive Ines Morrow said.",
    "2026-04-14",
    "Wire",
)


def test_the_plan_told_without_its_deadline_corroborates():
    links = links_across(
        [
            _PLAN_WITH_DEADLINE,
            (
                "Corvane Steel plant closures\n"
                "Corvane Steel plans to shed about 1,800 posts as it closes two plants, Morrow told analysts.",
                "2026-04-15",
                "Daily",
            ),
        ]
    )
    assert [r for r, s, t in links if "1,800 posts" in s and "1,800 jobs" in t] == ["corroborates"]


def test_an_earlier_years_cuts_stay_another_event():
    links = links_across(
        [
            _PLAN_WITH_DEADLINE,
            (
                "Corvane Steel history\n"
                "Corvane Steel cut about 1,800 posts when it closed a plant in 2019, the union said.",
                "2024-01-10",
                "Daily",
            ),
        ]
    )
    assert not [r for r, s, t in links if r in ("corroborates", "updates", "conflicts")]
