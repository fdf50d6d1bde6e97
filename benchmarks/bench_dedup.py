"""Dedup throughput and peak memory: the old in-memory MinHashLSH against the disk-backed index, in one run.

``python benchmarks/bench_dedup.py N [--texts M]`` prints
- fingerprinting, on M generated articles: the old per-shingle ``MinHash.update`` against ``fingerprint``
  (``update_batch``), ms per article and the ratio;
- the dedup index over N synthetic fingerprints (random MinHash values, with about 10% planted near duplicates
  at every similarity and 2% exact repeats): the old in-memory ``MinHashLSH`` + dicts against
  ``Deduplicator``, each in its own subprocess, articles/s and peak RSS (ru_maxrss of that subprocess; its
  RSS after imports is shown too), and the disk-backed index again at N/10 to show that memory stays flat.
The old index is fed MinHash objects built as the old code built them (``MinHash(num_perm=128, seed=1)``, so
each holds its own permutations); its per-shingle hashing is excluded here (see the fingerprinting figures).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_corpus import _paragraphs, article  # noqa: E402

from haucan.dedup import (  # noqa: E402
    _WORD,
    NEAR_DUPLICATE_THRESHOLD,
    NUM_PERM,
    SHINGLE,
    Deduplicator,
    Duplicate,
    Fingerprint,
    fingerprint,
)

RECENT = 4096  # planted duplicates copy one of the last RECENT signatures: the generator's memory is bounded


def synthetic(count: int, seed: int = 11) -> Iterator[tuple[str, Fingerprint]]:
    """``count`` (id, Fingerprint) in id order, deterministic for a seed."""
    rng = np.random.default_rng(seed)
    recent: list[tuple[bytes, np.ndarray]] = []
    for i in range(count):
        roll = rng.random()
        if recent and roll < 0.02:
            exact, values = recent[int(rng.integers(len(recent)))]
        elif recent and roll < 0.12:
            values = recent[int(rng.integers(len(recent)))][1].copy()
            changed = rng.choice(NUM_PERM, int(rng.integers(0, 40)), replace=False)
            values[changed] = rng.integers(0, 2**32, len(changed), dtype=np.uint32)
            exact = rng.bytes(32)
        else:
            values, exact = rng.integers(0, 2**32, NUM_PERM, dtype=np.uint32), rng.bytes(32)
        if len(recent) < RECENT:
            recent.append((exact, values))
        else:
            recent[i % RECENT] = (exact, values)
        yield f"{i:016x}", Fingerprint(exact, values.astype("<u4").tobytes())


def _old_check(state: dict, article_id: str, fp: Fingerprint) -> Duplicate | None:
    """The old Deduplicator.check, from the point where it has the key and the MinHash."""
    from datasketch import MinHash

    exact, lsh, signatures = state["exact"], state["lsh"], state["signatures"]
    key = fp.exact.hex()
    if key in exact:
        return Duplicate(exact[key], "exact", 1.0)
    signature = MinHash(num_perm=NUM_PERM, seed=1)  # as the old minhash() built it
    signature.hashvalues = fp.hashvalues.copy()
    candidates = sorted(lsh.query(signature))
    if candidates:
        best = max(candidates, key=lambda c: (signature.jaccard(signatures[c]), [-ord(x) for x in c]))
        return Duplicate(best, "near", round(signature.jaccard(signatures[best]), 3))
    exact[key] = article_id
    lsh.insert(article_id, signature)
    signatures[article_id] = signature
    return None


def child(variant: str, count: int) -> dict:
    """Run one index over ``count`` synthetic fingerprints in this (fresh) process."""
    from datasketch import MinHashLSH

    rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    outcomes = {"kept": 0, "exact": 0, "near": 0}
    with tempfile.TemporaryDirectory(prefix="bench-dedup-") as scratch:
        started = time.perf_counter()
        if variant == "old":
            state = {"exact": {}, "signatures": {},
                     "lsh": MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM)}
            for article_id, fp in synthetic(count):
                verdict = _old_check(state, article_id, fp)
                outcomes["kept" if verdict is None else verdict.kind] += 1
        else:
            with Deduplicator(Path(scratch)) as dedup:
                for article_id, fp in synthetic(count):
                    verdict = dedup.check(article_id, fp)
                    outcomes["kept" if verdict is None else verdict.kind] += 1
                index_bytes = dedup.path.stat().st_size
        seconds = time.perf_counter() - started
    result = {"variant": variant, "articles": count, "seconds": round(seconds, 2),
              "articles_per_s": round(count / seconds), "rss_start_mib": round(rss_start / 1024),
              "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), **outcomes}
    if variant == "new":
        result["index_mib"] = round(index_bytes / 2**20)
    return result


def _run_child(variant: str, count: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", variant, str(count)], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


def _old_minhash(text: str):
    from datasketch import MinHash

    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    signature = MinHash(num_perm=NUM_PERM, seed=1)
    for i in range(max(1, len(words) - SHINGLE + 1)):
        signature.update(" ".join(words[i:i + SHINGLE]).encode("utf-8"))
    return signature


def fingerprint_speed(count: int) -> tuple[float, float]:
    """ms per article: old per-shingle MinHash, new fingerprint (same hash values, checked)."""
    leads, bodies = _paragraphs()
    texts = [article(i, leads, bodies) for i in range(count)]
    started = time.perf_counter()
    old = [_old_minhash(text).hashvalues for text in texts]
    old_ms = (time.perf_counter() - started) * 1000 / count
    started = time.perf_counter()
    new = [fingerprint(text) for text in texts]
    new_ms = (time.perf_counter() - started) * 1000 / count
    assert all((a == b.hashvalues).all() for a, b in zip(old, new, strict=True))
    return old_ms, new_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--texts", type=int, default=300, help="generated articles for the fingerprint timing")
    parser.add_argument("--child", choices=["old", "new"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.count)))
        return
    old_ms, new_ms = fingerprint_speed(args.texts)
    print(f"fingerprint, {args.texts} generated articles: per-shingle update {old_ms:.2f} ms/article, "
          f"update_batch {new_ms:.2f} ms/article ({old_ms / new_ms:.1f}x faster, same hash values)")
    small = max(1, args.count // 10)
    runs = [_run_child("old", args.count), _run_child("new", args.count), _run_child("new", small)]
    print("| index | articles | kept/near/exact | seconds | articles/s | RSS after imports | peak RSS | index file |")
    print("|---|---|---|---|---|---|---|---|")
    for run in runs:
        print(f"| {run['variant']} | {run['articles']:,} | {run['kept']:,}/{run['near']:,}/{run['exact']:,} "
              f"| {run['seconds']} | {run['articles_per_s']:,} | {run['rss_start_mib']} MiB "
              f"| {run['peak_rss_mib']} MiB | {run.get('index_mib', '—')}{' MiB' if 'index_mib' in run else ''} |")
    old, new, new_small = runs
    assert (old["kept"], old["near"], old["exact"]) == (new["kept"], new["near"], new["exact"])
    print(f"new/old at N={args.count:,}: throughput {new['articles_per_s'] / old['articles_per_s']:.2f}x, "
          f"peak RSS {new['peak_rss_mib'] / old['peak_rss_mib']:.2f}x, peak RSS growth over imports "
          f"{(new['peak_rss_mib'] - new['rss_start_mib']) / max(1, old['peak_rss_mib'] - old['rss_start_mib']):.2f}x")
    print(f"new, N={args.count:,} vs N={small:,}: peak RSS {new['peak_rss_mib'] / new_small['peak_rss_mib']:.3f}x")


if __name__ == "__main__":
    main()
