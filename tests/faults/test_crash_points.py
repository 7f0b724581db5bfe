"""Every file operation of add, build, convert, check --repair and the user DB's writes is
killed in turn (before it, and after it): the DB is always the old state or the
new one, and nothing the user added is ever lost."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from store import tails
from store.search.persist import cache_path
from tests.faults.crashpoints import Trial, crash_trials
from tests.faults.helpers import (
    article_ids,
    corpus_folder_with,
    damage_past_every_backup,
    is_sound,
    kept_somewhere,
    make_stale,
    resetter,
    run_cli,
    search_agrees,
    views_agree,
)

KILLS: dict[str, int] = {}  # per scenario, for the record (printed with -s)


def _every_crash(name: str, work, reset, log: Path, check: Callable[[Trial], None]) -> None:
    """Kill ``work`` at each file operation in turn; ``check`` the files after each trial."""
    kills = 0
    for trial in crash_trials(work, reset, log):
        check(trial)
        kills += trial.crashed
        if not trial.crashed:
            assert trial.status == 0, trial.output
    KILLS[name] = kills
    print(f"{name}: {kills} kills, each left the old or the new state")
    assert kills >= 6  # the work really wrote, and every step of it was interrupted


def _old_or_one_added(db: Path, old: set[str], trial: Trial) -> None:
    """A sound DB holding the articles it held, or those and the one added (all of them once nothing was killed)."""
    ids = article_ids(db)
    assert is_sound(db), trial
    assert ids == old or (ids > old and len(ids) == len(old) + 1), trial
    if not trial.crashed:
        assert len(ids) == len(old) + 1


@pytest.mark.parametrize("fold", [tails.FOLD, 0], ids=["tail-folded-when-large", "tail-never-folded"])
def test_add_killed_at_every_file_operation_leaves_the_old_or_the_new_db(
    user_corpus_derived, tmp_path: Path, monkeypatch, fold: int
) -> None:
    """Also the derived files: each is written whole (a fold) or as a tail beside its base, and
    whichever write is killed, a reader maps files that answer as a whole read does."""
    monkeypatch.setattr(tails, "FOLD", fold)  # the forked trials inherit it
    template, third = user_corpus_derived
    db = tmp_path / "db" / "corpus.json"
    old = article_ids(template / "corpus.json")

    def check(trial: Trial) -> None:
        _old_or_one_added(db, old, trial)
        if not trial.crashed:
            assert tails.tail_path(cache_path(db)).is_file() == (fold == 0)  # both ways were taken
        assert views_agree(db), trial  # a derived file killed mid-write is of another version: made again
        assert search_agrees(db), trial

    work = run_cli("--db", str(db), "add", str(third))
    _every_crash("add", work, resetter(template, db.parent), tmp_path / "log", check)


def _in_shards_and_article_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each article in a shard and an article file of its own: a DB an add reads as its catalogue
    alone (the stored articles it meets read by their spans, the claims through the link index)."""
    import store.shards

    monkeypatch.setattr(store.shards, "CLAIMS_PER_SHARD", 1)
    monkeypatch.setattr(store.shards, "HEAD_ARTICLES", 0)
    monkeypatch.setattr(store.shards, "ARTICLES_PER_FILE", 1)


