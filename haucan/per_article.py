"""The per-article stage: everything about one article that does not depend on any other article.

Read, decode, clean, segment into blocks, read metadata, extract entities, split sentences and words, tag BIO.
It runs in worker processes (local or Dask) inside the chunk stage (haucan/chunks.py), which caches what it
makes of each article by content (haucan/cache.py). Steps that need other articles (dedup verdicts, people,
merging organisations) stay in the main process.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.cache import ArticleCache, SegmentCache, content_key
from haucan.dedup import Fingerprint, Signature, fingerprint
from haucan.dedup import signature as text_signature
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
    """Exact key of the clean text, checked against the one the dedup pass indexed."""


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


_caches: dict[tuple[Path, str], ArticleCache] = {}  # one connection per process, folder and version
_stores: dict[Path, SegmentCache] = {}


def article_cache(settings: StageSettings) -> ArticleCache | None:
    """This process's connection to the article cache (None without a cache); also shares the segment cache.

    A connection is reused only while its file exists: a long-lived process (tests, a notebook) must not keep
    reading a store that a later build deleted."""
    if settings.cache_dir is None:
        use_store(None)  # a build without a cache stores nothing, even after a cached build in this process
        return None
    slot = (settings.cache_dir, settings.version)
    if slot not in _caches or not _caches[slot].path.exists():
        if slot in _caches:
            _caches[slot].close()
        _caches[slot] = ArticleCache(settings.cache_dir, settings.version)
    if settings.cache_dir not in _stores or not _stores[settings.cache_dir].path.exists():
        if settings.cache_dir in _stores:
            _stores[settings.cache_dir].close()
        _stores[settings.cache_dir] = SegmentCache(settings.cache_dir, SEGMENTER.replace("@", "-"))
    use_store(_stores[settings.cache_dir])
    return _caches[slot]


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
    files, the word segmenter, and (inside content_key) the pipeline version."""
    return content_key(settings.version, [
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


def dedup_signature(source: SourceFile, data: bytes) -> Signature | None:
    """The dedup pass's work on one file: decode, clean, blocks and metadata exactly as ``compute`` does them,
    then the Signature of the text (shingles, LSH buckets) with what ranks the copies (repairs, stated date).

    None when the article is rejected: the main pass rejects it again and records why. Any exception counts
    as a rejection here too (one file must not stop the build; the main pass reports it). The result depends
    only on the bytes, so it is cached by them."""
    try:
        with stage("dedup pass: decode+clean"):
            raw = decode_article(source, data)
        with stage("dedup pass: blocks+metadata"):
            article = build_article(raw, load_rules())
        with stage("dedup pass: signature"):
            return text_signature(article.text, raw.repairs, article.published_date)
    except Exception:  # a SeedError or a bug: either way the main pass meets it again, decides and reports
        return None
