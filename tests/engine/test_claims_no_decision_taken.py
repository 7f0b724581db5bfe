"""A spokesman's "no decision has been made" answers a report of a decision: a denial of it (not a statement beside
it), so it conflicts with the report that the plants will close. What is still to come ("No decision is expected
before June") denies nothing. Our own sentences."""

from corpus.extract.claims import kind_of
from tests.engine.conftest import links_across


def test_no_decision_made_is_a_denial() -> None:
    assert kind_of("A Halvorsen spokesman said no decision had been made on closing plants.", False, False) == "denial"
    assert kind_of('"No decision on job reductions has been taken," a spokeswoman said.', False, False) == "denial"
    assert kind_of("No decision is expected before June, the council said.", False, False) != "denial"


def test_no_decision_made_conflicts_with_the_report_of_the_plan() -> None:
    plan = (
        "Works council says carmaker plans closures\nHalvorsen Motors plans to close at least two factories in Sweden "
        "and cut thousands of jobs, works council head Ingrid Berg told employees on Monday.\nHalvorsen declined to "
        "confirm the details.",
        "2031-10-27",
        "Dagens Industri",
    )
    answer = (
        "Carmaker answers works council\nA Halvorsen Motors spokesman said no decision had been made on closing "
        "plants, after the works council said two would shut.\nThe company wants a 10% pay cut for its workers.",
        "2031-10-28",
        "Associated Press",
    )
    links = links_across([plan, answer])
    found = {r for r, x, y in links if "no decision" in x + y and "plans to close" in x + y}
    assert found == {"conflicts"}, links
