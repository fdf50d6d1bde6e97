"""Near-duplicate detection: how often it is wrong, what the index costs, and what the dedup pass adds to a build.

``python benchmarks/bench_dedup.py [--pairs P] [--unrelated U] [--index N] [--build B]`` prints, for each part
asked (all four by default):

- ``--pairs``: P edited copies of generated articles (benchmarks/generate_corpus.py), each edited until its true
  word 5-shingle Jaccard with the original falls to a target drawn uniformly from 0.6-1.0 (words replaced,
  sentences removed, sentences from another article added, a "(Theo TTXVN)" line added). Each pair is judged
  by the index (``Deduplicator.near_pairs``) and by the former detector (3-shingle MinHash, LSH at 0.8, any
  candidate flagged); false negatives are pairs at true Jaccard >= 0.8 not flagged, false positives pairs
  below it flagged, per 0.05 bin.
- ``--unrelated``: U distinct generated articles through the real dedup pass (decode, clean, blocks, metadata,
  Signature): every pair the index flags against the exact all-pairs truth (the generator reuses seed
  paragraphs, so a few pairs really are near duplicates).
- ``--index``: N synthetic signatures (350 random shingle hashes each, 10% near copies of a recent one, 2%
  exact repeats) added and resolved in a subprocess: articles/s, peak RSS, and the index file's size per
  article (its disk cost); again at N/10 to show that memory does not grow with N.
- ``--build``: a generated corpus of B articles built by build_dataset.py (``--workers 1``) cold (empty cache)
  and rebuilt (every article cached, the release record removed so the build runs): the dedup pass's stage
  seconds (workers and main process) as a share of the build's wall time.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np
from underthesea import text_normalize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
from generate_corpus import _paragraphs, article, generate  # noqa: E402

from haucan.dedup.index import Deduplicator  # noqa: E402
from haucan.dedup.signature import (  # noqa: E402
    NEAR_DUPLICATE_THRESHOLD,
    NUM_PERM,
    Signature,
    band_buckets,
    minhash_values,
    signature,
)
from haucan.records import SourceFile  # noqa: E402

_WORD = re.compile(r"[^\W_]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
BINS = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0001]


def _raw_words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


@functools.cache
def _spelling(word: str) -> str:
    return text_normalize(word, tokenizer="space")


def _words(text: str) -> list[str]:
    """Words as the definition reads them: letter/digit runs in underthesea's spelling."""
    return [_spelling(w) for w in _raw_words(text)]


def true_jaccard(a: str, b: str, k: int = 5) -> float:
    """The definition, independently of haucan: Jaccard of the sets of k consecutive words."""
    def grams(text: str) -> set[tuple[str, ...]]:
        w = _words(text)
        return {tuple(w[i:i + k]) for i in range(max(1, len(w) - k + 1))}
    x, y = grams(a), grams(b)
    return len(x & y) / len(x | y)


def _edit(text: str, rng: random.Random, donors: list[str], vocabulary: list[str]) -> str:
    """One random edit of the kinds a reprint or a revision makes."""
    kind = rng.choice(["replace", "replace", "remove", "add", "theo"])
    if kind == "theo" and "(Theo TTXVN)" not in text:
        return text.rstrip("\n") + "\n\n(Theo TTXVN)\n"
    if kind in ("remove", "add"):
        sentences = _SENTENCE.split(text)
        if kind == "remove" and len(sentences) > 3:
            del sentences[rng.randrange(len(sentences))]
        else:
            donor = _SENTENCE.split(rng.choice(donors))
            sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(donor))
        return " ".join(sentences)
    spots = [m.span() for m in _WORD.finditer(text)]
    start, end = rng.choice(spots)
    return text[:start] + rng.choice(vocabulary) + text[end:]


