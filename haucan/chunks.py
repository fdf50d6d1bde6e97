"""The parallel stage, one chunk of articles at a time: per-article work, facts, tables and pandera validation.

A chunk is a run of consecutive sources (in id order) whose boundaries depend only on the ids: a chunk ends
after an id whose hash is 0 modulo the mean chunk size (``--batch-size``), or at four times that size. Adding
articles therefore changes only the chunks they fall into, and a chunk whose articles are all unchanged is
found whole in the chunk cache: its tables come back without any work but reading the files and checking the
stored rows again (haucan/cache.py never trusts what it reads back).

Everything here is independent of every other chunk; the main process does what needs the whole corpus
(dedup verdicts, the people index, organisation merging, writing in order). Facts are derived with a fresh
organisation registry per article, so an article's facts never depend on which articles came before it.

One file never stops the build: everything about one article (decode to rows, and its pandera check) runs
under an isolation boundary. An unexpected exception rejects that file as ``internal_error`` (exception, message,
step); rows that fail the contract reject their article as ``invalid_row`` (table, check, column, value) and
leave the chunk's tables, whose remainder is validated again. Only a failure that names no article (the table
as a whole) is a chunk failure, which stops the release. Both rejections travel as ordinary ArticleEntry errors,
so the main process reports and counts them like any other, and neither is ever cached.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyarrow as pa

from haucan.cache.damage import take_damage
from haucan.cache.keys import content_key
from haucan.cache.stores import ArticleCache
from haucan.codec import encode
from haucan.dedup import Signature, signature_problem
from haucan.errors import ConfigError, SeedError
from haucan.memory import release_unused_memory
from haucan.per_article import (
    INVALID_ROW,
    PROVISIONAL_REASONS,
    StageError,
    StageSettings,
    article_cache,
    article_key,
    internal_error,
    read_source,
)
from haucan.process import ArticleResult, article_rows, dedup_signature, process
from haucan.recheck import failed_checks
from haucan.records import AnnotatedArticle, SourceFile
from haucan.results import ArticleEntry, ChunkOutcome, ChunkResult
from haucan.stats import CorpusStats
from haucan.tables import to_arrow
from haucan.timing import collect, stage
from haucan.validate import describe_failures, failures_by_article, validate_tables
from schema import CONFIGS
from schema.failure import Failure

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


def _entry(source: SourceFile, result: ArticleResult) -> ArticleEntry:
    """What the main process needs of one article's result (never its text)."""
    if result.error is not None:
        return ArticleEntry(source, result.error)
    if result.gold_error is not None:
        return ArticleEntry(source, None, gold_error=result.gold_error)
    gold, facts = result.gold, result.facts
    return ArticleEntry(
        source=result.raw.source, error=None, repairs=tuple(result.raw.repairs), split=result.annotated.article.split,
        observations=result.annotated.observations, affiliations=result.affiliations, orgs=result.orgs,
        stats=result.stats,
        scored=(tuple(result.auto), tuple(gold), tuple(result.baseline)) if gold is not None else None,
        facts_scored=(facts.auto, facts.gold) if facts.gold is not None else None)


def build_tables(annotated: list[AnnotatedArticle]) -> dict[str, pa.Table]:
    """The per-article configs' tables for a list of articles (rows in the articles' order)."""
    return _to_tables([article_rows(a) for a in annotated])


def _to_tables(rows: list[dict[str, list[dict]]]) -> dict[str, pa.Table]:
    return {spec.name: to_arrow(spec, [row for article in rows for row in article[spec.name]])
            for spec in CONFIGS if spec.per_article}


def _article(settings: StageSettings, source: SourceFile, data: bytes) -> tuple[ArticleEntry, dict | None, bool]:
    """(entry, rows by config or None when rejected, whether the result may be cached) for one readable source.

    The isolation boundary: any exception while processing the article (haucan/process.py) rejects the file as
    ``internal_error`` (only a ConfigError, which is the whole build's, gets through). Rejections of content
    (undecodable, no prose) are results like any other and are cached too; a date nulled for being after the
    build day is not (a later build day may publish it)."""
    try:
        result = process(source, data, settings)
        entry = _entry(source, result)
    except StageError as failure:
        return ArticleEntry(source, internal_error(source, failure.error, failure.stage)), None, False
    except ConfigError:
        raise
    except Exception as error:  # noqa: BLE001 - outside any named step, still this article's failure
        return ArticleEntry(source, internal_error(source, error, "article")), None, False
    return entry, result.rows, result.final


