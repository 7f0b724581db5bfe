"""A figure that names its own source inside another speaker's sentence is that source's (issue 12): "The UN
refugee agency said the fighting, which has killed more than 100 people according to the Sudanese government, had
forced 40,000 from their homes" relays the government's toll, so the government's own "more than 100" is the same
origin told twice, not a second source agreeing; the agency's own 40,000 is still the agency's. Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.origins import figure_sources, origin_of

from .conftest import links_between, links_of, make_article, relations_between

_UN = (
    "Sudan fighting\nThe UN refugee agency said on Monday that the fighting, which has killed more than 100 people "
    "according to the Sudanese government, had forced 40,000 people from their homes.\n"
)
_GOVERNMENT = (
    "Sudan toll\nThe Sudanese government said on Monday that more than 100 people had been killed in the fighting.\n"
    "The UN refugee agency said 40,000 people had been forced from their homes.\n"
)


def _article(body: str, outlet: str):
    return make_article(body, published="2027-03-14", outlet=outlet, title=body.split("\n")[0])


def test_a_toll_relayed_from_its_named_source_does_not_corroborate_that_source() -> None:
    links = links_of(_article(_UN, "Wire"), _article(_GOVERNMENT, "Paper"))
    assert relations_between(links, "which has killed more than 100", "The Sudanese government said") == ["related"], (
        links
    )
    # the reason says whose figure it is and who relays it
    ((_, why),) = links_between(links, "which has killed more than 100", "The Sudanese government said")
    assert "Sudanese government via UN refugee agency" in why and "relays of one origin" in why, why
    # the agency's own figure, told by the agency in both: unchanged
    assert "corroborates" in relations_between(links, "which has killed more than 100", "said 40,000 people"), links


def test_only_the_figure_right_before_according_to_is_the_named_sources() -> None:
    article = make_article(_UN)
    (claim,) = [c for c in extract_article(article)[0] if c.quantities]
    sources = figure_sources(claim)
    assert [article.body[s : s + 13] for s in sources] == ["more than 100"]
    assert set(sources.values()) == {"Sudanese government"}
    assert origin_of(claim, article) != "speaker:sudanese government"  # one of its two figures is the agency's


def test_a_sources_relayed_figure_and_its_own_other_figure_are_no_dispute() -> None:
    un = (
        "Sudan fighting\nThe UN refugee agency said on Monday that the fighting, which has killed 60 people according "
        "to the Sudanese government, had forced 40,000 people from their homes.\n"
    )
    government = "Sudan toll\nThe Sudanese government said on Monday that 85 people had been killed in the fighting.\n"
    rebels = "Sudan\nThe RSF said on Monday that 85 people had been killed in the fighting.\n"
    links = links_of(_article(un, "Wire"), _article(government, "Paper"), _article(rebels, "Blog"))
    assert "conflicts" not in relations_between(links, "which has killed 60", "The Sudanese government said"), links
    # another source's count of the same day against the government's relayed figure is still a dispute
    assert relations_between(links, "which has killed 60", "The RSF said") == ["conflicts"], links


def _sources(body: str) -> list[dict[str, str]]:
    article = make_article(body)
    return [
        {article.body[s : s + 13]: name for s, name in figure_sources(c).items()}
        for c in extract_article(article)[0]
        if c.quantities
    ]


def test_a_figure_right_after_its_named_source_is_that_sources() -> None:
    found = _sources(
        "Sudan\nThe UN said on Monday that, according to the Sudanese government, more than 100 people had been "
        "killed, and that 40,000 had fled.\nAccording to the army, 12 soldiers were killed, the ministry said.\n"
    )
    assert found == [{"more than 100": "Sudanese government"}, {"12 soldiers w": "army"}]


def test_figures_nobody_is_named_for_name_no_source() -> None:
    found = _sources(
        "Floods\nThe ministry said 12 people had died, according to preliminary figures.\nThe UN said 40 homes were "
        "destroyed, according to officials.\n"
    )
    assert found == [{}, {}]
