"""One SQLite key -> checked value table, shared by the workers: values stored behind their checksum and
checked on every read, and a store that turns out damaged set aside and recreated (or, failing that, no longer
used). haucan/cache/stores.py builds the build's two stores on it."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from pathlib import Path

from haucan.cache.damage import DamageLog
from haucan.cache.sqlite_files import folder_lock, is_corruption, set_aside, unreadable

_PAGE_CACHE_KIB = 4 * 1024  # SQLite page cache per connection (two per worker): keys are looked up once, so little is reused
_DIGEST = 32  # bytes of sha256 in front of every stored value


def _checksum(key: bytes, payload: bytes | memoryview) -> bytes:
    """The value's checksum covers its key too: a value copied under another key fails as well."""
    return hashlib.sha256(len(key).to_bytes(2, "little") + key + payload).digest()


class CheckedStore:
    """One SQLite key -> checked value table shared by the workers: WAL lets them read and write at once; every
    write is committed at once, so a killed build loses at most the article in flight.

    Values are stored behind their checksum (sha256 of key and bytes) and checked on every read. A store that
    turns out to be unreadable is set aside and recreated once; if that fails too, or SQLite refuses for
    another reason (a full disk, a read-only folder), this process stops using the store: the build goes on
    without it. Each such event is noted in ``damage`` (a log of the store's own when none is given)."""

    kind = "store"

    def __init__(self, path: Path, damage: DamageLog | None = None) -> None:
        self.path = path
        self.damage = damage if damage is not None else DamageLog()
        self._db: sqlite3.Connection | None = None
        self._inode: int | None = None  # of the file this connection opened (another worker may replace it)
        self._recreated = False
        self._open()

    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with folder_lock(self.path.parent):
                problem = unreadable(self.path)
                if problem is not None:
                    set_aside(self.path, problem, self.damage)
                    self._recreated = True
                self._db = self._connect()
                self._inode = os.stat(self.path).st_ino
        except (OSError, sqlite3.Error) as error:
            self._disable(error)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=120, isolation_level=None)  # autocommit
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # a crash may lose the last writes, never corrupt the store
            db.execute(f"PRAGMA cache_size=-{_PAGE_CACHE_KIB}")
            db.execute("CREATE TABLE IF NOT EXISTS entries (key BLOB PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID")
        except BaseException:
            db.close()
            raise
        return db

    def _disable(self, error: BaseException) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
        self._db = None
        self.damage.note(f"{self.path.name} not used in this process ({type(error).__name__}: {error})")

    def _failed(self, error: sqlite3.Error) -> None:
        """A read or write failed: set an unreadable store aside and start an empty one (once per process),
        else stop using it."""
        if not is_corruption(error) or self._recreated:
            self._disable(error)
            return
        self._recreated = True
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        try:
            with folder_lock(self.path.parent):
                # Another worker may have set it aside already: then the file there is its new store.
                if self._inode is not None and os.stat(self.path).st_ino == self._inode:
                    set_aside(self.path, str(error), self.damage)
        except OSError:
            pass
        self._open()

    def _get(self, key: bytes) -> memoryview | None:
        """The value stored under ``key`` once its checksum holds; a value that fails is deleted (None)."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as error:
            self._failed(error)
            return None
        if row is None:
            return None
        stored = row[0]
        if not isinstance(stored, bytes) or len(stored) < _DIGEST or \
                _checksum(key, memoryview(stored)[_DIGEST:]) != stored[:_DIGEST]:
            self.discard(key, "failed its checksum")
            return None
        return memoryview(stored)[_DIGEST:]

    def _put(self, key: bytes, value: bytes, verb: str) -> None:
        if self._db is None:
            return
        try:
            self._db.execute(f"INSERT OR {verb} INTO entries VALUES (?, ?)", (key, _checksum(key, value) + value))
        except sqlite3.Error as error:
            self._failed(error)

    def discard(self, key: bytes, why: str) -> None:
        """Delete a value that cannot be used (its checksum, its decoding or its content failed), counting it."""
        self.damage.note(f"discarded: {self.kind} entry {why}")
        if self._db is None:
            return
        try:
            self._db.execute("DELETE FROM entries WHERE key = ?", (key,))
        except sqlite3.Error as error:
            self._failed(error)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
