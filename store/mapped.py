"""The arrays of an ``.npz`` file, memory-mapped instead of read.

``np.savez`` stores each array uncompressed in a zip member, and ``np.load``
ignores ``mmap_mode`` for ``.npz``: it copies every array into memory. Here
each stored member's data is located in the zip (its local header says where)
and viewed in place through one read-only ``mmap`` of the file, so opening an
index of a million claims costs a few page faults, and only the pages a search
touches are ever read. A member that is compressed, or a file that is not a
zip of ``.npy`` members, raises ``ValueError`` (the caller rebuilds).

A base file and its tail (``store/tails.py``) read as one column (``appended``) keep the base's
part mapped: the column is the base's file pages mapped again, privately, with the tail's rows
written after them, so only the tail's pages are the process's own memory (a copy of every base
column cost ~16 MB at 100k claims, ~160 MB at 1M, in an app started after any add).
"""

from __future__ import annotations

import io
import mmap
import os
import struct
import sys
import threading
import weakref
import zipfile
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import numpy as np
from numpy.lib import format as npy

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB

T = TypeVar("T")
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # signature ... name length, extra length (30 bytes)


def map_npz(path: Path) -> dict[str, np.ndarray]:
    """Every array of the ``.npz`` at ``path`` by name, read-only views of the mapped file."""
    with open(path, "rb") as fh:
        with zipfile.ZipFile(fh) as archive:
            members = archive.infolist()
        size = fh.seek(0, io.SEEK_END)
        if size == 0:
            raise ValueError(f"{path.name}: empty")
        mapped = _MappedFile(fh.fileno(), 0, access=mmap.ACCESS_READ)
        stat = os.fstat(fh.fileno())
        mapped.file = (str(path), stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)
    arrays: dict[str, np.ndarray] = {}
    for member in members:
        if member.compress_type != zipfile.ZIP_STORED or not member.filename.endswith(".npy"):
            raise ValueError(f"{path.name}: {member.filename} is not a stored array")
        header = _LOCAL_HEADER.unpack_from(mapped, member.header_offset)
        if header[0] != b"PK\x03\x04":
            raise ValueError(f"{path.name}: damaged zip member {member.filename}")
        start = member.header_offset + _LOCAL_HEADER.size + header[-2] + header[-1]
        arrays[member.filename[:-4]] = _array_at(mapped, start, member.file_size)
    return arrays


class _MappedFile(mmap.mmap):
    """A mapped file that knows which file it maps (``file``: its path, device, inode, size and
    modification time), so that its pages can be mapped again (``appended``)."""

    file: tuple[str, int, int, int, int] | None = None


def read_member(path: Path, name: str) -> np.ndarray:
    """The one array ``name`` of the ``.npz`` at ``path``, read alone (a file's small ``meta``,
    without the headers of its hundreds of other members)."""
    with zipfile.ZipFile(path) as archive, archive.open(f"{name}.npy") as member:
        array: np.ndarray = npy.read_array(member, allow_pickle=False)
        return array


def _array_at(mapped: mmap.mmap, start: int, length: int) -> np.ndarray:
    """The ``.npy`` array stored at ``mapped[start:start + length]``, without copying it."""
    # the header alone (magic, version, its length, then the dict), not 64 KB of the data after it:
    # every page read here stays in the process's memory while the file is mapped
    magic = mapped[start : start + min(length, 12)]
    size = (
        10 + int.from_bytes(magic[8:10], "little")
        if magic[6:7] == b"\x01"
        else 12 + int.from_bytes(magic[8:12], "little")
    )
    head = io.BytesIO(mapped[start : start + min(length, size)])
    version = npy.read_magic(head)
    if version == (1, 0):
        shape, fortran, dtype = npy.read_array_header_1_0(head)
    elif version == (2, 0):
        shape, fortran, dtype = npy.read_array_header_2_0(head)
    else:
        raise ValueError(f"unknown .npy version {version}")
    if dtype.hasobject:
        raise ValueError("object arrays are not stored")
    count = int(np.prod(shape, dtype=np.int64))
    if head.tell() + count * dtype.itemsize > length:
        raise ValueError("truncated array")
    flat = np.frombuffer(mapped, dtype=dtype, count=count, offset=start + head.tell())
    return flat.reshape(shape, order="F" if fortran else "C")


