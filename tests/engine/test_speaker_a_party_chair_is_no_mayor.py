"""Session 39: "the mayor" (a public office one person holds) is not a person the text introduced with another post,
"Jane Hollis, chair of the party", nor "an adviser"; it stays as written. Every sentence is the test's own."""

from __future__ import annotations

from .conftest import speaker_of


def test_the_mayor_is_not_the_party_chair_named_before() -> None:
    body = (
        '"The key group is older women," said Jane Hollis, chair of the Kelso party. '
        '"There have been some doubters," the mayor said.'
    )
    assert speaker_of(body, '"There have been') == "mayor"


def test_the_mayor_is_the_mayor_named_before() -> None:
    body = 'Mayor Ann Bergstrom opened the new bridge on Monday. "It took ten years," the mayor said.'
    assert speaker_of(body, '"It took') == "Ann Bergstrom"
