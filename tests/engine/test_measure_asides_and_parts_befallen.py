"""What befalls a counted group is read past an aside about it ("Three people, including two children, were
killed"), and a part of a whole shares what the verb after the whole says befell them ("241 of the 242 people on
board had died"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[str | None]:
    claims, _ = extract_article(Article("ma", "Town", None, [], "2026-05-01", False, "ma.txt", sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, first",
    [
        ("Four people, including a toddler, were killed when the bridge gave way, police said.", "killed"),
        ("Twelve miners, most of them migrants, remain trapped underground.", "trapped"),
        ("Forty passengers, among them two pilots, were rescued by the coast guard.", "rescued"),
    ],
)
def test_the_groups_verb_is_read_past_an_aside(sentence: str, first: str) -> None:
    assert _measures(sentence)[0] == first


def test_an_aside_with_no_verb_after_it_gives_no_fate() -> None:
    assert _measures("Four people, including a toddler, and a dog were seen on the roof.")[0] == "people"


@pytest.mark.parametrize(
    "sentence, part",
    [
        ("The governor said 131 of the 133 people on board had died.", "killed"),
        ("Nine of the 12 crew were rescued on Sunday.", "rescued"),
    ],
)
def test_a_part_shares_the_fate_told_after_its_whole(sentence: str, part: str) -> None:
    assert _measures(sentence)[0] == part


def test_a_part_of_those_aboard_is_no_fate_when_none_is_told() -> None:
    assert _measures("Of the 133 people on board, 131 were Indian nationals.")[-1] != "killed"
    assert "killed" not in _measures("131 of the 133 passengers were British.")


def test_a_part_of_those_a_participle_describes_is_not_given_their_fate() -> None:
    measures = _measures("The remains of 40 of the 52 people killed in the blast have been identified, police said.")
    assert measures[0] != "killed"
