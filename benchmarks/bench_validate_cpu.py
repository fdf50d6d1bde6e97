"""CPU seconds of one ``validate_tables`` call on saved per-article tables, for comparing two checkouts.

``python benchmarks/bench_validate_cpu.py TABLES_DIR [--repeat 3]``, run from each checkout's root in turn
(alternating), on the Arrow files ``bench_validate.py --tables-dir DIR --articles N`` keeps in ``DIR/N``
(the row code is the same on both sides, so the tables are too). It imports ``haucan`` and ``schema`` from the
folder it is started in, validates once to warm up (schemas built, rules loaded), then prints the least
``process_time`` of ``--repeat`` calls (user CPU of this process only: less disturbed than wall time on a
shared machine), every call's, and the failures found.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

import pyarrow as pa  # noqa: E402

from haucan.validate import validate_tables  # noqa: E402
from schema import CONFIGS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tables", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    tables = {spec.name: pa.ipc.open_file(args.tables / f"{spec.name}.arrow").read_all()
              for spec in CONFIGS if spec.per_article}
    validate_tables(tables)
    seconds = []
    for _ in range(args.repeat):
        started = time.process_time()
        failures = validate_tables(tables)
        seconds.append(time.process_time() - started)
    print(f"{min(seconds):.3f} CPU-s (calls: {', '.join(f'{s:.3f}' for s in seconds)}), {len(failures)} failures")


if __name__ == "__main__":
    main()
