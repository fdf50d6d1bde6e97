"""False rejections, rejections and time per article of the input screens (haucan/screen.py).

``python benchmarks/bench_screen.py GEN_DIR BAD_DIR`` after
``python benchmarks/generate_corpus.py 2000 GEN_DIR`` and ``python -m tests.support.bad_inputs BAD_DIR`` prints,
for each group, how many texts the html and language screens rejected, how many ended otherwise than they
should (Vietnamese rejected, or a foreign/HTML page kept) and the mean time per article of both screens plus
cleaning. Groups: the seeds, every decodable file of the bad-input corpus (only its r59 html/English/Malay pages
should be rejected), the generated articles as written and stripped of their diacritics, and the foreign pages
of tests/support/screen_samples.py. The model's load time (once per process) is printed first.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from haucan import screen  # noqa: E402
from haucan.clean import clean_text  # noqa: E402
from haucan.decode import decode  # noqa: E402
from haucan.errors import SeedError  # noqa: E402
from tests.support.screen_samples import NOT_VIETNAMESE, strip_diacritics  # noqa: E402

REJECTED_IN_BAD_CORPUS = ("r59_html", "r59_english.", "r59_malay.")


def decoded(folder: Path) -> list[tuple[str, str]]:
    """(name, decoded text) of every regular, decodable .txt in ``folder`` (others are not the screens' job)."""
    texts = []
    for path in sorted(folder.glob("*.txt")):
        if path.is_symlink() or not path.is_file() or path.stat().st_size > 1 << 20:
            continue
        data = path.read_bytes()
        if not data.strip():
            continue
        try:
            texts.append((path.name, decode(data, path.name)[0]))
        except SeedError:
            continue
    return texts


def run(group: str, items: list[tuple[str, str]], should_reject) -> None:
    wrong, rejected, seconds = [], 0, 0.0
    for name, text in items:
        started = time.perf_counter()
        reason = None
        try:
            screen.screen_markup(text, name)
            screen.screen_language(clean_text(text), name)
        except SeedError as error:
            reason = error.reason
        seconds += time.perf_counter() - started
        rejected += reason is not None
        if (reason is not None) != should_reject(name):
            wrong.append((name, reason))
    print(f"{group:30} n={len(items):5} rejected={rejected:5} wrong={len(wrong)} "
          f"{seconds / max(1, len(items)) * 1000:.2f} ms/article {wrong[:5]}")


def main() -> None:
    generated, bad = Path(sys.argv[1]), Path(sys.argv[2])
    started = time.perf_counter()
    screen.language_of("Hội nghị")
    print(f"model load {time.perf_counter() - started:.2f} s")
    seeds = decoded(REPO / "seeds")
    gen = decoded(generated)
    run("seeds", seeds, lambda name: False)
    run("seeds, unaccented", [(n, strip_diacritics(t)) for n, t in seeds], lambda name: False)
    run("bad-input corpus", decoded(bad), lambda name: name.startswith(REJECTED_IN_BAD_CORPUS))
    run("generated", gen, lambda name: False)
    run("generated, unaccented", [(n, strip_diacritics(t)) for n, t in gen], lambda name: False)
    run("foreign pages", list(NOT_VIETNAMESE.items()), lambda name: True)


if __name__ == "__main__":
    main()
