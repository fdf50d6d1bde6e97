"""The per-article stage: everything about one article that does not depend on any other article.

Read, decode, clean, segment into blocks, read metadata, extract entities, split sentences and words, tag BIO.
It runs in worker processes (local or Dask) and its result is cached by content (haucan/cache.py): a rebuild
reads a stored result instead of redoing the work, and the result is the same object either way. Steps that
need other articles (dedup, organisations, people, splits of the reference tables) stay in the main process.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.cache import ArticleCache, SegmentCache, pack
from haucan.dedup import Fingerprint, fingerprint
from haucan.errors import SeedError
from haucan.evaluate import baseline_spans
from haucan.extract.entities import extract
from haucan.gold import GoldError, Span, gold_path, load_gold_file, resolve_gold
from haucan.read import decode_article, read_bytes
from haucan.records import AnnotatedArticle, Article, RawArticle, SourceFile
from haucan.rules import load_rules
from haucan.sentences import SEGMENTER, use_store
from haucan.timing import collect, stage


@dataclass(frozen=True)
class Processed:
    """A worker's result for one source: the rejection, or the annotated article with the spans to score."""

    raw: RawArticle | None
    error: SeedError | None
    annotated: AnnotatedArticle | None = None
    gold: list[Span] | None = None
    gold_error: str | None = None
    auto: tuple[Span, ...] = ()
    baseline: tuple[Span, ...] = ()
    fingerprint: Fingerprint | None = None
    """Exact key and MinHash of the clean text, for the main process's duplicate check."""


@dataclass(frozen=True)
class StageSettings:
    """What a worker needs besides the source: picklable, the same for every article of a build."""

    input_dir: Path
    words: str = "underthesea"
    """Word segmenter: 'underthesea', or 'whitespace' (word segmentation off, for runs at 10^6 articles)."""
    cache_dir: Path | None = None
    """Folder of the content-addressed caches; None builds everything from scratch and stores nothing."""
    version: str = ""
    """haucan.cache.pipeline_version() of the main process (computed once, not per worker)."""


@dataclass(frozen=True)
class Outcome:
    """What travels back to the main process: the packed Processed, this article's stage seconds, cache hit."""

    packed: bytes
    seconds: dict[str, float]
    cached: bool


_caches: dict[Path, ArticleCache] = {}  # one connection per process and folder, opened on first use


def _article_cache(settings: StageSettings) -> ArticleCache | None:
    if settings.cache_dir is None:
        return None
    if settings.cache_dir not in _caches:
        _caches[settings.cache_dir] = ArticleCache(settings.cache_dir, settings.version)
        use_store(SegmentCache(settings.cache_dir, SEGMENTER.replace("@", "-")))
    return _caches[settings.cache_dir]


def _gold_spans(input_dir: Path, article: Article) -> tuple[list[Span] | None, str | None]:
    """(the article's gold spans if it has a gold file, the reason they no longer map onto the text)."""
    path = gold_path(input_dir, article.source_file)
    if not path.is_file():
        return None, None
    try:
        return resolve_gold(article, load_gold_file(path), article.source_file), None
    except GoldError as error:
        return None, str(error)


def _cache_key(settings: StageSettings, source: SourceFile, data: bytes) -> bytes:
    """Everything the result depends on: the bytes, where they came from, the gold file, the segmenter."""
    gold = gold_path(settings.input_dir, source.relative_path)
    gold_bytes = gold.read_bytes() if gold.is_file() else b"\0no gold"
    return ArticleCache.article_key(settings.version, [
        data, source.relative_path.encode("utf-8", "surrogateescape"), source.article_id.encode(),
        (source.url or "\0no url").encode("utf-8", "surrogateescape"), gold_bytes, settings.words.encode()])


def _compute(settings: StageSettings, source: SourceFile, data: bytes) -> Processed:
    try:
        with stage("decode+clean"):
            raw = decode_article(source, data)
        with stage("blocks+metadata"):
            article = build_article(raw, load_rules())
    except SeedError as error:
        return Processed(None, error)
    gold, gold_error = _gold_spans(settings.input_dir, article)
    with stage("extract entities"):
        auto = extract(article)
    with stage("sentences+BIO"):
        annotated = annotate(article, gold, auto, settings.words)
    with stage("baseline (gold articles)"):
        baseline = tuple(baseline_spans(annotated.sentences)) if gold is not None else ()
    with stage("dedup fingerprint"):
        signature = fingerprint(article.text)
    return Processed(raw, None, annotated, gold, gold_error, auto, baseline, signature)


def process_source(settings: StageSettings, source: SourceFile) -> Outcome:
    """The per-article stage for one source, through the cache when there is one."""
    with collect() as seconds:
        packed, cached = _process(settings, source)
    return Outcome(packed, dict(seconds), cached)


def _process(settings: StageSettings, source: SourceFile) -> tuple[bytes, bool]:
    cache = _article_cache(settings)
    try:
        with stage("read"):
            data = read_bytes(settings.input_dir, source)
    except SeedError as error:  # not cached: an unreadable file's state is the filesystem's, not its content's
        return pack(Processed(None, error)), False
    key = None
    if cache is not None:
        with stage("cache lookup"):
            key = _cache_key(settings, source, data)
            packed = cache.get(key)
        if packed is not None:
            return packed, True
    processed = _compute(settings, source, data)
    with stage("cache store"):
        packed = pack(processed)
        if cache is not None:
            cache.put(key, packed)
    return packed, False
