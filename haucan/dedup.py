"""Exact and near-duplicate detection over clean texts, with the index on disk so memory stays flat.

Exact: sha256 of a canonical key (NFC, case-folded, whitespace collapsed). Near: MinHash over word 3-shingles
(datasketch, 128 permutations, fixed seed) with LSH at Jaccard >= NEAR_DUPLICATE_THRESHOLD, which groups a
reprint with a line added ("(Theo TTXVN)") and keeps unrelated reports of the same kind of conference apart.

The work is split in two. ``fingerprint(text)`` depends on one article only, so it runs in the worker
processes and returns a small picklable ``Fingerprint`` (the exact key and the MinHash values).
``Deduplicator(workdir)`` runs in the main process and keeps, per kept article, its exact key, its LSH band
buckets and its MinHash values in a scratch SQLite file under ``workdir`` with a bounded page cache: nothing
per article is held in memory, so memory does not grow with the corpus. The banding is datasketch
MinHashLSH's for the same threshold and permutations (b bands of r values, the band index part of the
bucket), and every candidate is verified on the stored values, so the verdicts are exactly those of an
in-memory ``MinHashLSH``.
Articles arrive in id order, so the kept copy is always the lowest id, and reruns decide the same way.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from haucan.scratch import open_scratch_db

NEAR_DUPLICATE_THRESHOLD = 0.8
NUM_PERM = 128
SEED = 1
SHINGLE = 3
_WORD = re.compile(r"[^\W_]+")

BANDS, ROWS = _optimal_param(NEAR_DUPLICATE_THRESHOLD, NUM_PERM, 0.5, 0.5)
"""MinHashLSH's (b, r) for the threshold (9 bands of 13 values for 0.8 and 128 permutations)."""
CACHE_KIB = 32 * 1024
"""SQLite page cache of the index: the bound on its memory, whatever the corpus size."""
COMMIT_EVERY = 1000
"""Kept articles written per transaction (the file is scratch: no journal, no fsync)."""
_HASH_DTYPE = np.dtype("<u4")  # datasketch's affine32 hash values are uint32; stored little-endian
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED)  # copied per text: permutations are generated once
# The same MinHash (seed, so permutations and scheme) but fed hash values, not shingles: ``_shingle_hashes``
# computes datasketch's sha1_hash32 of every shingle in one pass, and ``int`` passes each value through.
_PREHASHED = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int)
if _TEMPLATE.hashvalues.dtype != np.uint32:  # pragma: no cover - only a datasketch upgrade could change it
    raise ImportError(f"expected datasketch's uint32 (affine32) MinHash values, got {_TEMPLATE.hashvalues.dtype}")


def canonical_key(text: str) -> str:
    """sha256 of the text with case, Unicode form and whitespace differences removed."""
    canonical = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def shingles(text: str) -> list[bytes]:
    """The text's word 3-shingles (lower case, NFC), UTF-8 encoded; a text under 3 words is one shingle."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    if len(words) < SHINGLE:
        return [" ".join(words).encode("utf-8")]
    # Consecutive triples via zip: the same strings as " ".join(words[i:i + 3]), without a slice per shingle.
    return [f"{a} {b} {c}".encode() for a, b, c in zip(words, words[1:], words[2:], strict=False)]


def _shingle_hashes(items: list[bytes]) -> list[int]:
    """datasketch's ``sha1_hash32`` of every item (the first 4 bytes of its SHA-1, little-endian): the digests
    are joined and read as uint32 in one numpy call instead of a ``struct.unpack`` per shingle. A SHA-1
    digest is 20 bytes, 5 uint32 words, so every 5th word is an item's hash."""
    digests = b"".join([hashlib.sha1(item).digest() for item in items])
    return np.frombuffer(digests, dtype="<u4")[::5].tolist()


def _minhash_values(text: str) -> np.ndarray:
    """The MinHash values of the text's word 3-shingles: datasketch's ``update_batch`` (same permutations and
    arithmetic), given the shingles' hash values computed by ``_shingle_hashes``."""
    signature = _PREHASHED.copy()
    signature.update_batch(_shingle_hashes(shingles(text)))
    return signature.hashvalues


def minhash(text: str) -> MinHash:
    """MinHash of the text's word 3-shingles (a datasketch MinHash with the default sha1_hash32 hashfunc)."""
    signature = _TEMPLATE.copy()
    signature.hashvalues = _minhash_values(text)
    return signature


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What dedup needs of an article: its exact key and its MinHash values (about 600 bytes pickled)."""

    exact: bytes
    """sha256 digest (32 bytes) of the canonical text: ``bytes.fromhex(canonical_key(text))``."""
    hashes: bytes
    """The NUM_PERM MinHash values as little-endian uint32."""

    @property
    def hashvalues(self) -> np.ndarray:
        """The MinHash values as a read-only uint32 array (equal to ``minhash(text).hashvalues``)."""
        return np.frombuffer(self.hashes, dtype=_HASH_DTYPE)


def fingerprint(text: str) -> Fingerprint:
    """The article's Fingerprint; per-article work, meant to run in the worker processes."""
    values = _minhash_values(text)
    return Fingerprint(bytes.fromhex(canonical_key(text)), values.astype(_HASH_DTYPE, copy=False).tobytes())


