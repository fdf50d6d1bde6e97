"""The incremental rebuild of one or two commits in one run: cold, unchanged and +1% builds, their CPU, wall and
stages, each rebuild as a share of its own cold build, and the two commits' ratios.

``python benchmarks/bench_rebuild.py REV [REV2] --articles N [--grow 0.01] [--distinct] [--words whitespace]
[--workers 2] [--repeat 2] [--json FILE]``

REV (and REV2) are extracted with ``git archive`` (committed files only); ``.`` names the working tree. One
corpus of N generated articles (benchmarks/generate_corpus.py, ``--distinct``: no repeated paragraph) and a
copy grown by ``--grow`` of N new articles (interleaved in id order, as new scrapes are; same relative paths
for the old ones, so their cache keys hold). Per commit and repeat, in one output and cache folder:

1. **cold**: an empty cache folder, corpus N (it stores everything);
2. **unchanged**: corpus N again (the release is kept after checking it against its manifest);
3. **grown**: the grown corpus (only the new articles should be computed).

Sides alternate (A B, B A, ...) so that a burst of load from another session falls on both. CPU seconds are
the process tree's user + system (``getrusage(RUSAGE_CHILDREN)``: the figure least disturbed by load); the
stages are the build's timings file (perf_counter seconds inside each stage, summed over workers, so they
stretch under load). SOURCE_DATE_EPOCH is fixed for every build. The grown build's release is also compared
file by file (MANIFEST.json sha256s) with a cold build of the grown corpus when ``--check`` is given.
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
from compare_builds import check_imports_from, extract_revision, hashes  # noqa: E402
from generate_corpus import generate  # noqa: E402

PHASES = ("cold", "unchanged", "grown")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_build(tree: Path, corpus: Path, out: Path, cache: Path, args: argparse.Namespace, env: dict) -> dict:
    """One build of ``corpus`` by the code in ``tree`` with ``cache``: its stages, tree CPU and wall seconds."""
    command = [sys.executable, "build_dataset.py", "--input", str(corpus), "--output", str(out), "--workers",
               str(args.workers), "--words", args.words, "--no-progress", "--cache-dir", str(cache)]
    cpu_before, started = _children_cpu(), time.perf_counter()
    done = subprocess.run(command, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"build failed in {tree} (exit {done.returncode}):\n{done.stderr.decode(errors='replace')[-2000:]}")
    timings = json.loads((out.parent / f"{out.name}.timings.json").read_text(encoding="utf-8"))
    stages: dict[str, float] = {}
    for part in ("per_article_stage_seconds", "main_process_stage_seconds"):
        for name, seconds in timings.get(part, {}).items():
            main = part.startswith("main") and not name.startswith("main")
            stages[f"main: {name}" if main else name] = seconds
    return {"stages": stages, "wall": wall, "build_wall": timings.get("wall_seconds", wall),
            "cpu": _children_cpu() - cpu_before}


def one_side(tree: Path, corpora: tuple[Path, Path], work: Path, args: argparse.Namespace, env: dict) -> dict:
    """Cold, unchanged and grown builds by one commit in a fresh output and cache folder."""
    out, cache = work / "ds", work / "cache"
    work.mkdir(parents=True)
    result = {"cold": run_build(tree, corpora[0], out, cache, args, env),
              "unchanged": run_build(tree, corpora[0], out, cache, args, env),
              "grown": run_build(tree, corpora[1], out, cache, args, env)}
    if args.check:
        cold_out = work / "cold-grown" / "ds"
        cold_out.parent.mkdir()
        run_build(tree, corpora[1], cold_out, work / "cold-grown" / "cache", args, env)
        same = hashes(out) == hashes(cold_out)
        result["grown_identical_to_cold"] = same
        print(f"    grown rebuild vs cold build of the grown corpus: {'IDENTICAL' if same else 'DIFFERENT'}")
    shutil.rmtree(work, ignore_errors=True)
    return result


def report(labels: list[str], runs: list[list[dict]]) -> dict:
    """Prints, per side, each phase's medians (CPU, wall, share of cold) and the grown build's stages."""
    medians: dict = {}
    for label, side in zip(labels, runs, strict=True):
        medians[label] = {phase: {key: statistics.median(run[phase][key] for run in side)
                                  for key in ("cpu", "wall", "build_wall")} for phase in PHASES}
        print(f"\n{label}:")
        for phase in PHASES:
            m, cold = medians[label][phase], medians[label]["cold"]
            every = ", ".join(f"{run[phase]['cpu']:.1f}/{run[phase]['wall']:.1f}" for run in side)
            print(f"  {phase:<10} CPU {m['cpu']:7.1f} s ({m['cpu'] / cold['cpu']:6.1%} of cold)   wall {m['wall']:7.1f} s "
                  f"({m['wall'] / cold['wall']:6.1%})   build's own wall {m['build_wall']:7.1f} s "
                  f"({m['build_wall'] / cold['build_wall']:6.1%})   runs CPU/wall: {every}")
    for phase in ("grown", "cold"):
        names = sorted({name for side in runs for run in side for name in run[phase]["stages"]},
                       key=lambda n: -max(statistics.median(r[phase]["stages"].get(n, 0.0) for r in side) for side in runs))
        print(f"\nstages of the {phase} build (s, medians){'':<8}" + "".join(f"{label[:16]:>18}" for label in labels))
        for name in names[:18]:
            values = [statistics.median(r[phase]["stages"].get(name, 0.0) for r in side) for side in runs]
            print(f"  {name:<40}" + "".join(f"{value:>18.2f}" for value in values))
    return medians


def _tree(revision: str, work: Path, name: str) -> tuple[Path, str]:
    if revision == ".":
        return ROOT, "working tree"
    tree = work / name
    tree.mkdir()
    return tree, f"{revision}={extract_revision(revision, tree)[:8]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", metavar="REV", nargs="+", help="one or two git revisions ('.': working tree)")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--grow", type=float, default=0.01, help="share of new articles (default: %(default)s)")
    parser.add_argument("--distinct", action="store_true", help="a corpus with no repeated paragraph")
    parser.add_argument("--words", choices=("underthesea", "whitespace"), default="whitespace")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="also compare the grown rebuild with a cold build")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--scratch", type=Path, default=None)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    work = Path(tempfile.mkdtemp(prefix="bench-rebuild-", dir=args.scratch))
    try:
        trees = [_tree(revision, work, f"tree{i}") for i, revision in enumerate(args.revisions[:2])]
        for tree, _ in trees:
            check_imports_from(tree)
        corpus, grown = work / "corpus", work / "grown"
        print(f"corpus: {generate(args.articles, corpus, distinct=args.distinct)}")
        shutil.copytree(corpus, grown)
        added = max(1, round(args.articles * args.grow))
        print(f"grown by: {generate(added, grown, start=args.articles, distinct=args.distinct)}")
        env = dict(os.environ)
        env.setdefault("SOURCE_DATE_EPOCH", str(int(time.time())))
        runs: list[list[dict]] = [[] for _ in trees]
        order = [s for r in range(args.repeat) for s in (range(len(trees)) if r % 2 == 0 else reversed(range(len(trees))))]
        for number, side in enumerate(order):
            result = one_side(trees[side][0], (corpus, grown), work / f"run{number}", args, env)
            runs[side].append(result)
            print(f"  run {number + 1} {trees[side][1]}: " + ", ".join(
                f"{phase} {result[phase]['cpu']:.1f} CPU-s / {result[phase]['wall']:.1f} s" for phase in PHASES), flush=True)
        labels = [label for _, label in trees]
        medians = report(labels, runs)
        if len(trees) == 2:
            print()
            for phase in PHASES:
                a, b = medians[labels[0]][phase], medians[labels[1]][phase]
                print(f"{phase:<10} first/second: CPU {a['cpu'] / b['cpu']:.2f}x, wall {a['wall'] / b['wall']:.2f}x")
        if args.json:
            args.json.write_text(json.dumps({"labels": labels, "args": {k: str(v) for k, v in vars(args).items()},
                                             "medians": medians, "runs": runs}, indent=2) + "\n", encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
