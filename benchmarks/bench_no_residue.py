"""The ``no_residue`` check on the text and lead columns of saved ``articles`` tables: every in-text pattern
searched alone (the code before perf11) against the line-anchored ones searched as one (schema/line_patterns.py).

``python benchmarks/bench_no_residue.py TABLES_DIR [--repeat 5]`` (TABLES_DIR as kept by ``bench_validate.py
--tables-dir DIR --articles N``, i.e. ``DIR/N``). Both sides run in this process on the same columns,
alternately; prints the median CPU seconds of each, their ratio, how many searches each makes per column and
whether they agree.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from haucan.rules import load_rules  # noqa: E402
from haucan.tables import to_frame  # noqa: E402
from schema.checks import _joinable, no_pattern  # noqa: E402
from schema.line_patterns import search_plan  # noqa: E402


def searched_alone(strings: list[str], patterns) -> bool:
    """The test before: does no pattern occur (each joinable one over the joined column, the rest per value)?"""
    joined = "\n".join(strings)
    return not any(p.search(joined) if _joinable(p) else any(map(p.search, strings)) for p in patterns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tables", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    frame = to_frame(pa.ipc.open_file(args.tables / "articles.arrow").read_all())
    patterns = load_rules().in_text_patterns()
    columns = [frame[name] for name in ("text", "lead")]
    times: dict[str, list[float]] = {"alone": [], "joined": []}
    for _ in range(args.repeat):
        started = time.process_time()
        alone = [searched_alone([v for v in c.tolist() if isinstance(v, str)], patterns) for c in columns]
        times["alone"].append(time.process_time() - started)
        started = time.process_time()
        joined = [bool(no_pattern(c, patterns).all()) for c in columns]
        times["joined"].append(time.process_time() - started)
    before, after = statistics.median(times["alone"]), statistics.median(times["joined"])
    plan = search_plan(tuple(p for p in patterns if _joinable(p)))
    print(f"{len(frame)} articles; {len(patterns)} patterns, {len(plan)} joined searches + "
          f"{sum(not _joinable(p) for p in patterns)} per value")
    print(f"alone {before:.4f} CPU-s, joined {after:.4f} CPU-s: {before / after:.2f}x; agree: {alone == joined}")


if __name__ == "__main__":
    main()
