"""A figure someone had forecast ("Economists had forecast 180,000 jobs") is what was foreseen, no count of what
happened: next month's result is no later value of it. Our own sentences."""

from tests.engine.conftest import links_across


def test_a_forecast_figure_is_not_updated_by_a_later_result() -> None:
    june = (
        "Hiring slows sharply in May\nWASHINGTON, June 6 (Reuters) - Employers added only 96,000 jobs in May, the "
        "Labor Department said on Friday.\nEconomists polled by Reuters had forecast 180,000 jobs.",
        "2031-06-06",
        "Reuters",
    )
    july = (
        "Hiring picks up in June\nWASHINGTON (AP) - Employers added 151,000 jobs in June, the government said Friday.\n"
        "The unemployment rate was unchanged.",
        "2031-07-04",
        "Associated Press",
    )
    links = links_across([june, july])
    assert [(r, x, y) for r, x, y in links if r != "related" and "180,000" in x + y] == [], links
