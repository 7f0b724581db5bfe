"""The CLI's pure helpers: serve's exposure logic, integrity checks, safe file writes, output."""

from __future__ import annotations

import dataclasses
import io
import os

import pytest
from cli_sample import sample_extraction
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.display import one_line
from corpus.model import XRef
from store.integrity import corpus_problems, schema_problems
from tui.cli.files import OutputFileError, write_atomically
from tui.cli.progress import _LineProgress, _PlainProgress
from tui.cli.terminal import Styled, Terminal, cell_width, indented, wrap_ranges


class _Db:
    """The slice of the CorpusDB API that the integrity checks read."""

    def __init__(self, extraction):
        self.extraction = extraction

    def articles(self):
        return self.extraction.articles

    def claims(self):
        return self.extraction.claims

    def xrefs(self):
        return self.extraction.xrefs


def test_integrity_passes_a_sound_corpus():
    assert corpus_problems(_Db(sample_extraction())) == []


def test_integrity_finds_a_broken_offset_and_a_dangling_xref():
    extraction = sample_extraction()
    first = extraction.claims[0]
    extraction.claims[0] = dataclasses.replace(first, start=first.start + 2, end=first.end + 2)
    extraction.claims[1] = dataclasses.replace(extraction.claims[1], end=10_000)
    extraction.xrefs.append(XRef(first.id, "c-gone", "corroborates", 0.9, "same figure"))
    extraction.xrefs.append(XRef(first.id, extraction.claims[2].id, "agrees", 1.5, "?"))
    problems = corpus_problems(_Db(extraction))
    assert any(p.startswith(f"claim {first.id}: body[") for p in problems)
    assert any("outside its article body" in p and extraction.claims[1].id in p for p in problems)
    assert f"xref {first.id} -> c-gone: points at missing claim c-gone" in problems
    assert any("unknown relation 'agrees'" in p for p in problems)
    assert any("score 1.5 outside 0..1" in p for p in problems)


def test_schema_problems():
    assert schema_problems({"schema_version": 3}, 3) == []
    assert schema_problems({"schema_version": 2}, 3) == ["meta: schema version 2, this factscope reads 3"]
    assert schema_problems({}, 3) == ["meta: no schema version recorded"]


def test_write_atomically_refuses_to_overwrite_without_force(tmp_path):
    target = tmp_path / "out.json"
    write_atomically(target, b"first")
    with pytest.raises(OutputFileError, match="already exists"):
        write_atomically(target, b"second")
    assert target.read_bytes() == b"first"
    write_atomically(target, b"second", overwrite=True)
    assert target.read_bytes() == b"second"
    assert sorted(os.listdir(tmp_path)) == ["out.json"]  # no temp files left behind


def test_write_atomically_names_an_unwritable_place(tmp_path):
    missing = tmp_path / "no-such-dir" / "out.md"
    with pytest.raises(OutputFileError, match=r"no-such-dir/out\.md: cannot write"):
        write_atomically(missing, b"x")
    with pytest.raises(OutputFileError, match="is a directory"):
        write_atomically(tmp_path, b"x")


def test_one_line_sanitises_and_flattens():
    assert one_line("a\n\tb \x1b]0;pwned\x07c\x9b31m") == "a b c"
    assert one_line("x" * 50, 10) == "x" * 9 + "…"


def test_a_pipe_gets_plain_unwrapped_lines_and_no_colour_asked_means_none(monkeypatch):
    assert Terminal.of(io.StringIO()) == Terminal(width=None, colour=False)
    line = Styled().append("styled", "bold red")
    assert line.render(Terminal()) == "styled" and line.render(Terminal(80, colour=True)) == "\x1b[1;31mstyled\x1b[0m"

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("NO_COLOR", "1")
    assert Terminal.of(Tty()).colour is False and Terminal.of(Tty()).width
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "xterm")
    assert Terminal.of(Tty()).colour is True