@pytest.fixture(scope="module")
def catalogue_corpus(user_corpus, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """``user_corpus`` built again in shards and article files of one article each, with its derived
    files and its link index, as `factscope build` leaves a large DB."""
    from corpus.loader import load_file
    from store.build import build_corpus_db
    from store.corpus_db import CorpusDB
    from store.derived import write_derived_indexes
    from store.link_index import index_path

    template, third = user_corpus
    articles = list(CorpusDB.open(template / "corpus.json").articles())
    copy = tmp_path_factory.mktemp("crash-template-catalogue") / "db"
    with pytest.MonkeyPatch.context() as monkeypatch:
        _in_shards_and_article_files(monkeypatch)
        db = build_corpus_db(copy / "corpus.json", articles, keep_added=False)
        assert write_derived_indexes(db) == []
    assert index_path(copy / "corpus.json").is_file() and load_file(third).id not in {a.id for a in articles}
    return copy, third


def test_add_to_a_catalogue_killed_at_every_file_operation_leaves_the_old_or_the_new_db(
    catalogue_corpus, tmp_path: Path, monkeypatch
) -> None:
    """`factscope add` as it runs on a large DB: the catalogue alone read, the articles it meets read
    by their spans, its shard, article file and catalogue written, the link index and the derived
    files' tails after them. Killed before or after any of those file operations: the DB is sound,
    the old or the new one, every article file still lists its articles' ids and spans, and the
    derived files answer as a whole read does."""
    import orjson

    _in_shards_and_article_files(monkeypatch)  # the forked trials inherit it
    template, third = catalogue_corpus
    db = tmp_path / "db" / "corpus.json"
    old = article_ids(template / "corpus.json")
    assert len(orjson.loads((template / "corpus.json").read_bytes())["article_files"]) == len(old)

    def check(trial: Trial) -> None:
        _old_or_one_added(db, old, trial)
        entries = orjson.loads(db.read_bytes())["article_files"].values()
        assert all(len(e["ids"]) == len(e["spans"]) == e["articles"] for e in entries), trial
        assert views_agree(db), trial
        assert search_agrees(db), trial

    work = run_cli("--db", str(db), "add", str(third))
    _every_crash("add to a catalogue", work, resetter(template, db.parent), tmp_path / "log", check)


@pytest.mark.parametrize("layout", ["one-shard", "catalogue"])
def test_build_killed_at_every_file_operation_keeps_every_added_article(
    layout: str, request: pytest.FixtureRequest, tmp_path: Path, monkeypatch
) -> None:
    """Also a DB of many shards and article files, with its link index: the build writes them all anew."""
    if layout == "catalogue":
        _in_shards_and_article_files(monkeypatch)
    template, third = request.getfixturevalue("catalogue_corpus" if layout == "catalogue" else "user_corpus")
    db = tmp_path / "db" / "corpus.json"
    old = article_ids(template / "corpus.json")
    corpus_dir = corpus_folder_with(tmp_path, third)

    def check(trial: Trial) -> None:
        _old_or_one_added(db, old, trial)  # an added article is never dropped

    work = run_cli("--db", str(db), "build", "--quiet", "--corpus", str(corpus_dir))
    _every_crash("build", work, resetter(template, db.parent), tmp_path / "log", check)


@pytest.mark.parametrize("layout", ["one-shard", "catalogue"])
def test_convert_killed_at_every_file_operation_keeps_every_added_article(
    layout: str, request: pytest.FixtureRequest, tmp_path: Path, monkeypatch
) -> None:
    """A DB from an older pipeline is converted (rebuilt) by the first command that opens it; also
    one of many shards and article files, with its link index."""
    if layout == "catalogue":
        _in_shards_and_article_files(monkeypatch)
    template, _third = request.getfixturevalue("catalogue_corpus" if layout == "catalogue" else "user_corpus")
    db = tmp_path / "db" / "corpus.json"
    old = article_ids(template / "corpus.json")
    reset = resetter(template, db.parent, make_stale)
    reset()
    stale = db.read_bytes()

    def check(trial: Trial) -> None:
        assert is_sound(db), trial
        assert article_ids(db) == old, trial  # converted or not, every added article is there
        assert trial.crashed or db.read_bytes() != stale, trial

    work = run_cli("--db", str(db), "search", "ships")
    _every_crash("convert", work, reset, tmp_path / "log", check)


def test_repair_by_rebuild_killed_at_every_file_operation_never_loses_an_added_article(
    user_corpus, tmp_path: Path
) -> None:
    """No backup passes the checks: repair rebuilds from the user's articles in the damaged file."""
    template, _third = user_corpus
    db = tmp_path / "db" / "corpus.json"
    old = article_ids(template / "corpus.json")

    reset = resetter(template, db.parent, damage_past_every_backup)
    reset()
    damaged = db.read_bytes()

    def check(trial: Trial) -> None:
        assert kept_somewhere(db.parent, damaged), trial  # the damaged file is never lost
        if db.read_bytes() == damaged:  # the old state: untouched, still repairable
            assert "rebuilt" not in trial.output, trial  # never reported before the replace
            return
        assert is_sound(db), trial
        assert article_ids(db) == old, trial  # rebuilt with every added article

    work = run_cli("--db", str(db), "check", "--repair")
    _every_crash("repair (rebuild)", work, reset, tmp_path / "log", check)


def test_repair_from_a_backup_killed_at_every_file_operation(user_corpus, tmp_path: Path) -> None:
    template, _third = user_corpus
    db = tmp_path / "db" / "corpus.json"
    good = (template / "corpus.json.bak.1").read_bytes()
    damaged = b'{"articles": {"1": {"id'

    reset = resetter(template, db.parent, lambda path: path.write_bytes(damaged))

    def check(trial: Trial) -> None:
        assert kept_somewhere(db.parent, damaged), trial
        now = db.read_bytes()
        assert now in (damaged, good), trial
        if now == damaged:
            assert "restored" not in trial.output, trial

    work = run_cli("--db", str(db), "check", "--repair")
    _every_crash("repair (backup)", work, reset, tmp_path / "log", check)


def test_user_db_writes_and_repair_killed_at_every_file_operation(user_corpus, tmp_path: Path, monkeypatch) -> None:
    from store import paths
    from store.user_db import UserDB

    template = tmp_path / "template"
    monkeypatch.setenv("FACTSCOPE_DATA_DIR", str(template))
    user = UserDB.open()
    user.add_bookmark("a0123456789ab-0123456789")
    user.set_note("a0123456789ab-0123456789", "check the second source")
    work_dir = tmp_path / "data"
    monkeypatch.setenv("FACTSCOPE_DATA_DIR", str(work_dir))
    path = paths.user_db_path()

    def reset() -> None:
        shutil.rmtree(work_dir, ignore_errors=True)
        shutil.copytree(template, work_dir)

    def bookmark() -> None:
        UserDB.open().add_bookmark("a0123456789ab-9999999999")

    def check_write(trial: Trial) -> None:
        marks = {b.claim_id for b in UserDB.open(readonly=True).bookmarks()}
        assert marks in ({"a0123456789ab-0123456789"}, {"a0123456789ab-0123456789", "a0123456789ab-9999999999"})
        assert trial.crashed or len(marks) == 2

    _every_crash("user DB write", bookmark, reset, tmp_path / "log", check_write)

    good = (template / "user.json").read_bytes()
    (template / "user.json.bak.1").write_bytes(good)
    (template / "user.json").write_bytes(b'{"bookmarks": {"1": ')

    def check_repair(trial: Trial) -> None:
        assert path.read_bytes() in (b'{"bookmarks": {"1": ', good), trial
        assert kept_somewhere(work_dir, b'{"bookmarks": {"1": ')
        assert trial.crashed or path.read_bytes() == good  # repaired once it ran to the end

    corpus = user_corpus[0] / "corpus.json"  # sound: only the user DB needs repairing (as in test_write_errors.py)
    work = run_cli("--db", str(corpus), "check", "--repair")
    _every_crash("user DB repair", work, reset, tmp_path / "log", check_repair)
