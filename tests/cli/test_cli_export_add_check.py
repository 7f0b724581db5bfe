"""`factscope export`, `add` (refusals), `check` and `serve` through the real entry point."""

from __future__ import annotations

import csv
import io
import json

import pytest
from cli_export_schema import validate_export
from cli_sample import collector_passes, sample_extraction, write_db

from store.corpus_db import SCHEMA_VERSION, CorpusDB


def _bodies(path) -> dict[str, str]:
    return {a.id: a.body for a in CorpusDB.open(path).articles()}


# -- export -------------------------------------------------------------------


def test_export_json_to_stdout_validates_against_the_stored_articles(sample_db, run):
    out = run("export", "--format", "json")
    assert out.exit_code == 0
    doc = json.loads(out.stdout)
    assert validate_export(doc, _bodies(sample_db)) == []
    assert len(doc["claims"]) == len(CorpusDB.open(sample_db).claims())


def test_export_to_a_file_refuses_to_overwrite_unless_forced(sample_db, run, tmp_path):
    target = tmp_path / "briefing.md"
    out = run("export", "--format", "md", "-o", str(target))
    assert out.exit_code == 0 and out.stdout == ""
    assert f"wrote {target} (md," in out.stderr
    first = target.read_bytes()
    assert first.startswith(b"# factscope briefing")
    target.write_bytes(b"my notes")
    out = run("export", "--format", "md", "-o", str(target))
    assert out.exit_code == 1
    assert out.stderr.strip() == f"factscope: {target}: already exists (use --force to replace it)"
    assert target.read_bytes() == b"my notes"
    assert run("export", "--format", "md", "-o", str(target), "--force").exit_code == 0
    assert target.read_bytes() == first