def edited_pairs(count: int, seed: int = 12) -> list[tuple[str, str, float]]:
    """(original, copy, true Jaccard) with the targets spread uniformly over 0.6-1.0 (a copy no edit could
    keep above its target is left out: the count may fall a little short of ``count``)."""
    leads, bodies = _paragraphs()
    rng = random.Random(seed)
    donors = [article(10_000 + i, leads, bodies) for i in range(50)]
    vocabulary = sorted({w for d in donors for w in _words(d)})
    pairs = []
    for i in range(count):
        original = article(i, leads, bodies)
        target, copy, similarity, misses = rng.uniform(0.6, 1.0), original, 1.0, 0
        while misses < 20:  # an edit that overshoots the target is undone and another one tried
            candidate = _edit(copy, rng, donors, vocabulary)
            candidate_similarity = true_jaccard(original, candidate)
            if candidate_similarity < target:
                misses += 1
                continue
            copy, similarity = candidate, candidate_similarity
        if copy != original:
            pairs.append((original, copy, similarity))
    return pairs


def _old_flags(pairs: list[tuple[str, str, float]]) -> list[bool]:
    """The former detector on each pair: 3-shingle datasketch MinHash, MinHashLSH at 0.8, a candidate = flagged."""
    from datasketch import MinHash, MinHashLSH

    def old_minhash(text: str) -> MinHash:
        w = _raw_words(text)
        signature_ = MinHash(num_perm=NUM_PERM, seed=1)
        signature_.update_batch([" ".join(w[i:i + 3]).encode() for i in range(max(1, len(w) - 2))])
        return signature_

    flags = []
    for original, copy, _ in pairs:
        lsh = MinHashLSH(threshold=NEAR_DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
        lsh.insert("original", old_minhash(original))
        flags.append(bool(lsh.query(old_minhash(copy))))
    return flags


def bench_pairs(count: int) -> None:
    started = time.perf_counter()
    pairs = edited_pairs(count)
    made = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="bench-dedup-") as scratch, Deduplicator(Path(scratch)) as dedup:
        for i, (original, copy, _) in enumerate(pairs):
            dedup.add(SourceFile(f"{i:06d}o.txt", f"{i:06d}o", None), signature(original))
            dedup.add(SourceFile(f"{i:06d}c.txt", f"{i:06d}c", None), signature(copy))
        found = {(a, b) for a, b, _ in dedup.near_pairs()}
    new = [(f"{i:06d}c", f"{i:06d}o") in found for i in range(len(pairs))]
    old = _old_flags(pairs)
    print(f"## Edited pairs: {count} (made in {made:.0f} s), true word 5-shingle Jaccard vs flagged\n")
    print("| true Jaccard | pairs | flagged now | flagged before (3-shingle MinHash, LSH 0.8) |")
    print("|---|---|---|---|")
    for low, high in itertools.pairwise(BINS):
        members = [i for i, (_, _, j) in enumerate(pairs) if low <= j < high]
        if members:
            print(f"| {low:.2f}-{min(high, 1.0):.2f} | {len(members)} | {sum(new[i] for i in members)} "
                  f"| {sum(old[i] for i in members)} |")
    above = [i for i, (_, _, j) in enumerate(pairs) if j >= NEAR_DUPLICATE_THRESHOLD]
    below = [i for i, (_, _, j) in enumerate(pairs) if j < NEAR_DUPLICATE_THRESHOLD]
    for name, flags in (("now", new), ("before", old)):
        fn = sum(not flags[i] for i in above)
        fp = sum(flags[i] for i in below)
        print(f"{name}: false negatives {fn}/{len(above)} ({fn / max(1, len(above)):.2%}) at >= 0.8, "
              f"false positives {fp}/{len(below)} ({fp / max(1, len(below)):.2%}) below")
    print()


