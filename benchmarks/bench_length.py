"""Per-article time against article length: is the per-article stage linear, and what does a huge file cost?

``python benchmarks/bench_length.py [--sizes 10K 100K 1M 10M] [--shapes one-line paragraphs] [--no-build]``

For each shape and size it writes one synthetic article (Vietnamese sentences in the style of
tests/support/bad_inputs.py ``article_text``, a different random seed per size so that no sentence is
memoised from an earlier size) and times the chunk stage on it, in a fresh subprocess (no warm memo, an
honest peak RSS), exactly as a build's worker runs it: ``haucan.chunks.process_chunk`` on a one-article chunk
(read, decode, clean, blocks, metadata, entities, sentences and words, BIO, MinHash, facts, rows, pandera,
packing), with no cache and underthesea words. Imports and model loading are done before the clock starts,
on a small different article.

Shapes: ``one-line`` (no newline at all: one paragraph of sentences), ``paragraphs`` (paragraphs of four
sentences), ``no-stop`` (one line with no full stop or comma: a single "sentence"; optional).

Two runs per size above the article size limit (``haucan.article.MAX_ARTICLE_CHARS``): ``as built`` (the
limit in force: the article is rejected ``too_long``) and ``limit lifted`` (the limit raised so that the work
itself is timed, to show that it stays linear up to 10 MB). Every line prints wall and CPU seconds, CPU seconds
per MB, and the ratio of each to the smallest size of the same shape in the same run: flat seconds per MB (ratio
~1) is linear time; a ratio that grows with the size is superlinear. The smallest size carries the fixed cost of
a chunk (pandera's checks take ~0.2 s whatever the size), so its seconds per MB are higher; the ``slope`` (CPU
seconds per MB between one size and the previous) has no fixed cost in it and is the figure to read for
flatness. CPU time, not wall time, is compared: on a shared machine wall time swings by 2x between runs.

Unless ``--no-build``, it then times a whole build (``build_dataset.py --workers 1 --no-cache``) of the seeds
plus one 10 MB one-line article, and prints the exit code and that article's outcome.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.bad_inputs import _GIVEN, _NAMES, _OBJECTS, _PLACES, _SUBJECTS, _VERBS  # noqa: E402

ARTICLE_ID = "0123456789abcdef"


def _sentence(rng: random.Random) -> str:
    return (f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.randint(2019, 2025)} "
            f"tại {rng.choice(_PLACES)}, Đại tá {rng.choice(_NAMES)} {rng.choice(_GIVEN)} phát biểu lần thứ "
            f"{rng.randint(1, 99)}.")


def synthetic_article(size: int, shape: str, seed: int) -> bytes:
    """About ``size`` bytes of UTF-8 (one sentence more at most) in the given shape."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    if shape == "paragraphs":
        parts.append("Bài viết dài về công tác hậu cần\n\n")
        total = len(parts[0].encode())
    while total < size:
        if shape == "paragraphs":
            piece = " ".join(_sentence(rng) for _ in range(4)) + "\n\n"
        elif shape == "no-stop":
            piece = _sentence(rng).replace(".", "").replace(",", "") + " "
        else:
            piece = _sentence(rng) + " "
        parts.append(piece)
        total += len(piece.encode())
    return "".join(parts).strip().encode()


def _parse_size(text: str) -> int:
    units = {"K": 1000, "M": 1000 ** 2}
    return int(float(text[:-1]) * units[text[-1].upper()]) if text[-1].upper() in units else int(text)


