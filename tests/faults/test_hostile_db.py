"""A corpus DB written by other software: every text field it holds carries
terminal escapes (OSC title and clipboard writes, CSI, 8-bit C1 forms). No
output of factscope passes one on: show and search on a terminal and piped,
their --json, every export format, and the paths `check` and `export -o` print.
An id, kind, certainty, relation or date of a shape factscope never writes
makes the whole file refused, in one line."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))
from cli_sample import TEST_PIPELINE, sample_extraction, write_db

from tests.store.helpers import stored_tables

PAYLOADS = ("\x1b]0;PWN-TITLE\x07", "\x1b]52;c;cHduZWQ=\x07", "\x9d0;PWN-C1\x9c", "\x9b2J", "\x1bP+qPWN\x1b\\")
POISON = "".join(PAYLOADS)
# Bytes a terminal acts on: any C0 control but newline/tab/CR, DEL, any C1 control.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# On a terminal the CLI's own colour codes (CSI ... m) are fine; nothing else is.
NOT_COLOUR = re.compile("\x1b(?!\\[[0-9;]*m)|[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def _poison_every_text_field(data: dict) -> None:
    for article in data["articles"].values():
        article["title"] = f"Title {POISON} end"
        article["outlet"] = f"Outlet {POISON}"
        article["authors"] = [f"Author {POISON}"]
        article["source_file"] = f"file{POISON}.txt"
        article["note"] = f"note {POISON}"
    for claim in data["claims"].values():
        claim["speaker"] = f"Speaker {POISON}"
        claim["speaker_chain"] = [claim["speaker"], f"Relay {POISON}"]
        claim["subject"] = f"subject {POISON}"
        claim["date_text"] = f"in {POISON} January"
        claim["entities"] = [f"Kursk{POISON}"]
        for q in claim["quantities"]:
            q["unit"], q["measure"] = f"people{POISON}", f"killed{POISON}"
    for entity in data["entities"].values():
        entity["aliases"] = [f"alias{POISON}"]
    for xref in data["xrefs"].values():
        xref["reason"] = f"reason {POISON}"


@pytest.fixture
def hostile_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "corpus\x1b]0;PATH\x07.json"  # its path is hostile too
    write_db(db, sample_extraction())
    data = stored_tables(db)
    _poison_every_text_field(data)
    db.write_text(json.dumps(data))
    return db


def _env(db: Path) -> dict[str, str]:
    return {"FACTSCOPE_DB": str(db), "NO_COLOR": "1"}


_DRIVER = """
import json, os, sys
import store.build
store.build.pipeline_version = lambda: {pin!r}
from tui.cli import main
runs, out_dir = json.loads(sys.argv[1]), sys.argv[2]
codes = []
for index, args in enumerate(runs):
    saved = os.dup(1), os.dup(2)
    with open(os.path.join(out_dir, f"{{index}}.out"), "wb") as out, open(os.path.join(out_dir, f"{{index}}.err"), "wb") as err:
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        try:
            code = main(args)
        except SystemExit as exc:
            code = exc.code
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
    codes.append(code if isinstance(code, int) else (0 if code is None else 1))
