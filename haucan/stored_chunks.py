"""What a chunk takes from the cache: stored chunks and article entries, checked before use, and the chunk's
tables assembled from the rows they hold.

A stored chunk is used only once its shape, its entries and the schema's checks that tie every row to its
text have passed again (a chunk or entry that fails is discarded and computed again, never published); its
rows are sliced out as first built, so an assembled chunk holds exactly the values a cold build makes.
"""

from __future__ import annotations

import itertools

import pyarrow as pa

from haucan.cache.stores import ArticleCache
from haucan.errors import SeedError
from haucan.recheck import failed_checks
from haucan.records import SourceFile
from haucan.results import ArticleEntry, ChunkResult
from haucan.stats import CorpusStats
from haucan.timing import stage
from schema import CONFIGS


class StoredChunks:
    """The tables (and entries) of stored chunks that cached articles point to, each read (and checked) once per
    chunk being built."""

    def __init__(self, cache: ArticleCache | None) -> None:
        self.cache, self.tables, self.entries = cache, {}, {}

    def cached(self, key: bytes | None, source: SourceFile) -> tuple[ArticleEntry, bytes | None] | None:
        """(entry, key of the stored chunk holding its rows; None for a rejection) of a cached article, or None
        when it is not cached, or its record or the chunk holding its rows is gone or fails its checks (then the
        article is computed again).

        An article with rows is stored as a pointer, (None, chunk key): its entry is the one the chunk holds
        for it, which is decoded with the chunk's tables anyway (decoding every article's entry a second time
        was ~0.1 ms an article). It must be this source's entry, else the article is computed again."""
        if self.cache is None or key is None or (found := self.cache.load(key, _unsound_entry)) is None:
            return None
        entry, rows_in = found[0]
        if rows_in is not None and rows_in not in self.tables:
            chunk = self.cache.load(rows_in, unsound_chunk)
            self.tables[rows_in] = chunk[0].tables if chunk is not None else None
            self.entries[rows_in] = {e.source.article_id: e for e in chunk[0].entries} if chunk is not None else {}
        if rows_in is not None and self.tables[rows_in] is None:
            return None
        if entry is None:
            entry = self.entries[rows_in].get(source.article_id)
            if entry is None or entry.error is not None or entry.gold_error is not None:
                self.cache.discard(key, "pointing to rows of another file")
                return None
        if entry.source != source:  # a record moved under this article's key
            self.cache.discard(key, "of another file")
            return None
        return entry, rows_in


def _unsound_entry(value: object) -> str | None:
    """Why a stored article record cannot be used (None when it can): (entry, chunk key or None), or (None,
    chunk key) for an article whose entry is in the chunk holding its rows."""
    if type(value) is not tuple or len(value) != 2:
        return "not an (entry, chunk key) pair"
    entry, rows_in = value
    if not (entry is None and rows_in is not None) and not _sound_entry(entry):
        return "not an article entry"
    if rows_in is not None and (type(rows_in) is not bytes or len(rows_in) != 32):
        return "not a chunk key"
    return None


def _sound_entry(entry: object) -> bool:
    """An ArticleEntry of the shape the main process relies on (an accepted article has its stats; one
    affiliation per observation), so that an edited one cannot break the build."""
    if type(entry) is not ArticleEntry or type(entry.source) is not SourceFile:
        return False
    if entry.error is not None:
        return type(entry.error) is SeedError
    return (entry.gold_error is None or type(entry.gold_error) is str) and all(
        type(value) is tuple for value in (entry.repairs, entry.observations, entry.affiliations, entry.orgs)) and (
        entry.gold_error is not None or (type(entry.stats) is CorpusStats
                                         and len(entry.observations) == len(entry.affiliations)))


def unsound_chunk(value: object, sources: tuple[SourceFile, ...] | None = None) -> str | None:
    """Why a stored chunk result cannot be used (None when it can).

    Its bytes passed their checksum, and it was stored only after its rows passed pandera: the checksum is a
    verified hash of validated rows. What is checked here is what a deliberate edit (one that recomputes the
    checksum) could still get past it: the shape of the result, entries that agree with the rows (and with the
    chunk's sources, when they are known), and the schema's checks that tie every row to its text
    (haucan/recheck.py: text_sha256, offsets slicing the text). A chunk that fails is discarded and computed
    again, never published."""
    if type(value) is not ChunkResult or type(value.entries) is not tuple or type(value.tables) is not dict:
        return "not a chunk result"
    if value.failures:
        return "a chunk that failed validation"  # never stored by process_chunk
    if not all(_sound_entry(entry) for entry in value.entries):
        return "not a chunk result (entries)"
    if sources is not None and tuple(entry.source for entry in value.entries) != sources:
        return "entries of other files"
    names = [spec.name for spec in CONFIGS if spec.per_article]
    if sorted(value.tables) != sorted(names) or any(type(value.tables[n]) is not pa.Table for n in names):
        return "not a chunk result (tables)"
    with stage("cache check"):
        accepted = [e.source.article_id for e in value.entries if e.error is None and e.gold_error is None]
        if value.tables["articles"].column("article_id").to_pylist() != accepted:
            return "rows that do not match its entries"
        try:
            failed = failed_checks(value.tables)
        except Exception as error:  # a table of the wrong shape can break a check itself
            return f"rows that break the schema ({type(error).__name__})"
    if failed:
        return f"rows that break the schema ({', '.join(failed[:3])}{', ...' if len(failed) > 3 else ''})"
    return None


def _row_ranges(table: pa.Table) -> dict[str, tuple[int, int]]:
    """article id -> (first row, row count): an article's rows are consecutive in a chunk's tables."""
    ranges, position = {}, 0
    for article_id, rows in itertools.groupby(table.column("article_id").to_pylist()):
        count = sum(1 for _ in rows)
        ranges[article_id] = (position, count)
        position += count
    return ranges


def assemble(order: list[tuple[str, dict[str, pa.Table] | None]], empty: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """The chunk's tables: for each article in id order, its rows sliced out of the tables that hold them
    (a stored chunk's for cached articles, the new rows' for computed ones; None for a rejection). Slices
    are the rows as first built, so the values are exactly those a cold build makes."""
    tables = {}
    for name in empty:
        ranges: dict[int, dict[str, tuple[int, int]]] = {}
        pieces = []
        for article_id, holder in order:
            if holder is None:
                continue
            table = holder[name]
            if id(table) not in ranges:
                ranges[id(table)] = _row_ranges(table)
            found = ranges[id(table)].get(article_id)
            if found is not None:
                pieces.append(table.slice(*found))
        tables[name] = pa.concat_tables([empty[name], *pieces]).combine_chunks()
    return tables

