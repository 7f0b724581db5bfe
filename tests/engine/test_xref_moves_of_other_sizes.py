"""Two moves one way in one unit with no size in common are two acts ("to raise output by 450,000 barrels per day"
against "by 300,000 barrels per day"), however alike their words, even when the later one recalls the earlier size.
Our own sentences, an invented producers' group."""

from tests.engine.conftest import links_across

_MAY = (
    "Petrola group agrees to raise oil output by 300,000 bpd in May\nVIENNA, April 3 (Wire) - The Petrola group of "
    "oil producers agreed on Thursday to raise oil output by 300,000 barrels per day in May, delegates said.",
    "2031-04-03",
    "Wire",
)
_JUNE = (
    "Petrola group to raise output by 450,000 bpd in June\nVIENNA, May 4 (Wire) - The Petrola group agreed on "
    "Sunday to raise oil output by 450,000 barrels per day in June, a larger increase than the 300,000 bpd it "
    "added in May.",
    "2031-05-04",
    "Wire",
)


def test_a_larger_move_recalling_the_last_one_does_not_corroborate_it() -> None:
    links = links_across([_MAY, _JUNE])
    assert [r for r, x, y in links if r == "corroborates" and "450,000" in x + y] == []


def test_the_same_move_told_again_still_corroborates() -> None:
    again = (
        "Producers back 300,000 bpd rise\nThe Petrola group agreed on Thursday to raise oil output by 300,000 "
        "barrels per day in May, two delegates told reporters.",
        "2031-04-03",
        "Energy Daily",
    )
    links = links_across([_MAY, again])
    assert "corroborates" in [r for r, x, y in links if "300,000" in x and "300,000" in y]