def band_buckets(values: np.ndarray) -> list[int]:
    """One signed 64-bit bucket per LSH band: blake2b of the band index and the band's r values (deterministic,
    unlike ``hash()``). Equal bands give equal buckets; a rare collision is filtered out by ``check``."""
    data = values.astype(_HASH_DTYPE, copy=False).tobytes()
    width = ROWS * _HASH_DTYPE.itemsize
    return [int.from_bytes(hashlib.blake2b(bytes((band,)) + data[band * width:(band + 1) * width],
                                           digest_size=8).digest(), "little", signed=True)
            for band in range(BANDS)]


def _shares_band(a: np.ndarray, b: np.ndarray) -> bool:
    """True when some band's r values are all equal: MinHashLSH's candidate condition."""
    return bool((a[:BANDS * ROWS] == b[:BANDS * ROWS]).reshape(BANDS, ROWS).all(axis=1).any())


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """datasketch's ``MinHash.jaccard``: the share of equal hash values."""
    return float(np.count_nonzero(a == b)) / float(len(a))


@dataclass(frozen=True)
class Duplicate:
    """Which kept article an input duplicates, how (exact or near), and the estimated Jaccard similarity."""

    of: str
    kind: str
    similarity: float


_SCHEMA = """
CREATE TABLE kept (seq INTEGER PRIMARY KEY, article_id TEXT NOT NULL, exact BLOB NOT NULL UNIQUE,
                   hashes BLOB NOT NULL);
CREATE TABLE bands (bucket INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (bucket, seq)) WITHOUT ROWID;
"""
_CANDIDATES = (f"SELECT article_id, hashes FROM kept WHERE seq IN "
               f"(SELECT seq FROM bands WHERE bucket IN ({', '.join('?' * BANDS)}))")


class Deduplicator:
    """Remembers, per kept article, its exact key, band buckets and MinHash values in ``workdir/dedup.sqlite3``
    (never its text, and nothing per article in memory). A context manager; ``close()`` ends the last write.

    ``workdir`` is scratch owned by the caller: an index left there by an earlier (crashed) build is discarded.
    """

    FILENAME = "dedup.sqlite3"

    def __init__(self, workdir: Path, cache_kib: int = CACHE_KIB) -> None:
        self.path = workdir / self.FILENAME
        self._db: sqlite3.Connection | None = open_scratch_db(self.path, cache_kib)
        self._db.executescript(_SCHEMA)
        self._db.execute("BEGIN")
        self._uncommitted = 0

    def check(self, article_id: str, fingerprint: Fingerprint) -> Duplicate | None:
        """The duplicate verdict for a new article; a kept article is remembered."""
        db = self._connection()
        row = db.execute("SELECT article_id FROM kept WHERE exact = ?", (fingerprint.exact,)).fetchone()
        if row is not None:
            return Duplicate(row[0], "exact", 1.0)
        values = fingerprint.hashvalues
        buckets = band_buckets(values)
        candidates = []
        for kept_id, hashes in db.execute(_CANDIDATES, buckets):
            other = np.frombuffer(hashes, dtype=_HASH_DTYPE)
            if _shares_band(values, other):  # drops the (astronomically rare) 64-bit bucket collision
                candidates.append((kept_id, _jaccard(values, other)))
        if candidates:
            # MinHashLSH's verdict: highest Jaccard, ties to the id with the greatest [-ord(ch)] list (the lowest
            # id for the fixed-length ids the pipeline uses).
            best, similarity = max(sorted(candidates), key=lambda c: (c[1], [-ord(x) for x in c[0]]))
            return Duplicate(best, "near", round(similarity, 3))
        seq = db.execute("INSERT INTO kept (article_id, exact, hashes) VALUES (?, ?, ?)",
                         (article_id, fingerprint.exact, fingerprint.hashes)).lastrowid
        db.executemany("INSERT OR IGNORE INTO bands (bucket, seq) VALUES (?, ?)", [(b, seq) for b in buckets])
        self._uncommitted += 1
        if self._uncommitted >= COMMIT_EVERY:
            db.execute("COMMIT")
            db.execute("BEGIN")
            self._uncommitted = 0
        return None

    def kept(self) -> int:
        """How many articles have been kept (a query on the index, not a counter in memory)."""
        return self._connection().execute("SELECT count(*) FROM kept").fetchone()[0]

    def close(self) -> None:
        """Finish the last transaction and close the file (which the caller's scratch cleanup removes)."""
        if self._db is not None:
            if self._db.in_transaction:
                self._db.execute("COMMIT")
            self._db.close()
            self._db = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise ValueError("Deduplicator is closed")
        return self._db

    def __enter__(self) -> Deduplicator:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
