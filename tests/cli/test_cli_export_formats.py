"""store.export on a hand-built corpus: each format's shape and content."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

from cli_export_schema import validate_export
from cli_sample import sample_extraction

from corpus.model import Article, Claim, Extraction, Quantity
from store.export import CSV_COLUMNS, Corpus, export, md_text


def _bodies(extraction: Extraction) -> dict[str, str]:
    return {a.id: a.body for a in extraction.articles}


def test_json_export_is_the_documented_interchange_format():
    extraction = sample_extraction()
    doc = json.loads(export("json", extraction))
    assert validate_export(doc, _bodies(extraction)) == []
    assert doc["schema"] == "factscope.export/3"
    assert {c["id"] for c in doc["claims"]} == {c.id for c in extraction.claims}
    conflict = next(x for x in doc["xrefs"] if x["relation"] == "conflicts")
    assert conflict["reason"].startswith("both count soldiers killed")
    quantity = next(c for c in doc["claims"] if c["speaker"] == "Gazette sources")["quantities"][0]
    assert quantity == {
        "text": "about 1,200",
        "value": 1200,
        "low": 1100,
        "high": 1300,
        "unit": "people",
        "measure": "killed",
        "change": "=",
        "from_value": None,
        "pair": None,
        "counted": None,
        "counted_lemma": None,
        "period": None,
    }


def test_validator_catches_a_broken_offset_and_a_bad_relation():
    extraction = sample_extraction()
    doc = json.loads(export("json", extraction))
    doc["claims"][0]["start"] += 1
    doc["xrefs"][0]["relation"] = "contradicts"
    del doc["articles"][0]["outlet"]
    problems = validate_export(doc, _bodies(extraction))
    assert "claims[0]: body[start:end] != text" in problems
    assert "xrefs[0].relation: 'contradicts'" in problems
    assert "articles[0]: missing key 'outlet'" in problems


def test_json_export_is_deterministic_whatever_the_input_order():
    extraction = sample_extraction()
    shuffled = Extraction(
        articles=extraction.articles[::-1],
        claims=extraction.claims[::-1],
        entities=extraction.entities,
        xrefs=extraction.xrefs[::-1],
    )
    assert export("json", extraction) == export("json", shuffled)


def test_csv_has_one_row_per_claim_and_parses_back():
    extraction = sample_extraction()
    data = export("csv", extraction)
    assert data.startswith("\ufeff".encode())  # Excel needs the BOM to read UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(extraction.claims)
    by_id = {row["id"]: row for row in rows}
    for claim in extraction.claims:
        assert by_id[claim.id]["text"] == claim.text
        assert by_id[claim.id]["kind"] == claim.kind
    ministry = next(r for r in rows if r["quantities"].startswith("no more than 300"))
    assert ministry["quantities"] == "no more than 300 (killed)"
    assert ministry["outlet"] == "The Herald"


def test_csv_neutralises_spreadsheet_formulas_from_article_text():
    body = '=HYPERLINK("http://evil","click") said 5 people.\n'
    article = Article("a1", "t", None, [], None, False, "x.txt", body)
    claim = Claim("c1", "a1", 0, len(body) - 1, body[:-1], "statement", "@attacker", "asserted")
    row = list(csv.reader(io.StringIO(export("csv", Extraction([article], [claim])).decode("utf-8-sig"))))[1]
    assert row[CSV_COLUMNS.index("text")].startswith("'=HYPERLINK")
    assert row[CSV_COLUMNS.index("speaker")] == "'@attacker"


def test_markdown_briefing_lists_conflicts_first_then_figures_then_articles():
    extraction = sample_extraction()
    md = export("md", extraction).decode("utf-8")
    conflicts, figures, articles = md.index("## Conflicts"), md.index("## Figures"), md.index("## Articles")
    assert conflicts < figures < articles
    conflict_section = md[conflicts:figures]
    assert "no more than 300" in conflict_section and "about 1,200" in conflict_section
    assert "### killed" in md[figures:articles]
    table = [line for line in md[figures:articles].splitlines() if line.startswith("| ")]
    assert len(table) == 1 + 2  # header + one row per figure
    assert "| about 1,200 | 1,200 | 1,100–1,300 | people |" in md
    assert "| no more than 300 |  | …–300 | people |" in md
    herald = md.index("### Officials count the cost")
    assert "The Herald · 2025-02-01 · A. Writer" in md[herald:]
    gazette = md[md.index("### A different tally") :]
    assert "outlet unknown · ≈2025-02" in gazette
    # within an article, the claim in a conflict comes before the others
    assert gazette.index("⚠ conflicts ×1") < gazette.index("dismissed the report")


def test_markdown_escapes_untrusted_text():
    assert md_text("[click](http://evil) <script>|x|") == "\\[click\\](http://evil) \\<script\\>\\|x\\|"
    assert md_text("line\none\x1b[2J") == "line one"


def test_claimreview_items_without_invented_ratings():
    extraction = sample_extraction()
    doc = json.loads(export("claimreview", extraction))
    assert doc["@context"] == "https://schema.org"
    items = doc["@graph"]
    assert len(items) == len(extraction.claims)
    assert all(item["@type"] == "ClaimReview" for item in items)
    assert not any("reviewRating" in item for item in items)
    ministry = next(i for i in items if i["claimReviewed"].startswith("The defence ministry"))
    claim = ministry["itemReviewed"]
    assert claim["author"] == {"@type": "Organization", "name": "Defence Ministry"}
    assert claim["datePublished"] == "2025-02-01"
    assert claim["appearance"]["publisher"]["name"] == "The Herald"
    gazette = next(i for i in items if i["claimReviewed"].startswith("According to"))["itemReviewed"]
    assert "datePublished" not in gazette  # the Gazette's date is only an estimate


def test_corpus_of_reads_a_db_like_object():
    extraction = sample_extraction()

    class DbLike:
        def articles(self):
            return extraction.articles

        def claims(self):
            return extraction.claims

        def xrefs(self):
            return extraction.xrefs

        def entities(self):
            return extraction.entities

    assert export("json", DbLike()) == export("json", Corpus.of(extraction))


def test_figures_carry_no_float_noise():
    from corpus.display import format_number as format_figure

    assert format_figure(6600.000000000001) == "6,600"
    assert format_figure(0.25) == "0.25"
    assert format_figure(12.5) == "12.5"
    assert format_figure(2_000_000) == "2,000,000"
    assert format_figure(None) == ""


def test_a_score_is_exported_as_its_pair_and_shown_as_written():
    from corpus.loader import article_id
    from corpus.pipeline import extract
    from tui.cli.show import quantity_line

    body = "Harbour City beat Millford 3-1 on Saturday in front of 41,200 fans.\n"
    article = Article(article_id(body), "Derby", "Sports Desk", [], "2026-11-15", False, "d.txt", body)
    extraction = extract([article])
    doc = json.loads(export("json", extraction))
    assert validate_export(doc, _bodies(extraction)) == []
    score = next(q for c in doc["claims"] for q in c["quantities"] if q["text"] == "3-1")
    assert (score["pair"], score["value"], score["low"], score["high"]) == ([3, 1], None, None, None)
    [quantity] = [q for c in extraction.claims for q in c.quantities if q.pair]
    assert quantity_line(quantity) == "3-1 → 3–1 (score or split)"


def test_show_gives_the_time_a_figure_is_for_apart_from_when_it_was_told():
    from tui.cli.show import quantity_line

    july = Quantity("3.1%", 3.1, 3.1, 3.1, "percent", "inflation", period="2026-07")
    assert quantity_line(july) == "3.1% → 3.1 percent (inflation) for 2026-07"
    assert quantity_line(replace(july, period=None)) == "3.1% → 3.1 percent (inflation)"
