"""What a sentence says of someone between commas before it tells what they did ("Ruth Kessler, a former envoy who
once served under Karl Dremmen, has died") tells who they are, not what happened: the act is the sentence's news, and
the people named in the description are no other happening's. Our own sentences."""

from __future__ import annotations

from corpus.xref.statements import action_words, main_clause, without_descriptions

from .conftest import links_of, make_article, relations_between

_WIRE = (
    "Former envoy Ruth Kessler dies at 84\n"
    "Ruth Kessler, a former envoy to Brenna who once served as deputy to foreign minister Karl Dremmen, has died of "
    "natural causes at her home in Dovra, her family said on Monday.\n"
    "She had been ill for several months.\n"
)
_PAPER = (
    "Kessler, Dovra's first woman envoy, dead at 84\n"
    "Ruth Kessler, 84, the diplomat who negotiated the river treaty with Brenna's Anton Vries, died of natural causes "
    "at her home in Dovra, her family said.\n"
    "A funeral will be held next week.\n"
)


def test_a_death_told_with_other_descriptions_corroborates() -> None:
    links = links_of(
        make_article(_WIRE, published="2027-05-10", outlet="Wire", title="Former envoy Ruth Kessler dies at 84"),
        make_article(_PAPER, published="2027-05-10", outlet="Paper", title="Kessler, Dovra's first woman envoy, dead"),
    )
    assert "corroborates" in relations_between(links, "a former envoy to Brenna", "the river treaty"), links


def test_the_act_after_a_description_is_the_main_clause() -> None:
    text = (
        "Ruth Kessler, a former envoy to Brenna who once served as deputy to Karl Dremmen, has died at her home, "
        "her family said."
    )
    assert main_clause(text).startswith("Ruth Kessler has died at her home")
    assert "kill" in action_words(main_clause(text))
    # an age before the description, and a sum's thousands comma inside it
    text = "Anton Vries, 61, the banker who lent $300,000 to the mayor, was arrested on Friday."
    assert without_descriptions(text) == "Anton Vries was arrested on Friday."
    # a list is no description: its commas close on another name, not on a verb
    text = "The Harriers, the Rovers, the Albion and the Wanderers all won on Saturday."
    assert without_descriptions(text) == text


def test_someone_named_in_the_act_still_tells_two_happenings_apart() -> None:
    """ "Vell, who beat Daal last year, stopped Maes" / "Vell stopped Daal": the description names Daal, but the two
    fights are told by their main clauses' opponents, Maes and Daal."""
    first = make_article(
        "Vell stops Maes\n"
        "Arno Vell, who beat Piet Daal for the title last spring, stopped Kurt Maes in the sixth round in Dovra on "
        "Saturday night.\n",
        published="2027-11-14",
        outlet="Wire",
        title="Vell stops Maes",
    )
    second = make_article(
        "Vell stops Daal\n"
        "Arno Vell stopped Piet Daal in the seventh round in Dovra on Saturday night to win the title.\n",
        published="2026-04-20",
        outlet="Paper",
        title="Vell stops Daal",
    )
    links = links_of(first, second)
    assert "corroborates" not in relations_between(links, "stopped Kurt Maes", "stopped Piet Daal"), links
