"""Exact and near-duplicate detection over clean texts, keeping only compact keys per article.

Exact: sha256 of a canonical key (NFC, case-folded, whitespace collapsed). Near: MinHash over word 3-shingles
(datasketch, 128 permutations, fixed seed) with LSH at Jaccard >= NEAR_DUPLICATE_THRESHOLD, which groups a
reprint with a line added ("(Theo TTXVN)") and keeps unrelated reports of the same kind of conference apart.
Articles arrive in id order, so the kept copy is always the lowest id, and reruns decide the same way.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from datasketch import MinHash, MinHashLSH

NEAR_DUPLICATE_THRESHOLD = 0.8
NUM_PERM = 128
SHINGLE = 3
_WORD = re.compile(r"[^\W_]+")


def canonical_key(text: str) -> str:
    """sha256 of the text with case, Unicode form and whitespace differences removed."""
    canonical = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def minhash(text: str) -> MinHash:
    """MinHash of the text's word 3-shingles (lower case)."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    signature = MinHash(num_perm=NUM_PERM, seed=1)
    for i in range(max(1, len(words) - SHINGLE + 1)):
        signature.update(" ".join(words[i:i + SHINGLE]).encode("utf-8"))
    return signature


@dataclass(frozen=True)
class Duplicate:
    """Which kept article an input duplicates, how (exact or near), and the estimated Jaccard similarity."""

    of: str
    kind: str
    similarity: float


@dataclass
class Deduplicator:
    """Remembers one key and one MinHash per kept article (not its text)."""

    exact: dict[str, str] = field(default_factory=dict)
    lsh: MinHashLSH = field(default_factory=lambda: MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM))
    signatures: dict[str, MinHash] = field(default_factory=dict)

    def check(self, article_id: str, text: str) -> Duplicate | None:
        """The duplicate verdict for a new article; a kept article is remembered."""
        key = canonical_key(text)
        if key in self.exact:
            return Duplicate(self.exact[key], "exact", 1.0)
        signature = minhash(text)
        candidates = sorted(self.lsh.query(signature))
        if candidates:
            best = max(candidates, key=lambda c: (signature.jaccard(self.signatures[c]), [-ord(x) for x in c]))
            return Duplicate(best, "near", round(signature.jaccard(self.signatures[best]), 3))
        self.exact[key] = article_id
        self.lsh.insert(article_id, signature)
        self.signatures[article_id] = signature
        return None
