"""Two sources' usual level of a rate ("About 900 passengers a day use the ferry") told days apart: another
source's figure, not a revision of the first; a rate said to have changed ("has risen to") is still its next value."""

from tests.engine.conftest import links_across

_OPERATOR = (
    "Tallow ferry to stop for repairs\nAbout 900 passengers a day use the Tallow ferry in summer, the operator said.",
    "2026-09-01",
    "Wire",
)


def _relation(later_text: str) -> list[str]:
    links = links_across([_OPERATOR, ("Tallow ferry repairs\n" + later_text, "2026-09-03", "Local")])
    return [r for r, s, t in links if "1,300 passengers" in s and "900 passengers" in t]


def test_another_sources_usual_level_is_no_revision():
    assert _relation("Around 1,300 passengers a day use the Tallow ferry in summer, a council survey found.") == [
        "related"
    ]


def test_a_level_said_to_have_changed_updates():
    assert _relation(
        "The number of passengers using the Tallow ferry has risen to 1,300 passengers a day, a council survey found."
    ) == ["updates"]
