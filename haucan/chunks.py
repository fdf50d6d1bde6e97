"""The parallel stage, one chunk of articles at a time: where the chunks end, and each chunk's result through
the caches (the stored chunk whole, or its articles one by one, the new ones computed and validated).

A chunk is a run of consecutive sources (in id order) whose boundaries depend only on the ids: a chunk ends
after an id whose hash is 0 modulo the mean chunk size (``--batch-size``), or at four times that size. Adding
articles therefore changes only the chunks they fall into, and a chunk whose articles are all unchanged is
found whole in the chunk cache: its tables come back without any work but reading the files and checking the
stored rows again (haucan/stored_chunks.py: nothing read back from the cache is trusted).

Everything here is independent of every other chunk; the main process does what needs the whole corpus
(dedup verdicts, the people index, organisation merging, writing in order). Facts are derived with a fresh
organisation registry per article, so an article's facts never depend on which articles came before it. One
file never stops the build: each new article runs under the isolation boundary of haucan/chunk_rows.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from haucan.cache.keys import content_key
from haucan.cache.stores import ArticleCache, SegmentCache
from haucan.chunk_rows import (
    NewRows,
    build_new_tables,
    isolated_article,
    provisional,
    to_tables,
    validate_together,
)
from haucan.codec import encode
from haucan.errors import SeedError
from haucan.memory import release_unused_memory
from haucan.per_article import StageSettings, article_key, process_caches, read_source
from haucan.prepared import PreparedReader
from haucan.records import SourceFile
from haucan.results import ArticleEntry, ChunkOutcome, ChunkResult
from haucan.stored_chunks import StoredChunks, assemble, unsound_chunk
from haucan.timing import collect, stage

MAX_CHUNK_FACTOR = 4


def chunk_sources(sources: Iterable[SourceFile], mean: int) -> Iterator[tuple[SourceFile, ...]]:
    """Consecutive runs of sources with id-defined boundaries (see the module docstring)."""
    chunk: list[SourceFile] = []
    for source in sources:
        chunk.append(source)
        boundary = int.from_bytes(hashlib.sha256(source.article_id.encode()).digest()[:8], "big") % mean == 0
        if boundary or len(chunk) >= MAX_CHUNK_FACTOR * mean:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


_NEW = object()
"""Marks an article computed in this chunk: its rows are in the chunk's new tables."""


@dataclass
class _Computed:
    """One chunk between its articles' work and its validation: what ``_finish`` needs, and its new rows
    (``batch``), which are validated together with the other chunks of the task."""

    items: list[tuple[SourceFile, bytes | SeedError, bytes | None]]
    store_key: bytes | None
    holders: list
    computed: list[tuple[int, bytes | None, bool]]
    from_cache: int
    stored: StoredChunks
    batch: NewRows


def _compute(settings: StageSettings, items: list[tuple[SourceFile, bytes | SeedError, bytes | None]],
             store_key: bytes | None, cache: ArticleCache | None, segments: SegmentCache | None,
             prepared: PreparedReader) -> _Computed:
    """A chunk's entries, each cached article's entry and the stored chunk holding its rows, and the new
    articles' rows and tables (not yet validated).

    A cached article brings its entry and points to the stored chunk that holds its rows (validated when
    they were first built, by the same pipeline version); its rows are sliced from that chunk's tables, not
    rebuilt, once ``StoredChunks`` has re-checked them against their text (haucan/recheck.py). Only the new
    articles' rows are built and go through pandera; each starts from what the dedup pass's decode, clean and
    layout made of its bytes when that was kept (haucan/prepared.py)."""
    stored = StoredChunks(cache)
    entries, holders, new_rows, computed, from_cache = [], [], [], [], 0
    for source, data, key in items:
        if isinstance(data, SeedError):
            entries.append(ArticleEntry(source, data))
            holders.append(None)
            continue
        hit = stored.cached(key, source)
        if hit is not None:
            entry, rows_in = hit
            entries.append(entry)
            holders.append(stored.tables[rows_in] if rows_in is not None else None)
            from_cache += 1
            continue
        with stage("reuse decode+clean+layout"):
            kept = prepared.get(source, data)
        entry, article_rows, final = isolated_article(settings, source, data, segments, kept)
        if article_rows is not None:
            new_rows.append((len(entries), article_rows))  # validated later, with or without a cache
        computed.append((len(entries), key, final))
        entries.append(entry)
        holders.append(None)
    with stage("tables"):
        new_tables = build_new_tables(entries, new_rows)
    return _Computed(items, store_key, holders, computed, from_cache, stored, NewRows(entries, new_rows, new_tables))


def _finish(done: _Computed) -> tuple[ChunkResult, list[tuple[bytes, ArticleEntry, bool]], bool]:
    """The validated chunk's result, the new articles to store (key, entry, whether it has rows), and whether
    the chunk may be stored whole (False when an article's result is not final: a rejection at the isolation
    boundary, or a date nulled relative to the build day)."""
    entries, holders, batch = done.batch.entries, done.holders, done.batch
    for position, _rows in batch.rows:
        holders[position] = _NEW
    with stage("tables"):
        if done.from_cache == 0:
            tables = batch.tables  # nothing cached: the new rows are the chunk (a cold build)
        else:
            holders = [batch.tables if holder is _NEW else holder for holder in holders]
            tables = assemble([(e.source.article_id, h) for e, h in zip(entries, holders, strict=True)],
                              to_tables([]))
    fresh, whole = [], True
    for position, key, final in done.computed:
        final = final and not provisional(entries[position])
        whole = whole and final
        if key is not None and final and entries[position].gold_error is None:
            fresh.append((key, entries[position], holders[position] is not None))
    return ChunkResult(tuple(entries), tables, tuple(batch.failures)), fresh, whole


