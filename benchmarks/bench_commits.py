"""Two commits, one corpus, one run: per-stage seconds, CPU, wall, MB/s and peak memory of each, and their ratio.

``python benchmarks/bench_commits.py BASE_REV [HEAD_REV] --articles N [--words whitespace] [--distinct]
[--repeat 3] [--workers 2] [--corpus DIR] [--empty-cache] [--json FILE]``

Every speed claim of issue 16 is a ratio measured this way, because the machine is shared (2 cores, several
other sessions): a figure from another run, even on the same corpus, carries that run's load.

- **Revisions.** BASE_REV and HEAD_REV are extracted with ``git archive`` (committed files only) into a
  temporary folder, removed afterwards; without HEAD_REV the working tree is the head side. Each build runs
  ``python build_dataset.py`` from its own tree with this interpreter (checked: ``haucan`` is imported from
  that tree, not from the installed checkout). If a revision's CLI lacks ``--no-progress`` the flag is dropped.
- **Same input, cold.** One generated corpus (benchmarks/generate_corpus.py; ``--distinct`` for one with no
  repeated paragraph) or ``--corpus DIR``. Every build is cold: ``--no-cache`` by default (the build stores
  nothing and reads nothing), or with ``--empty-cache`` a fresh empty cache folder per build (then the cost of
  storing into the cache is counted, as in a first real build). SOURCE_DATE_EPOCH is fixed for every build.
- **Alternation.** The runs alternate base, head, head, base, base, head ... so that a burst of load from
  another process falls on both sides; each figure is the median of ``--repeat`` runs.
- **What is printed.** Per stage (the build's ``.timings.json``: seconds of each stage, summed over articles
  in the workers, plus the main process's own stages; these are perf_counter seconds inside the stage, i.e.
  CPU-bound time that still stretches when another process takes the core), the base and head medians and
  base/head. Then the whole build: CPU seconds of the process tree (user + system of the build and every
  worker, from ``getrusage(RUSAGE_CHILDREN)``: the figure least disturbed by load), wall seconds, MB/s of input
  ``.txt``, and peak tree RSS (summed RSS of the build and its workers, sampled every 0.2 s). A ratio above 1
  means the head side is faster (or smaller).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_build import TreeMemory  # noqa: E402
from compare_builds import check_imports_from, extract_revision  # noqa: E402
from generate_corpus import generate  # noqa: E402

WORKING_TREE = "working tree"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _supports(tree: Path, flag: str) -> bool:
    shown = subprocess.run([sys.executable, "build_dataset.py", "--help"], cwd=tree, capture_output=True, text=True)
    return flag in shown.stdout


def run_build(tree: Path, corpus: Path, out: Path, args: argparse.Namespace, env: dict[str, str]) -> dict:
    """One cold build of ``corpus`` by the code in ``tree``: its timings file plus wall, tree CPU and peak RSS."""
    command = [sys.executable, "build_dataset.py", "--input", str(corpus), "--output", str(out),
               "--workers", str(args.workers), "--words", args.words]
    if _supports(tree, "--no-progress"):
        command.append("--no-progress")
    cache = out.parent / f"{out.name}.bench-cache"
    command += ["--cache-dir", str(cache)] if args.empty_cache else ["--no-cache"]
    cpu_before = _children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    memory = TreeMemory(process.pid)
    _, stderr = process.communicate()
    wall, peaks = time.perf_counter() - started, memory.stop()
    if process.returncode != 0:
        sys.exit(f"build failed in {tree} (exit {process.returncode}):\n{stderr.decode(errors='replace')[-2000:]}")
    timings_file = out.parent / f"{out.name}.timings.json"
    timings = json.loads(timings_file.read_text(encoding="utf-8"))
    stages: dict[str, float] = {}
    for part in ("per_article_stage_seconds", "main_process_stage_seconds"):
        for name, seconds in timings.get(part, {}).items():
            # The main process also runs per-article stages (the gold articles, the dedup pass): kept apart.
            main = part.startswith("main") and not name.startswith("main")
            stages[f"main: {name}" if main else name] = seconds
    result = {"stages": stages, "wall": wall, "build_wall": timings.get("wall_seconds", wall),
              "cpu": _children_cpu() - cpu_before, "peak_rss": peaks["tree_peak_rss"]}
    shutil.rmtree(out.parent, ignore_errors=True)  # a release, its cache and scratch: gigabytes at 100k
    return result


def _order(repeat: int) -> list[int]:
    """0 = base, 1 = head: A B, B A, A B ... so neither side always runs first after a pause."""
    return [side for run in range(repeat) for side in ((0, 1) if run % 2 == 0 else (1, 0))]


def _ratio(base: float, head: float) -> str:
    return f"{base / head:.2f}x" if head > 0 else "-"


def report(labels: list[str], runs: list[list[dict]], megabytes: float) -> dict:
    """Prints medians per stage and for the whole build; returns them (for --json)."""
    names = sorted({name for side in runs for run in side for name in run["stages"]},
                   key=lambda name: -max(statistics.median(run["stages"].get(name, 0.0) for run in side)
                                         for side in runs))
    medians: dict = {"stages": {}, "totals": {}}
    width = max(map(len, names), default=10)
    print(f"\n{'stage (s, summed over workers)':<{max(width, 30)}} {labels[0][:14]:>14} {labels[1][:14]:>14}  base/head")
    for name in names:
        pair = [statistics.median(run["stages"].get(name, 0.0) for run in side) for side in runs]
        medians["stages"][name] = pair
        print(f"{name:<{max(width, 30)}} {pair[0]:>14.2f} {pair[1]:>14.2f}  {_ratio(*pair)}")
    print()
    rows = (("tree CPU seconds", "cpu", 1.0, "{:.1f}"), ("wall seconds (process)", "wall", 1.0, "{:.1f}"),
            ("wall seconds (build's own)", "build_wall", 1.0, "{:.1f}"),
            ("peak tree RSS (MiB)", "peak_rss", 2**20, "{:.0f}"))
    for title, key, scale, shape in rows:
        pair = [statistics.median(run[key] for run in side) / scale for side in runs]
        medians["totals"][key] = pair
        every = " | ".join(", ".join(shape.format(run[key] / scale) for run in side) for side in runs)
        print(f"{title:<30} {shape.format(pair[0]):>14} {shape.format(pair[1]):>14}  {_ratio(*pair)}   (runs: {every})")
    rates = [megabytes / medians["totals"]["wall"][side] for side in (0, 1)]
    medians["totals"]["mb_per_s"] = rates
    print(f"{'MB/s (process wall)':<30} {rates[0]:>14.3f} {rates[1]:>14.3f}  {_ratio(rates[1], rates[0])}")
    return medians


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", metavar="BASE_REV")
    parser.add_argument("head", metavar="HEAD_REV", nargs="?", default=None,
                        help="default: the working tree, uncommitted changes included")
    parser.add_argument("--articles", type=int, default=1000, help="generated corpus size (default: %(default)s)")
    parser.add_argument("--words", choices=("underthesea", "whitespace"), default="underthesea")
    parser.add_argument("--distinct", action="store_true", help="a corpus with no repeated paragraph")
    parser.add_argument("--repeat", type=int, default=3, help="builds per side (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=None, help="build this folder instead of generating one")
    parser.add_argument("--empty-cache", action="store_true",
                        help="build with a fresh empty cache instead of --no-cache")
    parser.add_argument("--json", type=Path, default=None, help="also write the medians here")
    parser.add_argument("--scratch", type=Path, default=None, help="where the temporary folder goes")
    args = parser.parse_args(argv)
    # A kill (SIGTERM) unwinds through ``finally`` like Ctrl-C, so the extracted trees and releases are removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    work = Path(tempfile.mkdtemp(prefix="bench-commits-", dir=args.scratch))
    try:
        trees, labels = [], []
        for side, revision in (("base", args.base), ("head", args.head)):
            if revision is None:
                trees.append(ROOT)
                labels.append(WORKING_TREE)
                continue
            tree = work / side
            tree.mkdir()
            labels.append(f"{revision}={extract_revision(revision, tree)[:8]}")
            trees.append(tree)
        for tree in trees:
            check_imports_from(tree)
        corpus = args.corpus
        if corpus is None:
            corpus = work / "corpus"
            print(f"corpus: {generate(args.articles, corpus, distinct=args.distinct)}")
        megabytes = sum(path.stat().st_size for path in corpus.rglob("*.txt")) / 1e6
        cold = "empty cache per build" if args.empty_cache else "--no-cache"
        print(f"base {labels[0]}, head {labels[1]}; {megabytes:.1f} MB, --workers {args.workers}, "
              f"--words {args.words}, cold ({cold}), {args.repeat} runs per side, alternating")
        env = dict(os.environ)
        env.setdefault("SOURCE_DATE_EPOCH", str(int(time.time())))
        runs: list[list[dict]] = [[], []]
        for number, side in enumerate(_order(args.repeat)):
            result = run_build(trees[side], corpus, work / f"run{number}" / "ds", args, env)
            runs[side].append(result)
            print(f"  run {number + 1}: {labels[side]}: wall {result['wall']:.1f} s, CPU {result['cpu']:.1f} s, "
                  f"peak {result['peak_rss'] / 2**20:.0f} MiB", flush=True)
        medians = report(labels, runs, megabytes)
        if args.json:
            args.json.write_text(json.dumps({"labels": labels, "megabytes": megabytes, "args": {
                key: str(value) for key, value in vars(args).items()}, "medians": medians, "runs": runs},
                indent=2) + "\n", encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