print(json.dumps(codes))
"""


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: bytes
    stderr: bytes


def _pinned(db: Path, *runs: tuple[object, ...]) -> list[Ran]:
    """Run CLI commands with the sample's pipeline version (so nothing is rebuilt), one after
    another in one real process, each with its own stdout and stderr files: what a user's
    shell gets, for one interpreter start instead of one a command."""
    import subprocess
    import tempfile

    from tests.faults.helpers import REPO

    with tempfile.TemporaryDirectory() as out_dir:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                _DRIVER.format(pin=TEST_PIPELINE),
                json.dumps([list(map(str, run)) for run in runs]),
                out_dir,
            ],
            capture_output=True,
            cwd=REPO,
            timeout=120,
            env={**__import__("os").environ, **_env(db)},
            check=True,
        )
        codes = json.loads(done.stdout.decode().splitlines()[-1])
        return [
            Ran(code, Path(out_dir, f"{index}.out").read_bytes(), Path(out_dir, f"{index}.err").read_bytes())
            for index, code in enumerate(codes)
        ]


def _claim_id(db: Path) -> str:
    data = stored_tables(db)
    return data["claims"][min(data["claims"], key=int)]["id"]


def test_no_piped_output_or_export_passes_a_control_on(hostile_db: Path, tmp_path: Path) -> None:
    claim = _claim_id(hostile_db)
    runs = {
        "show": ("show", claim),
        "show --json": ("show", claim, "--json"),
        "search": ("search", "soldiers"),
        "search --json": ("search", "soldiers", "--json"),
        "check": ("check",),
        **{f"export {fmt}": ("export", "--format", fmt) for fmt in ("json", "csv", "md", "claimreview")},
    }
    target = tmp_path / "out\x1b]0;x\x07.md"
    outputs = _pinned(hostile_db, *runs.values(), ("export", "--format", "md", "-o", target))
    for name, out in zip(runs, outputs[:-1], strict=True):
        assert out.returncode in (0, 1), (name, out.stderr)
        for stream in (out.stdout, out.stderr):
            text = stream.decode("utf-8")
            if name == "export csv":
                text = text.replace("\r\n", "\n")
            found = CONTROL.findall(text)
            assert found == [], f"{name}: {found[:5]} reached the output"
    # JSON stays exactly the stored data once decoded (escaped, not dropped)
    data = json.loads(outputs[list(runs).index("export json")].stdout)
    assert any(POISON in a["title"] for a in data["articles"])
    out = outputs[-1]
    assert out.returncode == 0, out.stderr
    assert CONTROL.findall(out.stderr.decode()) == [] and "\\x1b" in out.stderr.decode()  # the path spelled out
    assert CONTROL.findall(target.read_text(encoding="utf-8")) == []


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_styled_show_and_search_on_a_terminal_pass_no_sequence_on(hostile_db: Path) -> None:
    from tests.faults.test_pty_app import run_command_in_pty

    claim = _claim_id(hostile_db)
    pin = f"import sys, store.build; store.build.pipeline_version = lambda: {TEST_PIPELINE!r};"
    for command in (["search", "soldiers"], ["show", claim]):
        code = pin + "from tui.cli import main; sys.exit(main(sys.argv[1:]))"
        text = run_command_in_pty(["-c", code, "--db", str(hostile_db), *command]).decode("utf-8", "replace")
        assert "\x1b[" in text and "soldiers" in text, text[-500:]
        found = NOT_COLOUR.findall(text)
        assert found == [], f"{command[0]}: {found[:5]} reached the terminal"


@pytest.mark.parametrize(
    ("table", "field", "value"),
    [
        ("claims", "id", "c1\x1b]0;t\x07"),
        ("claims", "kind", "\x1b]52;c;cHduZWQ=\x07"),
        ("claims", "certainty", "sure\x9b2J"),
        ("claims", "date", "2024\x1b[2J"),
        ("xrefs", "relation", "conflicts\x1b]0;t\x07"),
        ("articles", "id", "a\x9d0;t\x9c"),
        ("claims", "start", "12"),
    ],
)
def test_a_field_of_a_shape_factscope_never_writes_fails_closed_in_one_line(
    tmp_path: Path, table: str, field: str, value: str
) -> None:
    db = tmp_path / "corpus.json"
    write_db(db, sample_extraction())
    data = stored_tables(db)
    data[table][min(data[table], key=int)][field] = value
    db.write_text(json.dumps(data))
    before = db.read_bytes()
    runs = (("show", "c"), ("search", "soldiers"), ("export", "--format", "md"), ("export",))
    for args, out in zip(runs, _pinned(db, *runs), strict=True):
        stdout, stderr = out.stdout.decode(), out.stderr.decode()
        assert out.returncode == 3, (args, stderr)
        assert "Traceback" not in stderr
        assert "corrupt database" in stderr and len(stderr.strip().splitlines()) == 1, stderr
        assert CONTROL.findall(stdout + stderr) == []
    assert db.read_bytes() == before
