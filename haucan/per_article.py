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
from haucan.cache import ArticleCache, SegmentCache
from haucan.dedup import Fingerprint, fingerprint
from haucan.errors import SeedError
from haucan.evaluate import baseline_spans
from haucan.extract.entities import extract
from haucan.gold import GoldError, Span, gold_path, load_gold_file, resolve_gold
from haucan.knowledge.facts import facts_path
from haucan.read import decode_article, read_bytes
from haucan.records import AnnotatedArticle, Article, RawArticle, SourceFile
from haucan.rules import load_rules
from haucan.sentences import SEGMENTER, use_store
from haucan.timing import stage


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


_caches: dict[Path, ArticleCache] = {}  # one connection per process and folder, opened on first use


def article_cache(settings: StageSettings) -> ArticleCache | None:
    """This process's connection to the article cache (None without a cache); also shares the segment cache."""
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


def read_source(settings: StageSettings, source: SourceFile) -> bytes | SeedError:
    """The file's bytes, or the rejection (not cached: an unreadable file's state is the filesystem's)."""
    try:
        return read_bytes(settings.input_dir, source)
    except SeedError as error:
        return error


def _optional_bytes(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b"\0absent"


def article_key(settings: StageSettings, source: SourceFile, data: bytes) -> bytes:
    """Everything the article's result depends on: its bytes, where they came from, its gold and fact gold
    files, the word segmenter, and (inside ArticleCache.article_key) the pipeline version."""
    return ArticleCache.article_key(settings.version, [
        data, source.relative_path.encode("utf-8", "surrogateescape"), source.article_id.encode(),
        (source.url or "\0no url").encode("utf-8", "surrogateescape"),
        _optional_bytes(gold_path(settings.input_dir, source.relative_path)),
        _optional_bytes(facts_path(settings.input_dir, source.relative_path)), settings.words.encode()])


def compute(settings: StageSettings, source: SourceFile, data: bytes) -> Processed:
    """The per-article work on the file's bytes (timed by stage); a rejection is a result, not an exception."""
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
