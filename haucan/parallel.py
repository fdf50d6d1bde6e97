"""Runs a function over items and yields its results in input order: in this process, in a local process pool
(``--workers N``), or on a Dask cluster (``--scheduler ADDRESS``).

Whatever runs the work, results are consumed in the order of the inputs, so the output cannot depend on which
worker finished first, and the cross-article steps that follow (dedup, identities, writing) see exactly the
sequence a one-process build sees. What the pipeline's function sends back is its result already encoded by
haucan/codec.py (data only, the same form the article store keeps); the pool or Dask only carries those bytes
between our own processes.

dask and distributed are imported only when a scheduler is given: a local build needs neither to be importable.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import multiprocessing
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from distributed import Client

Item = TypeVar("Item")
Result = TypeVar("Result")

WORKER_CHUNK = 1  # items per task: the pipeline's items are already chunks of ~batch_size articles
IN_FLIGHT_PER_WORKER = 2  # tasks queued or running per local worker: keeps workers busy, bounds results held
MIN_CHUNKS_IN_FLIGHT = 32  # on Dask: enough to keep a small cluster busy while the oldest chunk is awaited
CHUNKS_PER_THREAD = 4  # on Dask: in flight per worker thread, so a big cluster is not starved by the window


@contextlib.contextmanager
def worker_pool(workers: int, scheduler: str | None = None) -> Iterator[Pool | None]:
    """One local pool of ``workers`` processes for several passes (None when the work runs in this process or on
    Dask). A spawned worker costs ~2 CPU-s of imports and ~1 s of lazily loaded rules and models before its
    first article; one pool for the dedup pass and the main pass pays that once per worker instead of twice.
    The workers are stopped when the block ends."""
    if scheduler is not None or workers <= 1:
        yield None
        return
    # spawn: workers start clean instead of inheriting the parent's threads (pyarrow, underthesea).
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        yield pool


def run_in_order(function: Callable[[Item], Result], items: Sequence[Item], workers: int = 1,
                 scheduler: str | None = None, pool: Pool | None = None) -> Iterator[Result]:
    """``map(function, items)``, in input order, spread over ``workers`` local processes (``pool``'s, when given:
    see ``worker_pool``; else a pool of its own) or a Dask scheduler."""
    if scheduler is not None:
        yield from run_on_dask(function, items, scheduler)
        return
    if workers <= 1:
        yield from map(function, items)
        return
    if pool is not None:
        yield from _in_order(pool, function, items, workers)
        return
    with worker_pool(workers) as own:
        yield from _in_order(own, function, items, workers)


def _in_order(pool: Pool, function: Callable[[Item], Result], items: Iterable[Item], workers: int) -> Iterator[Result]:
    """The pool's results in input order. Not Pool.imap: its feeder thread submits every item at once, and results
    pile up in memory whenever the consumer is slower than the workers. A window of apply_async calls keeps at
    most a few in flight."""
    window: collections.deque = collections.deque()
    for item in items:
        window.append(pool.apply_async(function, (item,)))
        if len(window) >= workers * IN_FLIGHT_PER_WORKER:
            yield window.popleft().get()
    while window:
        yield window.popleft().get()


def _run_chunk(function: Callable[[Item], Result], chunk: tuple[Item, ...]) -> list[Result]:
    """What a Dask worker runs: ``function`` over one chunk, in order. Module-level so it pickles by reference."""
    return [function(item) for item in chunk]


def _chunks(items: Iterable[Item], size: int) -> Iterator[tuple[Item, ...]]:
    """Consecutive tuples of ``size`` items (the last may be shorter); lazy, so a huge input is never copied."""
    iterator = iter(items)
    while chunk := tuple(itertools.islice(iterator, size)):
        yield chunk


def _window(client: Client) -> int:
    """How many chunks may be submitted and not yet consumed: a multiple of the threads the cluster has when we
    connect, never fewer than :data:`MIN_CHUNKS_IN_FLIGHT` (workers may still be joining)."""
    threads = sum(client.nthreads().values())
    return max(MIN_CHUNKS_IN_FLIGHT, CHUNKS_PER_THREAD * threads)


def run_on_dask(function: Callable[[Item], Result], items: Iterable[Item], address: str,
                chunk_size: int = WORKER_CHUNK) -> Iterator[Result]:
    """``map(function, items)`` computed on the Dask cluster whose scheduler is at ``address``, yielded in input
    order.

    - **Order.** Chunks are consumed oldest first, whichever worker finishes first; a later chunk that is done
      waits in the cluster's memory until its turn. Earlier chunks get a higher priority, so the scheduler runs
      them first and the oldest one is rarely what we wait for.
    - **Bounded memory.** At most ``_window(client)`` chunks are in flight: a new chunk is submitted only when
      the oldest one has been consumed. Neither this process nor the cluster ever holds more than a window of
      inputs or results, however many millions of items there are; ``items`` is read lazily.
    - **Chunks.** One task per ``chunk_size`` items (the local pool's chunksize), so the scheduler's per-task
      overhead (milliseconds) is paid once per chunk rather than once per article.
    - **No deduplication.** Each task's key is unique (this run's id and the chunk's index; ``pure=False`` too),
      so two chunks that happen to be equal (the same item twice) are both computed and yielded, exactly as
      ``map`` would. Dask's default (``pure=True``) keys a task by the hash of its arguments, and a second equal
      chunk would silently share the first one's future instead of being computed.
    - **Errors.** An exception raised by ``function`` on a worker is re-raised here with its original type (the
      exception is pickled back; ``SeedError`` is picklable), at the position of the item that raised it, after
      every earlier result has been yielded.
    - **Cleanup.** The client is closed when the iteration ends, fails or is abandoned (``close()`` on the
      generator); closing it cancels the tasks still pending, so an aborted build leaves nothing running.

    The workers import ``function`` by reference: they need this package installed (``requirements.lock``)
    and the input files at the same paths, since ``function`` reads the articles by path.
    """
    from distributed import Client  # only here: a local build does not need dask

    # set_as_default=False: do not make this client the process-wide dask scheduler behind the caller's back.
    with Client(address, set_as_default=False) as client:
        run = uuid.uuid4().hex  # one run's tasks are named together on the dashboard
        window = _window(client)
        pending: collections.deque = collections.deque()
        try:
            for index, chunk in enumerate(_chunks(items, chunk_size)):
                pending.append(client.submit(_run_chunk, function, chunk, pure=False, priority=-index,
                                             key=f"haucan-chunk-{run}-{index}"))
                if len(pending) >= window:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            if pending:
                client.cancel(list(pending))
