"""Same-run stage ratios of two checkouts: builds one corpus with each, alternately, and prints the median of
every stage's seconds (the build's timings file) and of the build's CPU seconds (user + system of the build
and its workers), with this checkout's figure over the other's.

``python benchmarks/bench_stages.py BASE_TREE CORPUS [--repeat 3] [--workers 1] [--words whitespace]``

BASE_TREE is a checkout of the commit to compare with (``git worktree add --detach /tmp/base REV``); each
side runs ``python build_dataset.py`` from its own folder, so each imports its own ``haucan``. Builds run
with ``--no-cache`` into a temporary folder. With ``--workers 1`` every stage runs in the build's process,
so the CPU seconds are the whole build's; the machine is shared, so read CPU seconds before wall seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def run_build(tree: Path, corpus: Path, out: Path, workers: int, words: str) -> dict:
    """One build from ``tree``: its timings file, with the build's CPU and wall seconds added."""
    shutil.rmtree(out.parent, ignore_errors=True)
    out.parent.mkdir(parents=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "build_dataset.py", "--input", str(corpus), "--output", str(out),
                    "--workers", str(workers), "--words", words, "--no-cache", "--no-progress"],
                   cwd=tree, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONHASHSEED": "0"})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    timings = json.loads(out.with_name(out.name + ".timings.json").read_text(encoding="utf-8"))
    stages = {f"worker: {k}": v for k, v in timings["per_article_stage_seconds"].items()}
    stages.update({k if k.startswith("main") else f"main: {k}": v
                   for k, v in timings["main_process_stage_seconds"].items()})
    stages["build CPU s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stages["build wall s"] = wall
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--words", default="whitespace")
    args = parser.parse_args()
    runs: dict[str, list[dict]] = {"base": [], "this": []}
    with tempfile.TemporaryDirectory(prefix="bench_stages_") as scratch:
        for repeat in range(args.repeat):
            for side, tree in (("base", args.base), ("this", HERE)):
                runs[side].append(run_build(tree, args.corpus, Path(scratch) / side / "out", args.workers,
                                            args.words))
                print(f"run {repeat + 1} {side}: CPU {runs[side][-1]['build CPU s']:.1f} s", file=sys.stderr)
    names = sorted({name for side in runs.values() for run in side for name in run})
    print(f"{'stage':48} {'base':>9} {'this':>9} {'ratio':>7}   (medians of {args.repeat})")
    for name in names:
        base, this = (statistics.median(run.get(name, 0.0) for run in runs[side]) for side in ("base", "this"))
        if max(base, this) < 0.05:
            continue
        ratio = f"{this / base:.2f}" if base else "-"
        print(f"{name:48} {base:9.2f} {this:9.2f} {ratio:>7}")


if __name__ == "__main__":
    main()