def test_export_csv_parses_back_with_one_row_per_claim(sample_db, run):
    out = run("export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout.lstrip("\ufeff"))))
    claims = {c.id: c for c in CorpusDB.open(sample_db).claims()}
    assert {row["id"] for row in rows} == set(claims)
    hostile = next(row for row in rows if row["id"] == "cevil000001")
    assert "\x1b" not in hostile["text"] and hostile["text"].endswith("40 homes burned .")


def test_export_md_and_claimreview(sample_db, run):
    md = run("export", "--format", "md").stdout
    for heading in ("# factscope briefing", "## Conflicts", "## Figures", "### killed", "## Articles"):
        assert heading in md
    items = json.loads(run("export", "--format", "claimreview").stdout)["@graph"]
    assert len(items) == len(CorpusDB.open(sample_db).claims())


def test_export_unknown_format_is_a_usage_error(sample_db, run):
    out = run("export", "--format", "xml")
    assert out.exit_code == 2 and "Usage: factscope export" in out.stderr


# -- add: every refusal leaves the DB byte-identical ------------------------------


@pytest.mark.parametrize(
    "name, content",
    [("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50), ("empty.md", b"   \n\n"), ("notes.pdf", b"%PDF-1.4 x")],
)
def test_add_refuses_a_bad_file_and_leaves_the_db_untouched(sample_db, run, tmp_path, name, content):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("A fine article\nThe council said 12 bridges were closed on Monday.\n")
    before = sample_db.read_bytes()
    out = run("add", str(good), str(bad))
    assert out.exit_code == 1
    assert f"factscope: {bad}" in out.stderr
    assert "nothing added: 1 of 2 files refused" in out.stderr
    assert sample_db.read_bytes() == before


def test_add_missing_file_is_refused_in_one_line_not_a_usage_block(sample_db, run, tmp_path):
    missing = tmp_path / "nope.txt"
    before = sample_db.read_bytes()
    out = run("add", str(missing))
    assert out.exit_code == 1 and "Usage:" not in out.stderr
    assert out.stderr.splitlines() == [
        f"factscope: {missing}: cannot read (No such file or directory)",
        "factscope: nothing added: 1 of 1 file refused (see above)",
    ]
    assert sample_db.read_bytes() == before


def test_add_a_known_article_is_reported_and_skipped(sample_db, run, tmp_path):
    from cli_sample import HERALD_BODY

    copy = tmp_path / "again.txt"
    copy.write_text(HERALD_BODY)
    before = sample_db.read_bytes()
    out = run("add", str(copy))
    assert out.exit_code == 0
    assert f"skipped {copy}: already in the corpus as" in out.stdout
    assert "nothing new to add" in out.stdout
    assert sample_db.read_bytes() == before


def test_add_to_a_read_only_db_is_refused(sample_db, run, tmp_path, monkeypatch):
    import store.storage

    # as on a read-only mount (chmod proves nothing when the tests run as root)
    monkeypatch.setattr(store.storage, "readonly_reason", lambda path: "read-only file system")
    good = tmp_path / "good.txt"
    good.write_text("A fine article\nThe council said 12 bridges were closed on Monday.\n")
    before = sample_db.read_bytes()
    out = run("add", str(good))
    assert out.exit_code == 1
    assert out.stderr.strip().endswith(f"factscope: {sample_db}: the corpus DB is read-only; nothing added")
    assert sample_db.read_bytes() == before


# -- check ------------------------------------------------------------------------


def _edit_db(path, edit) -> None:
    """Damage the DB file the way a bad disk or a hand edit would, past the store
    (written back as one file, a layout the store still reads)."""
    from tests.store.helpers import stored_tables

    data = stored_tables(path)
    edit(data)
    path.write_text(json.dumps(data))


def test_check_passes_a_sound_db(sample_db, run):
    out = run("check")
    assert out.exit_code == 0
    assert out.stdout.startswith(f"{sample_db}: ok — 3 articles, 4 claims, 2 links, schema ")


def test_check_finds_a_broken_offset_and_a_dangling_xref(sample_db, run):
    def damage(data):
        first = min(data["claims"], key=int)
        data["claims"][first]["start"] += 4
        data["xrefs"][min(data["xrefs"], key=int)]["target"] = "cgone"

    _edit_db(sample_db, damage)
    before = sample_db.read_bytes()
    out = run("check")
    assert out.exit_code == 3  # a corrupt DB, as every command says it (README: exit codes)
    assert "2 problems" in out.stdout
    assert "is not the claim text" not in out.stdout and "not the claim text" in out.stdout
    assert "points at missing claim cgone" in out.stdout
    assert "check --repair" in out.stderr
    assert sample_db.read_bytes() == before  # check alone changes nothing


def test_check_reports_a_corrupt_file_in_one_line(sample_db, run):
    sample_db.write_bytes(b'{"claims": {"1": {"id"')
    out = run("check")
    assert out.exit_code == 3
    assert f"{sample_db}: corrupt database" in out.stdout
    assert sample_db.read_bytes() == b'{"claims": {"1": {"id"'


def test_check_exits_1_not_3_for_what_is_not_corrupt(sample_db, run):
    """3 says "corrupt: run check --repair"; a DB not built yet or from a newer factscope is not."""
    sample_db.unlink()
    out = run("check")
    assert out.exit_code == 1 and "no corpus DB at this path" in out.stdout
    write_db(sample_db, sample_extraction())

    def newer(data):
        data["meta"][min(data["meta"], key=int)]["schema_version"] = 99

    _edit_db(sample_db, newer)
    out = run("check")
    assert out.exit_code == 1 and "schema version 99" in out.stdout


def test_check_repair_restores_the_last_good_backup_and_keeps_the_damaged_file(sample_db, run):
    write_db(sample_db, sample_extraction())  # a second write: the first version becomes .bak.1
    damaged = b'{"truncated'
    sample_db.write_bytes(damaged)
    out = run("check", "--repair")
    assert out.exit_code == 0, out.stdout + out.stderr
    assert f"restored {sample_db} from corpus.json.bak.1" in out.stdout
    assert out.stdout.rstrip().endswith(f"schema {SCHEMA_VERSION}") and ": ok — 3 articles" in out.stdout
    kept = [p for p in sample_db.parent.iterdir() if p.is_file() and p.read_bytes() == damaged]
    assert len(kept) == 1 and kept[0] != sample_db


def test_check_repair_skips_a_backup_that_fails_the_checks(sample_db, run):
    def damage(data):
        data["xrefs"][min(data["xrefs"], key=int)]["target"] = "cgone"

    write_db(sample_db, sample_extraction())  # the fixture's sound version becomes .bak.1
    _edit_db(sample_db, damage)  # the current file still loads, but is unsound ...
    write_db(sample_db, sample_extraction())  # ... and becomes .bak.1 (the sound one .bak.2)
    sample_db.write_bytes(b"")  # an empty DB file is corrupt
    out = run("check", "--repair")
    assert out.exit_code == 0, out.stdout + out.stderr
    assert f"restored {sample_db} from corpus.json.bak.2" in out.stdout
    assert ": ok — 3 articles, 4 claims, 2 links" in out.stdout


def test_check_notes_a_db_built_by_an_older_pipeline(sample_db, run):
    write_db(sample_db, sample_extraction(), version="0.1-old")
    out = run("check")
    assert out.exit_code == 0
    assert "note: the extraction pipeline changed since it was built; it is rebuilt on next use" in out.stdout


def test_check_repair_refuses_a_db_from_a_newer_factscope(sample_db, run):
    def newer(data):
        data["meta"][min(data["meta"], key=int)]["schema_version"] = 99

    _edit_db(sample_db, newer)
    before = sample_db.read_bytes()
    out = run("check", "--repair")
    assert out.exit_code == 1
    assert "schema version 99" in out.stdout
    assert "written by a newer factscope; upgrade instead of repairing" in out.stderr
    assert sample_db.read_bytes() == before
    assert sorted(p.name for p in sample_db.parent.iterdir() if p.name.startswith("corpus.json.")) == [
        "corpus.json.lock",
        "corpus.json.shards",
    ]


def test_add_runs_without_the_cyclic_collector_and_leaves_what_it_made_out_of_its_way(sample_db, run, tmp_path):
    import gc

    article = tmp_path / "own.txt"
    article.write_text("Flood waters rise in Ostrava\n\nThe river rose 2 metres overnight, officials said on Monday.\n")
    out, passes, frozen = collector_passes(lambda: run("add", str(article)))
    assert out.exit_code == 0, out.stderr
    assert "added 1 article" in out.stdout
    assert passes in ([], [0])  # at most the young pass once it is on again, over nothing the add made
    assert gc.get_freeze_count() > frozen
    assert gc.isenabled()


def test_a_body_changed_inside_an_article_file_is_one_line_naming_the_file(sample_db, run):
    """An article file (a DB of many articles keeps them there) whose bytes were changed in place,
    still valid JSON: every command that reads the article says so, naming the file, exit code 3."""
    import orjson

    from tests.store.helpers import ferry_extraction

    write_db(sample_db, ferry_extraction(0, 1200))
    entry = orjson.loads(sample_db.read_bytes())["article_files"]["1"]
    start, end = entry["spans"][7]
    file = sample_db.parent / entry["file"]
    raw = file.read_bytes()
    at = raw.index(b"it was 7 minutes", start, end)
    file.write_bytes(raw[:at] + b"it was 8 minutes" + raw[at + 16 :])
    for command in (("check",), ("search", "ferries"), ("export", "--format", "json")):
        out = run(*command)
        assert out.exit_code == 3, command
        said = (out.stdout + out.stderr).strip().splitlines()
        line = next(line for line in said if "corrupt database" in line)
        assert f"its article file {entry['file']} was changed after it was written" in line, command


def _ferries_in_shards(sample_db, monkeypatch) -> list[dict]:
    """The sample DB as 1,200 one-claim articles in shards of 100 claims; its shard entries."""
    import orjson

    from store import shards
    from tests.store.helpers import ferry_extraction

    monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 100)
    write_db(sample_db, ferry_extraction(0, 1200))
    return list(orjson.loads(sample_db.read_bytes())["shards"].values())


def test_a_claim_changed_inside_a_shard_is_one_line_naming_the_file(sample_db, run, monkeypatch):
    """A shard whose bytes were changed in place, still valid JSON: every command that reads it
    says so in one line naming the file, exit code 3."""
    entry = _ferries_in_shards(sample_db, monkeypatch)[3]
    file = sample_db.parent / entry["file"]
    raw = file.read_bytes()
    at = raw.index(b"ferries run each week")
    file.write_bytes(raw[:at] + b"ferries ran each week" + raw[at + 21 :])
    for command in (("check",), ("search", "ferries"), ("export", "--format", "json")):
        out = run(*command)
        assert out.exit_code == 3, command
        said = (out.stdout + out.stderr).strip().splitlines()
        line = next(line for line in said if "corrupt database" in line)
        assert f"its shard {entry['file']} was changed after it was written" in line, command


def test_add_on_a_db_with_a_shard_cut_short_stores_nothing_and_says_which(sample_db, run, tmp_path, monkeypatch):
    entry = _ferries_in_shards(sample_db, monkeypatch)[5]
    file = sample_db.parent / entry["file"]
    file.write_bytes(file.read_bytes()[:100])
    new = tmp_path / "new.txt"
    new.write_text("Ferry strike\nThe union said 40 ferries were idle on Monday.\n")
    before = {p: p.read_bytes() for p in sample_db.parent.rglob("*") if p.is_file() and p != new}
    out = run("add", str(new))
    assert out.exit_code == 3
    (line,) = [line for line in out.stderr.splitlines() if not line.startswith("reading ")]
    assert f"its shard {entry['file']} cannot be read" in line and "check --repair" in line
    assert {p: p.read_bytes() for p in sample_db.parent.rglob("*") if p.is_file() and p != new} == before


def test_add_tells_the_link_index_being_made_again(sample_db, run, tmp_path, monkeypatch):
    """A DB without its link index (dropped, or of an older layout): the add that makes it again
    says so (minutes at a million claims), then adds as ever; the next add says nothing of it."""
    from store import link_index

    monkeypatch.setattr(link_index, "BATCH_SHARDS", 3)
    _ferries_in_shards(sample_db, monkeypatch)
    link_index.remove(sample_db)
    new = tmp_path / "new.txt"
    new.write_text("Ferry strike\nThe union said 40 ferries were idle on Monday.\n")
    out = run("add", str(new))
    assert out.exit_code == 0, out.stderr
    told = [line for line in out.stderr.splitlines() if "link index made again" in line]
    assert told and told[-1].startswith("1200/1200")
    assert "added 1 article" in out.stdout
    again = tmp_path / "again.txt"
    again.write_text("Ferry fares\nThe board said 12 routes would cost more from June.\n")
    out = run("add", str(again))
    assert out.exit_code == 0 and "link index" not in out.stderr


def test_add_to_a_stale_db_says_why_it_rebuilds_it_first_and_rebuilds_it_as_build_does(
    sample_db, run, tmp_path, monkeypatch
):
    """A DB from another pipeline version is extracted again before the add (as long as a build of it):
    the user is told why first, and it is extracted as `factscope build` extracts (on every core, the
    workers encoding their claims' link index rows), not in this one process; a current DB says nothing."""
    from corpus import parallel
    from store import link_index

    write_db(sample_db, sample_extraction(), version="an older one")
    extracted: list[dict] = []
    extract = parallel.extract

    def recorded(articles, progress=None, **options):
        extracted.append(options)
        return extract(articles, progress, **options)

    monkeypatch.setattr(parallel, "extract", recorded)
    new = tmp_path / "new.txt"
    new.write_text("Ferry strike\nThe union said 40 ferries were idle on Monday.\n")
    out = run("add", str(new))
    assert out.exit_code == 0, out.stderr
    (told,) = [line for line in out.stderr.splitlines() if "rebuilding" in line]
    assert "the extraction pipeline changed since it was built" in told and "every article" in told
    assert extracted == [{"encode": link_index.encode}]
    assert "added 1 article" in out.stdout
    again = tmp_path / "again.txt"
    again.write_text("Ferry fares\nThe board said 12 routes would cost more from June.\n")
    out = run("add", str(again))
    assert out.exit_code == 0 and "rebuilding" not in out.stderr and len(extracted) == 1
