"""Deterministic train/validation/test assignment from the article id alone.

Hashing the id (not the position in the corpus) keeps every article in its split when articles
are added or removed; the salt keeps the buckets independent of how ids themselves were hashed.
"""

from __future__ import annotations

import hashlib

from schema.vocab import load_vocab


def split_bucket(article_id: str) -> int:
    """A number in [0, 100) fixed by the id."""
    return int(hashlib.sha256(f"split:{article_id}".encode()).hexdigest()[:8], 16) % 100


def assign_split(article_id: str) -> str:
    """The split whose bucket range (schema/vocab/splits.yml) holds this id's bucket."""
    bucket = split_bucket(article_id)
    for entry in load_vocab("splits"):
        low, high = entry["buckets"]
        if low <= bucket < high:
            return entry["split"]
    raise AssertionError(f"splits.yml leaves bucket {bucket} unassigned")
