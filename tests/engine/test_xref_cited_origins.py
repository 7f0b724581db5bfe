"""The source a speaker cites is the origin (issue 12): "..., Al Jazeera reported, citing the health ministry" and
"..., according to Reuters, which cited the health ministry" relay one ministry's figure, so they are relays of one
origin, not two independent sources agreeing, and the claim counts one independent origin. A reason or evidence
given with "citing" ("citing safety concerns", "citing hospital records") names no origin. Our own sentences."""

from __future__ import annotations

from corpus.model import Claim
from corpus.xref.origins import origin_of

from .conftest import links_of, make_article, relations_between


def _article(body: str, outlet: str):
    return make_article(body, published="2027-03-14", outlet=outlet, title=body.split("\n")[0])


def _claim(text: str, speaker: str) -> Claim:
    return Claim(
        id="c",
        article_id="a",
        start=0,
        end=len(text),
        text=text,
        kind="quantity",
        speaker=speaker,
        certainty="asserted",
        speaker_chain=[speaker],
    )


def test_two_outlets_citing_one_ministry_are_relays_of_one_origin() -> None:
    links = links_of(
        _article(
            "El Fasher toll\nFighting in El Fasher has killed 100 civilians, Al Jazeera reported, citing the health "
            "ministry.\n",
            "Blog",
        ),
        _article(
            "Sudan\nFighting in El Fasher has killed 100 civilians, according to Reuters, which cited the health "
            "ministry.\n",
            "Paper",
        ),
    )
    assert relations_between(links, "Al Jazeera reported", "according to Reuters") == ["related"], links


def test_the_cited_body_is_the_origin_and_a_reason_given_is_not() -> None:
    said = "speaker:health ministry"
    assert origin_of(_claim("Some 100 died, Al Jazeera reported, citing the health ministry.", "Al Jazeera"), None) == (
        origin_of(_claim("About 100 died, the agency said, quoting the health ministry.", "SUNA"), None)
    )
    assert said == origin_of(
        _claim("Some 100 died, the agency said, citing a statement from the health ministry.", "SUNA"), None
    )
    for text, speaker in (
        ("The airline cancelled 84 flights on Monday, Nordair said, citing safety concerns.", "Nordair"),
        ("The firm delayed the launch, Vessa Motors said, citing the war in Ukraine.", "Vessa Motors"),
        ("Some 100 died, the Courier said, citing two sources.", "Courier"),
        ("Some 100 died, Al Jazeera reported, citing a ministry official.", "Al Jazeera"),
    ):
        assert origin_of(_claim(text, speaker), None) == f"speaker:{speaker.lower()}", text


def test_one_body_written_three_ways_is_one_origin() -> None:
    texts = (
        ("Fighting has killed 100 civilians, according to health ministry figures.", "health ministry figures"),
        ("Fighting has killed 100 civilians, according to the Ministry of Health.", "Ministry of Health"),
        ("The health ministry said fighting had killed 100 civilians.", "health ministry"),
    )
    assert {origin_of(_claim(text, speaker), None) for text, speaker in texts} == {"speaker:health ministry"}
    assert origin_of(_claim("Some 100 died, the statistics body said.", "Office for National Statistics"), None) == (
        "speaker:national statistics office"
    )
