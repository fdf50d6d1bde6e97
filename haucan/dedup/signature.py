"""What one article contributes to deduplication: its words, shingles, MinHash and LSH buckets, gathered in a
:class:`Signature` (per-article work, run in the worker processes and cached with the article).

Definitions. Words are the runs of letters and digits of the NFC, case-folded text, each spelt as
underthesea's token normaliser spells it (old-style tone placement 'hoá', 'uỷ' made 'hóa', 'ủy'; ``normal_word``).
Two articles are **exact duplicates** when their texts are equal after NFC, case folding, that spelling and
whitespace collapsing (sha256 of that canonical text). They are **near duplicates** when the Jaccard similarity
of their sets of word 5-shingles is >= NEAR_DUPLICATE_THRESHOLD (0.8): a shingle is five consecutive words (a
text of fewer words is one shingle), and
each shingle is represented by its 32-bit hash (datasketch's ``sha1_hash32``), so the similarity is computed
exactly on the hash sets (two texts share a spurious hash with probability ~n*m/2^32, about 2e-4 for two
1,000-word texts: it moves the similarity by at most 1/union).

The LSH bands (``band_buckets``) are 25 buckets of 5 values each of a datasketch MinHash over those hashes (128
permutations, fixed seed; 25x5 is datasketch's banding for a candidate threshold of 0.5): the index
(haucan/dedup/index.py) compares a text only with those sharing a bucket, and verifies each by ``is_near``.

The MinHash values are computed here with numpy, exactly as datasketch 2.0's affine32 scheme computes them (its
permutations drawn from the same seeded RandomState, its MurmurHash3 pre-mix, uint32 wrap-around), for all of a
batch of shingles in one array operation. datasketch itself is not imported: its package imports its LSH, which
imports scipy (~35 MB in every worker process for nothing). tests/test_minhash_numpy.py compares every value, the
permutations and the banding with datasketch's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

import numpy as np

from haucan.dedup.shingles import (  # noqa: F401  (the words and shingles are part of this module's interface)
    BATCH,
    SHINGLE,
    SHINGLE_DTYPE,
    WORD_MEMO,
    canonical_digest,
    canonical_key,
    folded_parts,
    hashes_of_words,
    normal_word,
    shingle_hashes,
    shingles,
    words,
)

if TYPE_CHECKING:
    from datasketch import MinHash

NEAR_DUPLICATE_THRESHOLD = 0.8
NUM_PERM = 128
SEED = 1
CANDIDATE_THRESHOLD = 0.5
"""LSH only proposes candidates (every one is verified exactly), so it is tuned for recall at 0.8."""
BANDS, ROWS = 25, 5
"""datasketch MinHashLSH's (b, r) for the candidate threshold (``_optimal_param(0.5, 128, 0.5, 0.5)``; checked by
tests/test_minhash_numpy.py): 25 bands of 5 values."""
BUCKET_DTYPE = np.dtype("<i8")
"""The LSH band buckets, as Signature.bands stores them."""
_THRESHOLD = Fraction(str(NEAR_DUPLICATE_THRESHOLD))  # compared in integers: 4/5 exactly, no rounding at 0.8


def _permutations(seed: int, count: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutation parameters (``MinHash._init_permutations``): odd multipliers ``a`` and
    offsets ``b``, drawn in this order from ``np.random.RandomState(seed)``."""
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, count, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, count, dtype=np.uint32)
    return a, b


_A, _B = _permutations(SEED, NUM_PERM)
_EMPTY = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)  # datasketch's initial (empty) values
# MurmurHash3's 32-bit finalizer, as datasketch's _fmix(hv, 32) applies it to every input hash.
_FMIX_SHIFTS = (np.uint32(16), np.uint32(13), np.uint32(16))
_FMIX_MULTIPLIERS = (np.uint32(0x85EBCA6B), np.uint32(0xC2B2AE35))


