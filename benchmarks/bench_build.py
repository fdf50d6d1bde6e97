"""Times the build against the floor on one generated corpus and prints throughput and ratios.

``python benchmarks/bench_build.py N [--workers 1 2]``: generates N articles (benchmarks/generate_corpus.py),
then in the same run measures
- the floor: pyarrow reading every .txt and writing zstd Parquet, no processing;
- the full build (``build_dataset.py``) for each worker count, in a subprocess;
and prints MB/s of input, the ratio to the floor, and peak RSS. Peak RSS is ru_maxrss of the largest
process in the tree (the build or one worker), not the sum over processes.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_corpus import generate  # noqa: E402


def floor(corpus: Path, out: Path) -> float:
    """Seconds to read every file and write one zstd Parquet file of (path, text)."""
    started = time.perf_counter()
    paths = sorted(corpus.rglob("*.txt"))
    table = pa.table({"path": [p.name for p in paths], "text": [p.read_text(encoding="utf-8") for p in paths]})
    pq.write_table(table, out / "floor.parquet", compression="zstd")
    return time.perf_counter() - started


def full_build(corpus: Path, out: Path, workers: int) -> tuple[float, int]:
    """Seconds for build_dataset.py and the peak RSS (KiB) of the largest process it ran."""
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "build_dataset.py"), "--input", str(corpus), "--output",
                    str(out / f"w{workers}" / "ds"), "--workers", str(workers)], check=True, cwd=out,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        corpus = generate(args.count, scratch / "corpus")
        megabytes = corpus["bytes"] / 1e6
        print(f"corpus: {corpus}")
        floor_seconds = floor(scratch / "corpus", scratch)
        print(f"floor (pyarrow read + zstd Parquet): {floor_seconds:.2f} s, {megabytes / floor_seconds:.1f} MB/s")
        timings = {}
        for workers in args.workers:
            seconds, peak = full_build(scratch / "corpus", scratch, workers)
            timings[workers] = seconds
            print(f"full build, {workers} worker(s): {seconds:.1f} s, {megabytes / seconds:.3f} MB/s, "
                  f"{seconds / floor_seconds:.0f}x the floor, peak RSS so far {peak / 1024:.0f} MiB")
        if 1 in timings and len(timings) > 1:
            for workers, seconds in timings.items():
                if workers != 1:
                    print(f"speedup 1 -> {workers} workers: {timings[1] / seconds:.2f}x")


if __name__ == "__main__":
    main()
