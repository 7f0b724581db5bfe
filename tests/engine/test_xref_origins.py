"""Independent origins and the Admiralty-style credibility grade (issue 12). Our own sentences."""

from __future__ import annotations

from corpus.model import Article, Claim
from corpus.xref.origins import assess, grade, origin_of

from .conftest import links_between, links_of


def _article(aid: str, outlet: str, body: str = "Text.") -> Article:
    return Article(
        id=aid,
        title=None,
        outlet=outlet,
        authors=[],
        published="2026-05-01",
        published_estimated=False,
        source_file=f"{aid}.txt",
        body=body,
    )


def _claim(cid: str, aid: str, speaker: str | None = None, chain: list[str] | None = None) -> Claim:
    return Claim(
        id=cid,
        article_id=aid,
        start=0,
        end=5,
        text="Text.",
        kind="statement",
        speaker=speaker,
        certainty="asserted",
        speaker_chain=chain or ([speaker] if speaker else []),
    )


def test_a_spokesman_relayed_by_three_outlets_is_one_origin() -> None:
    own = _claim("c0", "a0", "Port Authority spokesman Ivo Brandt")
    relays = [
        (
            "corroborates",
            _claim(f"c{i}", f"a{i}", "Port Authority spokesman Ivo Brandt"),
            _article(f"a{i}", f"Paper {i}"),
        )
        for i in (1, 2, 3)
    ]
    result = assess(own, _article("a0", "Paper 0"), relays)
    assert (result.reports, result.origins) == (4, 1)
    assert result.grade == 3 and "4 reports · 1 independent origin" in result.explanation


def test_two_speakers_in_one_article_are_two_reports_never_fewer_reports_than_origins() -> None:
    own = _claim("c0", "a0", "the harbour master")
    beside = [("corroborates", _claim("c1", "a0", "a union leader"), _article("a0", "Paper 0"))]
    result = assess(own, _article("a0", "Paper 0"), beside)
    assert (result.reports, result.origins) == (2, 2)
    assert "2 reports · 2 independent origins" in result.explanation


def _said(cid: str, aid: str, speaker: str, text: str) -> Claim:
    return Claim(
        id=cid, article_id=aid, start=0, end=len(text), text=text, kind="statement", speaker=speaker,
        certainty="hedged", speaker_chain=[speaker],
    )  # fmt: skip


def test_two_speakers_relaying_unnamed_reports_are_one_origin() -> None:
    paper = _article("a0", "Paper 0")
    rumour = _said("c0", "a0", "a state television channel", "A state television channel said unconfirmed reports "
                   "showed 40,000 sailors were ready to sail.")  # fmt: skip
    quote = _said("c1", "a0", "Ada Voss", "“There are reports that 40,000 sailors are ready,” Ada Voss said on air.")
    result = assess(rumour, paper, [("corroborates", quote, paper)])
    assert (result.reports, result.origins) == (2, 1)
    assert result.grade == 3  # possibly true, not "probably true" from one rumour told twice


def test_a_report_by_a_named_outlet_is_not_unnamed_reports() -> None:
    claim = _said("c0", "a0", "Ada Voss", "According to reports by the Harbour Gazette, 40 sailors deserted.")
    other = _said("c1", "a0", "Ivo Brandt", "Some reports say 40 sailors deserted.")
    assert origin_of(claim, _article("a0", "Paper 0")) == "speaker:ada voss"
    assert origin_of(other, _article("a0", "Paper 0")) == "reports:paper 0"


def test_wire_copy_run_by_papers_counts_the_agency_once() -> None:
    wire = _article("a1", "Harbour Gazette", "KOBE, Japan (Reuters) - Dockers walked out on Monday.")
    also = _article("a2", "Evening Star", "OSAKA (Reuters) - Dockers walked out on Monday.")
    first, second = _claim("c1", "a1"), _claim("c2", "a2")
    assert origin_of(first, wire) == origin_of(second, also) == "agency:reuters"


