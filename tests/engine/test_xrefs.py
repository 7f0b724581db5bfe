"""Cross-references: relations, reasons, blocking, precision."""

from __future__ import annotations

from corpus.model import RELATIONS
from corpus.pipeline import extract
from corpus.xref import blocking
from corpus.xref.features import features

from .conftest import make_article


def _links(*articles):
    extraction = extract(list(articles))
    text = {c.id: c.text for c in extraction.claims}
    return [(x.relation, text[x.source], text[x.target], x) for x in extraction.xrefs]


def _between(links, a: str, b: str):
    return [x for rel, s, t, x in links if (a in s and b in t) or (b in s and a in t)]


def test_later_figure_for_the_same_measure_updates_the_earlier_one() -> None:
    first = make_article(
        "At least 42 people were killed in the Valmora quake on Tuesday, the ministry said.",
        published="2023-03-14",
        outlet="Courier",
    )
    later = make_article(
        "The death toll in Valmora rose to 87 on Thursday, the ministry said.", published="2023-03-16", outlet="Herald"
    )
    (x,) = _between(_links(first, later), "rose to 87", "At least 42")
    assert x.relation == "updates" and "87" in x.reason and "42" in x.reason and "later" in x.reason
    assert x.source.startswith(later.id)  # the later claim points at the one it updates


def test_compatible_figures_corroborate_and_incompatible_ones_for_the_same_day_conflict() -> None:
    a = make_article(
        "Officials said 14 Kavari soldiers were killed on Friday.", published="2024-02-10", outlet="Tribune"
    )
    b = make_article(
        "The army said four Kavari soldiers were killed on Friday.", published="2024-02-10", outlet="Daily"
    )
    c = make_article(
        "About 14 Kavari soldiers were killed on Friday, medics said.", published="2024-02-10", outlet="Post"
    )
    links = _links(a, b, c)
    assert [x.relation for x in _between(links, "Officials said 14", "four Kavari")] == ["conflicts"]
    assert [x.relation for x in _between(links, "About 14", "four Kavari")] == ["related"]  # hedged: no conflict
    assert [x.relation for x in _between(links, "Officials said 14", "About 14")] == ["corroborates"]


def test_the_same_measure_about_unrelated_places_is_not_linked() -> None:
    a = make_article("At least 42 people were killed in the Valmora quake on Tuesday.", published="2023-03-14")
    b = make_article("Floods in Esterland killed 300 people last month.", published="2023-05-02")
    assert _links(a, b) == []


def test_hedged_or_different_nationality_figures_never_conflict() -> None:
    a = make_article("Officials said 14 Kavari soldiers were killed on Friday.", published="2024-02-10")
    b = make_article("The army said four Kavari soldiers were reportedly killed on Friday.", published="2024-02-10")
    c = make_article("Officials said 400 Drusian soldiers were killed on Friday.", published="2024-02-10")
    relations = [rel for rel, *_ in _links(a, b, c)]
    assert "conflicts" not in relations


def test_denial_then_later_confirmation_conflicts_and_says_it_came_later() -> None:
    a = make_article("The Kremlin denied that Drusian troops were deployed to the front.", published="2024-10-10")
    b = make_article("The Kremlin confirmed that Drusian troops were deployed to the front.", published="2025-04-28")
    (x,) = _between(_links(a, b), "confirmed", "denied")
    assert x.relation == "conflicts" and "later confirmation" in x.reason


def test_a_denial_of_the_allegations_conflicts_with_the_sentence_before() -> None:
    a = make_article("Doctors say the agency hid the first cases. The agency denied the allegations.")
    (x,) = _between(_links(a), "denied the allegations", "hid the first cases")
    assert x.relation == "conflicts"


def test_claim_attributed_to_another_articles_outlet_cites_it() -> None:
    source = make_article(
        "The ministry said 42 people died in the quake.", outlet="The Daily Courier", published="2023-03-14"
    )
    citing = make_article(
        "According to the Daily Courier, the ministry said 42 people died in the quake.",
        outlet="Herald",
        published="2023-03-16",
    )
    relations = {x.relation for x in _between(_links(source, citing), "According to", "The ministry said 42")}
    assert "cites" in relations


def test_every_xref_is_well_formed(bundled) -> None:
    _, extraction = bundled
    ids = {c.id for c in extraction.claims}
    assert extraction.xrefs
    for x in extraction.xrefs:
        assert x.relation in RELATIONS and 0 <= x.score <= 1
        assert x.source in ids and x.target in ids and x.source != x.target
        assert x.reason and "\n" not in x.reason and len(x.reason) < 400
    pairs = [(x.source, x.target, x.relation) for x in extraction.xrefs]
    assert len(pairs) == len(set(pairs))


def test_the_brief_example_update_reads_like_the_brief(bundled) -> None:
    _, extraction = bundled
    text = {c.id: c.text for c in extraction.claims}
    (x,) = [
        x for x in extraction.xrefs if text[x.source].startswith("April 2025600") and "at least 300" in text[x.target]
    ]
    assert x.relation == "updates"
    assert x.reason.startswith("both count North Korean casualties: 600 killed / 4,100 wounded")
    assert (
        "at least 300 killed / 2,700 wounded" in x.reason
        and "Jan 2025" in x.reason
        and x.reason.endswith("later figure")
    )


def test_blocking_compares_far_fewer_pairs_than_all_pairs() -> None:
    body = " ".join(
        f"Officials said {i} people were killed in district {i % 7} of Valmora on Monday." for i in range(400)
    )
    article = make_article(body)
    extraction = extract([article])
    feats = [features(c, article) for c in extraction.claims]
    pairs = sum(1 for _ in blocking.candidate_pairs(feats))
    n = len(feats)
    assert n >= 400 and pairs < n * (n - 1) / 2 / 5


def test_a_claim_attributed_to_an_outlet_does_not_cite_that_outlets_story_about_something_else() -> None:
    flood = make_article(
        "ORVAN (Reuters) - Floods in the Orvan valley have forced about 4,500 people from their homes, police said.",
        outlet="Reuters",
        published="2025-06-02",
    )
    strike = make_article(
        "Around 4,500 dockworkers are on strike at the port of Kessel, according to Reuters.",
        outlet="Harbour Digest",
        published="2025-06-03",
    )
    assert not _between(_links(flood, strike), "dockworkers", "Floods")


def test_a_denial_naming_what_it_denies_conflicts_with_the_report_of_it() -> None:
    report = make_article(
        "Election fraud alleged\nThe Narva Party said it had evidence of fraud at 40 polling stations.\n",
        published="2025-11-03",
        outlet="Courier",
        title="Election fraud alleged",
    )
    denial = make_article(
        "Board denies election fraud\nThe election board rejected the fraud allegations, saying it had found "
        "no irregularities at any polling station.\n",
        published="2025-11-04",
        outlet="Herald",
        title="Board denies election fraud",
    )
    assert {x.relation for x in _between(_links(report, denial), "rejected the fraud", "evidence of fraud")} == {
        "conflicts"
    }
