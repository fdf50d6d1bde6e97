"""The main process's share of dedup (haucan/dedup/index.py): CPU seconds of ``Deduplicator.add`` over every
article and of ``resolve``, at a quarter, half and all of a generated corpus, with the pairs found and the
candidates verified, so its growth with corpus size shows.

``python benchmarks/bench_dedup_index.py [--articles 10000] [--signatures FILE] [--tree DIR]``

Signatures are computed once (two processes, as the dedup pass does) and kept in ``--signatures`` (a pickle of
this benchmark's own making, read back only by it), so two code trees can be timed on the very same input:
``--tree`` imports ``haucan`` from another checkout (e.g. a ``git archive`` of the parent commit). The output
lines end with a digest of every pair, verdict and duplicate record: equal digests mean equal decisions.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def _signatures(root: Path, chunk: list) -> list:
    from haucan.build_day import fixed_build_day
    from haucan.per_article import StageSettings, read_source
    from haucan.process import dedup_signature

    settings, out = StageSettings(root, "whitespace"), []
    with fixed_build_day():
        for source in chunk:
            data = read_source(settings, source)
            out.append((source, dedup_signature(source, data)[0] if isinstance(data, bytes) else None))
    return out


def _make(articles: int, path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from generate_corpus import generate

    from haucan.read import discover

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "corpus"
        generate(articles, root)
        sources = list(discover(root, Path(folder) / "scratch").sources)
        chunks = [sources[i:i + 500] for i in range(0, len(sources), 500)]
        with ProcessPoolExecutor(2) as pool:
            items = [item for part in pool.map(_signatures, [root] * len(chunks), chunks) for item in part]
    path.write_bytes(pickle.dumps(items))


def _run(items: list) -> str:
    from haucan.dedup.index import Deduplicator

    with tempfile.TemporaryDirectory() as folder, Deduplicator(Path(folder)) as index:
        started = time.process_time()
        for source, signature in items:
            if signature is not None:
                index.add(source, signature)
        added = time.process_time()
        index.resolve()
        resolved = time.process_time()
        digest = hashlib.sha256(repr(list(index.near_pairs())).encode())
        for source, signature in items:
            if signature is not None:
                digest.update(repr(index.verdict(source.article_id, signature.text_sha256)).encode())
        digest.update(repr(list(index.duplicates_before(None))).encode())
        return (f"articles {len(items):>7,}: add {added - started:6.2f} CPU-s, resolve {resolved - added:5.2f}, "
                f"duplicates {index.duplicate_count():,}, decisions {digest.hexdigest()[:12]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--signatures", type=Path, default=Path(tempfile.gettempdir()) / "bench_dedup_index.pkl")
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    if not args.signatures.exists():
        _make(args.articles, args.signatures)
    items = pickle.loads(args.signatures.read_bytes())  # noqa: S301 - this benchmark's own file
    for part in (len(items) // 4, len(items) // 2, len(items)):
        print(_run(items[:part]), flush=True)


if __name__ == "__main__":
    main()
