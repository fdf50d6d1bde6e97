"""One local pool for both passes (haucan/parallel.py ``worker_pool``) and the held-out sets scored by one of its
workers (haucan/heldout.py ``heldout_scores``): the same results as before, from the same processes."""

from __future__ import annotations

import multiprocessing
import operator
import os
import pickle
from pathlib import Path

from haucan.heldout import heldout_scores, score_heldout
from haucan.parallel import run_in_order, worker_pool

HELDOUT = Path(__file__).resolve().parent / "heldout"


def test_passes_on_a_shared_pool_give_map_in_order_from_the_same_workers():
    items = list(range(-40, 60, 3))
    with worker_pool(2) as pool:
        before = {pool.apply(os.getpid) for _ in range(8)}
        first = list(run_in_order(operator.neg, items, 2, None, pool))
        second = list(run_in_order(abs, items, 2, None, pool))
        after = {pool.apply(os.getpid) for _ in range(8)}
        alive = {child.pid for child in multiprocessing.active_children()}
    assert first == [-i for i in items] and second == [abs(i) for i in items]
    # No worker was started for the second pass: whichever workers answered (a loaded machine may leave one
    # idle), they are the pool's, still alive, and no more than two processes ever served.
    assert before and after and before | after <= alive and len(before | after) <= 2 and os.getpid() not in alive


def test_no_pool_in_this_process_or_on_dask():
    with worker_pool(1) as alone, worker_pool(4, "tcp://127.0.0.1:1") as dask:
        assert alone is None and dask is None
    assert list(run_in_order(operator.neg, [1, 2, 3], 2)) == [-1, -2, -3]  # a pool of its own, as before


def test_heldout_scores_are_score_heldout_through_a_pickle():
    scores, facts = {}, {}
    score_heldout(HELDOUT, scores, facts)
    assert scores and any(s.articles for s in scores.values())  # not vacuous
    got_scores, got_facts, seconds = pickle.loads(pickle.dumps(heldout_scores(HELDOUT)))
    assert got_scores == scores and got_facts == facts and seconds > 0
    assert list(got_scores) == list(scores) and list(got_facts) == list(facts)
    assert heldout_scores(None)[:2] == ({}, {})
