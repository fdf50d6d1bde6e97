"""Per-stage wall time, summed over articles, for the benchmark and the build's timings file.

``stage(name)`` adds the time of a block to the innermost ``collect()``; a worker collects per chunk and sends
the totals back with the result, the main process collects its own. Timings are written beside the output,
never into it (they differ from run to run, the dataset must not).

The innermost tally is a context variable rather than an argument: ``stage`` is called from every step of
the build, and threading a timer through all of their signatures would make each carry a parameter that
has nothing to do with its job. A context variable, unlike a module global, is per thread (a Dask worker
runs several chunks at once, each in its own thread, and each must collect only its own time). Outside any
``collect()`` nothing is tallied.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from haucan.config import BuildConfig
    from haucan.progress import Progress

_TALLY: ContextVar[Counter | None] = ContextVar("haucan_stage_tally", default=None)


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Add the wall time of the ``with`` block to stage ``name`` of the innermost collection."""
    started = time.perf_counter()
    try:
        yield
    finally:
        tally = _TALLY.get()
        if tally is not None:
            tally[name] += time.perf_counter() - started


@contextmanager
def collect() -> Iterator[Counter]:
    """A fresh tally of stage seconds for the ``with`` block; the enclosing tally is restored after it (so a
    per-article tally taken in the main process, with one worker, does not swallow the main stages)."""
    tally: Counter = Counter()
    token = _TALLY.set(tally)
    try:
        yield tally
    finally:
        _TALLY.reset(token)


def write_timings(config: BuildConfig, wall: float, progress: Progress, main_seconds: dict[str, float]) -> None:
    """Stage seconds beside the output (never inside: they change from run to run), for benchmarks/."""
    timings = {
        "wall_seconds": round(wall, 3),
        "articles": {"computed": progress.computed, "from_cache": progress.cached,
                     "whole_chunks_from_cache": progress.chunks_from_cache},
        "release_reused": progress.release_reused,
        "workers": config.workers, "scheduler": config.scheduler is not None, "words": config.words,
        "per_article_stage_seconds": {k: round(v, 3) for k, v in sorted(progress.worker_seconds.items())},
        "main_process_stage_seconds": {k: round(v, 3) for k, v in sorted(main_seconds.items())},
    }
    partial = config.timings_path.with_name(config.timings_path.name + ".partial")
    try:
        partial.write_text(json.dumps(timings, indent=2) + "\n", encoding="utf-8")
        os.replace(partial, config.timings_path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
