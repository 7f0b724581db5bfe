"""Memory the app freed handed back to the system, where the C library can (glibc's ``malloc_trim``).

The browser reads its catalogue in one worker thread and makes the search index and the
views' models in another. glibc gives each thread its own heap (arena): what the catalogue's
parse freed (~10 MB at 100k claims: the parsed documents, the article bodies let go) stays in
the first thread's heap, out of reach of the second thread's allocations, and resident. The
index worker hands it back before its own work, and again once the views are prepared.
Elsewhere (another C library, no ``ctypes``) this does nothing.
"""

from __future__ import annotations

from typing import Any

_trim: Any = None  # the C function once looked up, False where there is none


def give_back() -> bool:
    """Return the free memory of every heap to the system; False where that cannot be done."""
    global _trim
    if _trim is None:
        try:
            import ctypes

            found = ctypes.CDLL(None).malloc_trim
            found.argtypes, found.restype = [ctypes.c_size_t], ctypes.c_int
            _trim = found
        except (ImportError, OSError, AttributeError):
            _trim = False
    if _trim is False:
        return False
    _trim(0)
    return True
