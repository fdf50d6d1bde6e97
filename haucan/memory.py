"""Hands memory freed by a chunk back to the operating system, so that a long build's resident size tracks
what it holds, not the most it ever held.

Two allocators keep freed memory for reuse: pyarrow's pool (mimalloc) keeps the buffers of tables already
written or validated, and glibc's malloc keeps the arenas of the Python objects and pandas frames of the last
chunk. Both are asked to release what is unused after each chunk (dask's workers call ``malloc_trim`` for the
same reason). Neither call changes any result; each costs well under a millisecond per chunk.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache

import pyarrow as pa


@lru_cache(maxsize=1)
def _malloc_trim():
    """glibc's ``malloc_trim``, or None on a C library without it (macOS, musl)."""
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None


def release_unused_memory() -> None:
    """Return the pyarrow pool's and malloc's unused memory to the operating system."""
    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
