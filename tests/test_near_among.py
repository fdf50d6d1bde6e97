"""haucan/dedup/signature.py ``near_among`` and ``size_window``: the index's all-candidates-at-once verification
decides exactly what ``overlap`` + ``is_near`` decide pair by pair, with the same similarity floats, on tricky
sets (one shingle, identical, disjoint, hashes at 0 and 2^32 - 1, sizes at the edge of the 0.8 window)."""

from __future__ import annotations

import random

import numpy as np

from haucan.dedup.signature import SHINGLE_DTYPE, is_near, near_among, overlap, shingle_hashes, size_window
from tests.support.bad_inputs import article_text


def _blob(values) -> bytes:
    return np.unique(np.asarray(values, dtype=np.uint64)).astype(SHINGLE_DTYPE).tobytes()


def _per_pair(mine: np.ndarray, others: list[bytes]) -> tuple[list[int], list[float]]:
    near, similarity = [], []
    for position, blob in enumerate(others):
        common, union = overlap(mine, np.frombuffer(blob, dtype=SHINGLE_DTYPE))
        if is_near(common, union):
            near.append(position)
            similarity.append(common / union)
    return near, similarity


def test_same_as_per_pair():
    rng = random.Random(16)
    top = (1 << 32) - 1
    for _ in range(300):
        size = rng.choice([1, 2, 4, 5, 10, 37, 200])
        mine_values = rng.sample(range(0, 1000), size) + rng.choice([[], [0], [top], [0, top]])
        mine = np.frombuffer(_blob(mine_values), dtype=SHINGLE_DTYPE)
        others = []
        for _ in range(rng.randrange(0, 12)):
            kept = [v for v in mine.tolist() if rng.random() < rng.choice([1.0, 0.95, 0.85, 0.8, 0.5])]
            extra = [rng.randrange(0, 1 << 32) for _ in range(rng.randrange(0, 5))]
            values = kept + extra or [rng.choice([0, top, 7])]
            others.append(_blob(values))
        assert near_among(mine, others) == _per_pair(mine, others)


def test_real_texts_and_edges():
    texts = [article_text(i) for i in range(8)]
    texts += [texts[0] + " Thêm một câu.", texts[1].replace("Hà Nội", "Hải Phòng"), "", "một hai", texts[2][:400]]
    sets = [shingle_hashes(t) for t in texts]
    blobs = [s.astype(SHINGLE_DTYPE).tobytes() for s in sets]
    for mine in sets:
        assert near_among(mine, blobs) == _per_pair(mine, blobs)
    assert near_among(sets[0], []) == ([], [])


def test_size_window_is_exact():
    for size in range(1, 400):
        low, high = size_window(size)
        for other in range(1, 600):
            possible = 5 * min(size, other) >= 4 * max(size, other)  # Jaccard <= min/max, at 0.8
            assert (low <= other <= high) == possible, (size, other)
