"""haucan/dedup/signature.py computes MinHash values with numpy instead of datasketch (whose import pulls scipy
into every worker): its permutations, banding and every value must be datasketch 2.0's, on hash sets of every
size (one batch, several batches, extreme values) and on the shingle hashes of tricky texts."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import numpy as np
import pytest
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from haucan.dedup import signature as sig
from tests.support.bad_inputs import article_text

TEXTS = ["", "   \n\t ", "một", "Cục Hậu cần", unicodedata.normalize("NFD", article_text(1)), article_text(2),
         "Cá»¥c Háº­u cáº§n tá»• chá»©c", "a\u00a0b\u2028c  d\te", "hoá uỷ HOÁ Hóa " * 40, "1 2 3 4 5 6 7 8 9"]


def _datasketch_values(hashes: np.ndarray) -> np.ndarray:
    reference = MinHash(num_perm=sig.NUM_PERM, seed=sig.SEED, hashfunc=int)
    reference.update_batch(hashes.tolist())
    return reference.hashvalues


def test_permutations_and_bands_are_datasketchs():
    a, b = MinHash(num_perm=sig.NUM_PERM, seed=sig.SEED).permutations
    assert (a == sig._A).all() and (b == sig._B).all()
    assert (sig.BANDS, sig.ROWS) == _optimal_param(sig.CANDIDATE_THRESHOLD, sig.NUM_PERM, 0.5, 0.5)


@pytest.mark.parametrize("size", [1, 2, 5, 127, 1000, sig.BATCH, sig.BATCH + 7, 2 * sig.BATCH + 1])
def test_values_equal_datasketch(size):
    rng = np.random.default_rng(size)
    hashes = np.unique(rng.integers(0, 2**32, size, dtype=np.uint64).astype(np.uint32))
    hashes[0] = 0
    hashes[-1] = np.uint32(2**32 - 1) if size > 1 else hashes[-1]
    assert (sig.minhash_values(hashes) == _datasketch_values(hashes)).all()
    assert sig.minhash_values(hashes).dtype == np.uint32


@pytest.mark.parametrize("text", TEXTS)
def test_text_values_and_buckets_equal_datasketch(text):
    hashes = sig.shingle_hashes(text)
    expected = _datasketch_values(hashes)
    assert (sig.minhash_values(hashes) == expected).all()
    assert (sig.band_buckets(sig.minhash_values(hashes)) == sig.band_buckets(expected)).all()
    assert (sig.minhash(text).hashvalues == expected).all()


def test_worker_modules_import_no_datasketch_or_sklearn():
    """The per-article path, imported in a fresh interpreter as a spawned worker imports it, leaves out
    datasketch (and scipy.integrate through it) and seqeval (and scikit-learn through it), which only the main
    process uses. Still there: ``datasets`` (schema/columns.py declares every column's feature type with it when
    the models are built) and scipy.sparse (pandera builds its models' typing through dask.dataframe whenever
    dask is installed, and dask.array imports scipy.sparse): see benchmarks/RESULTS.md, perfA."""
    code = ("import sys, haucan.chunks, haucan.signature_chunk; print(' '.join(m for m in "
            "('datasketch', 'sklearn', 'seqeval', 'scipy.integrate') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []
