"""The dedup index: which texts are exact or near duplicates, and which copy of a group is kept. The index is a
SQLite file on scratch disk, so memory stays flat (per-article work: haucan/dedup/signature.py).

Finding the pairs (``Deduplicator.add``, main process, streaming). Each distinct text is indexed once: its
sorted shingle hashes, and the 25 LSH band buckets (5 values each) of a datasketch MinHash over them (128
permutations, fixed seed; 25x5 is datasketch's banding for a candidate threshold of 0.5). A new text's
candidates are the indexed texts sharing a bucket whose number of shingles allows 0.8 (``size_window``: the
Jaccard is at most min/max of the two sizes, so this drops none that could be near); all of them are verified
at once by the exact Jaccard of the stored shingle hashes (``near_among``: one array pass, no per-pair Python),
and pairs >= 0.8 are recorded. A pair at Jaccard 0.8 shares a band with probability
1 - (1 - 0.8^5)^25 = 0.99995 (0.99999997 at 0.85), so recall near the threshold is limited only by that; the
verification makes false positives impossible beyond the 32-bit hash collisions (signature.py). Measured with
``benchmarks/bench_dedup.py --pairs 3000 --unrelated 600``: of 2,964 edited copies of generated articles (words
replaced, sentences removed or added, "(Theo TTXVN)" added) spread over true Jaccard 0.6-1.0, 0 of the 1,499 at
>= 0.8 were missed and 0 of the 1,465 below were flagged; among 600 distinct generated articles, all 15 pairs at
>= 0.8 (the generator reuses seed paragraphs) were found and none of the other 179,086 pairs (474 at 0.5-0.8)
was flagged. The former detector (3-shingle MinHash, LSH at 0.8, any candidate flagged) missed 105 of the 1,499
and flagged 416 of the 1,465.

Which copy is kept (``Deduplicator.resolve``, once every article has been added). Copies are ranked: accepted
(no repairs) before repaired, with a URL before without, earliest stated publication date (none last), then
lowest article id. In rank order, an article that is not yet a duplicate is kept, and every article exactly
equal or >= 0.8 similar to it becomes a duplicate. So every duplicate is >= 0.8 similar to a kept article, and no
two kept articles are >= 0.8 similar (a chain of small edits, v1~v2~v3 with v1 and v3 apart,
does not swallow v3, as merging all pairs into clusters would). A duplicate >= 0.8 similar to two kept articles
is attributed to the more similar one (an exact copy first, then the better rank). The result depends only on
the articles (their texts, repairs, URLs, dates and ids), never on the order they were added in.

Cost (``benchmarks/bench_dedup.py``, this 2-core machine): the index takes ~2.65 KB of scratch disk per article
of 350 distinct shingles (4 bytes a shingle, the 25 band rows, the ranking fields), adds ~4,600 articles/s, and
its memory stays at the 32 MiB page cache (+44 MiB peak RSS at 100,000 articles, +37 at 10,000). On 300
generated articles (``--workers 1``) the dedup pass adds 0.64 s to a 5.0 s cold build (+13%: decoding and
cleaning run twice) and 0.05 s to a 1.9 s rebuild from the cache (+3%); duplicates are not processed again.

The main pass skips the duplicates (``is_duplicate``) and records them from the index in their place in id
order (``duplicates_before``). For each article it does process it asks ``verdict(article_id, text_sha256)``:
the digest of the text it publishes must match the one the dedup pass indexed (a file edited in between is
refused, never published unchecked). Limitation: the copy is chosen before any article is processed in full,
so a kept copy that the main pass rejects (a failure in segmentation, extraction or validation, which the
dedup pass does not run) is not replaced by the next-best copy; its duplicates stay recorded as its
duplicates, and the build adds a note saying so.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from haucan.dedup.signature import BANDS, Signature, near_among, size_window
from haucan.records import SourceFile
from haucan.scratch import ScratchIndex

CACHE_KIB = 32 * 1024
"""SQLite page cache of the index: the bound on its memory, whatever the corpus size."""
COMMIT_EVERY = 1000
"""Articles written per transaction (the file is scratch: no journal, no fsync)."""


@dataclass(frozen=True)
class Duplicate:
    """Which kept article an input duplicates, how (exact or near), and their 5-shingle Jaccard similarity."""

    of: str
    kind: str
    similarity: float


class NotChecked(LookupError):
    """The main pass read a text the dedup pass did not index (the file changed in between, or the dedup pass
    rejected it): the article cannot be published unchecked."""


RANK_ORDER = "repaired, no_url, published IS NULL, published, article_id"
"""Best copy first: accepted over repaired, with a URL over without, earliest stated date (none last), id."""

_SCHEMA = """
CREATE TABLE texts (node INTEGER PRIMARY KEY, exact BLOB NOT NULL UNIQUE, shingles BLOB NOT NULL,
                    size INTEGER NOT NULL);