def test_wrapping_counts_terminal_cells_and_keeps_a_hanging_indent():
    assert cell_width("日本") == 4 and cell_width("e\u0301") == 1 and cell_width("a\u200db") == 2
    assert [("日本語の記事" + " x")[a:b] for a, b in wrap_ranges("日本語の記事 x", 6)] == ["日本語", "の記事", "x"]
    assert [("one two three")[a:b] for a, b in wrap_ranges("one two three", 7)] == ["one two", "three"]
    assert [("abcdefgh")[a:b] for a, b in wrap_ranges("abcdefgh", 3)] == ["abc", "def", "gh"]  # cut where it must
    lines = indented(Styled("word " * 12), 4, Terminal(width=24))
    assert len(lines) > 1 and all(line.startswith("    w") and len(line) <= 24 for line in lines)


def test_progress_on_a_terminal_redraws_one_line_that_fits():
    buffer = io.StringIO()
    clock = iter([0.0, 0.01, 0.5, 61.0, 61.0])
    progress = _LineProgress(buffer, width=60, clock=lambda: next(clock))
    progress(0, 10, "extracting claims")
    progress(1, 10, "skipped: drawn 10 ms ago")
    progress(5, 10, "a title much longer than the sixty columns of this terminal, or so it seems")
    progress(10, 10, "done")
    progress.close()
    frames = buffer.getvalue().split("\r")[1:]
    assert len(frames) == 3 and frames[-1].endswith("\n")
    assert frames[0].startswith("─" * 24 + " 0/10 0:00 extracting")
    assert frames[1].startswith("━" * 12 + "─" * 12 + " 5/10 0:00 a title") and "…" in frames[1]
    assert frames[2].startswith("━" * 24 + " 10/10 1:01 done")
    assert all(len(frame.rstrip()) < 60 for frame in frames)
    assert "\x1b" not in buffer.getvalue()


def test_plain_progress_prints_a_line_per_tenth_and_per_phase():
    buffer = io.StringIO()
    progress = _PlainProgress(buffer)
    progress(0, 100, "extracting claims")
    for done in range(1, 101):
        progress(done, 100, f"article {done}")  # a label per call must not mean a line per call
    progress(1, 1, "saving")
    lines = buffer.getvalue().splitlines()
    assert lines[0] == "0/100 extracting claims" and lines[1] == "10/100 article 10"
    assert lines[-2] == "100/100 article 100" and lines[-1] == "1/1 saving"
    assert len(lines) == 11 + 1


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_for_every_shell(shell):
    from click.shell_completion import get_completion_class

    from tui.cli import cli

    script = get_completion_class(shell)(cli, {}, "factscope", "_FACTSCOPE_COMPLETE").source()
    assert "_FACTSCOPE_COMPLETE" in script and "factscope" in script


_HOSTILE = st.lists(
    st.sampled_from(list("ab [/]:*_|<>=@\n\t\r\x1b\x07\x9b\x9d\x00\x7f;0123") + ["\x1b]52;c;", "\x1b[2J"]),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_HOSTILE)
def test_every_cli_text_path_drops_controls(text):
    from store.export import _cell, md_text

    for rendered in (one_line(text), md_text(text), _cell(text)):
        assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in rendered), repr(rendered)


def test_one_line_cuts_between_words_when_it_can():
    text = "Seoul and Kyiv say he is now doing far more than before"
    for limit in range(12, len(text)):
        cut = one_line(text, limit)
        assert len(cut) <= limit and cut.endswith("…")
        assert text.startswith(cut[:-1]) and text[len(cut) - 1] == " ", (limit, cut)  # whole words only
    assert one_line("word " + "y" * 40, 20) == "word " + "y" * 14 + "…"  # no space near the limit: hard cut


@pytest.mark.parametrize(
    "argv", [["--db", "{db}", "search", "troops"], ["browse", "--db", "{db}"], ["search", "troops"]]
)
def test_a_db_in_a_missing_directory_is_refused_in_one_line(tmp_path, monkeypatch, capsys, argv):
    """A mistyped --db (or FACTSCOPE_DB) made the directories and built a corpus there."""
    from tui.cli import main

    db = tmp_path / "no-such-dir" / "corpus.json"
    if "{db}" not in argv:
        monkeypatch.setenv("FACTSCOPE_DB", str(db))
    assert main([part.replace("{db}", str(db)) for part in argv]) == 2
    assert capsys.readouterr().err.splitlines() == [f"factscope: --db {db}: no directory {db.parent} (make it first)"]
    assert not db.parent.exists()
