"""The per-article stage: everything about one article that does not depend on any other article.

Read, decode, clean, segment into blocks, read metadata, extract entities, split sentences and words, tag BIO.
It runs in worker processes (local or Dask) inside the chunk stage (haucan/chunks.py), which caches what it
makes of each article by content (haucan/cache.py). Steps that need other articles (dedup verdicts, people,
merging organisations) stay in the main process.

Each step runs as a named ``step``: an unexpected exception in it leaves as a StageError naming the step, which
the chunk stage's isolation boundary (haucan/chunks.py) turns into that file's ``internal_error`` rejection.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from haucan.annotate import annotate
from haucan.article import build_article
from haucan.cache import ArticleCache, SegmentCache, content_key
from haucan.dedup import Fingerprint, Signature, fingerprint
from haucan.dedup import signature as text_signature
from haucan.errors import ConfigError, SeedError
from haucan.evaluate import baseline_spans
from haucan.extract.entities import extract
from haucan.gold import GoldError, Span, gold_path, load_gold_file, resolve_gold
from haucan.knowledge.facts import facts_path
from haucan.metadata import depends_on_build_day
from haucan.read import decode_article, read_bytes
from haucan.records import AnnotatedArticle, Article, RawArticle, SourceFile
from haucan.rules import load_rules
from haucan.sentences import SEGMENTER, segmenter_copy, use_store
from haucan.timing import stage

INTERNAL_ERROR = "internal_error"
"""Rejection reason: an unexpected exception while computing one article (a bug, or a resource failure)."""
INVALID_ROW = "invalid_row"
"""Rejection reason: one article's rows failed the pandera contract (they are left out of the release)."""
PROVISIONAL_REASONS = frozenset({INTERNAL_ERROR, INVALID_ROW})
"""Rejections made at the isolation boundary. They are never cached: a failure may be transient (memory), and
a bug fixed later must not stay cached. (A fix changes the pipeline version, which would miss the cache anyway,
but a rejection that costs one recomputation per build is cheap and always safe.)"""
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


class StageError(Exception):
    """An unexpected exception in one article's step ``stage``; ``error`` is the exception itself."""

    def __init__(self, stage: str, error: BaseException) -> None:
        super().__init__(f"{stage}: {type(error).__name__}: {error}")
        self.stage = stage
        self.error = error


@contextmanager
def step(name: str) -> Iterator[None]:
    """``timing.stage(name)`` that names the step on any unexpected exception (re-raised as StageError).

    A SeedError is a rejection already and a ConfigError stops the whole build: both pass through unchanged."""
    with stage(name):
        try:
            yield
        except (SeedError, ConfigError, StageError):
            raise
        except Exception as error:  # noqa: BLE001 - the isolation boundary: any failure is this article's
            raise StageError(name, error) from error


def _where(error: BaseException) -> str:
    """The innermost line of this package's code in the traceback ('haucan/sentences.py:124 in _align_tokens')."""
    ours = [frame for frame in traceback.extract_tb(error.__traceback__)
            if Path(frame.filename).resolve().is_relative_to(_PACKAGE_ROOT)]
    if not ours:
        return ""
    frame = ours[-1]
    return f"{Path(frame.filename).resolve().relative_to(_PACKAGE_ROOT).as_posix()}:{frame.lineno} in {frame.name}"


def internal_error(source: SourceFile, error: BaseException, stage_name: str) -> SeedError:
    """The rejection of an article whose computation raised ``error`` in step ``stage_name``."""
    where = _where(error)
    message = str(error) or "(no message)"
    return SeedError(source.relative_path, INTERNAL_ERROR,
                     f"{type(error).__name__}: {message} (stage {stage_name}{', at ' + where if where else ''})")


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
    """Exact key of the clean text (its segmenter copy). The duplicate verdict does not use it (see
    haucan/dedup.py: it is checked on the published text's sha256)."""


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
    """The per-article work on the file's bytes (timed by stage); a rejection is a result, not an exception.

    Raises StageError (naming the step) on an unexpected exception; the caller rejects the file with it."""
    try:
        with step("decode+clean"):
            raw = decode_article(source, data)
        with step("blocks+metadata"):
            article = build_article(raw, load_rules())
    except SeedError as error:
        return Processed(None, error)
    with step("gold"):
        gold, gold_error = _gold_spans(settings.input_dir, article)
    with step("extract entities"):
        auto = extract(article)
    with step("sentences+BIO"):
        annotated = annotate(article, gold, auto, settings.words)
    with step("baseline (gold articles)"):
        baseline = tuple(baseline_spans(annotated.sentences)) if gold is not None else ()
    with step("dedup fingerprint"):
        # Of the segmenter copy: the same article spelt with old- or new-style tone placement is one article.
        signature = fingerprint(segmenter_copy(article.text))
    return Processed(raw, None, annotated, gold, gold_error, auto, baseline, signature)


def dedup_signature(source: SourceFile, data: bytes) -> tuple[Signature | None, bool]:
    """The dedup pass's work on one file: decode, clean, blocks and metadata exactly as ``compute`` does them,
    then the Signature of the text (shingles, LSH buckets) with what ranks the copies (repairs, stated date);
    and whether that result may be cached.

    None when the article is rejected: the main pass rejects it again and records why. Any exception counts
    as a rejection here too (one file must not stop the build; the main pass reports it), but is not cached (it
    may be transient); nor is a Signature whose date was nulled for being after the build day (a later build
    day may state it, which changes the ranking)."""
    try:
        with stage("dedup pass: decode+clean"):
            raw = decode_article(source, data)
        with stage("dedup pass: blocks+metadata"):
            article = build_article(raw, load_rules())
        with stage("dedup pass: signature"):
            found = text_signature(article.text, raw.repairs, article.published_date)
    except SeedError:
        return None, True
    except ConfigError:
        raise
    except Exception:  # noqa: BLE001 - a bug or a resource failure: the main pass meets it again and reports it
        return None, False
    return found, not depends_on_build_day(article.null_reasons)
