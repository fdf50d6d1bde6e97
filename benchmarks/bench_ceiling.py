"""The fastest the build could run if it did nothing but call the libraries it must call on every article.

``python benchmarks/bench_ceiling.py CORPUS [--articles N] [--processes 2]``

On the first N articles of a generated corpus (benchmarks/generate_corpus.py), times each library call the
per-article stage makes on every article, alone, on ``--processes`` processes:
- ftfy ``fix_text`` with the build's mojibake-repair settings (the text is already valid UTF-8);
- underthesea ``sent_tokenize`` on every paragraph (the sentences config), without the segment store;
- datasketch MinHash (128 permutations) of the word 5-shingles, as haucan.dedup.signature computes it;
- pandera validation of the article's nine per-article tables, in batches of 128 articles (the chunk size).
It prints each one's rate in MB/s of input and the ceiling they set together: the build can never be faster
than the sum of their times, whatever else it does. Issue 7 asked for >= 20 MB/s minus word segmentation.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BATCH = 128


def _ftfy(texts: list[str]) -> float:
    import ftfy

    from haucan.decode import _MOJIBAKE_FIXES

    started = time.process_time()
    for text in texts:
        ftfy.fix_text(text, _MOJIBAKE_FIXES)
    return time.process_time() - started


def _sentences(texts: list[str]) -> float:
    import underthesea

    underthesea.sent_tokenize("Khởi động. Xong.")  # loading is not splitting
    started = time.process_time()
    for text in texts:
        for paragraph in text.split("\n\n"):
            underthesea.sent_tokenize(paragraph)
    return time.process_time() - started


def _minhash(texts: list[str]) -> float:
    from haucan.dedup.signature import signature

    started = time.process_time()
    for text in texts:
        signature(text)
    return time.process_time() - started


def _validate(paths: list[str]) -> float:
    """pandera only: the tables are built first (untimed), then validated batch by batch."""
    from haucan.chunk_rows import build_tables
    from haucan.per_article import StageSettings
    from haucan.process import process
    from haucan.read import article_id_for
    from haucan.records import SourceFile
    from haucan.validate import validate_tables

    annotated = []
    for path in paths:
        relative = Path(path).name
        source = SourceFile(relative, article_id_for(relative), None)
        result = process(source, Path(path).read_bytes(), StageSettings(Path(path).parent, "whitespace"))
        if result.rows is not None:
            annotated.append(result.annotated)
    tables = [build_tables(annotated[i:i + BATCH]) for i in range(0, len(annotated), BATCH)]
    started = time.process_time()
    for batch in tables:
        validate_tables(batch)
    return time.process_time() - started


STEPS = {"ftfy fix_text": _ftfy, "underthesea sent_tokenize": _sentences, "MinHash (datasketch)": _minhash,
         "pandera validation": _validate}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    paths = [str(p) for p in sorted(args.corpus.rglob("*.txt"))[:args.articles]]
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} articles, {megabytes:.2f} MB, {args.processes} processes")
    total = 0.0
    with multiprocessing.get_context("spawn").Pool(args.processes) as pool:
        for name, step in STEPS.items():
            shares = [(paths if step is _validate else texts)[i::args.processes] for i in range(args.processes)]
            seconds = sum(pool.map(step, shares))  # CPU seconds over all processes
            total += seconds
            print(f"{name}: {seconds:.2f} CPU-s, {megabytes * args.processes / seconds:.2f} MB/s on "
                  f"{args.processes} processes")
    print(f"together: {total:.2f} CPU-s -> ceiling {megabytes * args.processes / total:.2f} MB/s on "
          f"{args.processes} processes (issue 7 asks >= 20 MB/s for the whole build minus word segmentation)")


if __name__ == "__main__":
    main()
