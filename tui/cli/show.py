"""`factscope show CLAIM_ID`: one claim in full — its sentence in context, figures,
dates, entities, who said it (and who relayed it), and every cross-reference."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from corpus.errors import FactscopeError

if TYPE_CHECKING:
    from tui.cli.terminal import Terminal

CONTEXT_CHARS = 240  # of surrounding paragraph text on each side of the claim


class UnknownClaim(FactscopeError):
    """No claim with that id (or id prefix) in the corpus DB."""


def find_claim(db, claim_id: str):
    """The claim with id ``claim_id``, or the only claim whose id starts with it."""
    from corpus.display import one_line

    claim = db.claim(claim_id)
    if claim is not None:
        return claim
    shown = one_line(claim_id, 80)  # it came from the command line: print it safely
    if len(claim_id) >= 4:
        matches = [c for c in db.claims() if c.id.startswith(claim_id)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise UnknownClaim(f"{shown}: ambiguous claim id prefix ({len(matches)} claims start with it)")
    raise UnknownClaim(f"{shown}: no such claim in {db.path} (try `factscope search`)")


def context_window(body: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """The text of the claim's paragraph before and after it, cut to ``width`` chars a side."""
    para_start = body.rfind("\n", 0, start) + 1
    para_end = body.find("\n", end)
    para_end = len(body) if para_end == -1 else para_end
    before, after = body[para_start:start], body[end:para_end]
    if len(before) > width:
        before = "…" + before[-width:].split(" ", 1)[-1]
    if len(after) > width:
        after = after[:width].rsplit(" ", 1)[0] + "…"
    return before, after


def quantity_line(q) -> str:
    """``"about 1,200 → 1,200 (1,100–1,300) people (killed)"``: the words and what they mean."""
    from corpus.display import format_number
    from store.export import quantity_range

    interval = quantity_range(q)
    if q.pair:
        # a score or a vote split: two numbers as written, neither a value nor a range
        meaning = "–".join(format_number(n) for n in q.pair) + " (score or split)"
    elif q.value is not None:
        meaning = format_number(q.value) + (f" ({interval})" if interval else "")
    else:
        meaning = interval or "?"
    parts = [q.text, "→", meaning]
    if q.unit:
        parts.append(q.unit)
    if q.measure:
        parts.append(f"({q.measure})")
    if q.period:  # the time it is for, as the text names it: the claim's date is when it was told
        parts.append(f"for {q.period}")
    if q.vague:
        parts.append("[vague]")
    return " ".join(parts)


def xref_entries(db, claim) -> list[dict]:
    """Every cross-reference touching ``claim``, seen from its side, strongest first."""
    from tui.cli.db import source_label

    entries = []
    for xref in db.xrefs_for_claim(claim.id):
        other_id = xref.target if xref.source == claim.id else xref.source
        other = db.claim(other_id)
        article = db.article(other.article_id) if other is not None else None
        entry = xref.to_dict()
        entry.update(
            other_claim=other_id,
            other_source=source_label(article) if other is not None else None,
            other_text=other.text if other is not None else None,
        )
        entries.append(entry)
    return sorted(entries, key=lambda e: (-e["score"], e["relation"], e["other_claim"]))


def claim_json(db, claim) -> dict:
    from tui.cli.db import source_label

    article = db.article(claim.article_id)
    data = claim.to_dict()
    data["source"] = source_label(article)
    data["article"] = (
        {k: v for k, v in article.to_dict().items() if k not in ("body", "note")} if article is not None else None
    )
    data["xrefs"] = xref_entries(db, claim)
    return data


LABEL_CELLS = 12  # a field's value starts here; its wrapped lines too
RELATION_CELLS = 13  # a cross-reference's relation, then the other claim (its wrapped lines too)


def field_block(fields: list[tuple[str, str]], terminal: Terminal) -> list[str]:
    """Label/value lines: on a terminal the label bold and the value wrapped with a hanging
    indent; piped, one line per field however long (easy to grep)."""
    from tui.cli.terminal import Styled, indented, paint

    lines = []
    for label, value in fields:
        label_cell = paint(label, "bold", terminal) + " " * (LABEL_CELLS - len(label))
        value_lines = indented(Styled(value), LABEL_CELLS, terminal)
        lines.append(label_cell + value_lines[0][LABEL_CELLS:])
        lines += value_lines[1:]
    return lines


