"""A text named with the day it came out ("An article on 4 March said ...") speaks as that text: its date is
never the speaker. Our own sentences."""

from __future__ import annotations

import pytest

from tests.engine.conftest import speakers_with_text


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("An article on 4 March said the bridge repairs would cost £12m.", "article"),
        ("A statement issued on 9 June said the depot would close next year.", "statement"),
        ("A council memo dated April 21 said the depot would close next year.", "council memo"),
    ],
)
def test_a_dated_text_speaks_as_the_text(body: str, speaker: str) -> None:
    assert [s for s, _ in speakers_with_text(body)] == [speaker]
