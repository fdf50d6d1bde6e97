"""The words and word 5-shingles of a text, and their hashes, as deduplication defines them (haucan/dedup/signature.py
gives the definitions and makes the MinHash of these hashes).

Words are the runs of letters and digits of the NFC, case-folded text, each in ``normal_word``'s spelling; a
shingle is five consecutive words joined by single spaces, UTF-8 encoded (a text of fewer words is one
shingle), and its hash is datasketch's ``sha1_hash32`` (the first 4 bytes of its SHA-1, little-endian). The
text is cut around its words once (``folded_parts``: one regex split, the words mapped through the memo) for
both the canonical key and the shingles, and the shingles are hashed with CPython's own SHA-1 through ``map``
(OpenSSL's costs more to set up than to hash a 25-byte shingle); tests/test_shingle_hashes.py compares both
with the per-word substitution and the OpenSSL hashing they replaced.
"""

from __future__ import annotations

import functools
import hashlib
import operator
import re
import unicodedata

import numpy as np
from underthesea import text_normalize

SHINGLE = 5
BATCH = 16_384
"""Shingles hashed and MinHash-updated at a time: a 10 MB article never needs a (shingles x 128) matrix."""
WORD_MEMO = 16_384
"""Distinct words whose normal spelling is remembered per process (Vietnamese has ~7,000 syllables in use)."""
SHINGLE_DTYPE = np.dtype("<u4")
"""datasketch's sha1_hash32 values, as Signature.shingles and the index store them."""
_WORD_SPLIT = re.compile(r"([^\W_]+)")  # a capturing group: split keeps the words
_DIGEST = operator.methodcaller("digest")
try:  # CPython's own SHA-1: the same digest as OpenSSL's, without its ~0.4 us set-up per (25-byte) shingle
    from _sha1 import sha1 as _SHA1
except ImportError:  # pragma: no cover - an interpreter built without it
    _SHA1 = hashlib.sha1


@functools.lru_cache(maxsize=WORD_MEMO)
def normal_word(word: str) -> str:
    """underthesea's spelling of a word (its token normaliser, which its word_tokenize applies by default):
    old-style tone placement made new-style ('hoá' -> 'hóa', 'uỷ' -> 'ủy'), and its map of common misspellings."""
    return text_normalize(word, tokenizer="space")


def folded_parts(text: str) -> list[str]:
    """The NFC, case-folded text cut around its words, every word in ``normal_word``'s spelling: [between, word,
    between, word, ..., between]. Joined, it is what substituting each word gives; its odd items are the words.
    One regex pass and a map through the memo, no Python call per word."""
    parts = _WORD_SPLIT.split(unicodedata.normalize("NFC", text).casefold())
    parts[1::2] = map(normal_word, parts[1::2])
    return parts


def canonical_digest(parts: list[str]) -> bytes:
    """sha256 digest of the joined ``folded_parts`` with every run of whitespace made one space (and none at
    either end): ``canonical_key``'s value as bytes."""
    return hashlib.sha256(" ".join("".join(parts).split()).encode("utf-8")).digest()


def canonical_key(text: str) -> str:
    """sha256 (hex) of the text with case, Unicode form, spelling (``normal_word``) and whitespace differences
    removed: a copy that differs only in tone-mark placement is an exact duplicate."""
    return canonical_digest(folded_parts(text)).hex()


def words(text: str) -> list[str]:
    """The words shingles are made of: runs of letters and digits of the NFC, case-folded text, each in
    ``normal_word``'s spelling."""
    return folded_parts(text)[1::2]


def _shingle_strings(items: list[str], start: int, stop: int) -> list[bytes]:
    """UTF-8 shingles starting at word ``start`` .. ``stop - 1`` (the same strings as " ".join(items[i:i + 5]))."""
    part = items[start:stop + SHINGLE - 1]
    return [f"{a} {b} {c} {d} {e}".encode() for a, b, c, d, e in zip(*(part[k:] for k in range(SHINGLE)),
                                                                           strict=False)]


def shingles(text: str) -> list[bytes]:
    """The text's word 5-shingles, UTF-8 encoded, in order (repeats kept); a text under 5 words is one shingle."""
    items = words(text)
    if len(items) < SHINGLE:
        return [" ".join(items).encode("utf-8")]
    return _shingle_strings(items, 0, len(items) - SHINGLE + 1)


def _sha1_hash32(encoded: list[bytes]) -> np.ndarray:
    """datasketch's ``sha1_hash32`` of every item (the first 4 bytes of its SHA-1, little-endian), in one numpy
    call: the 20-byte digests are joined and read as uint32, every 5th word being an item's hash. Hashing and
    digest calls go through ``map`` (no Python frame per shingle)."""
    digests = b"".join(map(_DIGEST, map(_SHA1, encoded)))
    return np.frombuffer(digests, dtype=SHINGLE_DTYPE)[::5]


def hashes_of_words(items: list[str]) -> np.ndarray:
    """``shingle_hashes`` of a text whose words are ``items`` (so ``signature`` cuts the text only once)."""
    if len(items) < SHINGLE:
        return np.unique(_sha1_hash32([" ".join(items).encode("utf-8")]))
    count = len(items) - SHINGLE + 1
    parts = [_sha1_hash32(_shingle_strings(items, start, min(start + BATCH, count)))
             for start in range(0, count, BATCH)]
    return np.unique(np.concatenate(parts))


def shingle_hashes(text: str) -> np.ndarray:
    """The sorted, distinct 32-bit hashes of the text's word 5-shingles (the set the Jaccard is computed on),
    hashed BATCH shingles at a time so a long article never holds all its shingle digests at once."""
    return hashes_of_words(words(text))