def _fmix32(values: np.ndarray) -> np.ndarray:
    (s1, s2, s3), (m1, m2) = _FMIX_SHIFTS, _FMIX_MULTIPLIERS
    values = values ^ (values >> s1)
    values = values * m1  # uint32: wraps around, which is the intended arithmetic modulo 2^32
    values = values ^ (values >> s2)
    values = values * m2
    return values ^ (values >> s3)



def minhash_values(hashes: np.ndarray) -> np.ndarray:
    """datasketch's MinHash values of the shingle hashes (what ``update_batch`` of a MinHash(128, seed 1) fed
    these values through ``hashfunc=int`` gives): each permutation's minimum of a * fmix(h) + b over the hashes,
    BATCH hashes (a BATCH x 128 array) at a time."""
    values = _EMPTY
    for start in range(0, len(hashes), BATCH):
        mixed = _fmix32(np.asarray(hashes[start:start + BATCH], dtype=np.uint32))[:, None]
        values = np.minimum(values, (mixed * _A + _B).min(axis=0))
    return values


def minhash(text: str) -> MinHash:
    """MinHash of the text's word 5-shingles (a datasketch MinHash with its default sha1_hash32 hashfunc), for
    tests and benchmarks; the build only needs ``minhash_values``."""
    from datasketch import MinHash  # only here: see the module docstring

    signature = MinHash(num_perm=NUM_PERM, seed=SEED)
    if signature.hashvalues.dtype != np.uint32:  # pragma: no cover - only a datasketch upgrade could change it
        raise ImportError(f"expected datasketch's uint32 (affine32) MinHash values, got {signature.hashvalues.dtype}")
    signature.hashvalues = minhash_values(shingle_hashes(text))
    return signature


def band_buckets(values: np.ndarray) -> np.ndarray:
    """One signed 64-bit bucket per LSH band: blake2b of the band index and the band's ROWS values
    (deterministic, unlike ``hash()``). Equal bands give equal buckets; a collision only adds a candidate."""
    data = np.asarray(values, dtype=SHINGLE_DTYPE).tobytes()
    width = ROWS * SHINGLE_DTYPE.itemsize
    return np.array([int.from_bytes(hashlib.blake2b(bytes((band,)) + data[band * width:(band + 1) * width],
                                                    digest_size=8).digest(), "little", signed=True)
                     for band in range(BANDS)], dtype=BUCKET_DTYPE)


def overlap(a: np.ndarray, b: np.ndarray) -> tuple[int, int]:
    """(intersection, union) sizes of two sorted, distinct hash arrays."""
    common = int(np.intersect1d(a, b, assume_unique=True).size)
    return common, len(a) + len(b) - common


def is_near(common: int, union: int) -> bool:
    """Jaccard = common / union >= NEAR_DUPLICATE_THRESHOLD, decided in integers."""
    return common * _THRESHOLD.denominator >= _THRESHOLD.numerator * union


