"""Rotating last-good backups of a DB file: ``<db>.bak.1`` (newest) .. ``<db>.bak.N``.

Just before a write replaces the DB, the file being replaced (which the writer
has just parsed, so it is known to load) is linked as ``<db>.bak.pending`` (a
hard link costs no copy); only once the replace is done does it become
``.bak.1``, older backups shifting up. So a write that fails (full disk, I/O
error) changes no backup. ``check --repair`` lists them and
restores the newest one that loads, setting the damaged file aside, never
deleting it.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from store.atomic import FileStamp, atomic_write_bytes, current_stamp, fsync_dir, parse_tables, read_regular
from store.errors import CorruptDatabase, StoreError
from store.lock import DEFAULT_TIMEOUT, write_lock

DEFAULT_KEEP = 3


def backup_path(db_path: Path, index: int) -> Path:
    return db_path.with_name(f"{db_path.name}.bak.{index}")


def _indexed_backups(db_path: Path) -> list[tuple[int, Path]]:
    prefix = f"{db_path.name}.bak."
    found = []
    try:
        entries = list(db_path.parent.iterdir())
    except OSError:
        return []
    for entry in entries:
        suffix = entry.name[len(prefix) :] if entry.name.startswith(prefix) else ""
        if suffix.isdigit():
            found.append((int(suffix), entry))
    return sorted(found)


def pending_path(db_path: Path) -> Path:
    """Where the replaced file waits, linked, until the replace is done."""
    return db_path.with_name(f"{db_path.name}.bak.pending")


_NO_HARD_LINKS = (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.ENOSYS)


def _link_or_copy(source: Path, target: Path) -> None:
    """A second name for ``source`` (a copy on filesystems without hard links);
    on failure nothing is left at ``target``."""
    try:
        os.link(source, target)
        return
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:  # a full disk or an I/O error: a copy would fail too
            raise
    try:
        shutil.copy2(source, target)
    except OSError:
        try:
            os.unlink(target)
        except OSError:
            pass
        raise


def hold(db_path: Path, keep: int, expected: FileStamp) -> Path | None:
    """Before a replace: link the current DB file as the pending backup, if it is
    still the version parsed. Nothing is shifted or dropped yet, so a replace that
    then fails (disk full) leaves every backup as it was. Best effort: None when no
    backup can be kept, which never blocks the save."""
    if keep <= 0 or current_stamp(db_path) != expected:
        return None
    try:
        settle_pending(db_path, keep)
        _link_or_copy(db_path, pending_path(db_path))
    except OSError:
        return None
    return pending_path(db_path)


def promote(db_path: Path, keep: int, pending: Path | None) -> bool:
    """After the replace: the pending backup becomes ``.bak.1``, older ones shift up
    and the oldest past ``keep`` goes. Best effort: a pending file left by a failure
    here is settled by the next writer."""
    if pending is None:
        return False
    try:
        for index, path in reversed(_indexed_backups(db_path)):
            if index >= keep:
                path.unlink()
            else:
                os.replace(path, backup_path(db_path, index + 1))
        os.replace(pending, backup_path(db_path, 1))
    except OSError:
        return False
    return True


def drop(pending: Path | None) -> None:
    """The replace failed: the pending backup is the current file itself, not a backup."""
    if pending is not None:
        try:
            os.unlink(pending)
        except OSError:
            pass  # settle_pending recognises it by its inode


def settle_pending(db_path: Path, keep: int) -> None:
    """Deal with a pending backup a killed or failed writer left; call with the lock held.

    Still the DB file itself (the replace never happened): removed. Another file
    (the writer was killed after its replace): the newest backup, promoted.
    """
    pending = pending_path(db_path)
    try:
        held = os.lstat(pending)
    except OSError:
        return
    try:
        current = os.stat(db_path)
    except OSError:
        current = None
    if current is not None and (held.st_dev, held.st_ino) == (current.st_dev, current.st_ino):
        os.unlink(pending)
    elif stat.S_ISREG(held.st_mode):
        promote(db_path, keep, pending)


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    index: int  # 1 = newest
    size: int
    modified: datetime
    error: str | None  # why it does not load; None when it does

    @property
    def loads(self) -> bool:
        return self.error is None


def _check(path: Path) -> str | None:
    try:
        parse_tables(path, read_regular(path)[0])
    except CorruptDatabase as exc:
        return exc.detail
    except StoreError as exc:
        return str(exc)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def list_backups(db_path: Path) -> list[Backup]:
    """Backups of ``db_path``, newest first, each checked for whether it loads."""
    backups = []
    for index, path in _indexed_backups(Path(os.path.realpath(db_path))):
        try:
            st = path.stat()
        except OSError:
            continue
        modified = datetime.fromtimestamp(st.st_mtime, tz=UTC)
        backups.append(Backup(path, index, st.st_size, modified, _check(path)))
    return backups


@dataclass(frozen=True, slots=True)
class Restored:
    source: Path  # the backup restored
    set_aside: Path | None  # where the replaced DB file was kept, if there was one


def set_aside_path(db_path: Path, label: str = "before-restore") -> Path:
    """A new, unused sibling name ``<db>.<label>-<UTC time>[-n]`` to keep a file aside."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    candidate = db_path.with_name(f"{db_path.name}.{label}-{stamp}")
    n = 1
    while os.path.lexists(candidate):
        n += 1
        candidate = db_path.with_name(f"{db_path.name}.{label}-{stamp}-{n}")
    return candidate


