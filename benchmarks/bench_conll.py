"""The release's CoNLL text, row by row (the writer before perf11: ``sentence_lines`` per row of ``to_pylist``)
against column-wise batches (``haucan.output.conll.batch_text``), on the ner_* shards of a built release.

``python benchmarks/bench_conll.py RELEASE [--repeat 3]``

Both run in this process on the same record batches (read once, as the writer reads them: BATCH_ROWS sentences
at a time), alternately; prints the CPU seconds (``process_time``) of each, the median of ``--repeat``, their
ratio, and whether every batch gave the same bytes. The Parquet reading and the file writes, the same on both
sides, are left out.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from haucan.output.conll import BATCH_ROWS, LEVELS, batch_text, sentence_lines  # noqa: E402


def by_rows(batch, config: str) -> bytes:
    """The writer before: every row through ``sentence_lines``."""
    lines = []
    for row in batch.to_pylist():
        lines.extend(sentence_lines(row["tokens"], row["ner_tags"],
                                    f"{config} {row['article_id']} sentence {row['sent_idx']}"))
    return "".join(lines).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("release", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    columns = ["article_id", "sent_idx", "tokens", "ner_tags"]
    batches = [(batch, config) for config in LEVELS.values()
               for shard in sorted(args.release.glob(f"data/{config}/*.parquet"))
               for batch in pq.ParquetFile(shard).iter_batches(BATCH_ROWS, columns=columns)]
    times: dict[str, list[float]] = {"rows": [], "batches": []}
    outputs = {}
    for _ in range(args.repeat):
        for name, function in (("rows", by_rows), ("batches", batch_text)):
            started = time.process_time()
            outputs[name] = [function(batch, config) for batch, config in batches]
            times[name].append(time.process_time() - started)
    rows, batched = statistics.median(times["rows"]), statistics.median(times["batches"])
    sentences = sum(len(batch) for batch, _ in batches)
    print(f"{sentences} sentences, {sum(map(len, outputs['rows']))} bytes of CoNLL")
    print(f"row by row {rows:.3f} CPU-s {times['rows']}; batches {batched:.3f} CPU-s {times['batches']}; "
          f"{rows / batched:.2f}x; identical: {outputs['rows'] == outputs['batches']}")


if __name__ == "__main__":
    main()
