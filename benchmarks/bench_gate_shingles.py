"""CPU time per article of the language screen and of the dedup key + shingle hashes, old code against new on the
same texts, in one process (perf13, issue 16).

``python benchmarks/bench_gate_shingles.py CORPUS [--articles 1000] [--repeat 5]``

The texts are CORPUS's ``.txt`` files decoded and cleaned as the build does. Each measure alternates old and
new ``--repeat`` times and prints the medians of ``process_time`` per article and their ratio:

- **language screen**: the screen of commit 66bf511 (letters counted by removing the non-letter runs, then
  py3langid on every text of 100+ letters) against ``haucan.screen.screen_language`` (letters from the letter
  runs, haucan/language_gate.py first, py3langid only for what it does not accept); the outcomes (accepted or
  the SeedError's message) are compared on every text, and the share the gate accepted is printed;
- **dedup key + shingle hashes**: the per-word substitution, the second pass for the words and OpenSSL's SHA-1
  per shingle (kept in tests/test_shingle_hashes.py as the reference) against one ``folded_parts`` for both and
  CPython's SHA-1 through ``map`` (haucan/dedup/shingles.py); the canonical digests and hash arrays compared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from haucan import screen  # noqa: E402
from haucan.clean import clean_text  # noqa: E402
from haucan.decode import decode  # noqa: E402
from haucan.dedup import shingles  # noqa: E402
from haucan.errors import SeedError  # noqa: E402
from tests.test_shingle_hashes import _old_canonical_key, _old_shingle_hashes  # noqa: E402


def texts_of(corpus: Path, articles: int) -> list[str]:
    texts = []
    for path in sorted(corpus.rglob("*.txt"))[:articles]:
        try:
            text, _ = decode(path.read_bytes(), path.name)
        except SeedError:
            continue
        clean = clean_text(text)
        texts.append(clean[0] if isinstance(clean, tuple) else clean)
    return texts


def old_screen(clean: str) -> str | None:
    """66bf511's decision: None (accepted) or the language it was rejected as."""
    sample = clean[:screen.LANGUAGE_SAMPLE_CHARS]
    if screen._letters(sample) < screen.MIN_LANGUAGE_LETTERS:
        return None
    language, _, vietnamese = screen.language_of(sample)
    return None if language == "vi" or vietnamese >= screen.MAX_VIETNAMESE_PROBABILITY else language


def new_screen(clean: str) -> str | None:
    try:
        screen.screen_language(clean, "x.txt")
    except SeedError as error:
        return str(error)
    return None


def old_dedup(text: str) -> tuple[bytes, list[int]]:
    return bytes.fromhex(_old_canonical_key(text)), _old_shingle_hashes(text).tolist()


def new_dedup(text: str) -> tuple[bytes, list[int]]:
    parts = shingles.folded_parts(text)
    return shingles.canonical_digest(parts), shingles.hashes_of_words(parts[1::2]).tolist()


def per_article(function, texts: list[str]) -> float:
    started = time.process_time()
    for text in texts:
        function(text)
    return (time.process_time() - started) / len(texts) * 1e6


def compare(name: str, old, new, texts: list[str], repeat: int) -> None:
    olds, news = [], []
    for _ in range(repeat):
        olds.append(per_article(old, texts))
        news.append(per_article(new, texts))
    before, after = statistics.median(olds), statistics.median(news)
    print(f"{name:28} {before:8.1f} us -> {after:8.1f} us per article  = {before / after:.2f}x "
          f"(medians of {repeat}, alternating)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = texts_of(args.corpus, args.articles)
    screen.language_of("khởi động")  # the model is loaded once per process, outside the timings
    outcomes = [(old_screen(text), new_screen(text)) for text in texts]
    same = sum((old is None) == (new is None) for old, new in outcomes)
    gated = sum(screen.plainly_vietnamese(text[:screen.LANGUAGE_SAMPLE_CHARS],
                                          tokens := screen.letter_tokens(text[:screen.LANGUAGE_SAMPLE_CHARS]),
                                          sum(map(len, tokens))) for text in texts)
    print(f"{len(texts)} texts of {args.corpus}: same screen decision {same}/{len(texts)}, "
          f"accepted by the gate {gated}/{len(texts)}")
    assert all(old_dedup(text) == new_dedup(text) for text in texts), "dedup key or shingle hashes differ"
    print(f"dedup key and shingle hashes identical on {len(texts)}/{len(texts)}")
    compare("language screen", old_screen, new_screen, texts, args.repeat)
    compare("dedup key + shingle hashes", old_dedup, new_dedup, texts, args.repeat)


if __name__ == "__main__":
    main()