def keep_aside(db_path: Path, label: str) -> Path | None:
    """Keep the current file under a new sibling name (a hard link: no copy, no window
    where the DB path is empty); None when there is no file. Call with the lock held."""
    if not os.path.lexists(db_path):
        return None
    aside = set_aside_path(db_path, label)
    try:
        _link_or_copy(db_path, aside)
    except OSError as exc:
        raise StoreError(
            db_path, f"cannot keep the current file aside ({exc.strerror or exc}); nothing was changed"
        ) from exc
    fsync_dir(db_path.parent)
    return aside


def replace_keeping_aside(db_path: Path, payload: bytes, label: str) -> Path | None:
    """Replace ``db_path`` with ``payload`` in one atomic write, the old file kept aside first."""
    aside = keep_aside(db_path, label)
    try:
        atomic_write_bytes(db_path, payload)
    except BaseException:
        if aside is not None:  # the file is still in place: a second name for it is clutter
            try:
                os.unlink(aside)
            except OSError:
                pass
        raise
    return aside


def good_backup(db_path: Path, accept: Callable[[Path, bytes], bool]) -> tuple[Path, bytes] | None:
    """The newest backup whose bytes ``accept`` passes, and exactly those bytes.

    Chosen by content read once, not by name: the bytes checked are the bytes
    restored, whatever is renamed meanwhile. Call with the DB's lock held.
    """
    try:
        settle_pending(db_path, DEFAULT_KEEP)  # a writer killed after its replace left the newest one pending
    except OSError:
        pass
    for _index, path in _indexed_backups(db_path):
        try:
            payload, _stamp = read_regular(path)
        except (OSError, StoreError):
            continue
        if accept(path, payload):
            return path, payload
    return None


def _loads(path: Path, payload: bytes) -> bool:
    try:
        parse_tables(path, payload)
    except CorruptDatabase:
        return False
    return True


def restore_backup(db_path: Path, backup: Path | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> Restored:
    """Put a backup (default: the newest that loads) back in place of ``db_path``.

    The file it replaces is kept beside it as ``<db>.before-restore-<time>``.
    """
    db_path = Path(os.path.realpath(db_path))
    with write_lock(db_path, timeout):
        if backup is None:
            found = good_backup(db_path, _loads)
            if found is None:
                raise StoreError(db_path, "no backup that loads; nothing was changed")
            backup, payload = found
        else:
            backup = Path(backup)
            try:
                payload, _stamp = read_regular(backup)
            except OSError as exc:
                raise StoreError(backup, f"cannot read backup ({exc.strerror}); nothing was changed") from None
            parse_tables(backup, payload)
        aside = replace_keeping_aside(db_path, payload, "before-restore")
    return Restored(backup, aside)