def bench_unrelated(count: int) -> None:
    from haucan.process import dedup_signature, prepare

    leads, bodies = _paragraphs()
    texts, signatures, rejected = {}, {}, 0
    for i in range(count):
        data = article(i, leads, bodies).encode("utf-8")
        source = SourceFile(f"{i:07d}.txt", f"{i:016x}", None)
        found, _, _ = dedup_signature(source, data)
        if found is None:  # rejected (e.g. no prose left once residue is removed), as the build would
            rejected += 1
            continue
        signatures[source.article_id] = found
        texts[source.article_id] = prepare(source, data)[1].text
    truth = {}
    sets = {i: {tuple(w[k:k + 5]) for k in range(max(1, len(w) - 4))} for i, w in
            ((i, _words(t)) for i, t in texts.items())}
    for a, b in itertools.combinations(sorted(sets), 2):
        common = len(sets[a] & sets[b])
        truth[(a, b)] = common / (len(sets[a]) + len(sets[b]) - common)
    with tempfile.TemporaryDirectory(prefix="bench-dedup-") as scratch, Deduplicator(Path(scratch)) as dedup:
        for article_id, sig in signatures.items():
            dedup.add(SourceFile(f"{article_id}.txt", article_id, None), sig)
        found = {(a, b) for a, b, _ in dedup.near_pairs()}
    near = {pair for pair, j in truth.items() if j >= NEAR_DUPLICATE_THRESHOLD}
    highest = sorted(truth.values(), reverse=True)
    print(f"## Distinct generated articles: {count}, {rejected} rejected ({len(truth):,} pairs)\n")
    print(f"true pairs >= 0.8: {len(near)} (highest similarities {[round(j, 3) for j in highest[:6]]}); "
          f"flagged: {len(found)}; false negatives {len(near - found)}, false positives {len(found - near)}; "
          f"pairs at 0.5-0.8: {sum(0.5 <= j < 0.8 for j in truth.values())}\n")


def synthetic(count: int, seed: int = 11):
    """``count`` (SourceFile, Signature): 350 random shingle hashes each; 10% near copies (a random 0-20% of
    a recent signature's hashes replaced), 2% exact repeats."""
    rng = np.random.default_rng(seed)
    recent: list[tuple[bytes, np.ndarray]] = []
    for i in range(count):
        roll = rng.random()
        if recent and roll < 0.02:
            exact, hashes = recent[int(rng.integers(len(recent)))]
        elif recent and roll < 0.12:
            hashes = recent[int(rng.integers(len(recent)))][1].copy()
            changed = rng.choice(len(hashes), int(rng.integers(0, 70)), replace=False)
            hashes[changed] = rng.integers(0, 2**32, len(changed), dtype=np.uint32)
            hashes, exact = np.unique(hashes), rng.bytes(32)
        else:
            hashes, exact = np.unique(rng.integers(0, 2**32, 350, dtype=np.uint32)), rng.bytes(32)
        if len(recent) < 4096:
            recent.append((exact, hashes))
        else:
            recent[i % 4096] = (exact, hashes)
        repairs, url = ("mojibake",) if rng.random() < 0.5 else (), "https://qdnd.vn/" if rng.random() < 0.5 else None
        yield (SourceFile(f"{i:016x}.txt", f"{i:016x}", url),
               Signature(exact, exact, band_buckets(minhash_values(hashes)).tobytes(), hashes.astype("<u4").tobytes(),
                         repairs, None))


