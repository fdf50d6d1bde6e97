"""Scratch SQLite files: the build's on-disk indexes (file list, dedup, people, rank history).

They hold what would otherwise grow with the corpus in memory. Scratch means: no journal, no fsync (a crash
just restarts the build, whose next ``release.prepare`` removes the folder), one connection, and a bounded page
cache, so memory stays flat whatever the corpus size.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

DEFAULT_CACHE_KIB = 32 * 1024


def open_scratch_db(path: Path, cache_kib: int = DEFAULT_CACHE_KIB) -> sqlite3.Connection:
    """A fresh database at ``path`` (a leftover of a crashed build, with its journal files, is deleted first)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in (f"cache_size = -{int(cache_kib)}", "journal_mode = OFF", "synchronous = OFF",
                   "temp_store = FILE", "mmap_size = 0", "locking_mode = EXCLUSIVE"):
        db.execute(f"PRAGMA {pragma}")
    return db