def claim_view(db, claim, terminal: Terminal) -> list[str]:
    """The claim's lines: laid out for ``terminal`` (a pipe: no colour, the claim marked «…»)."""
    from corpus.display import date_label, one_line
    from tui.cli.output import clean
    from tui.cli.terminal import Styled, indented, paint

    styled = terminal.width is not None
    article = db.article(claim.article_id)
    lines = [paint(f"Claim {claim.id}", "bold underline", terminal)]
    fields: list[tuple[str, str]] = []

    def field(label: str, value: str) -> None:
        fields.append((label, value))

    field("Kind", f"{claim.kind}, {claim.certainty}")
    if article is None:
        field("Article", f"{claim.article_id} (missing)")
    else:
        field("Outlet", one_line(article.outlet) or "unknown")
        field("Article", one_line(article.title or article.source_file))
        published = date_label(article.published, article.published_estimated)
        field("Published", published or "unknown")
    chain = [one_line(name) for name in (claim.speaker_chain or ([claim.speaker] if claim.speaker else []))]
    field("Speaker", " via ".join(chain) if chain else "unattributed")
    if claim.date or claim.date_text:
        words = f" (“{one_line(claim.date_text)}”)" if claim.date_text else ""
        field("Date", (date_label(claim.date, claim.date_estimated) or "unresolved") + words)
    if claim.subject:
        field("Subject", one_line(claim.subject))
    if claim.entities:
        field("Entities", ", ".join(one_line(e) for e in claim.entities))
    lines += field_block(fields, terminal)
    lines += ["", paint("Context", "bold", terminal)]
    context = Styled()
    if article is not None and article.body[claim.start : claim.end] == claim.text:
        before, after = context_window(article.body, claim.start, claim.end)
        context.append(one_line(before) + " " if before.strip() else "", "dim")
        claim_text = one_line(claim.text)
        context.append(claim_text if styled else f"«{claim_text}»", "bold yellow")
        context.append(" " + one_line(after) if after.strip() else "", "dim")
    else:
        context.append(clean(claim.text))
    lines += indented(context, 2, terminal)
    if claim.quantities:
        lines += ["", paint("Quantities", "bold", terminal)]
        for q in claim.quantities:
            lines += indented(Styled(one_line(quantity_line(q))), 2, terminal)
    entries = xref_entries(db, claim)
    lines += ["", paint(f"Cross-references ({len(entries)})", "bold", terminal)]
    colours = {"conflicts": "bold red", "corroborates": "green", "updates": "yellow", "cites": "cyan"}
    for entry in entries:
        head = Styled().append(f"{entry['relation']:<{RELATION_CELLS}}", colours.get(entry["relation"], ""))
        other_source = one_line(entry["other_source"] or "missing claim", 50)
        head.append(f"{entry['other_claim']}  {other_source}  ({entry['score']:.2f})")
        lines += indented(head, 2, terminal, hanging=2 + RELATION_CELLS)  # wrapped: under the claim id
        if entry["other_text"]:
            lines += indented(Styled("“" + one_line(entry["other_text"], 200) + "”"), 4, terminal)
        lines += indented(Styled().append(one_line(entry["reason"]), "italic dim"), 4, terminal)
    if not entries:
        lines.append("  none")
    return lines


def complete_claim_ids(ctx: click.Context, param: click.Parameter, incomplete: str) -> list:
    """Shell completion: claim ids from an existing corpus DB (never builds one)."""
    from click.shell_completion import CompletionItem

    from corpus.display import one_line
    from store import paths
    from store.corpus_db import CorpusDB

    path = ctx.find_root().params.get("db_path") or paths.default_corpus_db_path()
    try:
        db = CorpusDB.open(path, readonly=True)
    except (FactscopeError, OSError):
        return []
    matches = [c for c in db.claims() if c.id.startswith(incomplete)][:100]
    return [CompletionItem(c.id, help=one_line(c.text, 60)) for c in matches]


@click.command("show", short_help="Show one claim with its context and links.")
@click.argument("claim_id", shell_complete=complete_claim_ids)
@click.option("--json", "as_json_output", is_flag=True, help="Print the claim and its cross-references as JSON.")
def show(claim_id: str, as_json_output: bool) -> None:
    """Show one claim: context, figures, dates, speaker chain and cross-references.

    CLAIM_ID is an id printed by `factscope search` (a unique prefix will do).
    With --json: the claim's stored fields plus "source", "article" (its
    metadata) and "xrefs" (each with relation, score, reason, other_claim,
    other_source and other_text). Exit status 1 for an unknown id.
    """
    from tui.cli.db import open_corpus_db
    from tui.cli.output import echo_json
    from tui.cli.terminal import Terminal

    db = open_corpus_db()
    claim = find_claim(db, claim_id.strip())
    if as_json_output:
        echo_json(claim_json(db, claim))
        return
    click.echo("\n".join(claim_view(db, claim, Terminal.of())))
