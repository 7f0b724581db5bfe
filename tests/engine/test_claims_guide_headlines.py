"""A guide's headline names its event by a name and an act ("Ardent Air crash: what we know") but tells nothing that
happened: it is page furniture, no claim another article could corroborate. Our own headlines."""

import pytest

from corpus.extract.claims import headline_asserts


@pytest.mark.parametrize(
    "headline",
    ["Ardent Air crash: what we know", "Velmar Bank collapse explained", "Harlow fire in pictures"],
)
def test_a_guides_headline_is_no_claim(headline: str) -> None:
    assert not headline_asserts(headline)


def test_a_headline_telling_the_crash_is_still_a_claim() -> None:
    assert headline_asserts("Ardent Air jet crashes on landing, killing 12")
