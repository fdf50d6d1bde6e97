"""The Dask path (``--scheduler``) against a real local cluster: two spawned worker processes, one thread each,
talking to a scheduler over TCP on the loopback, as separate machines would."""

from __future__ import annotations

import hashlib
import time

import distributed  # a hard import: it is in requirements.lock, so a missing one should fail, not skip
import pytest

from tests.conftest import SEEDS


class Boom(ValueError):
    """A distinctive exception type: the test checks the type survives the trip back from the worker."""


def slow_square(n: int) -> int:
    """Later items finish sooner (shorter sleeps), so completion order differs from input order."""
    time.sleep(0.002 * ((50 - n) % 7))
    return n * n


def fail_on_13(n: int) -> int:
    if n == 13:
        raise Boom(f"item {n}")
    return n


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as local:
        yield local


def _assert_cluster_released(cluster, timeout=10.0):
    """The client has been closed and the scheduler holds no task of ours (release is asynchronous: poll)."""
    scheduler = cluster.scheduler
    deadline = time.monotonic() + timeout
    while scheduler.tasks or set(scheduler.clients) - {"fire-and-forget"}:
        assert time.monotonic() < deadline, (list(scheduler.tasks)[:5], list(scheduler.clients))
        time.sleep(0.05)


def _sha256_tree(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_results_come_back_in_input_order(cluster):
    from haucan.parallel import run_on_dask

    items = list(range(50))
    # chunk_size=1 and a small input: many tasks racing on two workers, each yielded in input order.
    assert list(run_on_dask(slow_square, items, cluster.scheduler_address, chunk_size=1)) == [n * n for n in items]
    assert list(run_on_dask(slow_square, items, cluster.scheduler_address)) == [n * n for n in items]
    _assert_cluster_released(cluster)


def test_equal_chunks_are_each_computed(cluster):
    from haucan.parallel import run_on_dask

    # Four identical chunks of 8: dask must not collapse them into one task.
    items = [3] * 32
    assert list(run_on_dask(slow_square, items, cluster.scheduler_address)) == [9] * 32


def test_a_worker_exception_propagates_with_its_type(cluster):
    from haucan.parallel import run_on_dask

    seen = []
    with pytest.raises(Boom, match="item 13"):
        for result in run_on_dask(fail_on_13, range(40), cluster.scheduler_address, chunk_size=4):
            seen.append(result)
    assert seen == list(range(12))  # every result before the failing chunk was yielded, in order
    _assert_cluster_released(cluster)  # the pending chunks were cancelled and the client closed


def test_an_abandoned_iteration_closes_the_client(cluster):
    from haucan.parallel import run_on_dask

    results = run_on_dask(slow_square, range(1000), cluster.scheduler_address, chunk_size=1)
    assert [next(results) for _ in range(3)] == [0, 1, 4]
    results.close()
    _assert_cluster_released(cluster)


@pytest.mark.slow
def test_dask_build_is_byte_identical_to_a_local_build(cluster, tmp_path):
    from haucan.config import BuildConfig
    from haucan.pipeline import build

    trees = []
    for name, scheduler in (("local", None), ("dask", cluster.scheduler_address)):
        transitions = cluster.scheduler.transition_counter
        out = tmp_path / name / "ds"
        build(BuildConfig(input_dir=SEEDS, output_dir=out, workers=1, heldout_dir=None, scheduler=scheduler))
        trees.append(_sha256_tree(out))
        # The local build never touches the cluster; the dask build really ran its tasks there.
        assert (cluster.scheduler.transition_counter > transitions) == (scheduler is not None)
    assert trees[0]
    assert trees[0] == trees[1]
