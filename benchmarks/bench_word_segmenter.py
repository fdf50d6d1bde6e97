"""haucan/word_segmenter.py against underthesea's public ``word_tokenize`` on the same sentences, same run.

``python benchmarks/bench_word_segmenter.py CORPUS [--articles N] [--repeat 3]``

The sentences are those the build segments: each paragraph of the first N articles made into its segmenter copy
(haucan/sentences.py) and split by ``underthesea.sent_tokenize``, each distinct sentence once. Three calls are
timed over all of them, alternating, CPU seconds of this process (``time.process_time``, so other processes'
load stretches them less than wall time), median of ``--repeat`` rounds:
- ``public``: ``underthesea.word_tokenize(s)`` (its defaults, with the token normaliser: what
  benchmarks/bench_build.py times as "underthesea alone");
- ``as written``: ``underthesea.word_tokenize(s, use_token_normalize=False)`` (the call the build made);
- ``fast``: ``haucan.word_segmenter.word_tokenize(s)``, its n-gram memo emptied before each round (the build's
  workers see each distinct sentence once, so a memo warmed on the same sentences would flatter it).
Prints each median, the ratios and the single-process rate in KB of UTF-8 per CPU-second, and exits 1 unless the
fast output equals ``as written`` on every sentence.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import underthesea

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from haucan import word_segmenter  # noqa: E402
from haucan.sentences import segmenter_copy  # noqa: E402


def sentences(corpus: Path, articles: int) -> list[str]:
    found: dict[str, None] = {}
    for path in sorted(corpus.rglob("*.txt"))[:articles]:
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            if paragraph.strip():
                found.update(dict.fromkeys(underthesea.sent_tokenize(segmenter_copy(paragraph))))
    return list(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = sentences(args.corpus, args.articles)
    size = sum(len(t.encode("utf-8")) for t in texts)
    fast = word_segmenter.implementation()
    underthesea.word_tokenize("Khởi động.")  # model loading is not segmentation
    calls = {"public": underthesea.word_tokenize,
             "as written": lambda s: underthesea.word_tokenize(s, use_token_normalize=False),
             "fast": word_segmenter.word_tokenize}
    seconds: dict[str, list[float]] = {name: [] for name in calls}
    outputs = {}
    for _ in range(args.repeat):
        for name, call in calls.items():
            if name == "fast" and isinstance(fast, word_segmenter._Fast):
                for memo in fast.features.memo.values():
                    memo.clear()
            started = time.process_time()
            outputs[name] = [call(t) for t in texts]
            seconds[name].append(time.process_time() - started)
    median = {name: statistics.median(values) for name, values in seconds.items()}
    print(f"{len(texts)} distinct sentences, {size / 1e6:.2f} MB, first {args.articles} articles of {args.corpus}; "
          f"fast path: {type(fast).__name__}")
    for name, values in seconds.items():
        print(f"  {name:10s} median {median[name]:.2f} CPU-s ({', '.join(f'{v:.2f}' for v in values)}), "
              f"{size / median[name] / 1e3:.0f} KB per CPU-s")
    print(f"  fast vs public: {median['public'] / median['fast']:.2f}x; fast vs as written: "
          f"{median['as written'] / median['fast']:.2f}x")
    same = outputs["fast"] == outputs["as written"]
    print(f"  fast output equals as written on every sentence: {same}")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