def size_window(size: int) -> tuple[int, int]:
    """The shingle-set sizes another text must have to be near one of ``size`` shingles: Jaccard is at most
    min/max of the two sizes (all of the smaller set shared), so both min >= 0.8 max, in integers."""
    numerator, denominator = _THRESHOLD.numerator, _THRESHOLD.denominator
    return -(-numerator * size // denominator), denominator * size // numerator


def near_among(mine: np.ndarray, others: list[bytes]) -> tuple[list[int], list[float]]:
    """(positions in ``others``, Jaccard) of the stored shingle sets (sorted, distinct uint32 as bytes) near
    ``mine``: ``overlap`` and ``is_near`` of every pair, in three array operations for all of them at once
    (one searchsorted of their concatenation into ``mine``, a per-set sum, the integer test)."""
    if not others or not len(mine):
        return [], []
    sizes = np.fromiter((len(blob) // SHINGLE_DTYPE.itemsize for blob in others), dtype=np.int64, count=len(others))
    values = np.frombuffer(b"".join(others), dtype=SHINGLE_DTYPE)
    where = np.searchsorted(mine, values)
    where[where == len(mine)] = 0
    found = (mine[where] == values).astype(np.int64)
    starts = np.zeros(len(others), dtype=np.int64)
    np.cumsum(sizes[:-1], out=starts[1:])
    common = np.add.reduceat(found, starts) if len(values) else np.zeros(len(others), dtype=np.int64)
    union = sizes + len(mine) - common
    near = np.flatnonzero(common * _THRESHOLD.denominator >= _THRESHOLD.numerator * union)
    # Python int division, as ``common / union`` of the per-pair path: the same correctly rounded float.
    return near.tolist(), [c / u for c, u in zip(common[near].tolist(), union[near].tolist(), strict=True)]


@dataclass(frozen=True, slots=True)
class Signature:
    """What the dedup pass knows of one article: plain bytes and scalars (computed in a worker, cached by the
    file's bytes). About 4 bytes per distinct shingle plus 250 bytes."""

    exact: bytes
    """sha256 digest of the canonical text (``canonical_key``)."""
    text_sha256: bytes
    """sha256 digest of the text itself (UTF-8), as the main pass publishes it in ``articles.text_sha256``."""
    bands: bytes
    """The BANDS LSH buckets as little-endian int64."""
    shingles: bytes
    """The sorted, distinct 5-shingle hashes as little-endian uint32."""
    repairs: tuple[str, ...]
    """The repairs decoding and cleaning made (a clean copy ranks first; the report lists them for a duplicate,
    which the main pass never processes)."""
    published: str | None
    """The publication date the text states (ISO), None when it states none: the earliest ranks first."""

    @property
    def shingle_array(self) -> np.ndarray:
        return np.frombuffer(self.shingles, dtype=SHINGLE_DTYPE)

    @property
    def bucket_list(self) -> list[int]:
        return np.frombuffer(self.bands, dtype=BUCKET_DTYPE).tolist()


def signature_problem(value: object) -> str | None:
    """Why a Signature read back from the cache cannot be used (None when it can): None (a rejection) or a
    Signature whose fields have the types and sizes ``signature`` gives them, shingle hashes sorted and distinct.
    Its bytes passed their checksum; this is what an edit that recomputed the checksum could still get past."""
    if value is None:
        return None
    if type(value) is not Signature:
        return "not a dedup signature"
    if any(type(v) is not bytes for v in (value.exact, value.text_sha256, value.bands, value.shingles)):
        return "not a dedup signature (fields)"
    if len(value.exact) != 32 or len(value.text_sha256) != 32 or len(value.bands) != BANDS * BUCKET_DTYPE.itemsize:
        return "not a dedup signature (sizes)"
    if not value.shingles or len(value.shingles) % SHINGLE_DTYPE.itemsize:
        return "not a dedup signature (shingles)"
    if not bool(np.all(np.diff(value.shingle_array.astype(np.int64)) > 0)):
        return "shingle hashes not sorted and distinct"
    if type(value.repairs) is not tuple or not all(type(r) is str for r in value.repairs):
        return "not a dedup signature (repairs)"
    if value.published is not None:
        try:
            dt.date.fromisoformat(value.published)
        except (TypeError, ValueError):
            return "not a dedup signature (date)"
    return None


def signature(text: str, repairs: tuple[str, ...] = (), published: dt.date | None = None) -> Signature:
    """The article's Signature (per-article work of the dedup pass, in the worker processes)."""
    parts = folded_parts(text)  # once for both the canonical key and the shingles
    hashes = hashes_of_words(parts[1::2])
    return Signature(canonical_digest(parts), hashlib.sha256(text.encode("utf-8")).digest(),
                     band_buckets(minhash_values(hashes)).tobytes(),
                     hashes.astype(SHINGLE_DTYPE, copy=False).tobytes(), tuple(repairs),
                     published.isoformat() if published is not None else None)