def measure_one(size: int, shape: str, lift: bool) -> dict:
    """Time process_chunk on one article in this process (called in a fresh subprocess by ``main``)."""
    import haucan.article
    from haucan.chunks import process_chunk
    from haucan.codec import decode
    from haucan.per_article import StageSettings
    from haucan.records import SourceFile

    if lift:
        haucan.article.MAX_ARTICLE_CHARS = 10 ** 9
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warm = folder / "warm.txt"
        warm.write_bytes(synthetic_article(3000, "paragraphs", seed=1))
        settings = StageSettings(input_dir=folder)
        process_chunk(settings, (SourceFile("warm.txt", "fedcba9876543210", None),))
        warm.unlink()
        data = synthetic_article(size, shape, seed=size)
        (folder / "article.txt").write_bytes(data)
        source = SourceFile("article.txt", ARTICLE_ID, None)
        started, cpu_started = time.perf_counter(), time.process_time()
        outcome = process_chunk(settings, (source,))
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        result = decode(outcome.packed)
    entry = result.entries[0]
    rows = {name: table.num_rows for name, table in result.tables.items()}
    return {"size": size, "bytes": len(data), "shape": shape, "lifted": lift, "seconds": seconds, "cpu": cpu,
            "outcome": f"rejected {entry.error.reason}" if entry.error else "accepted",
            "failures": len(result.failures), "sentences": rows.get("sentences", 0),
            "mentions": rows.get("mentions", 0), "stages": {k: round(v, 3) for k, v in outcome.seconds.items()},
            "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def _run_child(size: int, shape: str, lift: bool) -> dict:
    command = [sys.executable, __file__, "--one", str(size), shape] + (["--lift"] if lift else [])
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _print(result: dict, base: dict | None, previous: dict | None = None) -> None:
    """One line: wall and CPU seconds, CPU seconds per MB, the slope from the previous size, and the ratios to
    the baseline. CPU seconds are the figures to compare: on a machine shared with other work, wall time
    swings by 2x from run to run, CPU time by far less."""
    megabytes = result["bytes"] / 1e6
    per_mb = result["cpu"] / megabytes
    accepted = result["outcome"] == "accepted"
    # The slope from the previous size: fixed costs (pandera's per-chunk overhead, ~0.2 s) cancel out.
    slope = (f"{(result['cpu'] - previous['cpu']) / ((result['bytes'] - previous['bytes']) / 1e6):6.2f}"
             if previous is not None and accepted else "     -")
    if not accepted:
        ratios = ""
    elif base is None or base is result:
        ratios = "  (baseline)"
    else:
        base_per_mb = base["cpu"] / (base["bytes"] / 1e6)
        ratios = (f"  cpu x{result['cpu'] / base['cpu']:6.1f} for x{result['bytes'] / base['bytes']:6.1f} bytes, "
                  f"cpu s/MB x{per_mb / base_per_mb:5.2f}")
    mode = "limit lifted" if result["lifted"] else "as built"
    print(f"{result['shape']:10s} {megabytes:7.3f} MB  {mode:12s} wall {result['seconds']:7.2f} s  cpu "
          f"{result['cpu']:7.2f} s  {per_mb:6.2f} cpu s/MB  slope {slope}{ratios}  {result['outcome']}, "
          f"{result['sentences']} sentences, {result['mentions']} mentions, peak {result['peak_rss_mib']} MiB",
          flush=True)


def build_with_huge_article(size: int) -> None:
    """Time a whole build of the seeds plus one ``size``-byte one-line article."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        shutil.copytree(ROOT / "seeds", folder)
        (folder / "999_huge_one_line.txt").write_bytes(synthetic_article(size, "one-line", seed=size))
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "build_dataset.py", "--input", str(folder), "--output",
                               str(Path(tmp) / "out"), "--workers", "1", "--no-cache", "--no-progress"],
                              capture_output=True, text=True, cwd=ROOT, check=False)
        seconds = time.perf_counter() - started
        line = next((x for x in done.stdout.splitlines() if "999_huge" in x), "(not listed)")
        first = done.stdout.splitlines()[0] if done.stdout else done.stderr[-500:]
        print(f"whole build, seeds + one {size / 1e6:.0f} MB one-line article, --workers 1 --no-cache: "
              f"{seconds:.1f} s, exit {done.returncode}\n  {first}\n  {line.strip()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["10K", "100K", "1M", "10M"])
    parser.add_argument("--shapes", nargs="+", default=["one-line", "paragraphs"],
                        choices=["one-line", "paragraphs", "no-stop"])
    parser.add_argument("--no-lift", action="store_true", help="skip the 'limit lifted' runs above the limit")
    parser.add_argument("--no-build", action="store_true", help="skip the whole build with a 10 MB article")
    parser.add_argument("--one", nargs=2, metavar=("SIZE", "SHAPE"), help=argparse.SUPPRESS)
    parser.add_argument("--lift", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(int(args.one[0]), args.one[1], args.lift)))
        return
    from haucan.article import MAX_ARTICLE_CHARS

    print(f"per-article chunk stage, one article per fresh process; limit {MAX_ARTICLE_CHARS:,} characters")
    for shape in args.shapes:
        base = previous = None
        for size in sorted(_parse_size(s) for s in args.sizes):
            as_built = _run_child(size, shape, lift=False)
            if as_built["outcome"] == "accepted":
                base = base or as_built
            _print(as_built, base, previous)
            if as_built["outcome"] == "accepted":
                previous = as_built
            elif not args.no_lift:
                lifted = _run_child(size, shape, lift=True)
                _print(lifted, base, previous)
                previous = lifted
    if not args.no_build:
        build_with_huge_article(10 ** 7)


if __name__ == "__main__":
    main()
