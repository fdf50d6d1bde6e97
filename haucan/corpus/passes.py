"""The two passes of the workers over the corpus, chunk by chunk in id order (locally or on a Dask cluster,
through the caches): the dedup pass, which indexes every article's signature and decides the duplicates, then
the main pass, which yields each chunk's result for the cross-article decisions and the writers.
"""

from __future__ import annotations

import functools
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from haucan.cache.damage import damage_summary
from haucan.cache.keys import pipeline_version
from haucan.chunks import chunk_sources, group_chunks, process_chunks
from haucan.codec import decode
from haucan.config import BuildConfig
from haucan.dedup.index import Deduplicator
from haucan.parallel import run_in_order
from haucan.per_article import StageSettings
from haucan.prepared import SUBDIR as PREPARED
from haucan.progress import Progress
from haucan.read import SourceList
from haucan.records import SourceFile
from haucan.results import ChunkResult
from haucan.signature_chunk import signature_chunk
from haucan.timing import stage

if TYPE_CHECKING:
    from multiprocessing.pool import Pool


def _settings(config: BuildConfig, scratch: Path) -> StageSettings:
    """What the workers need of the build's settings; the pipeline version keys the article cache, if any. Local
    workers share the build's ``scratch`` folder, where the dedup pass keeps each article's decode, clean and
    layout for the main pass (haucan/prepared.py); a Dask cluster's workers may not, so they compute it twice."""
    prepared = scratch / PREPARED if config.scheduler is None else None
    return StageSettings(config.input_dir, config.words, config.cache_dir,
                         pipeline_version() if config.cache_dir else "", prepared)


def find_duplicates(config: BuildConfig, sources: SourceList, progress: Progress, dedup: Deduplicator,
                    scratch: Path, pool: Pool | None = None) -> None:
    """The dedup pass, before anything is written: every article's Signature (computed by the workers, chunk
    by chunk, through the article cache) goes into the on-disk index, then the index decides which copy of
    each group is kept (haucan/dedup/index.py). Members of a group can be anywhere in id order, so no article can be
    published before every one has been seen; the index holds them on disk, never in memory. ``pool``: the
    build's local workers (haucan/parallel.py ``worker_pool``), shared with the main pass, or None."""
    work = functools.partial(signature_chunk, _settings(config, scratch))
    bar = Progress(len(sources), config.progress)  # its own bar: the main pass's counts stay the main pass's
    bar.bar.set_description("dedup pass")
    damage: Counter = Counter()
    try:
        for outcome in run_in_order(work, chunk_sources(sources, config.batch_size), config.workers,
                                    config.scheduler, pool):
            bar.chunk_done(outcome)
            damage.update(outcome.cache_damage)
            with stage("main: dedup pass index"):
                for source, signature in decode(outcome.packed):
                    if signature is not None:
                        dedup.add(source, signature)
    finally:
        bar.close()
    if damage:  # as the main pass does: one line, what was wrong in the cache (all of it was recomputed)
        print(f"warning: dedup pass: {damage_summary(damage)}", file=sys.stderr)
    progress.worker_seconds.update(bar.worker_seconds)
    progress.dedup_computed = bar.computed  # articles not in the cache: what the main pass will compute too
    with stage("main: dedup pass resolve"):
        dedup.resolve()
    progress.bar.total = len(sources) - dedup.duplicate_count()  # the main pass skips the duplicates
    progress.bar.refresh()


def to_process(sources: Iterable[SourceFile], dedup: Deduplicator) -> Iterator[SourceFile]:
    """The sources the main pass processes: all but the duplicates the dedup pass found (their report records
    come from the dedup index). Rejections of the dedup pass are processed again, to be reported with why."""
    return (source for source in sources if not dedup.is_duplicate(source.article_id))


TASK_ARTICLES = 1024
"""Articles a worker's task holds at most: that many validated in one pandera call (whose cost is mostly per
call, ~0.15 CPU-s) instead of one call per chunk of ``--batch-size``."""
GUIDED_SHARE = 2
"""Guided self-scheduling: a task takes 1/(GUIDED_SHARE x workers) of the articles not yet given out, so the
first tasks are large (few pandera calls) and the last ones small (one chunk): the workers finish together."""
REBUILD_TASK_ARTICLES = 2048
"""Articles a task holds at most in a rebuild (at most one article in REBUILD_SHARE new). Most of its articles
come from the cache (~1-2 ms each, not ~15), and each task whose chunks hold a new article pays pandera's
fixed cost once: equal tasks, larger than a cold build's, make a +1% rebuild validate in a few calls instead of
one per guided task. Bounded because a worker holds a task's stored chunks (decoded) until it packs them."""
REBUILD_SHARE = 4


def task_articles(config: BuildConfig, articles: int | None, computed: int | None = None) -> Callable[[int], int]:
    """How many articles the next task of the main pass gathers (whole chunks, see ``group_chunks``), given how
    many the tasks before it took, out of ``articles``; ``computed``: how many the dedup pass did not find in
    the cache (the new articles; None when unknown)."""
    if config.workers <= 1 and config.scheduler is None:
        return lambda given: TASK_ARTICLES  # in this process: no worker to keep busy
    remaining_share = max(config.workers, 1) * GUIDED_SHARE
    total = articles or 0
    if computed is not None and total and computed * REBUILD_SHARE <= total:  # a rebuild: mostly from the cache
        size = max(1, min(REBUILD_TASK_ARTICLES, -(-total // remaining_share)))
        return lambda given: size
    return lambda given: max(1, min(TASK_ARTICLES, (total - given) // remaining_share))


def main_pass(config: BuildConfig, sources: Iterable[SourceFile], progress: Progress,
              scratch: Path, pool: Pool | None = None) -> Iterator[ChunkResult]:
    """Chunk results in id order, from local processes (``pool``'s when given) or a Dask cluster, through the
    caches; the same results whichever way they were obtained."""
    settings = _settings(config, scratch)
    work = functools.partial(process_chunks, settings)
    damage: Counter = Counter()
    groups = group_chunks(chunk_sources(sources, config.batch_size),
                          task_articles(config, progress.bar.total, progress.dedup_computed))
    for outcomes in run_in_order(work, groups, config.workers, config.scheduler, pool):
        for outcome in outcomes:
            progress.chunk_done(outcome)
            with stage("main: unpack"):
                result = decode(outcome.packed)
            damage.update(outcome.cache_damage)
            yield result
    if damage:  # one line per build: what was wrong in the cache (all of it was recomputed)
        print(f"warning: {damage_summary(damage)}", file=sys.stderr)
