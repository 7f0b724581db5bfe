"""A series whose subject names no party ("shares", "people") is not one thing across stories:
the figures view splits it by the party each article's headline names, else by article."""

from __future__ import annotations

from corpus.loader import article_id
from corpus.model import Article, Claim, Extraction, Quantity
from store.query.figures import collect_measures, headline_names, names_a_party
from tests.tui.test_views_sample import MemoryCorpus


def _corpus(stories: list[tuple[str, str, str, list[str], str, Quantity]]) -> MemoryCorpus:
    """One article per story: (title, date, sentence, the sentence's entities, subject, quantity);
    each article opens with a sentence naming its headline's party."""
    articles, claims = [], []
    for number, (title, date, sentence, entities, subject, quantity) in enumerate(stories):
        lead = f"{title.split(':')[0]} was in the news on Monday."
        body = f"{lead}\n\n{sentence}"
        article = Article(article_id(body), title, f"Wire {number}", [], date, False, f"s{number}.txt", body)
        articles.append(article)
        named = [name for name in ("Harlow Motors", "Kemora Industries", "Zenda Rail", "Ashford") if name in title]
        claims.append(
            Claim(
                f"l{number}", article.id, 0, len(lead), lead, "statement", None, "asserted", entities=named, date=date
            )
        )
        start = len(lead) + 2
        claims.append(
            Claim(
                f"c{number}",
                article.id,
                start,
                start + len(sentence),
                sentence,
                "quantity",
                None,
                "asserted",
                quantities=[quantity],
                entities=entities,
                date=date,
                subject=subject,
            )
        )
    return MemoryCorpus(Extraction(articles, claims, [], []))


def _people(number: int) -> Quantity:
    return Quantity(f"{number:,}", number, number, number, "people", "people")


def _percent(text: str, value: float) -> Quantity:
    return Quantity(text, value, value, value, "percent", "share")


def test_two_companies_shares_are_two_series_each_named_for_its_company() -> None:
    corpus = _corpus(
        [
            (
                "Harlow Motors: carmaker cuts outlook",
                "2026-03-02",
                "Its shares fell 4.2%.",
                [],
                "shares",
                _percent("4.2%", 4.2),
            ),
            (
                "Kemora Industries warns on margins",
                "2026-03-03",
                "Shares in the company fell 7% in Stockholm trading.",
                ["Stockholm"],
                "Shares",
                _percent("7%", 7),
            ),
        ]
    )
    measures = {m.label: [f.quantity.value for f in m.figures] for m in collect_measures(corpus)}
    assert measures == {"shares (Harlow Motors)": [4.2], "Shares (Kemora Industries)": [7]}


def test_people_of_two_stories_are_apart_and_a_headline_without_a_name_labels_by_title() -> None:
    people = [
        ("Factory closure hits town", "2026-03-04", "The plant employed 3,400 people.", [], "people", 3400),
        (
            "Wildfire spreads near Redvale",
            "2026-03-05",
            "Orders for 3,500 residents remain.",
            ["Redvale"],
            "people",
            3500,
        ),
    ]
    corpus = _corpus(
        [(t, d, s, e, subj, Quantity(f"{n:,}", n, n, n, "people", "people")) for t, d, s, e, subj, n in people]
    )
    labels = sorted(m.label for m in collect_measures(corpus))
    assert labels == ["people (Redvale)", "people (“Factory closure hits town”)"]


def test_a_subject_naming_a_party_still_joins_reports_of_several_stories() -> None:
    corpus = _corpus(
        [
            (
                "Zenda Rail: strike",
                "2026-03-02",
                "Zenda Rail shares fell 3%.",
                ["Zenda Rail"],
                "Zenda Rail shares",
                _percent("3%", 3),
            ),
            (
                "Zenda Rail: talks",
                "2026-03-09",
                "Zenda Rail shares rose 2%.",
                ["Zenda Rail"],
                "Zenda Rail shares",
                _percent("2%", 2),
            ),
        ]
    )
    measures = collect_measures(corpus)
    assert [(m.label, len(m.figures), m.sources) for m in measures] == [("Zenda Rail shares", 2, 2)]


def test_which_subjects_name_a_party() -> None:
    assert names_a_party("North Korean casualties", [])
    assert names_a_party("prices in Gaza", [])
    assert names_a_party("EU tariffs", [])
    assert names_a_party("Ukrainian casualties", ["Ukraine"])
    assert not names_a_party("Shares", ["Stockholm"])
    assert not names_a_party("people", ["Redvale"])
    assert headline_names("Harlow Motors: carmaker cuts outlook", {"Harlow Motors", "Europe"})[:1] == ["Harlow Motors"]
    assert headline_names("Factory closure hits town", {"Ashford"}) == []


def test_reports_that_all_name_one_party_stay_one_series_under_its_own_label() -> None:
    corpus = _corpus(
        [
            ("Floods in Ashford", "2026-03-02", "About 300 people left.", ["Ashford"], "people", _people(300)),
            ("River rises again", "2026-03-04", "Now 900 people left Ashford.", ["Ashford"], "people", _people(900)),
        ]
    )
    measures = collect_measures(corpus)
    assert [(m.label, len(m.figures), m.sources) for m in measures] == [("people", 2, 2)]


def test_a_bare_noun_reported_by_more_articles_than_stories_split_stays_one_series() -> None:
    """Split, a word every article uses would list a series per article (at 100k synthetic claims the figures
    view took 2.5 s instead of 0.5 s): past a dozen articles it stays whole, and each row names its source."""
    many = [
        (f"Town number {n} holds its fair", "2026-03-02", f"{100 + n} people came.", [], "people", _people(100 + n))
        for n in range(20)
    ]
    measures = collect_measures(_corpus(many))
    assert [(m.label, len(m.figures)) for m in measures] == [("people", 20)]


def test_a_figure_of_another_measure_than_the_subject_is_labelled_by_its_own() -> None:
    from corpus.pipeline import extract

    body = (
        "The central bank left its main interest rate unchanged at 3.75% on Wednesday, as inflation eased "
        "to 2.4% in September.\n"
    )
    article = Article(article_id(body), "Rates on hold", "Wire", [], "2026-10-29", False, "r.txt", body)
    labels = {m.label for m in collect_measures(MemoryCorpus(extract([article])))}
    # a rate is no one incident's toll, and the inflation figure is no part of the interest rate
    assert "inflation rate" in labels
    assert not any("incident" in label or "interest rate:" in label for label in labels)