def _provisional(entry: ArticleEntry) -> bool:
    """A rejection at the isolation boundary (never cached, see PROVISIONAL_REASONS)."""
    return entry.error is not None and entry.error.reason in PROVISIONAL_REASONS


def _new_tables(entries: list[ArticleEntry], new_rows: list[tuple[int, dict]]) -> dict[str, pa.Table]:
    """The new articles' tables. Should one article's rows not convert to Arrow, each article is converted
    alone to find which: those are rejected (``internal_error``, stage tables) and the rest are the tables."""
    try:
        return _to_tables([rows for _, rows in new_rows])
    except ConfigError:
        raise
    except Exception:  # noqa: BLE001 - find the article(s) at fault
        pass
    kept = []
    for position, rows in new_rows:
        try:
            _to_tables([rows])
        except ConfigError:
            raise
        except Exception as error:  # noqa: BLE001 - this article's rows are the ones Arrow cannot hold
            source = entries[position].source
            entries[position] = ArticleEntry(source, internal_error(source, error, "tables"))
            continue
        kept.append((position, rows))
    new_rows[:] = kept
    return _to_tables([rows for _, rows in new_rows])


def _validated(entries: list[ArticleEntry], new_rows: list[tuple[int, dict]],
               new_tables: dict[str, pa.Table]) -> tuple[dict[str, pa.Table], list[Failure]]:
    """(the new tables without the rows of any article that fails the contract, the chunk's failures).

    An article whose rows fail is rejected (``invalid_row``, its entry replaced, its rows dropped); the rest is
    validated again. What still fails, or fails without naming one new article of this chunk, is the chunk's:
    those failures stop the release."""
    if not new_rows:
        return new_tables, []
    failures = validate_tables(new_tables)
    if not failures:
        return new_tables, []
    by_article, _ = failures_by_article(failures)
    positions: dict[str, list[int]] = {}
    for position, _rows in new_rows:
        positions.setdefault(entries[position].source.article_id, []).append(position)
    # Only an id held by exactly one new article is that article's (two files with one id fail together).
    guilty = {article_id for article_id in by_article if len(positions.get(article_id, ())) == 1}
    if not guilty:
        return new_tables, failures
    for article_id in sorted(guilty):
        position = positions[article_id][0]
        source = entries[position].source
        found = by_article[article_id]
        entries[position] = ArticleEntry(source, SeedError(
            source.relative_path, INVALID_ROW, describe_failures(found), field=found[0].column))
    new_rows[:] = [(p, rows) for p, rows in new_rows if entries[p].source.article_id not in guilty]
    new_tables = _to_tables([rows for _, rows in new_rows])
    return new_tables, validate_tables(new_tables) if new_rows else []


_NEW = object()
"""Marks an article computed in this chunk: its rows are in the chunk's new tables."""


class _StoredChunks:
    """The tables of stored chunks that cached articles point to, each read (and checked) once per chunk being
    built."""

    def __init__(self, cache: ArticleCache | None) -> None:
        self.cache, self.tables = cache, {}

    def cached(self, key: bytes | None) -> tuple[ArticleEntry, bytes | None] | None:
        """(entry, key of the stored chunk holding its rows; None for a rejection) of a cached article, or None
        when it is not cached, or its entry or the chunk holding its rows is gone or fails its checks (then the
        article is computed again)."""
        if self.cache is None or key is None or (found := self.cache.load(key, _unsound_entry)) is None:
            return None
        entry, rows_in = found[0]
        if rows_in is not None and rows_in not in self.tables:
            chunk = self.cache.load(rows_in, _unsound_chunk)
            self.tables[rows_in] = chunk[0].tables if chunk is not None else None
        if rows_in is not None and self.tables[rows_in] is None:
            return None
        return entry, rows_in


def _unsound_entry(value: object) -> str | None:
    """Why a stored article entry cannot be used (None when it can): it must be (entry, chunk key or None)."""
    if type(value) is not tuple or len(value) != 2:
        return "not an (entry, chunk key) pair"
    entry, rows_in = value
    if not _sound_entry(entry):
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


def _unsound_chunk(value: object, sources: tuple[SourceFile, ...] | None = None) -> str | None:
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


def _assemble(order: list[tuple[str, dict[str, pa.Table] | None]], empty: dict[str, pa.Table]) -> dict[str, pa.Table]:
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


