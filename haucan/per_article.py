"""What the per-article work runs with in a worker: its settings, the process's cache connections, the cache key
of an article, and the named steps of the isolation boundary.

The work itself is haucan/process.py (one path for every caller); it runs in worker processes (local or Dask)
inside the chunk stage (haucan/chunks.py), which caches what it makes of each article by content
(haucan/cache/). Steps that need other articles (dedup verdicts, people, merging organisations) stay in the
main process.

Each step runs as a named ``step``: an unexpected exception in it leaves as a StageError naming the step, which
the chunk stage's isolation boundary (haucan/chunk_rows.py) turns into that file's ``internal_error`` rejection.
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from haucan.cache.damage import DamageLog
from haucan.cache.keys import content_key
from haucan.cache.store import CheckedStore
from haucan.cache.stores import ArticleCache, SegmentCache
from haucan.errors import ConfigError, SeedError
from haucan.gold import gold_path
from haucan.knowledge.facts import facts_path
from haucan.read import read_bytes
from haucan.records import SourceFile
from haucan.sentences import SEGMENTER
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
    prepared_dir: Path | None = None
    """Scratch folder where the dedup pass keeps each article's decode, clean and layout for the main pass
    (haucan/prepared.py); None: nothing kept, the main pass computes it (a Dask cluster, the tools)."""


class Caches:
    """One process's connections to the caches, and the log of the damage found in them.

    A worker keeps its connections from chunk to chunk (opening a store checks its file under a folder lock),
    one per cache folder and pipeline version. A connection is reused only while its file exists: a
    long-lived process (tests, a notebook) must not keep reading a store that a later build deleted. A build
    without a cache gets no store at all, even after a cached build in this process: it stores nothing."""

    def __init__(self) -> None:
        self.damage = DamageLog()
        """What the stores found wrong since the last ``damage.take()``: a worker sends it back with each chunk."""
        self._open: dict[tuple[str, Path, str], CheckedStore] = {}

    def _connection(self, slot: tuple[str, Path, str], make: Callable[[], CheckedStore]) -> CheckedStore:
        store = self._open.get(slot)
        if store is None or not store.path.exists():
            if store is not None:
                store.close()
            store = self._open[slot] = make()
        return store

    def articles(self, settings: StageSettings) -> ArticleCache | None:
        """The article store of ``settings`` (None without a cache)."""
        if settings.cache_dir is None:
            return None
        folder, version = settings.cache_dir, settings.version
        return self._connection(("articles", folder, version), lambda: ArticleCache(folder, version, self.damage))

    def segments(self, settings: StageSettings) -> SegmentCache | None:
        """The segment store under the cache folder of ``settings`` (None without a cache): underthesea's output
        per text, handed to the segmenter explicitly (haucan/sentences.py)."""
        if settings.cache_dir is None:
            return None
        folder, segmenter = settings.cache_dir, SEGMENTER.replace("@", "-")
        return self._connection(("segments", folder, segmenter), lambda: SegmentCache(folder, segmenter, self.damage))

    def close(self) -> None:
        """Close every connection (the next request opens a new one)."""
        for store in self._open.values():
            store.close()
        self._open.clear()


@functools.cache
def process_caches() -> Caches:
    """This process's Caches. A worker (a pool process or a Dask worker thread's process) runs no code of ours
    when it starts, so the first chunk that asks makes it; every later chunk of that process gets the same one."""
    return Caches()


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
