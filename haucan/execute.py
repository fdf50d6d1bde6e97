"""Runs the per-article function over the sources and yields results in input order: in this process, in a
local process pool (``--workers N``), or on a Dask cluster (``--scheduler ADDRESS``).

Whatever runs the work, results are consumed in the order of the inputs, so the output cannot depend on which
worker finished first. What a chunk sends back is its result already encoded by haucan/codec.py (data only, the
same form the article store keeps); the pool or Dask only carries those bytes between our own processes.
"""

from __future__ import annotations

import collections
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

WORKER_CHUNK = 1  # items per task: the pipeline's items are already chunks of ~batch_size articles
IN_FLIGHT_PER_WORKER = 2  # tasks queued or running per worker: keeps workers busy, bounds results held in memory


def run_in_order(function: Callable[[Item], Result], items: Sequence[Item], workers: int = 1,
                 scheduler: str | None = None) -> Iterator[Result]:
    """``map(function, items)``, in input order, spread over ``workers`` local processes or a Dask scheduler."""
    if scheduler is not None:
        # Imported only when used: a local build does not need dask.
        from haucan.dask_run import run_on_dask

        yield from run_on_dask(function, items, scheduler)
        return
    if workers <= 1:
        yield from map(function, items)
        return
    # spawn: workers start clean instead of inheriting the parent's threads (pyarrow, underthesea).
    # Not Pool.imap: its feeder thread submits every item at once, and results pile up in memory whenever the
    # consumer is slower than the workers. A window of apply_async calls keeps at most a few in flight.
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        window: collections.deque = collections.deque()
        for item in items:
            window.append(pool.apply_async(function, (item,)))
            if len(window) >= workers * IN_FLIGHT_PER_WORKER:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()
