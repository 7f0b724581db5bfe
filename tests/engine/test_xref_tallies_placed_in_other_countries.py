"""Tallies placed in different countries by their own words, or by the one country their article names, are two
places' counts: a roundup's "In Nepal, at least 38 have died" never updates Bangladesh's 25, and its sum "across
Nepal and Bangladesh" is no country's count; the roundup's Nepal figure still updates Nepal's first report, and its
subject names Nepal, not the country of the sentence before (sentences written for these tests)."""

from __future__ import annotations

from corpus.extract.article import extract_article

from .conftest import links_of, make_article, relations_between


def _nepal() -> object:
    return make_article(
        "Landslides kill 21 in Nepal's Dolkha hills\nKATHMANDU (Reuters) - Landslides set off by monsoon rain have "
        "killed at least 21 people in the Dolkha hills of eastern Nepal, police said on Sunday.\n",
        published="2034-07-16",
        outlet="Reuters",
        title="Landslides kill 21 in Nepal's Dolkha hills",
    )


def _bangladesh() -> object:
    return make_article(
        "Sylmar floods: 25 dead as rivers burst\nFloods and landslides have killed 25 people in the northeastern "
        "Bangladeshi district of Sylmar, officials said on Monday.\n",
        published="2034-07-17",
        outlet="AP",
        title="Sylmar floods: 25 dead as rivers burst",
    )


def _roundup() -> object:
    return make_article(
        "Monsoon rains: what we know\nMonsoon rains have killed more than 60 people across Nepal and Bangladesh this "
        "week.\nIn Bangladesh's Sylmar district, the toll stood at 25 on Monday. In Nepal, at least 38 have died in "
        "the Dolkha hills.\n",
        published="2034-07-18",
        outlet="BBC News",
        title="Monsoon rains: what we know",
    )


def test_a_roundups_country_figures_link_only_to_their_own_countrys() -> None:
    links = links_of(_nepal(), _bangladesh(), _roundup())
    assert not relations_between(links, "In Nepal, at least 38", "Bangladeshi district of Sylmar"), links
    assert "updates" in relations_between(links, "In Nepal, at least 38", "eastern Nepal"), links


def test_a_sum_across_two_countries_is_neither_countrys_count() -> None:
    links = links_of(_nepal(), _bangladesh(), _roundup())
    assert not relations_between(links, "across Nepal and Bangladesh", "Bangladeshi district of Sylmar"), links
    assert not relations_between(links, "across Nepal and Bangladesh", "eastern Nepal"), links


def test_a_sentence_opening_in_another_country_names_its_own_subject() -> None:
    claims, _ = extract_article(_roundup())
    assert [c.subject for c in claims if c.text.startswith("In Nepal")] == ["Nepal casualties"]
