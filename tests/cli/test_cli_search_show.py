"""`factscope search` and `factscope show` on the hand-built sample DB."""

from __future__ import annotations

import json

from cli_sample import sample_extraction

from tui.cli.terminal import Terminal

SAMPLE = sample_extraction()
MINISTRY, GAZETTE, DENIAL = SAMPLE.claims


def test_search_piped_prints_one_tab_separated_line_per_claim(sample_db, run):
    out = run("search", "soldiers killed kursk")
    assert out.exit_code == 0
    lines = out.stdout.splitlines()
    assert {line.split("\t")[0] for line in lines} >= {MINISTRY.id, GAZETTE.id}
    ministry = next(line.split("\t") for line in lines if line.startswith(MINISTRY.id))
    assert ministry == [MINISTRY.id, "2025-01", "The Herald", "Defence Ministry", "+0/-1", MINISTRY.text]
    gazette = next(line.split("\t") for line in lines if line.startswith(GAZETTE.id))
    assert gazette[1] == "≈2025-01"  # an estimated date is marked
    assert gazette[2] == "A different tally"  # no outlet known: the title names the source
    assert "\x1b" not in out.stdout


def test_search_json_lists_the_documented_fields(sample_db, run):
    out = run("search", "soldiers killed kursk", "--json")
    assert out.exit_code == 0
    results = json.loads(out.stdout)
    assert results and all(
        set(r) == {"id", "article_id", "text", "speaker", "date", "date_estimated", "date_of", "score", "source"}
        for r in results
    )
    ministry = next(r for r in results if r["id"] == MINISTRY.id)
    assert ministry["article_id"] == MINISTRY.article_id and ministry["text"] == MINISTRY.text
    assert ministry["source"] == "The Herald" and ministry["date"] == "2025-01"
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)


def test_search_limit(sample_db, run):
    out = run("search", "soldiers killed kursk", "--limit", "1")
    assert out.exit_code == 0 and len(out.stdout.splitlines()) == 1


def test_search_with_no_results_exits_1(sample_db, run):
    out = run("search", "zanzibar")
    assert out.exit_code == 1
    assert out.stdout == "" and "No claims match 'zanzibar'" in out.stderr
    out = run("search", "zanzibar", "--json")
    assert out.exit_code == 1 and json.loads(out.stdout) == []


def test_search_filters_reach_the_engine(sample_db, run):
    out = run("search", "kind:denial", "--json")
    assert out.exit_code == 0
    assert [r["id"] for r in json.loads(out.stdout)] == [DENIAL.id]


def test_search_bad_arguments_exit_2_with_usage(sample_db, run):
    for args in (["search", "   "], ["search", "x", "--limit", "0"], ["search"]):
        out = run(*args)
        assert out.exit_code == 2, args
        assert "Usage: factscope search" in out.stderr


def test_search_table_on_a_terminal_highlights_matches(sample_db):
    from store.corpus_db import CorpusDB
    from tui.cli.search import results_table, run_search

    db = CorpusDB.open(sample_db)
    results = run_search(db, "hoax", limit=5)
    assert [r.claim.id for r in results] == [DENIAL.id]
    start, end = results[0].spans[0]
    assert DENIAL.text[start:end].lower() == "hoax"
    rendered = "\n".join(results_table(results, "hoax", Terminal(width=120, colour=True)))
    assert "\x1b[1;7mhoax\x1b[0m" in rendered  # bold reverse on exactly the match
    assert "Claim" in rendered and "Links" in rendered and "The Herald" not in rendered


def test_search_table_aligns_its_columns_and_wraps_the_text_in_its_own(sample_db):
    from store.corpus_db import CorpusDB
    from tui.cli.search import TABLE_MIN_WIDTH, results_table, run_search

    results = run_search(CorpusDB.open(sample_db), "soldiers killed kursk", limit=5)
    lines = results_table(results, "soldiers killed kursk", Terminal(width=TABLE_MIN_WIDTH))
    header = lines[1]
    text_at, source_at = header.index("Text"), header.index("Source")
    assert all(len(line) <= TABLE_MIN_WIDTH for line in lines)
    ministry = next(line for line in lines if line.startswith(MINISTRY.id))
    assert ministry[text_at:].startswith(MINISTRY.text[:10]) and "The Herald" in ministry[source_at:]
    following = lines[lines.index(ministry) + 1]
    assert following[:text_at].strip() == "" and following[text_at] != " "  # the text wraps in its column
    assert "\x1b" not in "".join(lines)  # no colour asked: no escape