def _store_key(settings: StageSettings, items: list) -> bytes:
    """The key the chunk's result is stored under: the keys of its articles, in order (an unreadable file,
    which has no key, by its path: the chunk is then never found whole, only referred to by its articles)."""
    return content_key(settings.version, [b"chunk", *(
        key if key is not None else b"\0unreadable " + source.relative_path.encode("utf-8", "surrogateescape")
        for source, _, key in items)])


MAX_PIECES = 4
"""A chunk grown by new articles stores only them (one batch) while its rows come from fewer stored pieces than
this; at this many it is stored whole again, so no chunk is assembled from more than MAX_PIECES pieces."""


def _pack(settings: StageSettings, done: _Computed, cache: ArticleCache | None) -> bytes:
    """The validated chunk's result encoded for the main process, and what of it the cache keeps (when there is
    one and nothing failed).

    A chunk computed from scratch is stored whole, then the articles that point to it. A chunk that also holds
    cached articles (a rebuild after adding articles) stores only its new articles' result, as one batch the
    new articles point to: their rows were validated here, the cached ones were when first stored, so
    re-storing the whole chunk would compress and write again what the cache holds already. It then travels to
    the main process uncompressed (for one trip through a pipe, compressing costs more than it saves)."""
    result, fresh, whole = _finish(done)
    with stage("cache store" if cache is not None else "pack"):
        if cache is None or result.failures:
            return encode(result, compress=False)  # nothing is stored: transport only
        if done.from_cache and len(done.stored.tables) < MAX_PIECES:
            rows_key = content_key(settings.version, [b"new rows", done.store_key])
            new = [done.batch.entries[position] for position, _rows in done.batch.rows]
            if new:
                cache.put(rows_key, encode(ChunkResult(tuple(new), done.batch.tables, ())))
            packed = encode(result, compress=False)
        else:
            # A chunk holding a result that is not final is stored only for the articles that point to it,
            # under a key no lookup of the whole chunk makes.
            rows_key = done.store_key if whole else content_key(settings.version, [b"partial chunk", done.store_key])
            packed = encode(result)
            cache.put(rows_key, packed)
        # The rows go first: a build killed in between leaves no article pointing to rows that are not there
        # (and one that did would be recomputed).
        # An article with rows points to them, and its entry is the one stored with them (haucan/stored_chunks.py).
        for key, entry, has_rows in fresh:
            cache.put(key, encode((None, rows_key) if has_rows else (entry, None)))
    return packed


def process_chunks(settings: StageSettings, group: tuple[tuple[SourceFile, ...], ...]) -> tuple[ChunkOutcome, ...]:
    """Per-article work, facts and tables for each chunk of ``group`` (consecutive chunks, one worker's task),
    then one pandera validation of all their new rows (pandera's cost is mostly per call, not per row), then
    each chunk's result, through this process's caches (haucan.per_article.Caches) when the build has any.

    One outcome per chunk, in order; the task's stage seconds and cache damage travel with the first."""
    caches = process_caches()
    done: list[bytes | _Computed] = []  # per chunk: its stored bytes (found whole in the cache) or its work
    with collect() as seconds:
        cache = caches.articles(settings)
        # Opened even when the chunk comes whole from the article store: a damaged segment store is then
        # found, set aside and reported in every build, not only in one that happens to segment something.
        segments = caches.segments(settings)
        prepared = PreparedReader(settings.prepared_dir)
        for sources in group:
            with stage("read"):
                items = []
                for source in sources:
                    data = read_source(settings, source)
                    key = article_key(settings, source, data) if isinstance(data, bytes) and cache else None
                    items.append((source, data, key))
            store_key = _store_key(settings, items) if cache is not None else None
            if cache is not None and all(key is not None for _, _, key in items):
                found = cache.load(store_key, lambda value, sources=sources: unsound_chunk(value, sources))
                if found is not None:
                    done.append(found[1])
                    continue
            done.append(_compute(settings, items, store_key, cache, segments, prepared))
        with stage("validate"):
            validate_together([chunk.batch for chunk in done if isinstance(chunk, _Computed)])
        counts = [(len(sources), len(sources) if isinstance(chunk, bytes) else chunk.from_cache,
                   isinstance(chunk, bytes)) for sources, chunk in zip(group, done, strict=True)]
        packed = [chunk if isinstance(chunk, bytes) else _pack(settings, chunk, cache) for chunk in done]
        del done  # only the encoded bytes travel back
        with stage("release memory"):
            release_unused_memory()
    damage = caches.damage.take()
    return tuple(ChunkOutcome(blob, dict(seconds) if i == 0 else {}, articles, from_cache, whole,
                              damage if i == 0 else {})
                 for i, (blob, (articles, from_cache, whole)) in enumerate(zip(packed, counts, strict=True)))


def process_chunk(settings: StageSettings, sources: tuple[SourceFile, ...]) -> ChunkOutcome:
    """``process_chunks`` of one chunk."""
    return process_chunks(settings, (sources,))[0]


def group_chunks(chunks: Iterable[tuple[SourceFile, ...]],
                 articles: int | Callable[[int], int]) -> Iterator[tuple[tuple[SourceFile, ...], ...]]:
    """Consecutive chunks put together until they hold at least ``articles`` articles (or ``articles(given)``,
    given = the articles of the groups before): one worker's task, whose new rows are validated in one call.
    Only which chunks travel together changes, never the chunks."""
    target = articles if callable(articles) else (lambda given: articles)
    group: list[tuple[SourceFile, ...]] = []
    held = given = 0
    for chunk in chunks:
        group.append(chunk)
        held += len(chunk)
        if held >= target(given):
            yield tuple(group)
            group, given, held = [], given + held, 0
    if group:
        yield tuple(group)
