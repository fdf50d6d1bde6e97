"""Runs the per-article function over the sources and yields results in input order: in this process, in a
local process pool (``--workers N``), or on a Dask cluster (``--scheduler ADDRESS``).

Whatever runs the work, results are consumed in the order of the inputs, so the output cannot depend on which
worker finished first.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

WORKER_CHUNK = 8  # items handed to a local worker at a time: amortises pickling, keeps memory flat


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
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        yield from pool.imap(function, items, chunksize=WORKER_CHUNK)
