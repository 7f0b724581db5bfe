"""A claim that calls a reported figure wrong ("The count of 612 given on Monday was too high") disputes the report
of that figure; it is never a second source for it."""

from tests.engine.conftest import links_across


def test_a_figure_called_too_high_conflicts_with_its_report():
    links = links_across(
        [
            (
                "Seal count at Marrow Point\n"
                "Rangers counted 612 grey seal pups at Marrow Point this season, the wildlife trust said on Monday.",
                "2026-12-01",
                "Wire",
            ),
            (
                "Seal pup count revised\n"
                "The count of 612 grey seal pups given on Monday was too high because some pups were counted twice, "
                "the wildlife trust said.",
                "2026-12-04",
                "Local",
            ),
        ]
    )
    assert [r for r, s, t in links if "too high" in s and "Rangers counted" in t] == ["conflicts"]
