"""haucan/corpus/passes.py ``task_articles`` and haucan/chunks.py ``group_chunks``: the main pass's tasks are
whole chunks in order, large first and small last (guided self-scheduling), never above TASK_ARTICLES but by
the chunk that crosses it, and one process still gets TASK_ARTICLES per task."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from haucan.chunks import group_chunks
from haucan.corpus.passes import TASK_ARTICLES, task_articles


def _chunks(total: int, seed: int) -> list[tuple[int, ...]]:
    rng, chunks, start = random.Random(seed), [], 0
    while start < total:
        size = min(total - start, max(1, int(rng.expovariate(1 / 256))), 4 * 256)
        chunks.append(tuple(range(start, start + size)))
        start += size
    return chunks


@pytest.mark.parametrize(("total", "workers"), [(0, 2), (5, 2), (300, 2), (3000, 2), (10_000, 2), (10_000, 7),
                                                (100_000, 2)])
def test_guided_tasks_keep_the_chunks_and_shrink(total, workers):
    chunks = _chunks(total, total + workers)
    sizes = task_articles(SimpleNamespace(workers=workers, scheduler=None), total)
    groups = list(group_chunks(chunks, sizes))
    assert [chunk for group in groups for chunk in group] == chunks  # the same chunks, in order
    given = 0
    for group in groups:
        held = sum(map(len, group))
        target = sizes(given)
        assert 1 <= target <= TASK_ARTICLES
        assert held - len(group[-1]) < target  # the chunk that reached the target closed the task
        given += held
    targets = [sizes(given) for given in range(0, total + 1, 97)]
    assert targets == sorted(targets, reverse=True)  # large first, small last


def test_one_process_takes_the_largest_tasks():
    sizes = task_articles(SimpleNamespace(workers=1, scheduler=None), 50_000)
    assert sizes(0) == sizes(49_000) == TASK_ARTICLES


def test_a_fixed_size_still_groups_as_before():
    chunks = [tuple(range(n)) for n in (3, 5, 1, 7, 2, 2)]
    assert [sum(len(c) for c in g) for g in group_chunks(chunks, 6)] == [8, 8, 4]
