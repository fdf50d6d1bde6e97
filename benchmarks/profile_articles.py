"""The whole per-article path of a worker, without workers: CPU, a cProfile, or a digest of every output.

``PYTHONPATH=. python benchmarks/profile_articles.py CORPUS [--articles 1000] --mode profile|cpu|digest``

Each article goes through what a worker does with it in a build with ``--words whitespace`` and no cache: the
dedup pass (``dedup_signature``: decode, clean, layout, signature), then ``process`` with the dedup pass's
decode and layout reused (gold, entities, sentences+BIO, facts, rows), and the rows become Arrow tables validated
by pandera in batches of 250 articles. Every article runs once before any figure (one-time loads outside).

- ``profile``: cProfile of one pass; prints the package's own functions (haucan/, schema/) by cumulative and by
  own time, ``--top`` of each.
- ``cpu``: CPU seconds of ``--repeat`` passes, without the profiler (run two trees alternately for a ratio).
- ``digest``: a SHA-256 over every article's signature, rows, facts, mentions and rejection; two trees with
  the same digest produced the same per-article output (a quick check before ``compare_builds.py``).

Run it with ``PYTHONPATH=.`` from a tree (benchmarks/profile_stages.py says why).
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import time
from pathlib import Path

import haucan
from haucan.chunk_rows import to_tables
from haucan.per_article import StageSettings
from haucan.process import dedup_signature, process
from haucan.read import article_id_for
from haucan.records import SourceFile
from haucan.validate import validate_tables

VALIDATE_BATCH = 250


def _run(items, settings: StageSettings, digest=None) -> None:
    rows = []
    for source, data in items:
        signature, final, prepared = dedup_signature(source, data)
        result = process(source, data, settings, None, prepared)
        if result.rows:
            rows.append(result.rows)
        if digest is not None:
            digest.update(repr((signature, final, result.rows, result.error, result.gold_error, result.facts,
                                result.orgs, result.affiliations, result.auto, result.baseline)).encode())
    for start in range(0, len(rows), VALIDATE_BATCH):
        validate_tables(to_tables(rows[start:start + VALIDATE_BATCH]))


def _own(stats: pstats.Stats, key: int, top: int) -> None:
    rows = [(values[key], values[2], values[3], values[1], f"{Path(f).parent.name}/{Path(f).name}:{line}({name})")
            for (f, line, name), values in stats.stats.items() if "/haucan/" in f or "/schema/" in f]
    print(f"by {'cumulative' if key == 3 else 'own'} time: cumulative s, own s, calls")
    for _, own, cumulative, calls, where in sorted(rows, reverse=True)[:top]:
        print(f"  {cumulative:7.3f} {own:7.3f} {calls:8d}  {where}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--mode", choices=("profile", "cpu", "digest"), default="profile")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    paths = sorted(args.corpus.rglob("*.txt"))[:args.articles]
    items = [(SourceFile(p.name, article_id_for(p.name), None), p.read_bytes()) for p in paths]
    settings = StageSettings(input_dir=args.corpus, words="whitespace")
    if args.mode == "digest":
        digest = hashlib.sha256()
        _run(items, settings, digest)
        print(f"{haucan.__file__}: {len(items)} articles, digest {digest.hexdigest()}")
        return
    _run(items, settings)  # warm
    if args.mode == "cpu":
        seconds = []
        for _ in range(args.repeat):
            started = time.process_time()
            _run(items, settings)
            seconds.append(time.process_time() - started)
        seconds.sort()
        print(f"{haucan.__file__}: {len(items)} articles, {seconds[len(seconds) // 2]:.3f} CPU-s "
              f"(median of {args.repeat}: {', '.join(f'{s:.3f}' for s in seconds)})")
        return
    profile = cProfile.Profile()
    profile.enable()
    _run(items, settings)
    profile.disable()
    stats = pstats.Stats(profile)
    print(f"{haucan.__file__}: {len(items)} articles, {stats.total_tt:.2f} s under cProfile")
    _own(stats, 3, args.top)
    _own(stats, 2, args.top)


if __name__ == "__main__":
    main()
