"""People "besides" those just counted and those who remain: counts of their own fate, not additions (issue 12).

Every sentence here is our own; none comes from any dataset or from tests/data.
"""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.figure_roles import INCREMENT, quantity_role
from corpus.xref.frames import besides_other_fates

from .conftest import links_of, make_article, relations_between


def _roles(body: str) -> dict[str, str]:
    article = make_article(body)
    claims = extract_article(article)[0]
    return {q.text: quantity_role(c, q, article.body) for c in claims for q in c.quantities}


def test_a_further_group_after_the_dead_were_counted_is_not_an_addition_to_the_dead() -> None:
    assert besides_other_fates(
        "A further 40 passengers were injured.", "At least six passengers were killed when the train derailed. "
    )


def test_the_figure_view_does_not_read_a_further_group_of_another_fate_as_an_addition() -> None:
    roles = _roles(
        "At least six passengers were killed when the train derailed.\nA further 40 passengers were injured.\n"
    )
    assert roles and INCREMENT not in roles.values(), roles


def test_another_group_of_the_same_fate_is_still_an_addition() -> None:
    assert not besides_other_fates("Two more passengers died in hospital.", "Six passengers were killed. ")
    roles = _roles("Six passengers were killed on Monday.\nTwo more passengers died in hospital on Tuesday.\n")
    assert INCREMENT in roles.values(), roles


def test_an_addition_with_no_fate_told_before_stays_an_addition() -> None:
    assert not besides_other_fates("The army sent an additional 2,000 troops to the border.", "")


def test_another_injured_count_after_a_death_toll_is_revised_by_a_later_injured_count() -> None:
    first = make_article(
        "Bus plunges into ravine\nAt least eight people were killed when a bus plunged into a ravine near Tavro "
        "on Friday, police said.\nAnother 19 people were injured.\n",
        published="2026-05-08",
        outlet="Wire One",
        title="Bus plunges into ravine",
    )
    later = make_article(
        "Tavro bus crash toll rises\nThe death toll from Friday's bus crash near Tavro rose to 11 on Saturday, "
        "police said.\nTwenty-six people were injured, police said.\n",
        published="2026-05-09",
        outlet="Valley News",
        title="Tavro bus crash toll rises",
    )
    links = links_of(first, later)
    assert relations_between(links, "Another 19 people", "Twenty-six people") == ["updates"], links


def test_those_who_remain_trapped_update_the_first_count_of_the_trapped() -> None:
    first = make_article(
        "Landslide buries homes in Orvel\nA landslide buried a row of homes in the hill town of Orvel on Sunday, "
        "officials said.\nThirty people were trapped under the mud, the fire service said.\n",
        published="2026-02-01",
        outlet="Wire One",
        title="Landslide buries homes in Orvel",
    )
    later = make_article(
        "Rescuers dig through the night in Orvel\nRescuers pulled 17 people from the mud in Orvel on Sunday night, "
        "the mayor said.\nThirteen people remain trapped, the mayor said.\n",
        published="2026-02-01",
        outlet="Hill Times",
        title="Rescuers dig through the night in Orvel",
    )
    links = links_of(first, later)
    assert relations_between(links, "Thirty people were trapped", "Thirteen people remain trapped") == ["updates"], (
        links
    )


def test_a_dated_toll_above_an_undated_count_of_the_same_disaster_updates_it() -> None:
    first = make_article(
        "Ostra ferry inquiry reports\nAn inquiry into the sinking of the Ostra ferry put the death toll at 31 "
        "on Tuesday.\nIt blamed the overloading of the ferry.\n",
        published="2026-08-14",
        outlet="Wire One",
        title="Ostra ferry inquiry reports",
    )
    explainer = make_article(
        "Ostra ferry sinking: what we know\nTwenty-six people died when the ferry sank off Ostra, according to the "
        "coast guard.\nThe ferry had been carrying twice as many passengers as it was licensed for.\n",
        published=None,
        outlet="Explainer Desk",
        title="Ostra ferry sinking: what we know",
    )
    links = links_of(first, explainer)
    assert relations_between(links, "death toll at 31", "Twenty-six people died") == ["updates"], links
