"""How a figure is read for comparing reports: the injured who died since are dead, a share price that
"closed up" rose, and one sum said of a company by its short and its full name is one sum. Our own
sentences."""

from __future__ import annotations

from corpus.model import Claim, Quantity
from corpus.xref.frames import frame_measure

from .conftest import links_of, make_article, relations_between


def _measure(text: str, figure: str, value: float, unit: str, measure: str | None, counted: str | None) -> str | None:
    start = text.index(figure)
    q = Quantity(
        text=figure,
        value=value,
        low=value,
        high=value,
        unit=unit,
        measure=measure,
        start=start,
        end=start + len(figure),
        counted_lemma=counted,
    )
    claim = Claim(
        id="c",
        article_id="a",
        start=0,
        end=len(text),
        text=text,
        kind="event",
        speaker=None,
        certainty="asserted",
        quantities=[q],
    )
    return frame_measure(q, claim)


def test_the_injured_who_died_since_are_counted_as_dead() -> None:
    text = "The toll rose to nine after two injured passengers died in hospital overnight, officials said."
    assert _measure(text, "two", 2, "passenger", "wounded", "passenger") == "killed"
    later = "Three wounded soldiers later succumbed to their injuries."
    assert _measure(later, "Three", 3, "soldier", "wounded", "soldier") == "killed"
    assert _measure("Two injured passengers remain in hospital.", "Two", 2, "passenger", "wounded", "passenger") == (
        "wounded"
    )


def test_a_share_price_that_closed_up_or_down_moved_that_way() -> None:
    up = "Kelvaro's shares closed up 14% on Wednesday."
    assert _measure(up, "14%", 14, "percent", None, None) == "share price rise"
    down = "Brandt shares ended lower by 3% on Friday."
    assert _measure(down, "3%", 3, "percent", None, None) == "share price fall"


def test_one_sum_said_of_a_company_by_its_short_and_full_name_corroborates() -> None:
    deal = make_article(
        "Varga agrees Tolmin deal\nVarga Foods said on Monday it had agreed to buy Tolmin Dairy for 900 million "
        "euros in cash.\n",
        published="2026-02-23",
        outlet="Wire",
        title="Varga agrees Tolmin deal",
    )
    analysis = make_article(
        "A new giant in dairy\nThe 900 million euro deal for Tolmin makes Varga the largest dairy group in the "
        "region, analysts said.\n",
        published=None,
        outlet="Food Weekly",
        title="A new giant in dairy",
    )
    links = links_of(deal, analysis)
    assert relations_between(links, "900 million euro deal", "agreed to buy Tolmin") == ["corroborates"], links