def test_three_independent_sources_confirm_and_contradiction_lowers_the_grade() -> None:
    own = _claim("c0", "a0", "the harbour master")
    others = [
        ("corroborates", _claim("c1", "a1", "a union leader"), _article("a1", "Paper 1")),
        ("corroborates", _claim("c2", "a2", "the shipping ministry"), _article("a2", "Paper 2")),
    ]
    assert assess(own, _article("a0", "Paper 0"), others).grade == 1
    against = [
        ("conflicts", _claim(f"d{i}", f"b{i}", f"dock company {i}"), _article(f"b{i}", f"Other {i}")) for i in range(4)
    ]
    assert assess(own, _article("a0", "Paper 0"), others + against).grade == 5


def test_a_claim_nobody_else_reports_cannot_be_judged() -> None:
    assert assess(_claim("c0", "a0", "a witness"), _article("a0", "Paper 0"), []).grade == 6
    assert grade(2, 1, 1) == 4 and grade(3, 2, 0) == 2


def test_generic_officials_in_two_outlets_are_not_merged_into_one_origin() -> None:
    one = origin_of(_claim("c1", "a1", "officials"), _article("a1", "Paper 1"))
    two = origin_of(_claim("c2", "a2", "officials"), _article("a2", "Paper 2"))
    assert one != two


def test_every_agency_the_datelines_know_is_an_origin() -> None:
    wire = _article("a1", "Island Times", "KUALA LUMPUR (Bernama) - Ferry services resumed on Monday.")
    assert origin_of(_claim("c1", "a1"), wire) == "agency:bernama"


def test_the_export_carries_each_claims_reports_origins_and_grade() -> None:
    from corpus.model import XRef
    from corpus.xref.origins import assess_all

    claims = [
        _claim("c0", "a0", "the harbour master"),
        _claim("c1", "a1", "a union leader"),
        _claim("c2", "a2", "a union leader"),
    ]
    articles = [_article(f"a{i}", f"Paper {i}") for i in range(3)]
    xrefs = [XRef("c1", "c0", "corroborates", 0.8, "same report"), XRef("c2", "c0", "corroborates", 0.8, "same report")]
    found = assess_all(claims, articles, xrefs)
    assert found["c0"].to_dict() == {
        "reports": 3,
        "origins": 2,
        "against": 0,
        "grade": 2,
        "grade_label": "probably true",
    }
    assert found["c1"].reports == 2 and found["c1"].grade == 2


def _news(body: str, outlet: str, published: str = "2026-05-04") -> Article:
    from corpus.loader import article_id

    return Article(article_id(body), None, outlet, [], published, False, f"{outlet}.txt", body)


def test_a_rumour_and_the_quote_relaying_it_are_relays_of_one_origin_not_corroboration() -> None:
    article = _news(
        "A state television channel claimed on Sunday that unconfirmed reports showed Morland was ready to send "
        "as many as 20,000 soldiers to the front.\n"
        "\u201cThere are reports that 20,000 Morlandish soldiers are ready to go to the front,\u201d commentator "
        "Piet Halvor said on the channel.\n",
        "Daily Ledger",
    )
    links = links_between(links_of(article), "20,000 soldiers to the front", "There are reports")
    assert links and all(rel != "corroborates" for rel, _ in links)
    assert any("relays of one origin" in reason for _, reason in links)


def test_one_named_spokesman_in_two_outlets_relays_one_origin_but_a_described_official_may_be_two() -> None:
    named = [
        _news("Port spokesman Ivo Brandt said 4,200 containers were stuck at the Lerin terminal.\n", "Courier"),
        _news("Some 4,200 containers were stuck at the Lerin terminal, port spokesman Ivo Brandt said.\n", "Herald"),
    ]
    assert {rel for rel, _ in links_between(links_of(*named), "said 4,200", "Some 4,200")} == {"related"}
    described = [
        _news("A port official said 4,200 containers were stuck at the Lerin terminal.\n", "Courier"),
        _news("Some 4,200 containers were stuck at the Lerin terminal, a port official said.\n", "Herald"),
    ]
    assert "corroborates" in {rel for rel, _ in links_between(links_of(*described), "said 4,200", "Some 4,200")}