def test_search_on_a_narrow_terminal_shows_each_claim_as_a_block_with_whole_words(sample_db):
    """At 80 columns the table left the text ~12 cells and cut speakers mid-word ("Ministr" / "y"):
    a block per claim instead, its id, links and date, then its source and speaker, then its text."""
    from store.corpus_db import CorpusDB
    from tui.cli.search import results_table, run_search

    results = run_search(CorpusDB.open(sample_db), "soldiers killed kursk", limit=5)
    lines = results_table(results, "soldiers killed kursk", Terminal(width=80))
    assert all(len(line) <= 80 for line in lines)
    at = next(number for number, line in enumerate(lines) if line.startswith(MINISTRY.id))
    assert lines[at].split()[1:3] == ["+0", "-1"]  # links, then the date
    assert lines[at + 1].startswith("  The Herald · Defence Ministry")  # source and speaker whole
    assert lines[at + 2].startswith("    " + MINISTRY.text[:10])
    assert " ".join(line.strip() for line in lines[at + 2 : at + 6]).startswith(MINISTRY.text[:60])
    assert "Claim" not in lines[1]  # no table header


def test_hostile_text_is_neither_markup_nor_escapes(sample_db, run):
    out = run("search", "homes burned")
    assert out.exit_code == 0
    assert "[bold red]Mayor Jane Roe[/]" in out.stdout and ":warning:" in out.stdout
    assert "\x1b" not in out.stdout and "\x07" not in out.stdout and "SGVsbG8" not in out.stdout
    from store.corpus_db import CorpusDB
    from tui.cli.search import results_table, run_search

    results = run_search(CorpusDB.open(sample_db), "homes burned", limit=5)
    rendered = "\n".join(results_table(results, "homes burned", Terminal(width=100, colour=True)))
    assert "[bold red]" in rendered and "SGVsbG8" not in rendered
    assert "\x1b]" not in rendered and "\x1b[2J" not in rendered


def test_show_prints_context_quantities_and_every_xref(sample_db, run):
    out = run("show", MINISTRY.id)
    assert out.exit_code == 0
    text = out.stdout
    assert f"Claim {MINISTRY.id}" in text
    assert "Kind        quantity, asserted" in text
    assert "Speaker     Defence Ministry" in text
    assert "Date        2025-01 (“in January”)" in text
    assert "Officials count the cost" in text
    assert f"«{MINISTRY.text}» Analysts doubt the figure." not in text  # other paragraph
    assert f"«{MINISTRY.text}»" in text
    assert "no more than 300 → …–300 people (killed)" in text
    assert "Cross-references (1)" in text
    assert f"conflicts    {GAZETTE.id}  A different tally  (0.80)" in text
    assert "both count soldiers killed near Kursk" in text
    assert "\x1b" not in text


def test_show_lists_the_relay_chain(sample_db, run):
    out = run("show", GAZETTE.id)
    assert "about 1,200 → 1,200 (1,100–1,300) people (killed)" in out.stdout
    assert "Speaker     Gazette sources via Gazette" in out.stdout
    assert "Cross-references (2)" in out.stdout


def test_show_json_adds_xrefs(sample_db, run):
    out = run("show", GAZETTE.id, "--json")
    assert out.exit_code == 0
    data = json.loads(out.stdout)
    assert data["id"] == GAZETTE.id and data["text"] == GAZETTE.text
    assert data["speaker_chain"] == ["Gazette sources", "Gazette"]
    assert data["article"]["title"] == "A different tally" and "body" not in data["article"]
    relations = {x["relation"]: x for x in data["xrefs"]}
    assert set(relations) == {"conflicts", "related"}
    assert relations["conflicts"]["other_claim"] == MINISTRY.id
    assert relations["conflicts"]["other_source"] == "The Herald"
    assert relations["related"]["other_text"] == DENIAL.text


def test_show_accepts_a_unique_id_prefix(sample_db, run):
    out = run("show", MINISTRY.id[:7], "--json")
    assert out.exit_code == 0 and json.loads(out.stdout)["id"] == MINISTRY.id


def test_show_unknown_id_is_one_line_and_exit_1(sample_db, run):
    out = run("show", "cnope\x1b[2J")
    assert out.exit_code == 1 and out.stdout == ""
    assert out.stderr.count("\n") == 1
    assert out.stderr.startswith("factscope: cnope: no such claim in ")
    assert "\x1b" not in out.stderr


def test_show_completes_claim_ids_from_the_db(sample_db):
    from click.shell_completion import ShellComplete

    from tui.cli import cli

    completer = ShellComplete(cli, {}, "factscope", "_FACTSCOPE_COMPLETE")
    items = completer.get_completions(["--db", str(sample_db), "show"], MINISTRY.id[:6])
    assert [item.value for item in items] == [MINISTRY.id]
    assert items[0].help.startswith("The defence ministry said")
    missing = sample_db.parent / "none.json"
    assert completer.get_completions(["--db", str(missing), "show"], "c") == []
    assert not missing.exists()  # completion never builds a DB


def test_search_conflict_filter_uses_the_stored_links(sample_db, run):
    out = run("search", "is:conflict", "--json")
    assert out.exit_code == 0
    assert {r["id"] for r in json.loads(out.stdout)} == {MINISTRY.id, GAZETTE.id}


