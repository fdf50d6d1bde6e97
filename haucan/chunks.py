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
from collections.abc import Iterable, Iterator

from haucan.cache.keys import content_key
from haucan.cache.stores import ArticleCache, SegmentCache
from haucan.chunk_rows import build_new_tables, isolated_article, provisional, to_tables, validate_new_rows
from haucan.codec import encode
from haucan.errors import SeedError
from haucan.memory import release_unused_memory
from haucan.per_article import StageSettings, article_key, process_caches, read_source
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


def _compute_chunk(settings: StageSettings, items: list[tuple[SourceFile, bytes | SeedError, bytes | None]],
                   cache: ArticleCache | None, segments: SegmentCache | None,
                   ) -> tuple[ChunkResult, int, list[tuple[bytes, ArticleEntry, bool]], bool]:
    """A chunk's result, how many articles came from the cache, the new articles to store (key, entry, whether
    it has rows), and whether the chunk may be stored whole (False when an article's result is not final:
    a rejection at the isolation boundary, or a date nulled relative to the build day).

    A cached article brings its entry and points to the stored chunk that holds its rows (validated when
    they were first built, by the same pipeline version); its rows are sliced from that chunk's tables, not
    rebuilt, once ``StoredChunks`` has re-checked them against their text (haucan/recheck.py). Only the new
    articles' rows are built and go through pandera."""
    stored = StoredChunks(cache)
    entries, holders, new_rows, computed, from_cache = [], [], [], [], 0
    for source, data, key in items:
        if isinstance(data, SeedError):
            entries.append(ArticleEntry(source, data))
            holders.append(None)
            continue
        hit = stored.cached(key)
        if hit is not None:
            entry, rows_in = hit
            entries.append(entry)
            holders.append(stored.tables[rows_in] if rows_in is not None else None)
            from_cache += 1
            continue
        entry, article_rows, final = isolated_article(settings, source, data, segments)
        if article_rows is not None:
            new_rows.append((len(entries), article_rows))  # validated below, with or without a cache
        computed.append((len(entries), key, final))
        entries.append(entry)
        holders.append(None)
    with stage("tables"):
        new_tables = build_new_tables(entries, new_rows)
    with stage("validate"):
        new_tables, failures = validate_new_rows(entries, new_rows, new_tables)
    for position, _rows in new_rows:
        holders[position] = _NEW
    with stage("tables"):
        if from_cache == 0:
            tables = new_tables  # nothing cached: the new rows are the chunk (a cold build)
        else:
            holders = [new_tables if holder is _NEW else holder for holder in holders]
            tables = assemble([(e.source.article_id, h) for e, h in zip(entries, holders, strict=True)],
                              to_tables([]))
    fresh, whole = [], True
    for position, key, final in computed:
        final = final and not provisional(entries[position])
        whole = whole and final
        if key is not None and final and entries[position].gold_error is None:
            fresh.append((key, entries[position], holders[position] is not None))
    return ChunkResult(tuple(entries), tables, tuple(failures)), from_cache, fresh, whole


def _store_key(settings: StageSettings, items: list) -> bytes:
    """The key the chunk's result is stored under: the keys of its articles, in order (an unreadable file,
    which has no key, by its path: the chunk is then never found whole, only referred to by its articles)."""
    return content_key(settings.version, [b"chunk", *(
        key if key is not None else b"\0unreadable " + source.relative_path.encode("utf-8", "surrogateescape")
        for source, _, key in items)])


def process_chunk(settings: StageSettings, sources: tuple[SourceFile, ...]) -> ChunkOutcome:
    """Per-article work, facts, tables and validation for one chunk; through this process's caches
    (haucan.per_article.Caches) when the build has any."""
    caches = process_caches()
    with collect() as seconds:
        cache = caches.articles(settings)
        # Opened even when the chunk comes whole from the article store: a damaged segment store is then
        # found, set aside and reported in every build, not only in one that happens to segment something.
        segments = caches.segments(settings)
        with stage("read"):
            items = []
            for source in sources:
                data = read_source(settings, source)
                key = article_key(settings, source, data) if isinstance(data, bytes) and cache else None
                items.append((source, data, key))
        whole = cache is not None and all(key is not None for _, _, key in items)
        store_key = _store_key(settings, items) if cache is not None else None
        if whole:
            found = cache.load(store_key, lambda value: unsound_chunk(value, sources))
            if found is not None:
                return ChunkOutcome(found[1], dict(seconds), len(sources), len(sources), True, caches.damage.take())
        result, from_cache, fresh, whole = _compute_chunk(settings, items, cache, segments)
        with stage("cache store"):
            packed = encode(result)
            if cache is not None and not result.failures:
                # A chunk holding a result that is not final is stored only for the articles that point to it,
                # under a key no lookup of the whole chunk makes.
                rows_key = store_key if whole else content_key(settings.version, [b"partial chunk", store_key])
                # The chunk first, then the articles that point to it: a build killed in between leaves no
                # article pointing to a chunk that is not there (and one that did would be recomputed).
                cache.put(rows_key, packed)
                for key, entry, has_rows in fresh:
                    cache.put(key, encode((entry, rows_key if has_rows else None)))
        del result  # only the encoded bytes travel back
        with stage("release memory"):
            release_unused_memory()
    return ChunkOutcome(packed, dict(seconds), len(sources), from_cache, False, caches.damage.take())