CREATE TABLE bands (bucket INTEGER NOT NULL, node INTEGER NOT NULL, PRIMARY KEY (bucket, node)) WITHOUT ROWID;
CREATE TABLE pairs (a INTEGER NOT NULL, b INTEGER NOT NULL, similarity REAL NOT NULL,
                    PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE INDEX pairs_by_b ON pairs (b, a);
CREATE TABLE articles (article_id TEXT PRIMARY KEY, node INTEGER NOT NULL, text_sha256 BLOB NOT NULL,
                       file TEXT NOT NULL, repairs TEXT NOT NULL, repaired INTEGER NOT NULL,
                       no_url INTEGER NOT NULL, published TEXT, kept INTEGER, duplicate_of TEXT, kind TEXT,
                       similarity REAL) WITHOUT ROWID;
CREATE INDEX articles_by_node ON articles (node);
"""
_CANDIDATES = (f"SELECT node, shingles FROM texts WHERE node IN "
               f"(SELECT node FROM bands WHERE bucket IN ({', '.join('?' * BANDS)})) AND size BETWEEN ? AND ? "
               f"ORDER BY node")
_GROUPED = ("SELECT node FROM articles GROUP BY node HAVING count(*) > 1 "
            "UNION SELECT a FROM pairs UNION SELECT b FROM pairs")
_NEIGHBOURS = "SELECT ? UNION SELECT b FROM pairs WHERE a = ? UNION SELECT a FROM pairs WHERE b = ?"
# The kept copy a duplicate is attributed to: the most similar kept article (its own text's first), then rank.
_ATTRIBUTE = """
SELECT k.article_id, s.similarity, s.near FROM (
    SELECT ? AS node, 1.0 AS similarity, 0 AS near
    UNION ALL SELECT b, similarity, 1 FROM pairs WHERE a = ?
    UNION ALL SELECT a, similarity, 1 FROM pairs WHERE b = ?) s
JOIN articles k ON k.node = s.node AND k.kept = 1
JOIN ranked r ON r.article_id = k.article_id
ORDER BY s.similarity DESC, s.near, r.rank LIMIT 1
"""
_PAGE = 1000  # rows fetched at a time while resolving
_NONE_PENDING = object()  # ``duplicates_before`` knows that no duplicate is left above the ids handed out


class Deduplicator(ScratchIndex):
    """The dedup index in ``workdir/dedup.sqlite3``: each distinct text's shingle hashes and band buckets, the
    pairs found, and each article's ranking fields and verdict (never a text, nothing per article in memory).

    ``add`` every article (any order), ``resolve`` once, then ask ``verdict``. A context manager. ``workdir`` is
    scratch owned by the caller: an index left there by an earlier (crashed) build is discarded.
    """

    FILENAME = "dedup.sqlite3"

    def __init__(self, workdir: Path, cache_kib: int = CACHE_KIB) -> None:
        super().__init__(workdir, _SCHEMA, cache_kib)
        self._connection().execute("BEGIN")
        self._uncommitted = 0
        self._resolved = False
        self._reported_through = ""  # duplicates up to this id have been handed out by ``duplicates_before``
        self._next_pending: object = None  # the first duplicate above it (_NONE_PENDING: none; None: unknown)

    def add(self, source: SourceFile, signature: Signature) -> None:
        """Index one article: a new text is compared with every indexed text sharing an LSH band."""
        db = self._connection()
        if self._resolved:
            raise ValueError("Deduplicator.add after resolve()")
        row = db.execute("SELECT node FROM texts WHERE exact = ?", (signature.exact,)).fetchone()
        if row is not None:
            node = row[0]  # an exact copy: same shingles, so the same pairs as the text already indexed
        else:
            mine, buckets = signature.shingle_array, signature.bucket_list
            node = db.execute("INSERT INTO texts (exact, shingles, size) VALUES (?, ?, ?)",
                              (signature.exact, signature.shingles, len(mine))).lastrowid
            # Only candidates whose size allows 0.8 (size_window): exact, and it keeps ~60% of the band
            # collisions of texts that share paragraphs from ever being read; the rest are verified at once.
            candidates = db.execute(_CANDIDATES, (*buckets, *size_window(len(mine)))).fetchall()
            near, similarity = near_among(mine, [stored for _, stored in candidates])
            db.executemany("INSERT INTO pairs VALUES (?, ?, ?)",
                           [(candidates[i][0], node, s) for i, s in zip(near, similarity, strict=True)])
            db.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?)", [(b, node) for b in buckets])
        db.execute("INSERT INTO articles (article_id, node, text_sha256, file, repairs, repaired, no_url, published) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (source.article_id, node, signature.text_sha256, source.relative_path,
                    json.dumps(list(signature.repairs)), int(bool(signature.repairs)), int(source.url is None),
                    signature.published))
        self._uncommitted += 1
        if self._uncommitted >= COMMIT_EVERY:
            db.execute("COMMIT")
            db.execute("BEGIN")
            self._uncommitted = 0

    def resolve(self) -> None:
        """Decide which copy of each group is kept and what every other member duplicates (module docstring)."""
        db = self._connection()
        if self._resolved:
            return
        db.execute("CREATE TABLE ranked (rank INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, "
                   "node INTEGER NOT NULL)")
        db.execute(f"INSERT INTO ranked SELECT row_number() OVER (ORDER BY {RANK_ORDER}), article_id, node "
                   f"FROM articles WHERE node IN ({_GROUPED})")
        for _, article_id, node in self._pages("SELECT rank, article_id, node FROM ranked WHERE rank > ? "
                                               "ORDER BY rank LIMIT ?", 0):
            if db.execute("SELECT kept FROM articles WHERE article_id = ?", (article_id,)).fetchone()[0] is not None:
                continue  # a duplicate of a better copy
            db.execute("UPDATE articles SET kept = 1 WHERE article_id = ?", (article_id,))
            db.execute(f"UPDATE articles SET kept = 0 WHERE kept IS NULL AND node IN ({_NEIGHBOURS})",
                       (node, node, node))
        for article_id, node in self._pages("SELECT article_id, node FROM articles WHERE kept = 0 AND article_id > ? "
                                            "ORDER BY article_id LIMIT ?", ""):
            kept_id, similarity, near = db.execute(_ATTRIBUTE, (node, node, node)).fetchone()
            db.execute("UPDATE articles SET duplicate_of = ?, kind = ?, similarity = ? WHERE article_id = ?",
                       (kept_id, "near" if near else "exact", similarity, article_id))
        db.execute("COMMIT")
        db.execute("BEGIN")
        self._resolved = True
        self._next_pending = None

    def _pages(self, query: str, start: object) -> Iterator[tuple]:
        """Rows of ``query`` (keyset-paged on its first column) fetched _PAGE at a time, so updates made while
        iterating never disturb an open cursor and memory stays bounded."""
        db = self._connection()
        while rows := db.execute(query, (start, _PAGE)).fetchall():
            yield from rows
            start = rows[-1][0]

    def verdict(self, article_id: str, text_sha256: bytes | None) -> Duplicate | None:
        """The duplicate the article is, or None when it is published; NotChecked when the dedup pass did not
        index this text (``text_sha256``: the digest of the text the main pass publishes) under this id."""
        if not self._resolved:
            raise ValueError("Deduplicator.verdict before resolve()")
        row = self._connection().execute("SELECT kept, duplicate_of, kind, similarity, text_sha256 FROM articles "
                                         "WHERE article_id = ?", (article_id,)).fetchone()
        if row is None or row[4] != text_sha256:
            raise NotChecked(article_id)
        kept, of, kind, similarity, _ = row
        return Duplicate(of, kind, round(similarity, 3)) if kept == 0 else None

    def is_duplicate(self, article_id: str) -> bool:
        """The article is a duplicate of a kept one: the main pass need not process it."""
        row = self._connection().execute("SELECT kept FROM articles WHERE article_id = ?", (article_id,)).fetchone()
        return row is not None and row[0] == 0

    def duplicate_count(self) -> int:
        return self._connection().execute("SELECT count(*) FROM articles WHERE kept = 0").fetchone()[0]

    def duplicates_before(self, article_id: str | None) -> Iterator[tuple[SourceFile, tuple[str, ...], Duplicate]]:
        """(source, repairs, verdict) of every duplicate with an id below ``article_id`` (None: all the rest) not
        handed out before, in id order: the main pass records them in their place among the articles it
        processes, so the report keeps id order. Paged, so memory stays bounded. The main pass calls this once
        per article, and most articles have no duplicate pending before them: the id of the next pending
        duplicate is remembered, so such a call runs no query (one query per duplicate handed out, instead of
        one scan of the rest of the index per article: quadratic in the corpus)."""
        db = self._connection()
        while True:
            if self._next_pending is None:
                row = db.execute("SELECT min(article_id) FROM articles WHERE kept = 0 AND article_id > ?",
                                 (self._reported_through,)).fetchone()
                self._next_pending = row[0] if row[0] is not None else _NONE_PENDING
            if self._next_pending is _NONE_PENDING or (article_id is not None and self._next_pending >= article_id):
                if article_id is not None and article_id > self._reported_through:
                    self._reported_through = article_id  # that article, even if a duplicate, is the caller's
                    if self._next_pending == article_id:
                        self._next_pending = None
                return
            rows = db.execute("SELECT article_id, file, repairs, duplicate_of, kind, similarity FROM articles "
                              "WHERE kept = 0 AND article_id > ? AND (? IS NULL OR article_id < ?) "
                              "ORDER BY article_id LIMIT ?",
                              (self._reported_through, article_id, article_id, _PAGE)).fetchall()
            self._next_pending = None
            if not rows:  # only when the index changed under the remembered id (never in a build)
                continue
            self._reported_through = rows[-1][0]
            for duplicate_id, file, repairs, of, kind, similarity in rows:
                yield (SourceFile(file, duplicate_id, None), tuple(json.loads(repairs)),
                       Duplicate(of, kind, round(similarity, 3)))

    def duplicates_of(self, article_id: str) -> int:
        """How many articles were attributed to ``article_id`` as its duplicates."""
        return self._connection().execute("SELECT count(*) FROM articles WHERE duplicate_of = ?",
                                          (article_id,)).fetchone()[0]

    def near_pairs(self) -> Iterator[tuple[str, str, float]]:
        """Every pair of articles found >= the threshold (exact copies included, similarity 1.0), as (lower id,
        higher id, Jaccard): what the index found, before any copy is chosen (for tests and the benchmark)."""
        yield from self._connection().execute("""
            SELECT min(x.article_id, y.article_id), max(x.article_id, y.article_id), s.similarity FROM (
                SELECT a, b, similarity FROM pairs UNION ALL SELECT node, node, 1.0 FROM texts) s
            JOIN articles x ON x.node = s.a JOIN articles y ON y.node = s.b
            WHERE x.article_id < y.article_id OR s.a != s.b ORDER BY 1, 2""")

    def kept(self) -> int:
        """How many indexed articles are published (not a duplicate), once resolved."""
        return self._connection().execute("SELECT count(*) FROM articles WHERE kept IS NOT 0").fetchone()[0]

    def close(self) -> None:
        """Finish the last transaction and close the file (which the caller's scratch cleanup removes)."""
        if self._db is not None and self._db.in_transaction:
            self._db.execute("COMMIT")
        super().close()
