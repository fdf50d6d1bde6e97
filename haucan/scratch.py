"""Scratch SQLite files: the build's on-disk indexes (file list, dedup, people, rank history).

They hold what would otherwise grow with the corpus in memory. Scratch means: no journal, no fsync (a crash
just restarts the build, whose next ``release.prepare`` removes the folder), one connection, and a bounded page
cache, so memory stays flat whatever the corpus size.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Self

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


class ScratchIndex:
    """An index of the build in one scratch file ``workdir/FILENAME``, made afresh with its ``schema`` (what an
    earlier, crashed build left there is discarded). A context manager: closing it closes the file, which the
    caller's scratch cleanup removes; any use after that is a ValueError."""

    FILENAME = ""
    """Set by each index: the file's name in ``workdir``."""

    def __init__(self, workdir: Path, schema: str, cache_kib: int = DEFAULT_CACHE_KIB) -> None:
        self.path = workdir / self.FILENAME
        self._db: sqlite3.Connection | None = open_scratch_db(self.path, cache_kib)
        self._db.executescript(schema)

    def close(self) -> None:
        """Close the file; closing again does nothing."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise ValueError(f"{type(self).__name__} is closed")
        return self._db

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