def _memory_kib(field: str) -> int:
    """VmRSS / VmHWM of this process, in KiB, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def child(count: int) -> dict:
    """Add and resolve ``count`` synthetic signatures in this (fresh) process. Peak RSS is the kernel's
    high-water mark, reset after imports (a forked child otherwise inherits its parent's ``ru_maxrss``)."""
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
    rss_start = _memory_kib("VmRSS")
    with tempfile.TemporaryDirectory(prefix="bench-dedup-") as scratch:
        with Deduplicator(Path(scratch)) as dedup:
            added = 0.0
            for source, sig in synthetic(count):  # only the index's time is counted, not the making of signatures
                started = time.perf_counter()
                dedup.add(source, sig)
                added += time.perf_counter() - started
            started = time.perf_counter()
            dedup.resolve()
            seconds = added + time.perf_counter() - started
            outcomes = Counter("kept" if v is None else v.kind
                               for source, sig in synthetic(count)
                               for v in [dedup.verdict(source.article_id, sig.text_sha256)])
            dedup.close()
            index_bytes = dedup.path.stat().st_size
    return {"articles": count, "add_seconds": round(added, 2), "resolve_seconds": round(seconds - added, 2),
            "articles_per_s": round(count / seconds), "rss_start_mib": round(rss_start / 1024),
            "peak_rss_mib": round(_memory_kib("VmHWM") / 1024),
            "index_mib": round(index_bytes / 2**20, 1), "bytes_per_article": round(index_bytes / count),
            **outcomes}


def bench_index(count: int) -> None:
    runs = []
    for n in (count, max(1, count // 10)):
        out = subprocess.run([sys.executable, __file__, "--child", str(n)], check=True, capture_output=True, text=True)
        runs.append(json.loads(out.stdout))
    print("## Index (synthetic signatures of 350 shingles)\n")
    print("| articles | kept/near/exact | add s | resolve s | articles/s | RSS before | peak RSS "
          "| index file | bytes/article |")
    print("|---|---|---|---|---|---|---|---|---|")
    for run in runs:
        print(f"| {run['articles']:,} | {run.get('kept', 0):,}/{run.get('near', 0):,}/{run.get('exact', 0):,} "
              f"| {run['add_seconds']} | {run['resolve_seconds']} | {run['articles_per_s']:,} "
              f"| {run['rss_start_mib']} MiB | {run['peak_rss_mib']} MiB | {run['index_mib']} MiB "
              f"| {run['bytes_per_article']:,} |")
    big, small = runs
    print(f"\npeak RSS growth over imports, N={big['articles']:,} vs N={small['articles']:,}: "
          f"{big['peak_rss_mib'] - big['rss_start_mib']} vs {small['peak_rss_mib'] - small['rss_start_mib']} MiB\n")


def _build(corpus: Path, out: Path, cache: Path) -> dict:
    subprocess.run([sys.executable, str(ROOT / "build_dataset.py"), "--input", str(corpus), "--output", str(out),
                    "--cache-dir", str(cache), "--workers", "1", "--no-progress"], check=True, cwd=ROOT,
                   capture_output=True)
    return json.loads(out.with_name(out.name + ".timings.json").read_text(encoding="utf-8"))


def bench_build(count: int) -> None:
    print(f"## Dedup pass in a build of {count} generated articles (--workers 1)\n")
    print("| build | wall s | dedup pass, workers s | dedup pass, main s | share of wall | from cache |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="bench-dedup-build-") as folder:
        root = Path(folder)
        generate(count, root / "corpus")
        for name in ("cold", "rebuild"):
            if name == "rebuild":
                shutil.rmtree(root / "cache" / "builds", ignore_errors=True)  # force a build from the caches
            timings = _build(root / "corpus", root / "out" / "ds", root / "cache")
            workers = sum(v for k, v in timings["per_article_stage_seconds"].items() if k.startswith("dedup pass"))
            main = sum(v for k, v in timings["main_process_stage_seconds"].items() if k.startswith("main: dedup pass"))
            print(f"| {name} | {timings['wall_seconds']} | {workers:.3f} | {main:.3f} "
                  f"| {(workers + main) / timings['wall_seconds']:.1%} | {timings['articles']['from_cache']} |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=None)
    parser.add_argument("--unrelated", type=int, default=None)
    parser.add_argument("--index", type=int, default=None)
    parser.add_argument("--build", type=int, default=None)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    if all(v is None for v in (args.pairs, args.unrelated, args.index, args.build)):
        args.pairs, args.unrelated, args.index, args.build = 2000, 600, 100_000, 300
    if args.pairs:
        bench_pairs(args.pairs)
    if args.unrelated:
        bench_unrelated(args.unrelated)
    if args.index:
        bench_index(args.index)
    if args.build:
        bench_build(args.build)


if __name__ == "__main__":
    main()
