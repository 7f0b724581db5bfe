"""The real `factscope` in real processes, stdout a pipe, on the bundled corpus and the real
pipeline: what users run in scripts must carry no escape codes and keep its exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_export_schema import validate_export

ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTSCOPE_", "_FACTSCOPE"))}
    env.pop("NO_COLOR", None)
    env.update(XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"), COLUMNS="100")
    env.update(extra)
    return env


class Factscope:
    """Runs ``python -m tui --db DB ...`` with stdout and stderr as pipes."""

    def __init__(self, home: Path, db: Path) -> None:
        self.home, self.db = home, db

    def __call__(self, *args: str, db: bool = True, **env: str) -> subprocess.CompletedProcess:
        argv = [sys.executable, "-m", "tui", *(["--db", str(self.db)] if db else []), *args]
        done = subprocess.run(argv, cwd=ROOT, env=_env(self.home, **env), capture_output=True, text=True, timeout=120)
        assert "\x1b" not in done.stdout, f"escape code in piped stdout of {args}"
        assert "Traceback" not in done.stderr or "--debug" in args, done.stderr
        return done


@pytest.fixture(scope="module")
def factscope(tmp_path_factory: pytest.TempPathFactory) -> Factscope:
    home = tmp_path_factory.mktemp("e2e")
    run = Factscope(home, home / "corpus.json")
    built = run("build")
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith(f"built {run.db}: 5 articles, ")
    assert "\x1b" not in built.stderr  # piped stderr: plain progress lines, no bar
    assert "5/5 " in built.stderr
    return run


def test_piped_search_show_and_export_carry_no_escape_codes(factscope):
    plain = factscope("search", "kursk", "--limit", "5")
    assert plain.returncode == 0
    lines = plain.stdout.splitlines()
    assert 1 <= len(lines) <= 5 and all(len(line.split("\t")) == 6 for line in lines)
    assert all("kursk" in line.split("\t")[5].lower() for line in lines)
    claim_id = lines[0].split("\t")[0]
    shown = factscope("show", claim_id)
    assert shown.returncode == 0 and shown.stdout.startswith(f"Claim {claim_id}\n")
    assert "Context" in shown.stdout and "Cross-references (" in shown.stdout
    md = factscope("export", "--format", "md")
    assert md.returncode == 0 and md.stdout.index("## Conflicts") < md.stdout.index("## Articles")


def test_errors_are_one_line_and_debug_shows_the_traceback(factscope):
    quiet = factscope("show", "no-such-claim")
    assert quiet.returncode == 1 and quiet.stderr.count("\n") == 1
    assert quiet.stderr.startswith("factscope: no-such-claim: no such claim")
    loud = factscope("--debug", "show", "no-such-claim")
    assert loud.returncode != 0 and "Traceback" in loud.stderr


def test_shell_completion_comes_from_click(factscope):
    script = factscope(db=False, _FACTSCOPE_COMPLETE="bash_source")
    assert script.returncode == 0 and "_factscope_completion" in script.stdout
    words = factscope(db=False, _FACTSCOPE_COMPLETE="bash_complete", COMP_WORDS="factscope se", COMP_CWORD="1")
    assert {"plain,search", "plain,serve"} <= set(words.stdout.split())


# -- in-process (CliRunner), on the same DB and the real pipeline -----------------------


def test_search_json_matches_the_piped_ranking(factscope, run):
    env = {"FACTSCOPE_DB": str(factscope.db)}
    piped = [line.split("\t")[0] for line in factscope("search", "north korean troops").stdout.splitlines()]
    as_json = json.loads(run("search", "north korean troops", "--json", env=env).stdout)
    assert [r["id"] for r in as_json] == piped
    shown = json.loads(run("show", piped[0], "--json", env=env).stdout)
    assert shown["id"] == piped[0] and isinstance(shown["xrefs"], list)
    assert run("search", "qqqxxzzy", env=env).exit_code == 1


def test_exports_validate_against_the_stored_bodies(factscope, run):
    from store.corpus_db import CorpusDB

    env = {"FACTSCOPE_DB": str(factscope.db)}
    db = CorpusDB.open(factscope.db, readonly=True)
    doc = json.loads(run("export", "--format", "json", env=env).stdout)
    assert validate_export(doc, {a.id: a.body for a in db.articles()}) == []
    assert len(doc["articles"]) == len(db.articles()) and len(doc["claims"]) == len(db.claims())
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", env=env).stdout.lstrip("\ufeff"))))
    assert len(rows) == len(db.claims())
    md = run("export", "--format", "md", env=env).stdout
    assert md.count("\n### ") >= len(db.articles())
    assert run("check", env=env).exit_code == 0


def test_add_then_search_finds_the_new_article(factscope, run, tmp_path):
    env = {"FACTSCOPE_DB": str(factscope.db)}  # for search; add gets its own --db
    article = tmp_path / "harbour.md"
    article.write_text(
        "---\ntitle: Harbour closed\noutlet: The Island Courier\npublished: 2025-03-04\n---\n"
        "The Zanzibar harbour authority said 37 ferries were held in port on Monday.\n"
        "Officials estimated that about 2,000 passengers were stranded.\n"
    )
    added = run("add", str(article), "--db", str(factscope.db))
    assert added.exit_code == 0, added.stderr
    assert "added 1 article," in added.stdout
    found = json.loads(run("search", "zanzibar ferries", "--json", env=env).stdout)
    assert found and found[0]["source"] == "The Island Courier"
    assert "37 ferries" in found[0]["text"]
    again = run("add", str(article), env=env)
    assert again.exit_code == 0 and "already in the corpus" in again.stdout
    assert run("check", env=env).exit_code == 0


def test_a_refused_file_leaves_the_db_byte_identical(factscope, run, tmp_path):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    before = factscope.db.read_bytes()
    refused = run("add", str(bad), env={"FACTSCOPE_DB": str(factscope.db)})
    assert refused.exit_code == 1
    assert str(bad) in refused.stderr and refused.stderr.count("\n") == 2  # the file, then "nothing added"
    assert factscope.db.read_bytes() == before


def test_check_repair_rebuilds_when_no_backup_is_good(tmp_path, run):
    db = tmp_path / "own.json"
    env = {"FACTSCOPE_DB": str(db)}
    assert run("build", "--quiet", env=env).exit_code == 0
    for backup in tmp_path.glob("own.json.bak.*"):
        backup.unlink()
    db.write_bytes(b'{"articles": {"1": ')
    broken = run("check", env=env)
    assert broken.exit_code == 3 and "corrupt database" in broken.stdout
    repaired = run("check", "--repair", env=env)
    assert repaired.exit_code == 0, repaired.stdout + repaired.stderr
    assert f"rebuilt {db} from the bundled corpus" in repaired.stdout
    assert [p.read_bytes() for p in tmp_path.glob("own.json.damaged-*")] == [b'{"articles": {"1": ']


def test_build_from_a_corpus_dir_and_refusing_a_bad_one(tmp_path, run):
    corpus = tmp_path / "mine"
    corpus.mkdir()
    (corpus / "one.txt").write_text("Storm hits coast\nThe mayor said 40 homes were destroyed on Tuesday.\n")
    (corpus / "two.md").write_text("# Relief arrives\nAid groups said about 1,000 families received food.\n")
    db = tmp_path / "mine.json"
    built = run("--db", str(db), "build", "--corpus", str(corpus))
    assert built.exit_code == 0, built.stderr
    assert built.stdout.startswith(f"built {db}: 2 articles, ")
    found = json.loads(run("--db", str(db), "search", "homes destroyed", "--json").stdout)
    assert found and "40 homes" in found[0]["text"]
    (corpus / "three.txt").write_bytes(b"\x00\x00\x00binary")
    before = db.read_bytes()
    refused = run("--db", str(db), "build", "--corpus", str(corpus))
    assert refused.exit_code == 1 and "three.txt" in refused.stderr and refused.stderr.count("\n") == 1
    assert db.read_bytes() == before


def test_add_a_directory_of_pages(factscope, run, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "flood.html").write_text(
        "<html><head><title>River floods town</title><script>alert(1)</script></head><body>"
        "<nav>Home | World</nav><article><h1>River floods town</h1>"
        "<p>The fire brigade said 230 residents were evacuated from Lowmoor on Sunday.</p>"
        "</article></body></html>"
    )
    (pages / ".hidden.txt").write_text("Not me\nThe hidden file said 5 things.\n")
    (pages / "readme.pdf").write_bytes(b"%PDF-1.4")  # not an article suffix: left alone
    added = run("add", str(pages), "--db", str(factscope.db))
    assert added.exit_code == 0, added.stderr
    assert "added 1 article," in added.stdout
    found = json.loads(run("search", "lowmoor evacuated", "--json", env={"FACTSCOPE_DB": str(factscope.db)}).stdout)
    assert found and "230 residents" in found[0]["text"] and "alert" not in found[0]["text"]
    empty = tmp_path / "empty"
    empty.mkdir()
    refused = run("add", str(empty), "--db", str(factscope.db))
    assert refused.exit_code == 1 and f"{empty}: no article files" in refused.stderr


def test_a_corrupt_database_exits_3_not_the_usage_code(tmp_path, run):
    db = tmp_path / "own.json"
    db.write_bytes(b'{"articles": {"1": ')
    before = db.read_bytes()
    out = run("search", "troops", env={"FACTSCOPE_DB": str(db)})
    assert out.exit_code == 3
    assert str(db) in out.stderr and "corrupt database" in out.stderr and out.stderr.count("\n") == 1
    assert db.read_bytes() == before
    assert run("search", "--no-such-option").exit_code == 2
