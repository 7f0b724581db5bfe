"""Three ways news names what a figure measures (sentences written for these tests): a small count someone
received or recorded ("had received 11 complaints") is a tally, compared with its later value though small;
"containment rose to 18%" is a fire's containment, not a share; ", down from 3.6% in September" after a rate's new
value is that rate's earlier value."""

from __future__ import annotations

from corpus.extract.article import extract_article

from .conftest import links_of, make_article, relations_between


def _measures(body: str) -> dict[str, str | None]:
    from corpus.xref.frames import frame_measure

    claims = extract_article(make_article(body + "\n"))[0]
    return {q.text: frame_measure(q, c) for c in claims for q in c.quantities}


def test_a_small_count_received_is_a_tally_its_later_value_updates() -> None:
    first = make_article(
        "Regulator looks into Orvix brakes\nThe Road Safety Agency said on Monday it had received 11 complaints "
        "about sudden brake failures in the Orvix 300 hatchback.\nOrvix said it was cooperating with the agency.\n",
        published="2031-03-03",
        outlet="Motor Wire",
        title="Regulator looks into Orvix brakes",
    )
    later = make_article(
        "Orvix brake complaints rise\nComplaints had risen to 19 by Friday, the Road Safety Agency said, and the "
        "Orvix 300 hatchback is still on sale.\nThe agency has not ordered a recall.\n",
        published="2031-03-07",
        outlet="Daily Drive",
        title="Orvix brake complaints rise",
    )
    links = links_of(first, later)
    assert "updates" in relations_between(links, "risen to 19", "received 11 complaints"), links


def test_a_small_count_not_told_as_received_stays_no_measure() -> None:
    assert _measures("Four robbers with masks entered the shop, police said.").get("Four") is None


def test_containment_rising_to_a_percentage_is_containment() -> None:
    found = _measures("Containment of the Ridge Fire rose to 18% on Tuesday, fire officials said.")
    assert found["18%"] == "containment", found
    found = _measures("Containment had climbed to 35% by Thursday, the forest service said.")
    assert found["35%"] == "containment", found


def test_a_rate_down_from_its_earlier_value_is_one_measure() -> None:
    found = _measures("Unemployment in Brenland rose to 5.2% in March, up from 4.9% in February, the office said.")
    assert found["5.2%"] == found["4.9%"] == "unemployment rate", found
    found = _measures("Consumer prices rose 3.1% in October, down from 3.6% in September, the statistics office said.")
    assert found["3.1%"] == found["3.6%"] is not None and found["3.6%"] != "share", found
