"""haucan/language_gate.py: the screen skips the language identifier only for texts it would accept anyway.

For every text below, if the gate says "plainly Vietnamese" the identifier must accept it (Vietnamese on top,
or its probability >= the screen's 0.01), with a wide margin; and ``screen_language`` with and without the gate
gives the same outcome (None or the same SeedError). Texts: the seeds, the real-world dev pages, the bad-input
corpus, generated corpora (default and --distinct, as written, stripped of diacritics, NFD, upper case),
the foreign pages of tests/support/screen_samples.py, and mixtures written to be hard: Vietnamese words mixed
word by word with English, Malay, Indonesian, French and Chinese at every 5% ratio, with the Vietnamese words
drawn from one text's vocabulary or only the diacritic-heavy ones, and the foreign words drawn from all or only
those spelt like Vietnamese syllables ('the', 'dan', 'la'); half-English pages by line; foreign text first.
The ftfy and HTML gates are checked the same way in tests/test_mojibake_gate.py and tests/test_cheap_gates.py.
"""

from __future__ import annotations

import importlib.util
import random
import unicodedata
from pathlib import Path

import pytest

from haucan import screen
from haucan.clean import clean_text
from haucan.decode import decode
from haucan.errors import SeedError
from haucan.language_gate import letter_tokens, plainly_vietnamese
from tests.support.bad_inputs import article_text, build_corpus
from tests.support.screen_samples import NOT_VIETNAMESE, VIETNAMESE_WITH_ENGLISH_QUOTE, strip_diacritics

REPO = Path(__file__).resolve().parent.parent
LOWEST_GATED_PROBABILITY = 0.5  # the screen rejects below 0.01; measured lowest among gated texts: > 0.999


def _clean(data: bytes, name: str) -> str | None:
    try:
        text, _ = decode(data, name)
    except SeedError:
        return None
    clean = clean_text(text)
    return clean[0] if isinstance(clean, tuple) else clean


def _folder(folder: Path, pattern: str = "*.txt") -> list[str]:
    texts = []
    for path in sorted(folder.rglob(pattern)):
        if path.is_file() and not path.is_symlink() and path.stat().st_size < 1 << 20:
            text = _clean(path.read_bytes(), path.name)
            if text is not None:
                texts.append(text)
    return texts


def _generated(tmp_path: Path, count: int, distinct: bool) -> list[str]:
    spec = importlib.util.spec_from_file_location("generate_corpus", REPO / "benchmarks" / "generate_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / ("distinct" if distinct else "default")
    module.generate(count, out, distinct=distinct)
    return _folder(out)


def _gate(text: str) -> bool:
    sample = text[:screen.LANGUAGE_SAMPLE_CHARS]
    tokens = letter_tokens(sample)
    letters = sum(map(len, tokens))
    assert letters == screen._letters(sample)  # the screen counts letters from the tokens now
    return letters >= screen.MIN_LANGUAGE_LETTERS and plainly_vietnamese(sample, tokens, letters)


def _vietnamese_probability(text: str) -> float:
    language, _, vietnamese = screen.language_of(text[:screen.LANGUAGE_SAMPLE_CHARS])
    return 1.0 if language == "vi" else vietnamese


def _check(texts: list[str]) -> int:
    """Every gated text is one the identifier accepts by a wide margin; returns how many were gated."""
    gated = [text for text in texts if _gate(text)]
    lowest = min((_vietnamese_probability(text) for text in gated), default=1.0)
    assert lowest >= LOWEST_GATED_PROBABILITY
    return len(gated)


def _mixtures() -> list[str]:
    rng = random.Random(13)
    vietnamese = [article_text(index) for index in range(8)]
    vietnamese += [path.read_text("utf-8") for path in sorted((REPO / "seeds").glob("*.txt"))]
    vietnamese.append(" ".join(vietnamese))
    texts = []
    for foreign in NOT_VIETNAMESE.values():
        foreign_words = foreign.split()
        syllable_shaped = [word for word in foreign_words if letter_tokens(word)
                           and plainly_vietnamese_shape(word)] or foreign_words
        for text in vietnamese:
            words = text.split()
            heavy = [word for word in words if sum(ch in "ơưƠƯ" or "\u1ea0" <= ch <= "\u1ef9" for ch in word) >= 2]
            for own in (words, heavy or words):
                for others in (foreign_words, syllable_shaped):
                    for step in range(1, 20):
                        share = step / 20
                        texts.append(" ".join(rng.choice(own) if rng.random() < share else rng.choice(others)
                                              for _ in range(300)))
            lines = [line for line in text.split("\n") if line.strip()]
            foreign_lines = [line for line in foreign.split("\n") if line.strip()]
            texts.append("\n".join(line for pair in zip(lines, foreign_lines * 10, strict=False) for line in pair))
            texts.append(foreign + "\n" + text)
            texts.append(text + "\n" + foreign)
    return texts


def plainly_vietnamese_shape(word: str) -> bool:
    """Whether a word passes the gate's syllable shape (a one-token text's failing-token test)."""
    from haucan.language_gate import _NOT_SYLLABLE_LINE

    return not any(_NOT_SYLLABLE_LINE.findall("\n".join(letter_tokens(word))))


def test_real_and_generated_vietnamese(tmp_path):
    real = _folder(REPO / "seeds") + _folder(REPO / "tests" / "realworld" / "dev")
    generated = _generated(tmp_path, 200, False) + _generated(tmp_path, 200, True)
    gated = _check(real + generated)
    assert gated >= 0.95 * len(real + generated)  # not vacuous: the gate does spare the identifier
    assert _check([unicodedata.normalize("NFD", text) for text in real[:20] + generated[:40]]) == 0
    assert _check([strip_diacritics(text) for text in real + generated[:100]]) == 0
    _check([text.upper() for text in real[:20] + generated[:40]])
    _check([text.replace(" ", "\u00a0 \t") for text in real[:20] + generated[:40]])


def test_bad_input_corpus(tmp_path):
    build_corpus(tmp_path / "bad")
    _check(_folder(tmp_path / "bad"))


def test_foreign_and_mixed_texts_go_to_the_identifier():
    foreign = list(NOT_VIETNAMESE.values())
    assert _check(foreign) == 0
    assert _gate(VIETNAMESE_WITH_ENGLISH_QUOTE)
    mixtures = _mixtures()
    assert len(mixtures) > 5000
    _check(mixtures)
    english = [line for line in NOT_VIETNAMESE["en"].split("\n") if line.strip()]
    seed = next((REPO / "seeds").glob("*.txt")).read_text("utf-8")
    half = "\n".join(line for pair in zip(seed.split("\n"), english * 20, strict=False) for line in pair)
    assert not _gate(half)  # a page that is half English is judged by the identifier


@pytest.mark.parametrize("text", ["", " \t\n", "1234 5678", "_" * 300, "a" * 300, "Việt " * 200, "ơ" * 500,
                                  "Hà Nội " * 50 + "東京" * 10, "Ha\u0300 No\u0323i " * 60])
def test_tricky_texts_give_the_ungated_outcome(text, monkeypatch):
    def outcome():
        try:
            return screen.screen_language(text, "x.txt")
        except SeedError as error:
            return str(error)

    gated = outcome()
    monkeypatch.setattr(screen, "plainly_vietnamese", lambda *args: False)
    assert outcome() == gated
    if _gate(text):
        assert _vietnamese_probability(text) >= LOWEST_GATED_PROBABILITY
