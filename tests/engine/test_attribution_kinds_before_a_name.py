"""A body or a person named after its kind in lower case closing the sentence ("..., research firm Kestrel said",
"..., broker Halden said", "..., catastrophe modeller Vernon said") is who said it. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import speakers_in


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("research firm Kestrel", "Kestrel"),
        ("broker Halden", "Halden"),
        ("catastrophe modeller Vernon", "Vernon"),
        ("data provider Lumio", "Lumio"),
        ("shipping analyst Brask", "Brask"),
    ],
)
def test_a_kind_then_a_one_word_name_says_it(who: str, speaker: str) -> None:
    assert speakers_in(f"Insured losses from the storm are likely to be about $12 billion, {who} said.\n") == [speaker]
