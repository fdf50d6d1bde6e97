"""What the per-article work runs with in a worker: its settings, the cache connections, the cache key of an
article, and the named steps of the isolation boundary.

The work itself is haucan/process.py (one path for every caller); it runs in worker processes (local or Dask)
inside the chunk stage (haucan/chunks.py), which caches what it makes of each article by content
(haucan/cache/). Steps that need other articles (dedup verdicts, people, merging organisations) stay in the
main process.

Each step runs as a named ``step``: an unexpected exception in it leaves as a StageError naming the step, which
the chunk stage's isolation boundary (haucan/chunk_rows.py) turns into that file's ``internal_error`` rejection.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from haucan.cache.keys import content_key
from haucan.cache.stores import ArticleCache, SegmentCache
from haucan.errors import ConfigError, SeedError
from haucan.gold import gold_path
from haucan.knowledge.facts import facts_path
from haucan.read import read_bytes
from haucan.records import SourceFile
from haucan.sentences import SEGMENTER, use_store
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
class StageSettings:
    """What a worker needs besides the source: picklable, the same for every article of a build."""

    input_dir: Path
    words: str = "underthesea"
    """Word segmenter: 'underthesea', or 'whitespace' (word segmentation off, for runs at 10^6 articles)."""
    cache_dir: Path | None = None
    """Folder of the content-addressed caches; None builds everything from scratch and stores nothing."""
    version: str = ""
    """haucan.cache.keys.pipeline_version() of the main process (computed once, not per worker)."""


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