def test_search_is_bookmarked_reads_the_user_db(sample_db, run):
    from store.user_db import UserDB

    assert run("search", "is:bookmarked").exit_code == 1
    UserDB.open().add_bookmark(DENIAL.id)
    out = run("search", "is:bookmarked", "--json")
    assert out.exit_code == 0 and [r["id"] for r in json.loads(out.stdout)] == [DENIAL.id]


def test_search_says_what_it_left_out_of_the_query(sample_db, run):
    out = run("search", "soldiers date:202")
    assert out.exit_code == 0
    assert "factscope: note: " in out.stderr and "date:202" in out.stderr


def test_show_on_a_terminal_styles_the_claim_in_its_context(sample_db):
    from store.corpus_db import CorpusDB
    from tui.cli.show import claim_view

    db = CorpusDB.open(sample_db)
    rendered = "\n".join(claim_view(db, db.claim(MINISTRY.id), Terminal(width=100, colour=True)))
    assert "\x1b[1;33mThe defence ministry said" in rendered  # the claim itself, bold yellow
    assert "«" not in rendered  # markers are for plain output only
    assert "\x1b[1mSpeaker\x1b[0m     Defence Ministry" in rendered  # label bold, value not


def test_search_json_date_is_the_date_the_plain_output_shows(sample_db, run):
    plain = {line.split("\t")[0]: line.split("\t")[1] for line in run("search", "hoax").stdout.splitlines()}
    assert plain[DENIAL.id] == "≈2025-02"  # no date of its own: its article's, estimated
    denial = next(r for r in json.loads(run("search", "hoax", "--json").stdout) if r["id"] == DENIAL.id)
    assert (denial["date"], denial["date_estimated"], denial["date_of"]) == ("2025-02", True, "article")


def test_search_takes_a_negated_filter_as_query_not_as_an_option(sample_db, run):
    out = run("search", "-kind:quantity", "ministry")
    assert out.exit_code == 0
    assert [line.split("\t")[0] for line in out.stdout.splitlines()] == [DENIAL.id]
    assert run("search", "-x").exit_code == 2  # a real bad option is still one


def test_search_warns_in_one_line_about_an_unknown_filter_or_kind(sample_db, run):
    out = run("search", "kind:banana kursk")
    assert out.stderr.splitlines()[0].startswith("factscope: note: kind:banana is not a kind (quantity,")
    out = run("search", "colour:red kursk")
    assert out.stderr.splitlines()[0].startswith("factscope: note: colour: is not a filter (speaker:,")


RELATIONS = ("conflicts", "corroborates", "updates", "cites", "related")


def test_show_on_a_terminal_keeps_the_indent_of_wrapped_lines(sample_db):
    from store.corpus_db import CorpusDB
    from tui.cli.show import claim_view

    db = CorpusDB.open(sample_db)
    lines = claim_view(db, db.claim(MINISTRY.id), Terminal(width=50))
    assert all(len(line) <= 50 for line in lines)
    context = lines[lines.index("Context") + 1 :]
    context = context[: context.index("")]
    assert len(context) > 1  # wrapped at 50 columns
    assert all(line.startswith("  ") and line[2] != " " for line in context), context
    reasons = [line for line in lines if "both count soldiers" in line]
    following = lines[lines.index(reasons[0]) + 1]
    assert following.startswith("    ") and following.strip()  # the reason's second line, still in
    # a cross-reference's head (relation, claim id, source, score) wrapped goes on under the claim
    # id, not at the head's own indent, where it read as the next cross-reference
    heads = [index for index, line in enumerate(lines) if line.startswith("  ") and line.split()[0] in RELATIONS]
    assert heads
    for index in heads:
        if not lines[index].rstrip().endswith(")"):  # wrapped
            assert lines[index + 1].startswith(" " * 15) and lines[index + 1][15] != " ", lines[index : index + 2]
    assert any(not lines[index].rstrip().endswith(")") for index in heads)  # at 50 columns one is


def test_search_and_show_on_a_terminal_load_neither_textual_nor_rich(sample_db):
    """The headless commands draw their own tables and lines: `search` and `show` stay light."""
    import os
    import subprocess
    import sys

    from cli_sample import TEST_PIPELINE

    script = f"""
import json, sys
import store.build
store.build.pipeline_version = lambda: {TEST_PIPELINE!r}
import tui.cli.terminal
tui.cli.terminal.is_terminal = lambda stream=None: True  # the terminal layout, not the pipe's
from tui.cli import main
for args in (["search", "soldiers"], ["show", {MINISTRY.id!r}]):
    try:
        main(args)
    except SystemExit:
        pass
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))))
"""
    env = {**os.environ, "FACTSCOPE_DB": str(sample_db), "COLUMNS": "120"}  # wide enough for search's table
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert "Cross-references" in result.stdout and "Links" in result.stdout  # both drew the terminal layout
    assert json.loads(result.stdout.splitlines()[-1]) == []
