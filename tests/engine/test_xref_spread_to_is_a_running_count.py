"""A count something has spread to ("as swine fever spread to 410 pig farms") is a running one: weeks after another
report's 95 farms it is its later value, not a second firm count disputing the first. Our own sentences."""

from tests.engine.conftest import links_across


def test_a_count_spread_to_updates_an_earlier_one() -> None:
    october = (
        "Swine fever found on 95 farms in Lower Saxony\nHANOVER, Germany (AP) - Lower Saxony has confirmed African "
        "swine fever on 95 pig farms, more than any other German state, officials said Friday.\nExports have been "
        "halted.",
        "2031-10-17",
        "Associated Press",
    )
    december = (
        "Lower Saxony declares emergency as swine fever hits 410 farms\nLower Saxony's premier declared a state of "
        "emergency on Wednesday as African swine fever spread to 410 pig farms in the state.\nThe army will help with "
        "culling.",
        "2031-12-17",
        "Der Spiegel",
    )
    links = links_across([october, december])
    # (the October headline, "Swine fever found on 95 farms", may be a claim of its own beside its lead)
    found = {r for r, x, y in links if "95" in x + y and "410 pig farms in the state" in x + y}
    assert found == {"updates"}, links
