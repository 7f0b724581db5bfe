"""An army's losses are its killed and wounded ("Russia has lost about 270,000 troops in Ukraine"): a later value of
another body's estimate of the same side's casualties ("Russia has suffered about 250,000 casualties since it
invaded Ukraine"), wherever each places them; troops sent are still no casualties. Our own sentences."""

from tests.engine.conftest import links_across

_LONDON = (
    "Russia has suffered 250,000 casualties, UK says\nLONDON, Feb 2 (Reuters) - Russia has suffered about 250,000 "
    "casualties, killed and wounded, since it invaded Ukraine, Britain's defence ministry estimated on Thursday.",
    "2031-02-02",
    "Reuters",
)


def test_troops_lost_are_a_later_value_of_the_same_sides_casualties() -> None:
    kyiv = (
        "Ukraine puts Russian losses at 270,000\nRussia has lost about 270,000 troops in Ukraine since the start of "
        "the invasion, Ukraine's General Staff said on February 16.",
        "2031-02-16",
        "Kyiv Post",
    )
    links = links_across([_LONDON, kyiv])
    assert {r for r, x, y in links if "270,000 troops" in x + y and "250,000" in x + y} == {"updates"}, links


def test_troops_sent_are_no_casualties() -> None:
    sent = (
        "Russia sends more troops\nRussia has sent about 260,000 troops to Ukraine since the start of the invasion, "
        "Ukraine's General Staff said on February 16.",
        "2031-02-16",
        "Kyiv Post",
    )
    links = links_across([_LONDON, sent])
    assert [r for r, x, y in links if r != "related" and "260,000" in x + y and "250,000" in x + y] == [], links
