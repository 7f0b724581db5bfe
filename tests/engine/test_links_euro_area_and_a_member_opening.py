"""A member country named after a capitalised opening word ("In Austria, inflation eased to 2.9%") is still one
country's figure, never the euro area's rate disputed."""

from tests.engine.conftest import linked_stories


def test_a_members_rate_after_in_never_conflicts_with_the_blocs():
    extraction = linked_stories(
        [
            (
                "Euro zone prices cool\n"
                "Euro zone inflation eased to 2.3% last month, below the 2.4% economists had forecast.\n\n"
                "In Austria, inflation eased to 2.9%, the country's statistics office said on Monday.",
                "2026-06-02",
                "Daily",
            )
        ]
    )
    assert [x.relation for x in extraction.xrefs if x.relation != "related"] == []
