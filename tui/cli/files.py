"""Writing output files safely: whole or not at all, never over something by accident."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from corpus.errors import FactscopeError


class OutputFileError(FactscopeError):
    """An output file that cannot be written; the message names it."""


def write_atomically(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write ``data`` to ``path`` via a temp file in the same directory and ``os.replace``,
    so a reader never sees half a file and a failure leaves any old file untouched.
    Refuses to replace an existing file unless ``overwrite``."""
    from corpus.sanitize import escape_unsafe

    shown = escape_unsafe(str(path))
    if path.is_dir():
        raise OutputFileError(f"{shown}: is a directory")
    if path.exists() and not path.is_file():  # a FIFO, a device node or a socket
        raise OutputFileError(f"{shown}: is not a regular file; not replaced")
    if path.exists() and not overwrite:
        raise OutputFileError(f"{shown}: already exists (use --force to replace it)")
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputFileError(f"{shown}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if not overwrite and path.exists():  # appeared while we were writing
            raise OutputFileError(f"{shown}: already exists (use --force to replace it)")
        os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, path)
    except BaseException as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass  # a file system gone read-only: nothing more can be done
        if isinstance(exc, OSError):
            raise OutputFileError(f"{shown}: cannot write ({exc.strerror})") from None
        raise


def _umask() -> int:
    # mkstemp creates 0600 files; give the result the permissions a plain open() would
    mask = os.umask(0)
    os.umask(mask)
    return mask
