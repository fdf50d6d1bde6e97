"""haucan/dedup/shingles.py: the text cut once around its words (for both the canonical key and the shingles), and
the shingles hashed with CPython's SHA-1 through ``map``, give exactly what the per-word substitution and
OpenSSL's SHA-1 per shingle gave (the code of commit 66bf511, kept below as the reference): the same canonical key, words, shingle hashes and Signature, on
tricky texts (empty, one to six words, NFD, mojibake, old tone placement, case folding that changes length,
odd whitespace, digits and underscores, non-BMP letters) and on articles longer than one BATCH of shingles."""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from haucan.dedup import shingles as sh
from haucan.dedup.signature import signature
from tests.support.bad_inputs import article_text

REPO = Path(__file__).resolve().parent.parent
_WORD = re.compile(r"[^\W_]+")


def _old_canonical_key(text: str) -> str:
    folded = _WORD.sub(lambda match: sh.normal_word(match.group(0)), unicodedata.normalize("NFC", text).casefold())
    return hashlib.sha256(" ".join(folded.split()).encode("utf-8")).hexdigest()


def _old_words(text: str) -> list[str]:
    return [sh.normal_word(word) for word in _WORD.findall(unicodedata.normalize("NFC", text).casefold())]


def _old_sha1_hash32(encoded: list[bytes]) -> np.ndarray:
    digests = b"".join([hashlib.sha1(item).digest() for item in encoded])
    return np.frombuffer(digests, dtype=sh.SHINGLE_DTYPE)[::5]


def _old_shingle_hashes(text: str) -> np.ndarray:
    items = _old_words(text)
    if len(items) < sh.SHINGLE:
        return np.unique(_old_sha1_hash32([" ".join(items).encode("utf-8")]))
    count = len(items) - sh.SHINGLE + 1
    parts = [_old_sha1_hash32([f"{a} {b} {c} {d} {e}".encode()
                              for a, b, c, d, e in zip(*(items[start + k:min(start + sh.BATCH, count) + k]
                                                         for k in range(sh.SHINGLE)), strict=True)])
             for start in range(0, count, sh.BATCH)]
    return np.unique(np.concatenate(parts))


TRICKY = ["", " ", "\n\t\u00a0", "một", "một hai", "một hai ba bốn", "một hai ba bốn năm", "một hai ba bốn năm sáu",
          "Hoá uỷ THUỶ  quỳ\u00a0Hòa", unicodedata.normalize("NFD", "Quân khu 1 tổ chức hội nghị tổng kết năm"),
          "Quân khu".encode().decode("cp1252", errors="replace") + " tổ chức hội nghị tổng kết",
          "STRASSE Straße ǅemal İstanbul ﬁn ΣΑΣ", "a_b c__d 12 345 6,7 x1y2 — – … “q” (k) [z]",
          "𝐀𝐁𝐂 𝔞𝔟 😀 chữ 𠀀 thêm vài từ nữa ở đây", "tab\there\r\nline\u2028sep\u2029para\x85nel words",
          "word " * 7, "\u0301a\u0301 b\u0323 c d e f", "ا ب ت ث ج ح", "中文 字 词 句 段 篇 章"]


def _texts() -> list[str]:
    texts = list(TRICKY) + [article_text(index) for index in range(30)]
    texts += [path.read_text("utf-8") for path in sorted((REPO / "seeds").glob("*.txt"))]
    rng = random.Random(7)
    vocabulary = " ".join(texts).split()
    texts.append(" ".join(rng.choice(vocabulary) for _ in range(sh.BATCH + 3 * sh.SHINGLE)))  # > one BATCH
    texts.append(" ".join(rng.choice(vocabulary) for _ in range(2 * sh.BATCH + 4)))  # ends one past two BATCHes
    return texts


@pytest.mark.parametrize("text", _texts())
def test_same_key_words_and_hashes_as_the_per_word_code(text):
    assert sh.canonical_key(text) == _old_canonical_key(text)
    assert sh.words(text) == _old_words(text)
    new, old = sh.shingle_hashes(text), _old_shingle_hashes(text)
    assert new.dtype == old.dtype and new.tolist() == old.tolist()
    made = signature(text)
    assert made.exact == bytes.fromhex(_old_canonical_key(text))
    assert made.shingles == old.astype(sh.SHINGLE_DTYPE).tobytes()
