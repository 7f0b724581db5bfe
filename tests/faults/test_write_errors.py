"""Every file operation of every writer fails in turn, with EIO, ENOSPC and EROFS
(that one for good: a file system remounted read-only fails every later call too):
the corpus DB (add, build), its backups (check --repair), the user DB, the search
cache and export files. Each failure is either absorbed (a cache or a backup that
could not be kept: the command still succeeds, and says so) or reported in one
line naming the file, with a non-zero exit; never a traceback, and nothing
stored is lost or changed by a failed write."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from store.link_index import SUFFIX as LINK_INDEX
from tests.faults.errorpoints import FAULTS, RAISED, ErrorTrial, error_trials
from tests.faults.helpers import (
    article_ids,
    corpus_folder_with,
    damage_past_every_backup,
    is_sound,
    make_stale,
    resetter,
    run_cli,
    snapshot,
)

TRIALS: dict[str, int] = {}  # per scenario, for the record (printed with -s)
_NOTICES = ("factscope: note:", "factscope: warning:", "factscope: waiting")


def error_lines(output: str) -> list[str]:
    """The lines reporting an error: ``factscope: ...``, notes and warnings aside."""
    return [line for line in output.splitlines() if line.startswith("factscope:") and not line.startswith(_NOTICES)]


def temp_leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.rglob("*.tmp"))


def cleanup_possible(trial: ErrorTrial) -> bool:
    """Whether the work could still remove its temp files after the failure."""
    return not (trial.failed_call or "").startswith("unlink") and trial.err != errno.EROFS


def assert_reported(trial: ErrorTrial, names: tuple[str, ...]) -> None:
    """A failure the user must hear about: one line naming the file, saying what happened."""
    assert trial.status not in (0, RAISED), trial
    assert "Traceback" not in trial.output, trial
    lines = error_lines(trial.output)
    assert len(lines) == 1, trial
    assert any(name in lines[0] for name in names), trial
    reason = "read-only" if trial.err == errno.EROFS else os.strerror(trial.err)
    assert reason.lower() in lines[0].lower(), trial


def every_error(
    name: str,
    work: Callable[[], object],
    reset: Callable[[], None],
    log: Path,
    check: Callable[[ErrorTrial], None],
) -> None:
    """Fail each file operation of ``work`` in turn with each errno; ``check`` after each trial."""
    total = 0
    for label, (errnos, sticky) in FAULTS.items():
        trials = 0
        for trial in error_trials(work, reset, errnos, log, sticky=sticky):
            assert trial.status != RAISED and "Traceback" not in trial.output, trial
            check(trial)
            trials += trial.reached
        assert trials >= 3, f"{name}: only {trials} file operations failed with {label}"
        total += trials
    TRIALS[name] = total
    print(f"{name}: {total} failed file operations, each reported or absorbed")


def _absorbed_or_reported(
    directory: Path, before: dict[str, bytes], names: tuple[str, ...], succeeded: Callable[[], None]
):
    """The check for a writer: a failure leaves every stored file byte-identical (temp files
    aside only when it was their removal that failed); a success is the full new state."""

    def check(trial: ErrorTrial) -> None:
        if trial.status == 0:
            succeeded()
            return
        assert_reported(trial, names)
        # the link index is derived, not stored (store/link_index.py): an add may bring it up to date
        # with the DB before its own write fails
        after = {k: v for k, v in snapshot(directory).items() if not k.endswith(".tmp") and LINK_INDEX not in k}
        kept = {k: v for k, v in before.items() if not k.endswith(".lock") and LINK_INDEX not in k}
        assert {k: v for k, v in after.items() if k in kept} == kept, trial  # nothing stored changed
        new = set(after) - set(before) - {"corpus.json.lock"}
        if trial.err == errno.EROFS:  # nothing can be removed any more: what the next writer clears is left
            new = {
                name
                for name in new
                if not name.endswith(".bak.pending") and ".damaged-" not in name and ".shards/" not in name
            }  # an unreferenced shard: a later build removes it
        assert not new, trial  # nothing half-made left
        if cleanup_possible(trial):
            assert not temp_leftovers(directory), trial

    return check


def test_add_with_each_file_operation_failing(user_corpus, tmp_path: Path) -> None:
    template, third = user_corpus
    db = tmp_path / "db" / "corpus.json"
    old = article_ids(template / "corpus.json")
    reset = resetter(template, db.parent)
    reset()
    before = snapshot(db.parent)

    def succeeded() -> None:
        assert is_sound(db)
        assert len(article_ids(db)) == len(old) + 1

    check = _absorbed_or_reported(db.parent, before, ("corpus.json",), succeeded)
    every_error("add", run_cli("--db", str(db), "add", str(third)), reset, tmp_path / "log", check)


def test_build_with_each_file_operation_failing(user_corpus, tmp_path: Path) -> None:
    template, third = user_corpus
    db = tmp_path / "db" / "corpus.json"
    old = article_ids(template / "corpus.json")
    corpus_dir = corpus_folder_with(tmp_path, third)
    reset = resetter(template, db.parent)
    reset()

    def succeeded() -> None:
        assert is_sound(db)
        assert len(article_ids(db)) == len(old) + 1  # the added articles kept, the new one in

    check = _absorbed_or_reported(db.parent, snapshot(db.parent), ("corpus.json",), succeeded)
    work = run_cli("--db", str(db), "build", "--quiet", "--corpus", str(corpus_dir))
    every_error("build", work, reset, tmp_path / "log", check)


def test_convert_with_each_file_operation_failing(user_corpus, tmp_path: Path) -> None:
    """A DB from an older pipeline that cannot be converted (rebuilt) for a full or failing
    disk is used as it is, with one warning saying why: a search still answers."""
    template, _third = user_corpus
    db = tmp_path / "db" / "corpus.json"
    old = article_ids(template / "corpus.json")
    reset = resetter(template, db.parent, make_stale)
    reset()
    stale = db.read_bytes()

    def check(trial: ErrorTrial) -> None:
        assert trial.status == 0, trial
        assert "port authority" in trial.output, trial  # the search answered
        assert is_sound(db) and article_ids(db) == old, trial
        warnings = [line for line in trial.output.splitlines() if "could not be rebuilt" in line]
        if db.read_bytes() == stale:  # not converted: said once, with the reason
            reason = "read-only" if trial.err == errno.EROFS else os.strerror(trial.err)
            assert len(warnings) == 1 and reason.lower() in warnings[0].lower(), trial
            assert "corpus.json" in warnings[0] and "opened as is" in warnings[0], trial
        else:
            assert not warnings, trial

    every_error("convert", run_cli("--db", str(db), "search", "ships"), reset, tmp_path / "log", check)


def _damaged_reset(template: Path, db: Path, damage: Callable[[Path], None]) -> tuple[Callable[[], None], dict]:
    reset = resetter(template, db.parent, damage)
    reset()
    return reset, snapshot(db.parent)


def test_repair_from_a_backup_with_each_file_operation_failing(user_corpus, tmp_path: Path) -> None:
    template, _third = user_corpus
    db = tmp_path / "db" / "corpus.json"
    good = (template / "corpus.json.bak.1").read_bytes()
    damaged = b'{"articles": {"1": {"id'
    reset, before = _damaged_reset(template, db, lambda path: path.write_bytes(damaged))

    def succeeded() -> None:
        assert db.read_bytes() == good
        assert any(p.read_bytes() == damaged for p in db.parent.glob("corpus.json.damaged-*"))

    check = _absorbed_or_reported(db.parent, before, ("corpus.json",), succeeded)
    every_error("repair (backup)", run_cli("--db", str(db), "check", "--repair"), reset, tmp_path / "log", check)


def test_repair_by_rebuild_with_each_file_operation_failing(user_corpus, tmp_path: Path) -> None:
    template, _third = user_corpus
    db = tmp_path / "db" / "corpus.json"
    old = article_ids(template / "corpus.json")

    reset, before = _damaged_reset(template, db, damage_past_every_backup)

    def succeeded() -> None:
        assert is_sound(db)
        assert article_ids(db) == old

    check = _absorbed_or_reported(db.parent, before, ("corpus.json",), succeeded)
    every_error("repair (rebuild)", run_cli("--db", str(db), "check", "--repair"), reset, tmp_path / "log", check)


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Callable[[], None]]:
    """A data dir whose user DB holds one bookmark and one note (so a backup exists),
    and a reset putting that back."""
    from store import paths
    from store.user_db import UserDB

    template = tmp_path / "template"
    monkeypatch.setenv("FACTSCOPE_DATA_DIR", str(template))
    user = UserDB.open()
    user.add_bookmark("a0123456789ab-0123456789")
    user.set_note("a0123456789ab-0123456789", "check the second source")
    work_dir = tmp_path / "data"
    monkeypatch.setenv("FACTSCOPE_DATA_DIR", str(work_dir))
    reset = resetter(template, work_dir)
    reset()
    return paths.user_db_path(), reset


def test_user_db_write_with_each_file_operation_failing(user_data, tmp_path: Path) -> None:
    """The app's path for a bookmark: the error is one line naming user.json, the
    old file stays, and the change is kept pending for a retry."""
    from corpus.errors import FactscopeError
    from store.user_db import UserDB

    path, reset = user_data
    before = snapshot(path.parent)

    def bookmark() -> int:
        user = UserDB.open()
        try:
            user.add_bookmark("a0123456789ab-9999999999")
        except FactscopeError as exc:
            print(f"factscope: {exc}")
            print(f"pending: {[p.claim_id for p in user.pending]}")
            return 1
        return 0

    def succeeded() -> None:
        assert UserDB.open(readonly=True).is_bookmarked("a0123456789ab-9999999999")

    reported = _absorbed_or_reported(path.parent, before, ("user.json",), succeeded)

    def check(trial: ErrorTrial) -> None:
        reported(trial)
        if trial.status != 0:  # kept for the retry the app offers
            assert "pending: ['a0123456789ab-9999999999']" in trial.output, trial

    every_error("user DB write", bookmark, reset, tmp_path / "log", check)


def test_user_db_repair_with_each_file_operation_failing(user_data, user_corpus, tmp_path: Path) -> None:
    path, reset = user_data
    corpus = user_corpus[0] / "corpus.json"  # sound: only the user DB needs repairing
    template = tmp_path / "template"
    good = (template / "user.json").read_bytes()
    (template / "user.json.bak.1").write_bytes(good)
    (template / "user.json").write_bytes(b'{"bookmarks": {"1": ')
    reset()
    before = snapshot(path.parent)

    def succeeded() -> None:
        assert path.read_bytes() == good

    check = _absorbed_or_reported(path.parent, before, ("user.json",), succeeded)
    every_error("user DB repair", run_cli("--db", str(corpus), "check", "--repair"), reset, tmp_path / "log", check)


def test_search_with_each_cache_write_failing(user_corpus, tmp_path: Path) -> None:
    """The search cache is only a cache: a reader that cannot write it searches
    in memory and says so once, naming the file and why."""
    template, _third = user_corpus
    db = tmp_path / "db" / "corpus.json"
    reset = resetter(template, db.parent)

    def check(trial: ErrorTrial) -> None:
        assert trial.status == 0, trial
        assert "port authority" in trial.output, trial  # the results, all the same
        notes = [line for line in trial.output.splitlines() if "search.npz" in line]
        if trial.reached:
            reason = os.strerror(trial.err)
            assert len(notes) == 1 and reason in notes[0] and notes[0].startswith("factscope: note:"), trial
            if cleanup_possible(trial):
                assert not temp_leftovers(db.parent), trial
        else:
            assert not notes and (db.parent / "corpus.json.search.npz").is_file(), trial

    every_error("search cache", run_cli("--db", str(db), "search", "ships"), reset, tmp_path / "log", check)


@pytest.mark.parametrize("replacing", [False, True], ids=["new file", "--force over an old one"])
def test_export_with_each_file_operation_failing(user_corpus, tmp_path: Path, replacing: bool) -> None:
    template, _third = user_corpus
    db = template / "corpus.json"
    out_dir = tmp_path / "out"
    target = out_dir / "briefing.md"

    def reset() -> None:
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir()
        if replacing:
            target.write_text("an earlier briefing\n", encoding="utf-8")

    reset()
    before = snapshot(out_dir)

    def succeeded() -> None:
        assert "port authority" in target.read_text(encoding="utf-8")

    check = _absorbed_or_reported(out_dir, before, ("briefing.md",), succeeded)
    args = ["--db", str(db), "export", "--format", "md", "-o", str(target)] + (["--force"] if replacing else [])
    every_error("export" + (" --force" if replacing else ""), run_cli(*args), reset, tmp_path / "log", check)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("command", [["export", "--format", "csv"], ["show", "--help"]])
def test_standard_output_on_a_full_disk_is_one_line(corpus_db: Path, command: list[str]) -> None:
    """`factscope export > file` on a full disk: one line, non-zero exit, no traceback."""
    import subprocess
    import sys

    from tests.faults.helpers import REPO

    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "tui", "--db", str(corpus_db), *command],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            timeout=120,
        )
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == ["factscope: cannot write the output (No space left on device)"]


def test_a_reader_closing_the_pipe_ends_export_quietly(corpus_db: Path) -> None:
    """`factscope export | head`: no traceback, no message, a non-zero exit."""
    import fcntl
    import subprocess
    import sys

    from tests.faults.helpers import REPO

    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, getattr(fcntl, "F_SETPIPE_SZ", 1031), 4096)  # smaller than the export
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "--db", str(corpus_db), "export"],
        stdout=write_end,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    os.close(write_end)
    assert os.read(read_end, 100)  # the reader takes a little, then goes away
    os.close(read_end)
    assert proc.wait(timeout=120) != 0
    assert proc.stderr is not None and proc.stderr.read() == b""


def test_failed_writes_change_no_backup_and_a_pending_one_is_kept(tmp_path: Path, monkeypatch) -> None:
    """Three saves failing at the replace leave the three backups as they were (before,
    each failure shifted them and dropped the oldest); a backup left pending by a
    writer killed after its replace becomes .bak.1 at the next write."""
    from store import atomic
    from store.backup import pending_path
    from store.errors import StoreWriteError
    from store.storage import AtomicJSONStorage

    path = tmp_path / "data.json"
    storage = AtomicJSONStorage(path)

    def save(version: int) -> None:
        with storage.transaction() as txn:
            txn.replace({"meta": {"1": {"version": version}}})

    for version in range(1, 5):
        save(version)
    backups = {p.name: p.read_bytes() for p in tmp_path.glob("data.json.bak.*")}
    assert len(backups) == 3
    real_replace = os.replace

    def full(src, dst, *args, **kwargs):
        if Path(dst) == path:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "replace", full)
    for version in range(5, 8):
        with pytest.raises(StoreWriteError):
            save(version)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in tmp_path.glob("data.json.bak.*")} == backups
    os.link(path, pending_path(path))  # as a writer killed after its replace leaves it ...
    old = path.read_bytes()
    atomic.atomic_write_bytes(path, b'{"meta": {"1": {"version": 9}}}')  # ... having replaced the file
    save(10)
    assert (tmp_path / "data.json.bak.2").read_bytes() == old  # the pending one, promoted
    assert b'"version":9' in (tmp_path / "data.json.bak.1").read_bytes().replace(b" ", b"")
    assert not pending_path(path).exists()
