"""Helpers for the fault suite: run the real CLI, compare directories byte for byte."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from tests.store.helpers import stored_tables
from tests.waiting import wait_until_sync

REPO = Path(__file__).resolve().parents[2]


def run_factscope(
    *args: object, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess:
    """Run the real CLI (``python -m tui ...``) in a child process, as a user would."""
    child_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "tui", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        cwd=REPO,
        env=child_env,
    )


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` with its bytes: 'byte-identical' means equal snapshots."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


# Our own sentences: three small articles a user might add.
FIRST = "Harbour report\nThe port authority said 40 ships were delayed on Monday.\nOfficials expect more delays.\n"
SECOND = "Storm update\nThe mayor said 120 homes lost power overnight.\nCrews are working in the north.\n"
THIRD = "Harbour follow-up\nThe port authority said 55 ships were delayed by Tuesday.\n"


def write_article(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def article_ids(path: Path) -> set[str]:
    from store.corpus_db import CorpusDB

    return {a.id for a in CorpusDB.open(path, readonly=True).articles()}


def is_sound(path: Path) -> bool:
    from store.integrity import diagnose

    return diagnose(path).ok


def views_agree(path: Path) -> bool:
    """The view columns a reader of the DB at ``path`` maps (or makes again, when they are of
    another version) are those a whole read of it makes."""
    import numpy as np

    from store.corpus_db import CorpusDB
    from store.view_rows import ViewRows

    mapped, _problem = ViewRows.from_db(CorpusDB.open_part(path, lambda _articles: None))
    whole = CorpusDB.open(path)
    made = ViewRows.of(whole.claims(), {a.id: a for a in whole.articles()}, path)
    mapped_columns, made_columns = mapped.columns(), made.columns()  # a base and its tail's as one
    return mapped_columns.keys() == made_columns.keys() and all(
        np.array_equal(mapped_columns[name], made_columns[name]) for name in made_columns
    )


def search_agrees(path: Path) -> bool:
    """The search index a reader of the DB at ``path`` maps (a base, or a base and its tail; made
    again when of another version) answers as one built from a whole read of it."""
    from store.corpus_db import CorpusDB
    from store.search import SearchIndex

    mapped = SearchIndex.from_db(CorpusDB.open_part(path, lambda _articles: None))
    whole = CorpusDB.open(path)
    built = SearchIndex.build(whole.claims(), whole.articles(), whole.xrefs(), whole.entities())
    queries = ("ships", "port authority", "delayed", "is:quantified", "homes power")
    return len(mapped) == len(built) and all(
        [(h.claim_id, h.score) for h in mapped.search(q)] == [(h.claim_id, h.score) for h in built.search(q)]
        for q in queries
    )


# What the CLI's commands import when they run (each lazily, for a fast start-up).
CLI_MODULES = (
    "tui.cli", "tui.cli.add", "tui.cli.build", "tui.cli.check", "tui.cli.db", "tui.cli.export", "tui.cli.search",
    "tui.cli.show", "tui.cli.output", "tui.cli.progress", "tui.cli.terminal", "corpus.pipeline", "store.build",
    "store.corpus_db", "store.user_db", "store.search", "store.search.persist", "store.derived", "store.links",
    "store.claim_docs", "store.export", "store.query.queries", "store.integrity", "store.repair", "numpy.ma",
    "multiprocessing.popen_fork",
)  # fmt: skip


def run_cli(*args: str) -> Callable[[], None]:
    """The real CLI as a function, for a forked fault-injection child.

    The CLI's modules are imported here, in the parent: each of the hundreds of forked
    trials then starts with them loaded instead of spending ~0.5 s of CPU importing them
    (imports change no file the trials look at; the work itself runs in the child)."""
    import importlib

    for name in CLI_MODULES:
        importlib.import_module(name)

    def work() -> None:
        from tui.cli import main

        raise SystemExit(main(list(args)))

    return work


def corpus_folder_with(tmp_path: Path, article: Path) -> Path:
    """A folder of articles for ``build --corpus`` holding a copy of ``article``."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy2(article, folder / article.name)
    return folder


def _lock_is_free(lock: Path) -> bool:
    fd = os.open(lock, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # closing releases the lock


def wait_for_writers(work_dir: Path) -> None:
    """Wait until no process holds a DB lock in ``work_dir``: a killed build's forked link-index
    writer inherits the build's lock and finishes under it, as the user's next command would wait."""
    for lock in work_dir.glob("*.lock"):
        wait_until_sync(partial(_lock_is_free, lock), timeout=120, what=f"the writers holding {lock.name}")


def resetter(template: Path, work_dir: Path, damage: Callable[[Path], None] | None = None):
    def reset() -> None:
        if work_dir.is_dir():
            wait_for_writers(work_dir)
        shutil.rmtree(work_dir, ignore_errors=True)
        shutil.copytree(template, work_dir)
        if damage is not None:
            damage(work_dir / "corpus.json")

    return reset


def kept_somewhere(directory: Path, data: bytes) -> bool:
    return any(p.is_file() and p.read_bytes() == data for p in directory.iterdir())


def make_stale(path: Path) -> None:
    """Mark a corpus DB as built by an older pipeline: the next command opening it converts
    (rebuilds) it, keeping every article users added."""
    import json

    data = json.loads(path.read_bytes())
    for meta in data["meta"].values():
        meta["pipeline_version"] = "0.0-old"
    path.write_text(json.dumps(data), encoding="utf-8")


def damage_past_every_backup(path: Path) -> None:
    """Leave no backup that passes the checks and a DB that loads but fails the offset check,
    so repair must rebuild from the user's articles in the damaged file."""
    for backup in path.parent.glob(f"{path.name}.bak.*"):
        backup.unlink()
    data = stored_tables(path)  # written back as one file: the older layout, still read
    data["claims"][min(data["claims"], key=int)]["start"] += 3
    path.write_text(json.dumps(data))
