"""Content-addressed caches that let a rebuild skip work already done, with output byte-identical to a cold build.

Two SQLite stores and a build record under the cache folder (default ``dist/.NAME.cache/``, beside the releases, never published):

- ``articles-<pipeline version>.sqlite``: each chunk's whole result (entries and validated tables of every
  per-article config, haucan/chunks.py), keyed by its articles' keys; and each article's entry for the main
  process with the key of the stored chunk that holds its rows, keyed by sha256 of the article's bytes, path,
  id and URL, its gold and fact-gold files' bytes and the word segmenter. A chunk with a new article slices
  its cached articles' rows out of the chunks that hold them. Values are in haucan/codec.py's data-only form.
- ``builds/<key>.json``: the record of the last successful build (haucan/uptodate.py), which lets a rebuild
  with every input unchanged keep its release.
  The pipeline version hashes every source, rule and schema file of the build plus the versions of the
  libraries whose output we keep, so any change to the code gives a new, empty store (stores of other versions
  are deleted at the start of a build: the cache never grows without bound across versions).
- ``segments-underthesea-<version>.v2.sqlite``: underthesea's raw output per distinct text (sentence splits of
  a paragraph, word tokens of a sentence), as JSON. It depends only on underthesea, so it survives code
  changes, and the build never segments the same text twice, across articles, processes and runs.

Workers read and write both stores (WAL mode lets them do so concurrently); every write is committed at once,
so a killed build loses at most the article in flight.

**The cache is never trusted.** Nothing read from it is unpickled (haucan/codec.py constructs only known
types from plain data). Each value is stored behind the sha256 of its key and its bytes, checked on every
read: a value that fails (or, for the callers, fails to decode or to make sense) is deleted, counted, and
computed again. A store file SQLite cannot read (not a database, truncated, malformed) is moved aside as
``<name>.corrupt`` and replaced by an empty one; if it cannot even be replaced (a read-only folder, a full
disk), the build goes on without that store. The build never fails because of its cache: at worst it
computes everything. Every such event is counted in this process (:func:`take_damage`) and summarised once
per build.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.metadata
import json
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from haucan.codec import CodecError, decode
from haucan.timing import stage

PACKAGE_ROOTS = ("haucan", "schema")
# Libraries whose output is stored in the cache (a new version may segment, hash or decode differently).
LIBRARIES = ("underthesea", "datasketch", "ftfy", "PyYAML", "pyarrow", "pandas", "py3langid", "msgpack")
_SUFFIXES = (".py", ".yml", ".j2")
_PAGE_CACHE_KIB = 4 * 1024  # SQLite page cache per connection (two per worker): keys are looked up once, so little is reused
_DIGEST = 32  # bytes of sha256 in front of every stored value
_SQLITE_HEADER = b"SQLite format 3\0"
_CORRUPT_SUFFIX = ".corrupt"

_damage: Counter = Counter()
"""What this process found wrong in the caches since the last take_damage(): description -> count."""


def take_damage() -> dict[str, int]:
    """What this process found wrong in its caches since the last call (and forget it): each kind of damage
    (a value that failed its checksum, a store set aside...) with how many times it happened."""
    found = dict(_damage)
    _damage.clear()
    return found


def damage_summary(damage: Counter) -> str | None:
    """One line for the build's output (how many entries were discarded, and why; stores set aside or not
    used), or None when the caches were sound."""
    if not damage:
        return None
    discarded = {what.removeprefix("discarded: "): n for what, n in damage.items() if what.startswith("discarded: ")}
    parts = []
    if discarded:
        total = sum(discarded.values())
        reasons = ", ".join(f"{what}: {n}" for what, n in sorted(discarded.items()))
        parts.append(f"{total} damaged entr{'y' if total == 1 else 'ies'} discarded and recomputed ({reasons})")
    parts += [what for what in sorted(damage) if not what.startswith("discarded: ")]
    return "cache: " + "; ".join(parts)


def pipeline_version() -> str:
    """sha256 (16 hex digits) of every file that shapes the build's output, plus library and Python versions."""
    digest = hashlib.sha256()
    repo = Path(__file__).resolve().parent.parent
    for root in PACKAGE_ROOTS:
        for path in sorted((repo / root).rglob("*")):
            if path.suffix in _SUFFIXES and "__pycache__" not in path.parts:
                digest.update(path.relative_to(repo).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in LIBRARIES:
        digest.update(f"{library}=={importlib.metadata.version(library)}\0".encode())
    digest.update(f"python{sys.version_info[0]}.{sys.version_info[1]}".encode())
    return digest.hexdigest()[:16]


def content_key(version: str, parts: list[bytes]) -> bytes:
    """sha256 over the version and the length-prefixed parts (so no two part lists collide)."""
    digest = hashlib.sha256(version.encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little") + part)
    return digest.digest()


def _checksum(key: bytes, payload: bytes | memoryview) -> bytes:
    """The value's checksum covers its key too: a value copied under another key fails as well."""
    return hashlib.sha256(len(key).to_bytes(2, "little") + key + payload).digest()


def _is_corruption(error: sqlite3.Error) -> bool:
    """SQLite's own verdict that the file is not (or no longer) a sound database, as opposed to a busy,
    full or read-only one (those disable the store for this run; the file may be fine)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB" or name == "SQLITE_IOERR_SHORT_READ"


def unreadable(path: Path) -> str | None:
    """Why the store file at ``path`` cannot be used, or None when it looks sound (or does not exist yet).

    Cheap, whatever the store's size: the header (SQLite's magic, a valid page size, a file as long as the
    header says) and one read of the schema and of the entries table. Damage deeper in the file shows up when
    a page is read; the store then treats it the same way (see _Store._failed)."""
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
        if _is_corruption(error):
            return str(error)
    return None


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
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


def set_aside(path: Path, why: str) -> None:
    """Move a store that SQLite cannot read (and its WAL and shared-memory files) to ``<name>.corrupt``, for
    someone to inspect; an earlier one is replaced, so damaged stores never pile up."""
    aside = path.with_name(path.name + _CORRUPT_SUFFIX)
    for suffix in ("", "-wal", "-shm"):
        source = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            os.replace(source, aside.with_name(aside.name + suffix))
    _damage[f"{path.name} was unreadable ({why}): moved aside to {aside.name}, rebuilt empty"] += 1


class _Store:
    """One SQLite key -> checked value table shared by the workers: WAL lets them read and write at once; every
    write is committed at once, so a killed build loses at most the article in flight.

    Values are stored behind their checksum (sha256 of key and bytes) and checked on every read. A store that
    turns out to be unreadable is set aside and recreated once; if that fails too, or SQLite refuses for
    another reason (a full disk, a read-only folder), this process stops using the store: the build goes on
    without it."""

    kind = "store"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._inode: int | None = None  # of the file this connection opened (another worker may replace it)
        self._recreated = False
        self._open()

    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with _folder_lock(self.path.parent):
                problem = unreadable(self.path)
                if problem is not None:
                    set_aside(self.path, problem)
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
        _damage[f"{self.path.name} not used in this process ({type(error).__name__}: {error})"] += 1

    def _failed(self, error: sqlite3.Error) -> None:
        """A read or write failed: set an unreadable store aside and start an empty one (once per process),
        else stop using it."""
        if not _is_corruption(error) or self._recreated:
            self._disable(error)
            return
        self._recreated = True
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        try:
            with _folder_lock(self.path.parent):
                # Another worker may have set it aside already: then the file there is its new store.
                if self._inode is not None and os.stat(self.path).st_ino == self._inode:
                    set_aside(self.path, str(error))
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
        _damage[f"discarded: {self.kind} entry {why}"] += 1
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


class ArticleCache(_Store):
    """Per-article and per-chunk results, keyed by ``content_key`` of everything they depend on."""

    kind = "article store"

    def __init__(self, folder: Path, version: str) -> None:
        super().__init__(folder / f"articles-{version}.sqlite")

    def get(self, key: bytes) -> bytes | None:
        """The stored bytes under ``key`` if their checksum holds (a value that fails is deleted)."""
        value = self._get(key)
        return bytes(value) if value is not None else None

    def put(self, key: bytes, blob: bytes) -> None:
        self._put(key, blob, "REPLACE")

    def load(self, key: bytes, sound: Callable[[object], str | None]) -> tuple[object, bytes] | None:
        """(decoded value, its bytes) under ``key``, or None; a value that fails its checksum, fails to decode
        (haucan/codec.py), or that ``sound`` finds wrong (it returns why) is discarded: the caller computes it."""
        with stage("cache lookup"):
            blob = self.get(key)
            if blob is None:
                return None
            try:
                value = decode(blob)
            except CodecError:
                self.discard(key, "undecodable")
                return None
        try:
            problem = sound(value)
        except Exception as error:  # a value edited into a shape the checks did not foresee
            problem = f"unusable ({type(error).__name__})"
        if problem is not None:
            self.discard(key, problem)
            return None
        return value, blob


def remove_other_versions(folder: Path, version: str) -> list[str]:
    """Delete article stores of other pipeline versions (they can never be hit again, and that includes
    stores set aside as damaged); returns their names. One that cannot be deleted is left: it costs space, not
    the build."""
    removed = []
    if folder.is_dir():
        for path in sorted(folder.glob("articles-*.sqlite*")):
            if not path.name.startswith(f"articles-{version}.sqlite"):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path.name)
    return removed


class SegmentCache(_Store):
    """underthesea's output per distinct text, shared by all workers and all runs with the same underthesea."""

    kind = "segment store"

    def __init__(self, folder: Path, segmenter_version: str) -> None:
        # ".v2": values carry a checksum since then. The store of the old layout is deleted, not read entry by
        # entry (every one would fail its checksum).
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                (folder / f"segments-{segmenter_version}.sqlite{suffix}").unlink()
        super().__init__(folder / f"segments-{segmenter_version}.v2.sqlite")

    @staticmethod
    def _key(kind: str, text: str) -> bytes:
        return hashlib.sha256(kind.encode() + b"\0" + text.encode("utf-8")).digest()[:20]

    def get(self, kind: str, text: str) -> list[str] | None:
        key = self._key(kind, text)
        value = self._get(key)
        if value is None:
            return None
        try:
            pieces = json.loads(bytes(value))
        except ValueError:
            pieces = None
        if not isinstance(pieces, list) or not all(isinstance(piece, str) for piece in pieces):
            self.discard(key, "undecodable (not a JSON list of strings)")
            return None
        return pieces

    def put(self, kind: str, text: str, pieces: list[str]) -> None:
        # IGNORE: two workers may segment the same new text at once; the first answer stands (they are equal).
        self._put(self._key(kind, text), json.dumps(pieces, ensure_ascii=False).encode("utf-8"), "IGNORE")
