"""Is a store file a sound SQLite database? And what to do with one that is not: set it aside, under a lock on
the cache folder so two workers never both move the same file."""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from haucan.cache.damage import DamageLog

_SQLITE_HEADER = b"SQLite format 3\0"
_CORRUPT_SUFFIX = ".corrupt"


def is_corruption(error: sqlite3.Error) -> bool:
    """SQLite's own verdict that the file is not (or no longer) a sound database, as opposed to a busy,
    full or read-only one (those disable the store for this run; the file may be fine)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB" or name == "SQLITE_IOERR_SHORT_READ"


def unreadable(path: Path) -> str | None:
    """Why the store file at ``path`` cannot be used, or None when it looks sound (or does not exist yet).

    Cheap, whatever the store's size: the header (SQLite's magic, a valid page size, a file as long as the
    header says) and one read of the schema and of the entries table. Damage deeper in the file shows up when
    a page is read; the store then treats it the same way (see CheckedStore._failed in haucan/cache/store.py)."""
    try:
        size = path.stat().st_size
        if size == 0:
            return None  # SQLite's empty database: what connect() makes
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return None
    except OSError as error:
        return f"unreadable ({error.strerror})"
    if not header.startswith(_SQLITE_HEADER):
        return "not a SQLite database"
    if len(header) < 100:
        return f"truncated ({size} bytes)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "damaged header (page size)"
    pages = int.from_bytes(header[28:32], "big")
    # The page count is valid only when the change counter matches "version-valid-for" (SQLite file format §1.3.7).
    if pages and header[24:28] == header[92:96] and size < pages * page_size:
        return f"truncated ({size} bytes, the header says {pages * page_size})"
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=120)) as db:
            db.execute("SELECT name, sql FROM sqlite_master").fetchall()
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'entries'").fetchone():
                db.execute("SELECT key, value FROM entries LIMIT 1").fetchall()
    except sqlite3.Error as error:
        if is_corruption(error):
            return str(error)
    return None


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock on the cache folder while a store is checked, set aside or recreated, so two workers
    never both move the same file (the second would move the first's new, empty store)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        yield  # no lock to be had (an odd filesystem): checking without it is still better than not checking
        return
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # releases the lock


def set_aside(path: Path, why: str, damage: DamageLog) -> None:
    """Move a store that SQLite cannot read (and its WAL and shared-memory files) to ``<name>.corrupt``, for
    someone to inspect; an earlier one is replaced, so damaged stores never pile up."""
    aside = path.with_name(path.name + _CORRUPT_SUFFIX)
    for suffix in ("", "-wal", "-shm"):
        source = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            os.replace(source, aside.with_name(aside.name + suffix))
    damage.note(f"{path.name} was unreadable ({why}): moved aside to {aside.name}, rebuilt empty")
