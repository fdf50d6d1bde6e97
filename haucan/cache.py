"""Content-addressed caches that let a rebuild skip work already done, with output byte-identical to a cold build.

Two SQLite stores and a build record under the cache folder (default ``dist/.NAME.cache/``, beside the releases, never published):

- ``articles-<pipeline version>.sqlite``: each chunk's whole result (entries and validated tables of every
  per-article config, haucan/chunks.py), keyed by its articles' keys; and each article's entry for the main
  process with the key of the stored chunk that holds its rows, keyed by sha256 of the article's bytes, path,
  id and URL, its gold and fact-gold files' bytes and the word segmenter. A chunk with a new article slices
  its cached articles' rows out of the chunks that hold them.
- ``builds/<key>.pickle``: the record of the last successful build (haucan/uptodate.py), which lets a rebuild
  with every input unchanged keep its release.
  The pipeline version hashes every source, rule and schema file of the build plus the versions of the
  libraries whose output we keep, so any change to the code gives a new, empty store (stores of other versions
  are deleted at the start of a build: the cache never grows without bound across versions).
- ``segments-underthesea-<version>.sqlite``: underthesea's raw output per distinct text (sentence splits of a
  paragraph, word tokens of a sentence). It depends only on underthesea, so it survives code changes, and the
  build never segments the same text twice, across articles, processes and runs.

Workers read and write both stores (WAL mode lets them do so concurrently); every write is committed at once,
so a killed build loses at most the article in flight.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import pickle
import sqlite3
import sys
import zlib
from pathlib import Path

PACKAGE_ROOTS = ("haucan", "schema")
# Libraries whose output is stored in the cache (a new version may segment, hash or decode differently).
LIBRARIES = ("underthesea", "datasketch", "ftfy", "PyYAML", "pyarrow", "pandas", "py3langid")
_SUFFIXES = (".py", ".yml", ".j2")
_PAGE_CACHE_KIB = 4 * 1024  # SQLite page cache per connection (two per worker): keys are looked up once, so little is reused


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


class _Store:
    """One SQLite key -> blob table shared by the workers: WAL lets them read and write at once; every write is
    committed at once, so a killed build loses at most the article in flight."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, timeout=120, isolation_level=None)  # autocommit
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # a crash may lose the last writes, never corrupt the store
        self._db.execute(f"PRAGMA cache_size=-{_PAGE_CACHE_KIB}")
        self._db.execute("CREATE TABLE IF NOT EXISTS entries (key BLOB PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID")

    def _get(self, key: bytes) -> bytes | None:
        row = self._db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _put(self, key: bytes, value: bytes, verb: str) -> None:
        self._db.execute(f"INSERT OR {verb} INTO entries VALUES (?, ?)", (key, value))

    def close(self) -> None:
        self._db.close()


class ArticleCache(_Store):
    """Per-article and per-chunk results, keyed by ``content_key`` of everything they depend on."""

    def __init__(self, folder: Path, version: str) -> None:
        super().__init__(folder / f"articles-{version}.sqlite")

    def get(self, key: bytes) -> bytes | None:
        return self._get(key)

    def put(self, key: bytes, blob: bytes) -> None:
        self._put(key, blob, "REPLACE")


def remove_other_versions(folder: Path, version: str) -> list[str]:
    """Delete article stores of other pipeline versions (they can never be hit again); returns their names."""
    removed = []
    if folder.is_dir():
        for path in sorted(folder.glob("articles-*.sqlite*")):
            if not path.name.startswith(f"articles-{version}.sqlite"):
                path.unlink()
                removed.append(path.name)
    return removed


def pack(result: object) -> bytes:
    """The stored form of a result: pickle (protocol 5), zlib level 1 (fast; blobs shrink about 5x)."""
    return zlib.compress(pickle.dumps(result, protocol=5), 1)


def unpack(blob: bytes) -> object:
    return pickle.loads(zlib.decompress(blob))


class SegmentCache(_Store):
    """underthesea's output per distinct text, shared by all workers and all runs with the same underthesea."""

    def __init__(self, folder: Path, segmenter_version: str) -> None:
        super().__init__(folder / f"segments-{segmenter_version}.sqlite")

    @staticmethod
    def _key(kind: str, text: str) -> bytes:
        return hashlib.sha256(kind.encode() + b"\0" + text.encode("utf-8")).digest()[:20]

    def get(self, kind: str, text: str) -> list[str] | None:
        value = self._get(self._key(kind, text))
        return json.loads(value) if value is not None else None

    def put(self, kind: str, text: str, pieces: list[str]) -> None:
        # IGNORE: two workers may segment the same new text at once; the first answer stands (they are equal).
        self._put(self._key(kind, text), json.dumps(pieces, ensure_ascii=False).encode("utf-8"), "IGNORE")