_MAP_FIXED = 0x10  # Linux's value (the mmap module names it from Python 3.13 on)


@cache
def _libc() -> Any:
    """The C library's mmap, munmap and madvise (Linux only; imported when first needed: ctypes
    is not needed at start-up), or None."""
    if sys.platform != "linux":
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.mmap.restype = ctypes.c_void_p
        libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
        libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
        libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    except (OSError, AttributeError):
        return None
    return libc


class _Pages:
    """A range of this process's address space mapped by ``appended``: the base's file pages,
    privately, then the tail's rows. Unmapped when the array over it is gone."""

    def __init__(self, address: int, length: int, clean: int) -> None:
        self.address, self.length = address, length
        self.clean = clean  # the leading bytes that are the file's pages as they are (never written)
        self.closed = False

    def madvise(self, advice: int) -> None:
        """As ``mmap.madvise``, over the file's pages alone: the pages the tail's rows were written
        to are this process's only copy of them (given back, they would read as the file's)."""
        libc = _libc()
        if self.closed or libc is None:
            raise ValueError("unmapped")
        whole = self.clean - self.clean % mmap.PAGESIZE
        if whole and libc.madvise(self.address, whole, advice) != 0:
            raise OSError("madvise failed")

    def unmap(self) -> None:
        libc = _libc()
        if not self.closed and libc is not None:
            self.closed = True
            libc.munmap(self.address, self.length)


def _owner_of(array: np.ndarray) -> object:
    """What holds the memory ``array`` views: its last base, past views and a memoryview."""
    base: object = array
    while isinstance(base, np.ndarray):
        base = base.base
    return base.obj if isinstance(base, memoryview) else base


def _mapped_file_of(array: np.ndarray) -> _MappedFile | None:
    base = _owner_of(array)
    return base if isinstance(base, _MappedFile) else None


def appended(base: np.ndarray, tail: np.ndarray) -> np.ndarray:
    """``np.concatenate([base, tail])``; when ``base`` is a column of a mapped file
    (``map_npz``) of the same dtype, without copying it: the base's file pages are mapped again,
    privately, and the tail's rows written after them (copy-on-write: those pages alone are this
    process's), read-only as the base is. Where that cannot be done (another system, the file replaced since it was mapped),
    a copy, as ``np.concatenate`` makes."""
    found = _appended_in_place(base, np.ascontiguousarray(tail)) if base.dtype == tail.dtype else None
    if found is None:
        return np.concatenate([base, tail])
    found.flags.writeable = False
    return found


