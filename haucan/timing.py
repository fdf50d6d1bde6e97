"""Per-stage wall time, summed over articles, for the benchmark and the build's timings file.

``stage(name)`` adds the time of a block to the innermost ``collect()``; a worker collects per article and sends
the totals back with the result, the main process collects its own. Timings are written beside the output,
never into it (they differ from run to run, the dataset must not).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

_current: Counter = Counter()


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Add the wall time of the ``with`` block to stage ``name`` of the innermost collection."""
    started = time.perf_counter()
    try:
        yield
    finally:
        _current[name] += time.perf_counter() - started


@contextmanager
def collect() -> Iterator[Counter]:
    """A fresh tally of stage seconds for the ``with`` block; the enclosing tally is restored after it (so a
    per-article tally taken in the main process, with one worker, does not swallow the main stages)."""
    global _current
    outer, _current = _current, Counter()
    try:
        yield _current
    finally:
        _current = outer
