"""The held-out sets' scores kept in the cache folder between builds: scoring them runs every held-out article
through the whole per-article path with underthesea (~4.7 CPU-s a build whatever the corpus: about 3% of a
10,000-article cold build, and more than a +1% rebuild's own articles), yet they depend on none of the corpus.

The key hashes everything the scores depend on: the pipeline version (every haucan/schema source, rule and
template file and the library versions, haucan/cache/keys.py), the build day in Vietnam (dates are judged by
it), and every file under the held-out folder (path and bytes, haucan/uptodate.py ``_hash_tree``). The record
is JSON (never unpickled) behind the sha256 of its content; one that fails its checksum or does not decode to
the two score tables is ignored and the sets are scored again. Scores are stored only when they read back equal
to what was computed, counters in the same key order (the card's tables list labels in that order), so a reused
record gives exactly the scores (and the card) a fresh scoring gives.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections import Counter
from pathlib import Path

from haucan.build_day import build_day
from haucan.evaluate import Scores
from haucan.knowledge.scores import FactScores
from haucan.uptodate import _hash_tree, _remove_old

SUBDIR = "heldout"


def heldout_key(heldout_dir: Path | None, version: str) -> str | None:
    """What the held-out scores depend on, hashed; None when a held-out file cannot be read (then no cache)."""
    digest = hashlib.sha256(f"heldout scores\0{version}\0{build_day().isoformat()}\0".encode())
    try:
        _hash_tree(digest, heldout_dir)
    except OSError:
        return None
    return digest.hexdigest()


def _to_data(scores: dict[str, Scores], facts: dict[str, FactScores]) -> dict:
    return {"scores": {name: {"tp": dict(s.tp), "fp": dict(s.fp), "fn": dict(s.fn), "articles": s.articles,
                              "gold_tags": [list(t) for t in s.gold_tags],
                              "predicted_tags": [list(t) for t in s.predicted_tags]} for name, s in scores.items()},
            "facts": {name: {"counts": {item: dict(c) for item, c in f.counts.items()}, "articles": f.articles}
                      for name, f in facts.items()}}


def _from_data(data: dict) -> tuple[dict[str, Scores], dict[str, FactScores]]:
    """The score tables back (KeyError, TypeError or ValueError for anything of another shape)."""
    scores = {str(name): Scores(Counter(s["tp"]), Counter(s["fp"]), Counter(s["fn"]), int(s["articles"]),
                                [tuple(t) for t in s["gold_tags"]], [tuple(t) for t in s["predicted_tags"]])
              for name, s in data["scores"].items()}
    facts = {str(name): FactScores({str(item): Counter(c) for item, c in f["counts"].items()}, int(f["articles"]))
             for name, f in data["facts"].items()}
    return scores, facts


def _path(cache_dir: Path, key: str) -> Path:
    return cache_dir / SUBDIR / f"{key}.json"


def load(cache_dir: Path | None, key: str | None) -> tuple[dict[str, Scores], dict[str, FactScores]] | None:
    """The stored scores under ``key``, or None (no cache, none stored, or a record that fails its checks)."""
    if cache_dir is None or key is None:
        return None
    try:
        record = json.loads(_path(cache_dir, key).read_bytes())
        content = json.dumps(record["content"]).encode()
        if record["sha256"] != hashlib.sha256(content).hexdigest():
            return None
        return _from_data(record["content"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def store(cache_dir: Path | None, key: str | None, scores: dict[str, Scores], facts: dict[str, FactScores]) -> None:
    """Keep the scores for the next build with the same key, in place of any earlier record (only if they read
    back equal; a failure to write costs the next build a scoring, never this one)."""
    if cache_dir is None or key is None:
        return
    # Key order is kept (not sorted): the score tables list labels in the order the counters met them.
    text = json.dumps(_to_data(scores, facts))
    back = _from_data(json.loads(text))
    if back != (scores, facts) or json.dumps(_to_data(*back)) != text:
        return  # something the JSON form does not carry exactly: score again next time rather than differ
    record = {"sha256": hashlib.sha256(text.encode()).hexdigest(), "content": json.loads(text)}
    path = _path(cache_dir, key)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_text(json.dumps(record), encoding="utf-8")
        partial.replace(path)
        # One record per cache, as for build records: a new day or version makes the old ones unreachable.
        _remove_old(path.parent, keep=path.name)
