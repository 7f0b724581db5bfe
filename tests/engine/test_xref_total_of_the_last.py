"""A total told of the count in the sentence before (issue 12): "There were 38 new measles cases in the county last week.
That brings the total since January to 252." The total is compared with other reports' totals by what the sentence
before counts (the total's own sentence names nothing), so it updates an earlier total; the 38 new cases never do.
Our own articles; the extractor's reading of such a total (the count before it, as a level) is set on the figure as it
sets it."""

from __future__ import annotations

from dataclasses import replace

from corpus.model import Claim
from corpus.pipeline import extract_one, linked

from .conftest import make_article

_EARLIER = (
    "Measles live\n09:15 Health officials have confirmed 214 measles cases in the county since January.\n",
    "2031-04-01",
    "Northshire Live",
)
_LATER = (
    "Measles update\n10:40 There were 38 new measles cases in the county last week, health officials said. That "
    "brings the total since January to 252.\n",
    "2031-04-08",
    "Northshire Live",
)


def _links(stories: list[tuple[str, str, str]]) -> dict[tuple[str, str], str]:
    """(source's first words, target's first words) -> relation between the stories, with "the total" counting
    cases as the extractor reads it."""
    articles, claims, mentions = [], [], []
    for body, day, outlet in stories:
        article, found, seen, _ = extract_one(
            make_article(body, published=day, outlet=outlet, title=body.split("\n")[0])
        )
        articles.append(article)
        mentions.extend(seen)
        for c in found:
            if c.text.startswith(("That brings",)):
                c = replace(c, quantities=[replace(q, unit="case", measure="cases") for q in c.quantities])
            claims.append(c)
    by_id = {c.id: c for c in claims}
    return {
        (" ".join(by_id[x.source].text.split()[:2]), " ".join(by_id[x.target].text.split()[:2])): x.relation
        for x in linked(articles, claims, mentions, []).xrefs
        if by_id[x.source].article_id != by_id[x.target].article_id
    }


def test_a_total_told_of_the_last_sentences_count_updates_an_earlier_total() -> None:
    links = _links([_EARLIER, _LATER])
    assert links.get(("That brings", "09:15 Health")) == "updates", links


def test_the_count_added_is_no_later_value_of_the_total() -> None:
    # (a guard: the 38 new cases are what was added, never an update of the 214)
    links = _links([_EARLIER, _LATER])
    assert links.get(("10:40 There", "09:15 Health")) in (None, "related"), links


def test_a_total_of_another_count_updates_nothing_of_this_one() -> None:
    # (a guard: the sentence before counts hospital admissions, not the county's measles cases)
    other = (
        "Hospital update\n10:40 Northshire General admitted 12 more children with burns last week. That brings its tally "
        "this year to 252, the hospital said.\n",
        "2031-04-08",
        "Northshire Live",
    )
    links = _links([_EARLIER, other])
    assert all(relation == "related" for relation in links.values()), links


def test_a_total_that_names_what_it_counts_borrows_nothing() -> None:
    # (a guard: "the death toll", "the total number of cases" say what they count; the sentence before may be of
    # something else, "The quake measured 5.9.")
    from corpus.xref.features import total_of_the_last

    body = "The quake measured 5.9. The death toll rose to 31 on Monday evening. That brings the total to 40."
    told = [
        total_of_the_last(_claim(body, sentence), body)
        for sentence in ("The death toll rose to 31 on Monday evening.", "That brings the total to 40.")
    ]
    assert told == [None, "The death toll rose to 31 on Monday evening."], told


def _claim(body: str, sentence: str) -> Claim:
    """The claim extracted from ``body`` that holds ``sentence``."""
    from corpus.extract.article import extract_article

    start = body.index(sentence)
    found, _ = extract_article(make_article(body + "\n", published="2031-04-08", outlet="Wire", title="Quake"))
    return next(c for c in found if c.start <= start < c.end)
