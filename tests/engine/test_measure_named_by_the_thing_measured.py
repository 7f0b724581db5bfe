"""A measurement whose words name it by nothing but its unit ("rose 14 centimetres", "reached 2 metres", "£120 a
year") measures the thing it is said of: "Lake levels rose 14 centimetres" is a `lake levels` figure, not a
`centimetre` one. Not a mass (a harvest, exports or a cap of it are read by the cross-references from the words before
it), not an area (compared as the area a fire burned is), not a length of what follows it ("40 kilometres of beach"),
not a name or a party of people, and a sum per a time only when the words name a sum ("tax bills", "the cap"), not a
thing it buys ("A gym membership costs €60 a month"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measure_of(sentence: str, text: str) -> str | None:
    claims, _ = extract_article(Article("tt", "Desk", None, [], "2026-05-12", False, "tt.txt", sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("Lake levels rose 14 centimetres over the wet spring.", "14 centimetres", "lake levels"),
        ("Snowdrifts reached 2 metres on the pass.", "2 metres", "snowdrifts"),
        ("Winter sea ice in the bay shrank to 3,100 square kilometres.", "3,100 square kilometres", "winter sea ice"),
        ("Council tax bills in the borough will rise by £120 a year.", "£120 a year", "council tax bills"),
        ("The cap on broadband charges goes up by £30 a year in June.", "£30 a year", "cap"),
    ],
)
def test_a_measurement_named_by_its_unit_alone_measures_what_it_is_said_of(
    sentence: str, text: str, measure: str
) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        # a mass keeps its unit's name: the words before it say whether it is a harvest, exports or a cap
        ("Dock stocks of rye stood at 2.4 million tonnes.", "2.4 million tonnes", "tonne"),
        # a length of the thing after it is no measure of the thing before it
        ("The slick now stains 40 kilometres of beach.", "40 kilometres", "kilometre"),
        # an area its unit names is compared as the area a fire burned is ("has grown to 48,000 acres")
        ("The estate covers 640 hectares.", "640 hectares", "hectare"),
        # a sum a thing costs is no family named by the thing
        ("A gym membership in the city centre now costs more than €60 a month.", "€60 a month", "payment per month"),
    ],
)
def test_a_mass_a_length_of_what_follows_and_the_price_of_a_thing_keep_their_family(
    sentence: str, text: str, measure: str
) -> None:
    assert _measure_of(sentence, text) == measure
