"""A count told as final ("certified ... giving it 109 seats after recounts", "finished with 77 seats") updates the
same holder's count reported earlier as provisional, or not as final: one count's final value, not another source's
dispute, nor a count of another day. Our own sentences (real country, invented parties)."""

from tests.engine.conftest import links_across

_PROVISIONAL = (
    "Civic Union wins most seats in Lesotho\nMASERU, May 3 (Reuters) - Lesotho's Civic Union won 112 of the 300 "
    "seats in parliament, provisional results showed on Thursday.\nThe opposition Green League took 74 seats.\nTurnout "
    "was 64 percent.",
    "2035-05-03",
    "Reuters",
)
_DISPUTED = (
    "Lesotho opposition challenges count\nThe Green League on Saturday challenged results in six districts, saying its "
    "74 seats understated its support.\nThe Civic Union's 112 seats would leave it short of a majority.",
    "2035-05-05",
    "Maseru Times",
)
_CERTIFIED = (
    "Lesotho certifies election results\nMASERU, May 20 (AP) - Lesotho's election commission certified the Civic "
    "Union's win on Sunday, giving it 109 seats after recounts.\nThe Green League finished with 77 seats.",
    "2035-05-20",
    "AP",
)


def _relations(links: list[tuple[str, str, str]], x_word: str, y_word: str) -> list[str]:
    return [r for r, x, y in links if (x_word in x and y_word in y) or (x_word in y and y_word in x)]


def test_a_final_count_updates_the_provisional_one_of_its_holder() -> None:
    links = links_across([_PROVISIONAL, _DISPUTED, _CERTIFIED])
    assert _relations(links, "won 112", "109 seats") == ["updates"], links
    assert _relations(links, "112 seats would", "109 seats") == ["updates"], links
    assert _relations(links, "took 74", "finished with 77") == ["updates"], links
    assert _relations(links, "its 74 seats", "finished with 77") == ["updates"], links
    # (another party's final count is no value of this one's)
    assert "updates" not in _relations(links, "won 112", "finished with 77"), links
