"""People sheltering in a place and people who fled it are two counts of the displaced ("About 400,000 people are
sheltering in the camp" / "Some 60,000 people have fled the camp"): the second is no later value of the first; two
counts of those who fled still are one series. Our own sentences."""

from tests.engine.conftest import links_across

_SHELTERING = (
    "Fighting nears Karo camp\nJUBA, April 3 (Reuters) - About 400,000 people are sheltering in the Karo camp near "
    "the border, the U.N. refugee agency said on Thursday.\nFood stocks will run out within weeks, aid groups said.",
    "2033-04-03",
    "Reuters",
)
_FLED = (
    "Thousands flee Karo camp\nJUBA, April 14 (Reuters) - Some 60,000 people have fled the Karo camp since gunmen "
    "stormed it on Friday, the International Organization for Migration said on Monday.\nMost headed west.",
    "2033-04-14",
    "Reuters",
)
_MORE_FLED = (
    "Exodus from Karo camp grows\nJUBA, April 24 (AP) - About 90,000 people have now fled the Karo camp since it was "
    "stormed, the International Organization for Migration said on Thursday.\nRain has slowed the convoys.",
    "2033-04-24",
    "AP",
)


def _strong(links: list[tuple[str, str, str]], x_word: str, y_word: str) -> list[str]:
    return [r for r, x, y in links if r != "related" and {x_word, y_word} <= set((x + " " + y).split())]


def test_people_who_fled_a_camp_are_no_later_count_of_those_sheltering_there() -> None:
    assert _strong(links_across([_SHELTERING, _FLED]), "sheltering", "fled") == []
    # (a later count of those who fled is that count's next value)
    assert _strong(links_across([_FLED, _MORE_FLED]), "60,000", "90,000") == ["updates"]
