"""A party denying it did a thing and another source putting that thing on it by name dispute who did it: the
denial conflicts with the blame. A denial of something else by the same party does not."""

from tests.engine.conftest import links_across

_BLAME = (
    "Pipeline blast in Korvana\n"
    "Regional officials said the Korvana Liberation Front had carried out the bombing of the Sellin gas pipeline "
    "on Sunday.",
    "2026-07-06",
    "Wire",
)


def _relations(denial: str) -> list[str]:
    links = links_across([_BLAME, ("Korvana pipeline bombing\n" + denial, "2026-07-07", "Daily")])
    return [r for r, s, t in links if "Front" in s and "Front" in t and r != "related"]


def test_a_denial_of_responsibility_conflicts_with_the_blame():
    assert _relations(
        "The Korvana Liberation Front denied any involvement, saying in a statement that it had no fighters in the "
        "area."
    ) == ["conflicts"]


def test_a_denial_of_something_else_is_no_dispute_over_who_did_it():
    assert (
        _relations("The Korvana Liberation Front denied that its leader had fled to the capital after the bombing.")
        == []
    )
