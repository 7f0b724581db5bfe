"""Filters, alone and combined, on a small hand-made corpus with known answers."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corpus.model import Article, Claim, Entity, Quantity, XRef
from store.search import SearchIndex

ARTICLES = [
    Article("a1", "Kim Jong Un has pledged full support", "The Washington Post", [], "2024-10-11", False, "a1.txt", ""),
    Article("a2", "North Korea to Send Thousands of Military Workers", None, [], "2025-06-18", True, "a2.txt", ""),
    Article(
        "a3", "Russian Media: North Korea May Send Volunteers", "Breitbart News", [], "2022-08", True, "a3.txt", ""
    ),
]


def _claim(cid, article, text, kind, speaker, certainty="asserted", date=None, entities=(), chain=()):
    return Claim(
        cid,
        article,
        0,
        len(text),
        text,
        kind,
        speaker,
        certainty,
        entities=list(entities),
        date=date,
        speaker_chain=list(chain),
    )


CLAIMS = [
    _claim("c1", "a1", "Kremlin spokesman Dmitry Peskov dismissed the reports as a hoax.", "denial", "Dmitry Peskov"),
    _claim(
        "c2",
        "a1",
        "Some North Korean soldiers may already have been killed, officials said.",
        "statement",
        "South Korean officials",
        certainty="hedged",
        date="2024-10",
    ),
    _claim(
        "c3",
        "a2",
        "North Korea will deploy 1,000 deminers and 5,000 military construction workers, Shoigu said.",
        "forecast",
        "Sergei Shoigu",
        date="2025-06-17",
        entities=["Sergei Shoigu", "Kursk"],
    ),
    _claim(
        "c4",
        "a2",
        "About 600 soldiers were killed and 4,100 wounded, the agency said.",
        "quantity",
        "National Intelligence Service",
        date="2025-04",
        entities=["National Intelligence Service"],
    ),
    _claim(
        "c5",
        "a3",
        "There are reports that 100,000 North Korean volunteers are prepared to come.",
        "statement",
        "Igor Korotchenko",
        chain=["Igor Korotchenko", "New York Post"],
    ),
    _claim("c6", "a2", "Shoigu denied that any workers were harmed.", "denial", "Sergei Shoigu", date="2025"),
]
XREFS = [XRef("c4", "c2", "conflicts", 0.8, "killed counts differ"), XRef("c3", "c6", "corroborates", 0.6, "workers")]
ENTITIES = [Entity("National Intelligence Service", "organisation", ["South Korean spy agency"])]


@pytest.fixture(scope="module")
def small():
    return SearchIndex.build(CLAIMS, ARTICLES, XREFS, ENTITIES)


def found(index, query):
    return {hit.claim_id for hit in index.search(query, limit=50)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("speaker:shoigu", {"c3", "c6"}),
        ('speaker:"sergei sh"', {"c3", "c6"}),
        ("speaker:peskov", {"c1"}),
        ('speaker:"new york post"', {"c5"}),  # relayed by
        ('source:"washington post"', {"c1", "c2"}),
        ("source:breitbart", {"c5"}),
        ('source:"military workers"', {"c3", "c4", "c6"}),  # title words
        ("kind:denial", {"c1", "c6"}),
        ("kind:den", {"c1", "c6"}),
        ("-kind:denial", {"c2", "c3", "c4", "c5"}),
        ("kind:nonsense", set()),
        ("entity:kursk", {"c3"}),
        ('entity:"spy agency"', {"c4"}),
        ("entity:nis", {"c4"}),  # initials of the entity's name
        ("date:2024-10", {"c1", "c2"}),
        ("date:>2024-06", {"c1", "c2", "c3", "c4", "c6"}),
        ("date:<2025", {"c1", "c2", "c5"}),
        ("date:2025-04", {"c4"}),
        ("date:2025", {"c3", "c4", "c6"}),
        ("date:2022-01..2024-12", {"c1", "c2", "c5"}),
        ("is:conflict", {"c2", "c4"}),
        ("is:conflicts", {"c2", "c4"}),
        ("kind:denials", {"c1", "c6"}),
        ("is:corroborated", {"c3", "c6"}),
        ("is:hedged", {"c2"}),
        ("is:nonsense", set()),
    ],
)
def test_one_filter(small, query, expected):
    assert found(small, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind:denial date:2025", {"c6"}),
        ('is:conflict speaker:"national intelligence"', {"c4"}),
        ("kind:denial -speaker:peskov", {"c6"}),
        ("speaker:shoigu deminers", {"c3"}),
        ('source:"washington post" killed', {"c2"}),
        ("date:>=2025-01 killed", {"c4"}),
        ("is:conflict kind:denial", set()),
    ],
)
def test_filters_combine_with_each_other_and_with_words(small, query, expected):
    assert found(small, query) == expected


def test_speaker_and_title_words_match_free_text(small):
    assert "c5" in found(small, "korotchenko volunteers")  # speaker, not in the text
    assert "c5" in found(small, "breitbart volunteers")  # outlet
    top = small.search("korotchenko volunteers", limit=1)[0]
    assert top.claim_id == "c5"


def test_the_claims_subject_and_measures_match_free_text():
    labelled = replace(
        _claim("c7", "a2", "About 600 soldiers were lost, the agency said.", "quantity", None),
        subject="casualties",
        quantities=[Quantity("600", 600, 600, 600, "people", "killed")],
    )
    index = SearchIndex.build([*CLAIMS, labelled], ARTICLES)
    ranked = [h.claim_id for h in index.search("agency casualties")]
    assert ranked[0] == "c7"  # "casualties" is only its subject; c4 matches "agency" alone
    assert "c7" not in found(
        SearchIndex.build([*CLAIMS, _claim("c7", "a2", labelled.text, "quantity", None)], ARTICLES), "casualties"
    )
    assert "c7" in found(index, "killed 600")  # "killed" is only what its figure measures
    (hit,) = index.search("agency casualties", limit=1)
    assert [labelled.text[s:e] for s, e in hit.spans] == ["agency"]


def test_filters_only_lists_newest_first(small):
    assert [hit.claim_id for hit in small.search("kind:denial")] == ["c6", "c1"]


def test_entity_initials_work_without_alias_list():
    index = SearchIndex.build(CLAIMS, ARTICLES)
    assert found(index, "entity:nis") == {"c4"}


def test_a_flag_from_the_user_db(small):
    index = SearchIndex.build(CLAIMS, ARTICLES, XREFS, ENTITIES)
    index.add_flag("bookmarked", ["c5", "c1", "no-such-claim"])
    assert found(index, "is:bookmarked") == {"c1", "c5"}
    assert found(index, "is:bookmarked hoax") == {"c1"}


def test_changing_a_flag_updates_searches_and_sessions():
    index = SearchIndex.build(CLAIMS, ARTICLES, XREFS, ENTITIES)
    session = index.session()
    index.add_flag("bookmarked", ["c1"])
    assert {h.claim_id for h in session.search("is:bookmarked")} == {"c1"}
    index.add_flag("bookmarked", ["c5"])
    assert found(index, "is:bookmarked") == {"c5"}
    assert {h.claim_id for h in session.search("is:bookmarked")} == {"c5"}
    assert {h.claim_id for h in session.search("is:bookmarked volunteers")} == {"c5"}
    version = index.version
    index.add_flag("bookmarked", ["c5"])  # the same again: nothing to redo
    assert index.version == version


def test_claim_with_unknown_article_is_still_searchable():
    orphan = _claim("c9", "gone", "An orphan claim about deminers.", "statement", None)
    index = SearchIndex.build([*CLAIMS, orphan], ARTICLES)
    assert "c9" in found(index, "deminers")
    assert "c9" not in found(index, "source:breitbart")


def test_background_sentences_are_found_only_when_asked_for():
    """A background sentence (kept for its speaker, not a claim) stays out of searches unless kind:background."""
    colour = _claim("c8", "a1", "“It is a disgrace,” Peskov said of the soldiers.", "background", "Dmitry Peskov")
    index = SearchIndex.build([*CLAIMS, colour], ARTICLES)
    assert found(index, "soldiers") == {"c2", "c4"}
    assert found(index, "speaker:peskov") == {"c1"}
    assert found(index, "kind:background") == {"c8"}
    assert found(index, "kind:background soldiers") == {"c8"}
