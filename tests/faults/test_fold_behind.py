"""The fold behind an add (store/fold.py) on a real DB: `factscope add` names the tails that fall
due and starts the fold after it; `python -m store.fold` folds them; a second fold leaves them to
the first; and a fold killed at any file operation leaves derived files that are current and
answer as a whole read does (the DB itself is never written by it)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from store import tails
from tests.faults.crashpoints import crash_trials
from tests.faults.helpers import article_ids, resetter, search_agrees, views_agree


def _formats() -> dict[str, int]:
    from store.claim_docs import FORMAT as CLAIMS
    from store.links import FORMAT as LINKS
    from store.search.persist import FORMAT as SEARCH
    from store.view_rows import FORMAT as VIEWS

    return {"links": LINKS, "claims": CLAIMS, "views": VIEWS, "search": SEARCH}


def _current(db: Path) -> dict[str, bool]:
    """Per kind of derived file: whether a reader of the DB finds it of its version (a base, or
    a base and the tail it names), without making it again."""
    from store.corpus_db import CorpusDB
    from store.derived import folds

    version = CorpusDB.open_part(db, lambda _articles: None).version_key()
    formats = _formats()
    return {kind: tails.is_current(file(db), f"{formats[kind]}:{version}") for kind, (file, _load) in folds().items()}


def _tails(db: Path) -> list[str]:
    from store.derived import folds

    return sorted(kind for kind, (file, _load) in folds().items() if tails.tail_path(file(db)).exists())


def _every_base_large(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every base counts as large, every tail falls due (over a billionth of its base), and none is
    large enough for the add to fold it itself."""
    monkeypatch.setattr(tails, "BEHIND", 0)
    monkeypatch.setattr(tails, "FOLD", 10**9)
    monkeypatch.setattr(tails, "HOLD", 10**12)


@pytest.fixture
def due_db(user_corpus_derived, tmp_path: Path, monkeypatch) -> tuple[Path, list[str]]:
    """``user_corpus_derived`` with the third article added as `factscope add` adds it, each
    tail fallen due and left for a fold behind the add (in ``template/``, and copied to ``db/``)."""
    from corpus.loader import load_file
    from store import link_index
    from store.build import add_articles, ensure_corpus_db
    from store.derived import write_derived_indexes

    source, third = user_corpus_derived
    template = tmp_path / "template"
    shutil.copytree(source, template)
    _every_base_large(monkeypatch)
    opened = ensure_corpus_db(template / "corpus.json", catalogue_only=True)
    add_articles(opened, [load_file(third)])
    behind: list[str] = []
    assert write_derived_indexes(opened, behind) == []
    db = tmp_path / "db" / "corpus.json"
    link_index._closed_behind()  # the add's link index closes in a thread: its log goes when it is done
    shutil.copytree(template, db.parent)
    return db, behind


def test_an_add_names_every_tail_due_and_python_m_store_fold_folds_them(due_db) -> None:
    from store.derived import folds

    db, behind = due_db
    assert sorted(behind) == sorted(folds()) == _tails(db)
    assert all(_current(db).values())
    done = subprocess.run([sys.executable, "-P", "-m", "store.fold", str(db), *behind], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert _tails(db) == [] and all(_current(db).values())
    assert not list(db.parent.glob(".*.tmp"))
    assert views_agree(db) and search_agrees(db)


def test_a_second_fold_while_one_runs_leaves_the_tails_to_it(due_db) -> None:
    import fcntl
    import os

    from store.fold import fold_behind

    db, behind = due_db
    held = os.open(db.with_name(db.name + ".fold.lock"), os.O_RDONLY | os.O_CREAT)
    try:
        fcntl.flock(held, fcntl.LOCK_EX)  # as another fold's process holds it (a lock of its own)
        assert fold_behind(db, behind) == []
    finally:
        os.close(held)
    assert _tails(db) == sorted(behind)
    assert fold_behind(db, behind) == behind
    assert _tails(db) == []


def test_the_add_command_starts_a_fold_behind_it_for_the_tails_due(
    user_corpus_derived, tmp_path: Path, monkeypatch
) -> None:
    from store import fold
    from store.derived import folds
    from tui.cli import main

    source, third = user_corpus_derived
    db = tmp_path / "db" / "corpus.json"
    shutil.copytree(source, db.parent)
    _every_base_large(monkeypatch)
    started: list[tuple[Path, list[str]]] = []
    monkeypatch.setattr(fold, "start_fold_behind", lambda path, kinds: started.append((Path(path), list(kinds))))
    assert main(["--db", str(db), "add", str(third)]) in (0, None)
    assert [(path, sorted(kinds)) for path, kinds in started] == [(db, sorted(folds()))]
    assert _tails(db) == sorted(folds()) and all(_current(db).values())  # returned with base and tail current


def test_a_fold_behind_killed_at_every_file_operation_leaves_current_derived_files(due_db, tmp_path: Path) -> None:
    from store.fold import fold_behind

    db, behind = due_db
    old = article_ids(db)
    catalogue = db.read_bytes()
    kills = 0
    for trial in crash_trials(
        lambda: fold_behind(db, behind), resetter(tmp_path / "template", db.parent), tmp_path / "log"
    ):
        assert trial.crashed or trial.status == 0, trial.output
        kills += trial.crashed
        assert db.read_bytes() == catalogue and article_ids(db) == old, trial  # the record is not written
        assert all(_current(db).values()), trial  # no file a reader must make again
        assert views_agree(db) and search_agrees(db), trial
        if not trial.crashed:
            assert _tails(db) == [], trial
    assert kills >= 12  # four files: each one's base written, replaced, its tail removed


def test_what_a_killed_fold_left_goes_with_the_next_fold(due_db) -> None:
    from store.derived import folds
    from store.fold import fold_behind

    db, _behind = due_db
    links = folds()["links"][0](db)
    left = [
        db.parent / f".{links.name}.fold.tmp",  # killed after writing its new base, before the replace
        db.parent / f".{links.name}.fold.tmp.4242.1.tmp",  # killed while writing it
    ]
    for path in left:
        path.write_bytes(b"a partly written base")
    assert fold_behind(db, ["views"]) == ["views"]  # another kind's fold clears them too
    assert [path for path in left if path.exists()] == []
    assert all(_current(db).values())