def _compute_chunk(settings: StageSettings, items: list[tuple[SourceFile, bytes | SeedError, bytes | None]],
                   cache: ArticleCache | None) -> tuple[ChunkResult, int, list[tuple[bytes, ArticleEntry, bool]], bool]:
    """A chunk's result, how many articles came from the cache, the new articles to store (key, entry, whether
    it has rows), and whether the chunk may be stored whole (False when an article's result is not final:
    a rejection at the isolation boundary, or a date nulled relative to the build day).

    A cached article brings its entry and points to the stored chunk that holds its rows (validated when
    they were first built, by the same pipeline version); its rows are sliced from that chunk's tables, not
    rebuilt, once ``_StoredChunks`` has re-checked them against their text (haucan/recheck.py). Only the new
    articles' rows are built and go through pandera."""
    stored = _StoredChunks(cache)
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
        entry, article_rows, final = _article(settings, source, data)
        if article_rows is not None:
            new_rows.append((len(entries), article_rows))  # validated below, with or without a cache
        computed.append((len(entries), key, final))
        entries.append(entry)
        holders.append(None)
    with stage("tables"):
        new_tables = _new_tables(entries, new_rows)
    with stage("validate"):
        new_tables, failures = _validated(entries, new_rows, new_tables)
    for position, _rows in new_rows:
        holders[position] = _NEW
    with stage("tables"):
        if from_cache == 0:
            tables = new_tables  # nothing cached: the new rows are the chunk (a cold build)
        else:
            holders = [new_tables if holder is _NEW else holder for holder in holders]
            tables = _assemble([(e.source.article_id, h) for e, h in zip(entries, holders, strict=True)],
                               _to_tables([]))
    fresh, whole = [], True
    for position, key, final in computed:
        final = final and not _provisional(entries[position])
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
    """Per-article work, facts, tables and validation for one chunk; through the caches when there are any."""
    with collect() as seconds:
        cache = article_cache(settings)
        with stage("read"):
            items = []
            for source in sources:
                data = read_source(settings, source)
                key = article_key(settings, source, data) if isinstance(data, bytes) and cache else None
                items.append((source, data, key))
        whole = cache is not None and all(key is not None for _, _, key in items)
        store_key = _store_key(settings, items) if cache is not None else None
        if whole:
            found = cache.load(store_key, lambda value: _unsound_chunk(value, sources))
            if found is not None:
                return ChunkOutcome(found[1], dict(seconds), len(sources), len(sources), True, take_damage())
        result, from_cache, fresh, whole = _compute_chunk(settings, items, cache)
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
    return ChunkOutcome(packed, dict(seconds), len(sources), from_cache, False, take_damage())


@dataclass(frozen=True)
class SignatureOutcome:
    """What the dedup pass sends back for a chunk: the encoded (source, Signature or None for a rejection) of
    each source, in the chunk's order; stage seconds, how many came from the cache, and cache damage found."""

    packed: bytes
    seconds: dict[str, float]
    articles: int
    from_cache: int
    chunk_from_cache: bool = False
    """Always False (signatures are cached per article); here so haucan.progress counts it like a ChunkOutcome."""
    cache_damage: dict[str, int] = dataclasses.field(default_factory=dict)


def signature_key(settings: StageSettings, source: SourceFile, data: bytes) -> bytes:
    """What an article's Signature depends on: its bytes, path and id (and, inside content_key, the pipeline
    version); not its gold files or URL (the index takes the URL from the source, not from the cache)."""
    return content_key(settings.version, [b"dedup signature", data,
                                          source.relative_path.encode("utf-8", "surrogateescape"),
                                          source.article_id.encode()])


def signature_chunk(settings: StageSettings, sources: tuple[SourceFile, ...]) -> SignatureOutcome:
    """The dedup pass for one chunk (haucan/dedup.py): read each file, and its Signature from the article cache
    (checked: ``signature_problem``) or computed (decode, clean, blocks, metadata, shingles) and stored. An
    unreadable file has none; the main pass rejects it with the reason."""
    items: list[tuple[SourceFile, Signature | None]] = []
    from_cache = 0
    with collect() as seconds:
        cache = article_cache(settings)
        for source in sources:
            with stage("dedup pass: read"):
                data = read_source(settings, source)
            found: Signature | None = None
            if isinstance(data, bytes):
                key = signature_key(settings, source, data) if cache is not None else None
                stored = cache.load(key, signature_problem) if key is not None else None
                if stored is not None:
                    found, from_cache = stored[0], from_cache + 1
                else:
                    found, cacheable = dedup_signature(source, data)
                    if key is not None and cacheable:
                        with stage("dedup pass: cache"):
                            cache.put(key, encode(found))
            items.append((source, found))
        packed = encode(tuple(items))
    return SignatureOutcome(packed, dict(seconds), len(sources), from_cache, False, take_damage())
