"""Export a corpus: the interchange JSON, CSV, a Markdown briefing, ClaimReview JSON-LD.

Every function takes plain model lists (from a ``CorpusDB`` or an
``Extraction``) and returns bytes ready to write, in a deterministic order
(articles by date then id, claims by position, xrefs by ids) so two exports
of the same corpus are byte-identical. The JSON format is documented in
``docs/export-format.md``; keep the two in step.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import orjson

from corpus.display import claim_date_label, date_label, format_number
from corpus.model import Article, AttributionSpan, Claim, Entity, Extraction, Quantity, XRef
from corpus.sanitize import escape_json_unsafe, sanitize_text

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB
from store.query.conflicts import Conflicts

EXPORT_SCHEMA = "factscope.export/3"  # /2 added claims[].credibility, /3 quantities[].pair
ARTICLE_FIELDS = ("id", "title", "outlet", "authors", "published", "published_estimated", "source_file")
CLAIM_FIELDS = (
    "id",
    "article_id",
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "certainty",
    "quantities",
    "entities",
    "date",
    "attributions",
    "credibility",
)
ATTRIBUTION_FIELDS = (
    "speaker",
    "chain",
    "how",
    "source_start",
    "source_end",
    "cue_start",
    "cue_end",
    "content_start",
    "content_end",
    "cue_kind",
)
QUANTITY_FIELDS = (
    "text",
    "value",
    "low",
    "high",
    "unit",
    "measure",
    "change",
    "from_value",
    "pair",
    "counted",
    "counted_lemma",
    "period",
)
XREF_FIELDS = ("source", "target", "relation", "score", "reason", "rule", "matched")
CSV_COLUMNS = (
    "id",
    "article_id",
    "article_title",
    "outlet",
    "date",
    "speaker",
    "kind",
    "certainty",
    "quantities",
    "text",
)
# Cells starting with these run as formulas in spreadsheets (CSV injection).
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class Corpus:
    """The three lists an export reads, sorted once into the export order."""

    def __init__(
        self,
        articles: Iterable[Article],
        claims: Iterable[Claim],
        xrefs: Iterable[XRef],
        entities: Iterable[Entity] = (),
    ) -> None:
        self.articles = sorted(articles, key=lambda a: (a.published or "", a.id))
        order = {a.id: i for i, a in enumerate(self.articles)}
        self.claims = sorted(claims, key=lambda c: (order.get(c.article_id, len(order)), c.start, c.id))
        self.xrefs = sorted(xrefs, key=lambda x: (x.source, x.target, x.relation))
        self.entities = {e.name: e for e in entities}
        self.article_by_id = {a.id: a for a in self.articles}
        self.claim_by_id = {c.id: c for c in self.claims}
        self.conflicts = Conflicts.of(self.xrefs)

    @classmethod
    def of(cls, source: CorpusDB | Extraction) -> Corpus:
        """From anything with articles/claims/xrefs(/entities): a CorpusDB or an Extraction."""

        def items(name: str) -> list[Any]:
            value = getattr(source, name, ())
            return list(value() if callable(value) else value)

        return cls(items("articles"), items("claims"), items("xrefs"), items("entities"))

    def source(self, claim: Claim) -> str:
        article = self.article_by_id.get(claim.article_id)
        if article is None:
            return claim.article_id
        return article.outlet or article.title or article.source_file


# -- the interchange format -------------------------------------------------


def interchange(corpus: Corpus) -> dict[str, Any]:
    """The ``factscope.export/3`` object: exactly the documented fields."""
    from corpus.xref.origins import assess_all

    credibility = assess_all(corpus.claims, corpus.articles, corpus.xrefs)
    claims = []
    for claim in corpus.claims:
        row = {name: getattr(claim, name) for name in CLAIM_FIELDS if name != "credibility"}
        row["quantities"] = [{name: getattr(q, name) for name in QUANTITY_FIELDS} for q in claim.quantities]
        row["entities"] = list(claim.entities)
        body = getattr(corpus.article_by_id.get(claim.article_id), "body", "")
        row["attributions"] = [_attribution(a, body) for a in claim.attributions]
        row["credibility"] = credibility[claim.id].to_dict()
        claims.append(row)
    return {
        "schema": EXPORT_SCHEMA,
        "articles": [
            {name: (list(a.authors) if name == "authors" else getattr(a, name)) for name in ARTICLE_FIELDS}
            for a in corpus.articles
        ],
        "claims": claims,
        "xrefs": [{name: getattr(x, name) for name in XREF_FIELDS} for x in corpus.xrefs],
    }


def _attribution(span: AttributionSpan, body: str) -> dict[str, Any]:
    """One reported statement: its fields, plus the source and cue as written (bodies are not exported)."""
    row = {name: (list(span.chain) if name == "chain" else getattr(span, name)) for name in ATTRIBUTION_FIELDS}
    row["source_text"] = body[span.source_start : span.source_end] if span.source_start is not None else None
    row["cue_text"] = body[span.cue_start : span.cue_end] if span.cue_start is not None else None
    return row


def to_json(corpus: Corpus) -> bytes:
    return json_bytes(interchange(corpus))


def json_bytes(document: object) -> bytes:
    """Indented JSON with no raw control byte: orjson escapes C0 (ESC too), C1 and bidi
    controls are escaped here, so showing the file on a terminal is safe and decoding
    it gives back exactly what is stored."""
    text = orjson.dumps(document, option=orjson.OPT_INDENT_2).decode("utf-8")
    return escape_json_unsafe(text).encode("utf-8") + b"\n"


# -- CSV --------------------------------------------------------------------


def _cell(value: object) -> str:
    return "" if value is None else _clean_cell(str(value))


@lru_cache(maxsize=8192)  # outlets, titles, kinds, dates and speakers repeat on every row
def _clean_cell(value: str) -> str:
    text = " ".join(sanitize_text(value).split())
    return "'" + text if text.startswith(_FORMULA_PREFIXES) else text


def quantity_summary(claim: Claim) -> str:
    """``"at least 300 (killed); 2,700 (wounded)"`` — the figures of a claim in one cell."""
    parts = []
    for q in claim.quantities:
        parts.append(f"{q.text} ({q.measure})" if q.measure else q.text)
    return "; ".join(parts)


def to_csv(corpus: Corpus) -> bytes:
    """One row per claim, for spreadsheets (UTF-8 with BOM so Excel reads it as UTF-8)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for claim in corpus.claims:
        article = corpus.article_by_id.get(claim.article_id)
        writer.writerow(
            [
                _cell(claim.id),
                _cell(claim.article_id),
                _cell(article.title if article else None),
                _cell(article.outlet if article else None),
                _cell(claim.date),
                _cell(claim.speaker),
                _cell(claim.kind),
                _cell(claim.certainty),
                _cell(quantity_summary(claim)),
                _cell(claim.text),
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# -- Markdown briefing ------------------------------------------------------

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~#!&"})


@lru_cache(maxsize=8192)  # sources, speakers and units repeat in every table
def md_text(text: str | None) -> str:
    """Untrusted text as one Markdown-inert line: no links, HTML, emphasis or table breaks."""
    return " ".join(sanitize_text(text or "").split()).translate(_MD_SPECIAL)


def _claim_date_label(corpus: Corpus, claim: Claim) -> str:
    return claim_date_label(claim, corpus.article_by_id.get(claim.article_id))


def quantity_range(q: Quantity) -> str:
    """The interval the words allow, ``…`` for an open side; empty for an exact figure."""
    if q.low is None and q.high is None:
        return ""
    if q.low == q.high == q.value:
        return ""
    return f"{format_number(q.low) or '…'}–{format_number(q.high) or '…'}"


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _conflict_lines(corpus: Corpus) -> list[str]:
    lines = []
    for xref in corpus.conflicts.links:
        left, right = corpus.claim_by_id.get(xref.source), corpus.claim_by_id.get(xref.target)
        if left is None or right is None:
            continue
        topic = left.subject or right.subject
        head = f"**{md_text(topic)}**: " if topic else ""
        lines.append(
            f"- {head}{md_text(corpus.source(left))} ({_claim_date_label(corpus, left)}): “{md_text(left.text)}”"
            f" ⟷ {md_text(corpus.source(right))} ({_claim_date_label(corpus, right)}): “{md_text(right.text)}”"
            f"  \n  _{md_text(xref.reason)}_ (score {xref.score:.2f}; `{left.id}` / `{right.id}`)"
        )
    return lines


def _figures_tables(corpus: Corpus) -> list[str]:
    by_measure: dict[str, list[tuple[Claim, Quantity]]] = defaultdict(list)
    for claim in corpus.claims:
        for q in claim.quantities:
            by_measure[q.measure or "(unspecified)"].append((claim, q))
    lines: list[str] = []
    for measure in sorted(by_measure, key=lambda m: (m == "(unspecified)", m.casefold())):
        lines += [
            f"### {md_text(measure)}",
            "",
            "| Figure | Value | Range | Unit | Source | Date | Speaker | Claim |",
            "|---|---:|---:|---|---|---|---|---|",
        ]
        rows = sorted(
            by_measure[measure], key=lambda pair: (_claim_date_label(corpus, pair[0]).lstrip("≈"), pair[0].id)
        )
        for claim, q in rows:
            lines.append(
                f"| {md_text(q.text)} | {format_number(q.value)} | {quantity_range(q)} | {md_text(q.unit)} "
                f"| {md_text(_short(corpus.source(claim)))} | {_claim_date_label(corpus, claim)} "
                f"| {md_text(claim.speaker)} | `{claim.id}` |"
            )
        lines.append("")
    return lines


def _article_sections(corpus: Corpus) -> list[str]:
    conflicted = corpus.conflicts.count
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in corpus.claims:
        claims_of[claim.article_id].append(claim)
    lines: list[str] = []
    for article in corpus.articles:
        lines += [f"### {md_text(article.title or article.source_file)}", ""]
        facts = [
            md_text(article.outlet) or "outlet unknown",
            date_label(article.published, article.published_estimated) or "date unknown",
        ]
        if article.authors:
            facts.append(", ".join(md_text(a) for a in article.authors))
        lines += [" · ".join(facts) + f" · `{article.id}`", ""]
        # claims in a conflict first: they are what a reader must check
        ordered = sorted(claims_of[article.id], key=lambda c: (conflicted(c.id) == 0, c.start))
        for claim in ordered:
            flag = f"⚠ conflicts ×{conflicted(claim.id)} · " if conflicted(claim.id) else ""
            who = f" — {md_text(claim.speaker)}" if claim.speaker else ""
            hedge = ", hedged" if claim.certainty == "hedged" else ""
            lines.append(f"- {flag}_{md_text(claim.kind)}{hedge}_: {md_text(claim.text)}{who} (`{claim.id}`)")
        if not ordered:
            lines.append("- (no claims)")
        lines.append("")
    return lines


def to_markdown(corpus: Corpus) -> bytes:
    """A readable briefing: conflicts first, then figures per measure, then each article's claims."""
    counts = f"{len(corpus.articles)} articles · {len(corpus.claims)} claims · {len(corpus.xrefs)} cross-references"
    conflicts = _conflict_lines(corpus)
    lines = ["# factscope briefing", "", counts, "", "## Conflicts", ""]
    lines += conflicts or ["No conflicting claims found."]
    lines += ["", "## Figures", ""]
    lines += _figures_tables(corpus) or ["No figures found.", ""]
    lines += ["## Articles", ""]
    lines += _article_sections(corpus)
    # every field went through md_text, but ids and dates are printed as stored:
    # one last pass (the identity on clean text) so no control reaches a reader
    return sanitize_text("\n".join(lines).rstrip() + "\n").encode("utf-8")


# -- schema.org ClaimReview -------------------------------------------------


def _agent(name: str, entity: Entity | None) -> dict[str, Any]:
    kind = "Person" if entity is not None and entity.type == "person" else "Organization"
    return {"@type": kind, "name": name}


def claim_review(corpus: Corpus, claim: Claim) -> dict[str, Any]:
    """One ClaimReview for ``claim``: what was said, by whom, where. No rating is invented:
    factscope links sources, it does not judge them, so ``reviewRating`` and the review's
    own ``author`` are left out. Estimated dates are left out rather than stated as fact."""
    article = corpus.article_by_id.get(claim.article_id)
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.speaker:
        item["author"] = _agent(claim.speaker, corpus.entities.get(claim.speaker))
    if article is not None:
        if article.published and not article.published_estimated:
            item["datePublished"] = article.published
        appearance: dict[str, Any] = {"@type": "NewsArticle", "identifier": article.id}
        if article.title:
            appearance["headline"] = article.title
        if article.outlet:
            appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
        if article.authors:
            appearance["author"] = [{"@type": "Person", "name": name} for name in article.authors]
        if article.published and not article.published_estimated:
            appearance["datePublished"] = article.published
        item["appearance"] = appearance
    return {"@type": "ClaimReview", "identifier": claim.id, "claimReviewed": claim.text, "itemReviewed": item}


def to_claimreview(corpus: Corpus) -> bytes:
    document = {"@context": "https://schema.org", "@graph": [claim_review(corpus, c) for c in corpus.claims]}
    return json_bytes(document)


FORMATS: dict[str, Callable[[Corpus], bytes]] = {
    "json": to_json,
    "csv": to_csv,
    "md": to_markdown,
    "claimreview": to_claimreview,
}


def export(fmt: str, source: CorpusDB | Extraction | Corpus) -> bytes:
    """Render ``source`` (a CorpusDB, an Extraction or a ``Corpus``) in format ``fmt``."""
    corpus = source if isinstance(source, Corpus) else Corpus.of(source)
    return FORMATS[fmt](corpus)