def _appended_in_place(base: np.ndarray, tail: np.ndarray) -> np.ndarray | None:
    mapped = _mapped_file_of(base)
    libc = _libc() if mapped is not None else None
    if libc is None or mapped is None or mapped.file is None or base.ndim != 1 or tail.ndim != 1:
        return None
    if not base.flags.c_contiguous or not len(base) or mapped.closed:
        return None
    try:
        offset = base.ctypes.data - np.frombuffer(mapped, dtype=np.uint8, count=1).ctypes.data
    except (ValueError, TypeError):
        return None
    if offset < 0 or offset + base.nbytes > len(mapped):
        return None
    page = mmap.PAGESIZE
    lead = offset % page
    total = base.nbytes + tail.nbytes
    length = -(-(lead + total) // page) * page
    path, device, inode, size, mtime = mapped.file
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        stat = os.fstat(fd)
        if (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns) != (device, inode, size, mtime):
            return None  # not the file the base maps: replaced since
        prot, private = mmap.PROT_READ | mmap.PROT_WRITE, mmap.MAP_PRIVATE
        # the whole range reserved first (anonymous: what lies past the file's end), then the
        # file's pages mapped over its start
        address = libc.mmap(None, length, prot, private | mmap.MAP_ANONYMOUS, -1, 0)
        if address is None or address == (1 << 64) - 1:  # MAP_FAILED
            return None
        pages = _Pages(address, length, lead + base.nbytes)
        in_file = min(length, -(-(size - (offset - lead)) // page) * page)
        if libc.mmap(address, in_file, prot, private | _MAP_FIXED, fd, offset - lead) != address:
            pages.unmap()
            return None
    finally:
        os.close(fd)
    import ctypes

    if tail.nbytes:
        ctypes.memmove(address + lead + base.nbytes, tail.ctypes.data, tail.nbytes)
    buffer = (ctypes.c_char * total).from_address(address + lead)
    buffer.pages = pages  # type: ignore[attr-defined]  # found by mappings_of, for release
    # not at exit: arrays over it may still be read while the interpreter shuts down
    weakref.finalize(buffer, pages.unmap).atexit = False
    joined: np.ndarray = np.frombuffer(memoryview(buffer).cast("B"), dtype=base.dtype)
    return joined


def mappings_of(*roots: object) -> list[mmap.mmap | _Pages]:
    """The mapped files that arrays held by ``roots`` view (through dicts, short lists and tuples,
    and the attributes of column objects), each once; a base and its tail read as one column
    (``appended``) by its own pages."""
    found: dict[int, mmap.mmap | _Pages] = {}
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, (str, bytes, int, float, Path)) or obj is None:
            continue
        seen.add(id(obj))
        if isinstance(obj, np.ndarray):
            base = _owner_of(obj)
            if isinstance(base, mmap.mmap):
                found[id(base)] = base
            else:
                pages = getattr(base, "pages", None)
                if isinstance(pages, _Pages):  # a base and its tail read as one column (appended)
                    found[id(base)] = pages
        elif isinstance(obj, dict):
            if len(obj) <= 4096:
                stack.extend(obj.values())
        elif isinstance(obj, (list, tuple)):
            if len(obj) <= 64:  # a column's layers, not a list of values
                stack.extend(obj)
        else:
            stack.extend(getattr(obj, "__dict__", {}).values())
            for kind in type(obj).__mro__:
                stack.extend(getattr(obj, name, None) for name in getattr(kind, "__slots__", ()))
    return list(found.values())


def release(*roots: object) -> int:
    """Give back the resident pages of the files mapped under ``roots`` (``MADV_DONTNEED``): once
    a sweep over every row is done (a view's model made), its pages need not stay in this
    process's memory. They stay in the page cache, the kernel's to keep or drop; the next read
    of a page maps it again. How many mappings were released."""
    released = 0
    for mapped in mappings_of(*roots):
        try:
            mapped.madvise(mmap.MADV_DONTNEED)
        except (ValueError, OSError):  # closed, or a platform without it: the pages stay
            continue
        released += 1
    return released


def save_npz(path: Path, arrays: Mapping[str, np.ndarray] | Iterable[tuple[str, np.ndarray]]) -> str | None:
    """Write ``arrays`` to ``path`` atomically (stored, so they map back); why not, or None.
    ``arrays`` by name, or (name, array) pairs, each written as it comes: a file of columns
    made one at a time never holds them all in memory at once."""
    # two writers at once (a stale file, then rebuilt) must not share one temp file
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with tmp.open("wb") as fh:
            write_npz(fh, arrays)
        os.replace(tmp, path)
    except OSError as exc:  # read-only directory, full disk: run without the file
        _remove(tmp)
        return exc.strerror or str(exc)
    except BaseException:  # whatever made the arrays as they were written failed: no temp file left
        _remove(tmp)
        raise
    return None


def _remove(tmp: Path) -> None:
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass


WRITE_CHUNK = 64 * 1024


class _Chunked(io.RawIOBase):
    """A file written ``WRITE_CHUNK`` bytes at a time at most. Linux (6.x) keeps what one large
    write brings in the page cache as large folios, and a fault on a mapping of such a file maps
    the whole folio: a file just written by ``np.savez`` (writes of up to 16 MB) made the app's
    first starts on a DB just built or folded hold ~0.4-0.5 KB/claim more of mapped pages (at 100k
    claims 1.29 against 0.76 KB/claim over the bare app at search ready: ``docs/storage.md``,
    session 28); written 64 KB at a time, a fault maps what the kernel's fault-around maps anyway."""

    def __init__(self, fh: io.BufferedIOBase) -> None:
        super().__init__()
        self._fh = fh

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        view = memoryview(data).cast("B")  # type: ignore[arg-type]
        for at in range(0, len(view), WRITE_CHUNK):
            self._fh.write(view[at : at + WRITE_CHUNK])
        return len(view)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self._fh.seek(offset, whence)

    def tell(self) -> int:
        return self._fh.tell()

    def flush(self) -> None:
        self._fh.flush()


def write_npz(fh: io.BufferedIOBase, arrays: Mapping[str, np.ndarray] | Iterable[tuple[str, np.ndarray]]) -> None:
    """``np.savez(fh, **arrays)`` (``arrays``: as ``save_npz``'s, each written as it comes, then let
    go), its data written ``WRITE_CHUNK`` bytes at a time (``_Chunked``)."""
    pairs = iter(arrays.items() if isinstance(arrays, Mapping) else arrays)
    with zipfile.ZipFile(_Chunked(fh), mode="w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
        for name, array in pairs:
            # as np.savez writes a member (zip64 always: numpy's gh-10776)
            with archive.open(f"{name}.npy", "w", force_zip64=True) as member:
                _write_npy(member, np.asanyarray(array))
            del array  # the next column is made with this one let go


def _write_npy(member: IO[bytes], array: np.ndarray) -> None:
    """``npy.write_array(member, array)``, the array's own bytes written a piece at a time: numpy's
    writes a copy of up to 16 MB at once into a zip member (the whole of most columns: twice their
    memory for a moment)."""
    if array.dtype.hasobject:
        raise ValueError("an array of objects is not saved")
    header = npy.header_data_from_array_1_0(array)  # Fortran order if it is (and not C's), as numpy's
    try:
        npy.write_array_header_1_0(member, header)
    except ValueError:  # a header too long for the first version of the format (as numpy's choice)
        npy.write_array_header_2_0(member, header)
    ordered = array.T if header["fortran_order"] else array
    data = (ordered if ordered.flags.c_contiguous else ordered.copy(order="C")).reshape(-1).view(np.uint8).data
    for at in range(0, len(data), WRITE_CHUNK):
        member.write(data[at : at + WRITE_CHUNK])


def mapped_or_written(
    db: CorpusDB,
    layout: int,
    load: Callable[[str], T | None],
    write: Callable[[str], str | None],
    make: Callable[[], T],
) -> tuple[T, str | None]:
    """As ``mapped_or_made``, for a file written as it is made: when not saved for ``db``'s version
    it is written (``write``, given the key: why it could not be, or None) and mapped; made in
    memory (``make``) only when it cannot be saved, or read back."""
    version = db.version_key()
    key = None if version is None else f"{layout}:{version}"
    found = load(key) if key is not None else None
    if found is not None:
        return found, None
    if key is None:
        return make(), None
    if db.readonly:
        return make(), "the corpus DB is read-only"
    reason = write(key)
    written = load(key) if reason is None else None
    return (written, None) if written is not None else (make(), reason)


def mapped_or_made(
    db: CorpusDB,
    layout: int,
    load: Callable[[str], T | None],
    make: Callable[[], T],
    save: Callable[[T, str], str | None],
) -> tuple[T, str | None]:
    """A derived file of ``db``'s version (``layout``: its format number): mapped when saved,
    else made (``make`` may read every claim) and saved, then mapped; and why it could not be
    saved, or None."""
    version = db.version_key()
    key = None if version is None else f"{layout}:{version}"
    found = load(key) if key is not None else None
    if found is not None:
        return found, None
    made = make()
    if key is None:
        return made, None
    if db.readonly:
        return made, "the corpus DB is read-only"
    reason = save(made, key)
    return ((load(key) or made) if reason is None else made), reason
