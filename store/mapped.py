"""The arrays of an ``.npz`` file, memory-mapped instead of read.

``np.savez`` stores each array uncompressed in a zip member, and ``np.load``
ignores ``mmap_mode`` for ``.npz``: it copies every array into memory. Here
each stored member's data is located in the zip (its local header says where)
and viewed in place through one read-only ``mmap`` of the file, so opening an
index of a million claims costs a few page faults, and only the pages a search
touches are ever read. A member that is compressed, or a file that is not a
zip of ``.npy`` members, raises ``ValueError`` (the caller rebuilds).
"""

from __future__ import annotations

import io
import mmap
import struct
import zipfile
from pathlib import Path

import numpy as np
from numpy.lib import format as npy

_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # signature ... name length, extra length (30 bytes)


def map_npz(path: Path) -> dict[str, np.ndarray]:
    """Every array of the ``.npz`` at ``path`` by name, read-only views of the mapped file."""
    with open(path, "rb") as fh:
        with zipfile.ZipFile(fh) as archive:
            members = archive.infolist()
        size = fh.seek(0, io.SEEK_END)
        if size == 0:
            raise ValueError(f"{path.name}: empty")
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
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


def _array_at(mapped: mmap.mmap, start: int, length: int) -> np.ndarray:
    """The ``.npy`` array stored at ``mapped[start:start + length]``, without copying it."""
    head = io.BytesIO(mapped[start : start + min(length, 65_536)])
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
