"""Same-run timings of the per-article library calls that perfA (issue 16) put behind a cheap step, each against
the call it replaces on the same texts, with the outputs compared.

``python benchmarks/bench_gates.py [--articles 5000] [--distinct] [--repeat 3]``

- **ftfy**: ``ftfy.fix_text`` with decode's configuration on every decoded article, against the same call behind
  ``haucan.mojibake_gate.may_need_encoding_repair`` (CPU seconds, median of --repeat); prints how many texts the
  gate sent to ftfy and whether every output is identical.
- **MinHash**: datasketch 2.0's ``MinHash.update_batch`` (hashfunc=int, 128 permutations, seed 1) over each
  article's shingle hashes, against ``haucan.dedup.signature.minhash_values`` (numpy); values compared.

The texts are a generated corpus (benchmarks/generate_corpus.py, --distinct for one with no repeated paragraph),
decoded from their bytes as the build reads them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import ftfy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from generate_corpus import generate  # noqa: E402

from haucan.decode import _MOJIBAKE_FIXES  # noqa: E402
from haucan.dedup.signature import NUM_PERM, SEED, minhash_values, shingle_hashes  # noqa: E402
from haucan.mojibake_gate import may_need_encoding_repair  # noqa: E402


def _cpu(function, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.process_time()
        result = function()
        times.append(time.process_time() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--distinct", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        print(f"corpus: {generate(args.articles, Path(scratch), distinct=args.distinct)}")
        texts = [path.read_bytes().decode("utf-8") for path in sorted(Path(scratch).glob("*.txt"))]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6

    plain, fixed = _cpu(lambda: [ftfy.fix_text(text, _MOJIBAKE_FIXES) for text in texts], args.repeat)
    gated, gated_fixed = _cpu(lambda: [ftfy.fix_text(text, _MOJIBAKE_FIXES) if may_need_encoding_repair(text)
                                       else text for text in texts], args.repeat)
    sent = sum(map(may_need_encoding_repair, texts))
    print(f"ftfy fix_text on every text: {plain:.3f} CPU-s ({megabytes / plain:.1f} MB/s); gated: {gated:.3f} CPU-s "
          f"({megabytes / gated:.1f} MB/s) = {plain / gated:.1f}x; {sent} of {len(texts)} texts sent to ftfy; "
          f"outputs identical: {fixed == gated_fixed}")

    from datasketch import MinHash

    hashes = [shingle_hashes(text) for text in texts]

    def reference() -> list:
        values = []
        for item in hashes:
            signature = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int)
            signature.update_batch(item.tolist())
            values.append(signature.hashvalues)
        return values

    old, old_values = _cpu(reference, args.repeat)
    new, new_values = _cpu(lambda: [minhash_values(item) for item in hashes], args.repeat)
    same = all((a == b).all() for a, b in zip(old_values, new_values, strict=True))
    print(f"MinHash values, datasketch update_batch: {old:.3f} CPU-s; numpy minhash_values: {new:.3f} CPU-s = "
          f"{old / new:.1f}x; identical: {same}")


if __name__ == "__main__":
    main()
