"""What the main process holds in Python objects after its main pass, by the line that allocated it: run on two
corpus sizes, the difference is what grows with the corpus.

``python benchmarks/bench_main_growth.py CORPUS [--workers 2] [--top 25] [--save FILE]``
``python benchmarks/bench_main_growth.py --compare SMALL.snap LARGE.snap``

The build runs in this process with tracemalloc on (the workers are other processes, not traced; segmentation
off, no cache). A snapshot is taken right after the main pass (every chunk decided and written, before the
reference tables), saved with ``--save``; ``--compare`` prints the lines whose live memory grew the most
between two saved snapshots. tracemalloc sees Python allocations only (not Arrow buffers, not SQLite's page
cache); the RSS at the snapshot is printed beside it for that reason.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def snapshot_after_main_pass(corpus: Path, workers: int) -> tuple[tracemalloc.Snapshot, int]:
    """(the snapshot, RSS in bytes) after the main pass of a build of ``corpus``."""
    import psutil

    import haucan.pipeline as pipeline
    from haucan.config import BuildConfig

    taken: list = []
    original = pipeline._write_articles

    def write_then_look(*args, **kwargs):
        original(*args, **kwargs)
        taken.append((tracemalloc.take_snapshot(), psutil.Process().memory_info().rss))

    pipeline._write_articles = write_then_look
    tracemalloc.start(8)
    with tempfile.TemporaryDirectory(prefix="main_growth_") as scratch:
        pipeline.build(BuildConfig(input_dir=corpus, output_dir=Path(scratch) / "ds", workers=workers,
                                   words="whitespace", cache_dir=None, heldout_dir=None, progress=False))
    tracemalloc.stop()
    return taken[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path, nargs=2)
    args = parser.parse_args()
    if args.compare:
        small, large = (tracemalloc.Snapshot.load(str(path)) for path in args.compare)
        differences = large.compare_to(small, "lineno")
        print(f"total: {sum(s.size for s in small.statistics('filename')) / 2**20:.1f} MiB -> "
              f"{sum(s.size for s in large.statistics('filename')) / 2**20:.1f} MiB")
        for difference in differences[:args.top]:
            print(f"{difference.size_diff / 2**20:+8.2f} MiB {difference.count_diff:+9d} blocks  "
                  f"{difference.traceback.format()[0].strip()}")
        return
    snapshot, rss = snapshot_after_main_pass(args.corpus, args.workers)
    if args.save:
        snapshot.dump(str(args.save))
    total = sum(s.size for s in snapshot.statistics("filename"))
    print(f"after the main pass: traced {total / 2**20:.1f} MiB, RSS {rss / 2**20:.1f} MiB")
    for statistic in snapshot.statistics("lineno")[:args.top]:
        print(f"{statistic.size / 2**20:8.2f} MiB {statistic.count:9d} blocks  {statistic.traceback.format()[0].strip()}")


if __name__ == "__main__":
    main()
