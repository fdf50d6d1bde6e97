"""haucan/mojibake_gate.py: decode skips ftfy only where ftfy would change nothing. Gated and ungated decoding
must agree (text, repairs, or the same SeedError) on the bad-input corpus and on generated mojibake of every
kind ftfy repairs: whole-text double encoding through each single-byte encoding ftfy tries, partial (one line,
one word), C1 controls, NFD text, lost NBSPs, lossy '?' and U+FFFD, triple encoding, mixed; and on clean
Vietnamese lines that look like mojibake to a naive test ('SSCĐ ', 'LÊ VĂN', curly quotes, Latin-1-only lines).
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-* codecs)
import pytest
from ftfy import chardata

from haucan import decode as decode_module
from haucan.errors import SeedError
from haucan.mojibake_gate import may_need_encoding_repair
from tests.support.bad_inputs import article_text, build_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TRICKY_CLEAN = ["Nâng cao khả năng SSCĐ \nQuân khu 1", "LÊ VĂN HÙNG\n", "Chào bà\nQuân khu", "“Đổi mới” – à …",
                "NGÃ BA ĐỒNG LỘC", "Â ", "Ã\xa0tiền", "CTĐ, CTCT", "cô?", "a\x85b", "", " \t\n\n  ", "\n", "ĐÀ NẴNG Ô ",
                "Mục 1\u00a0 –  à  ", "×²", "Hà Nội\r\nNgày 1/1", "ß€", "Ð Ð ðð"]


def _outcome(data: bytes) -> tuple:
    try:
        return ("ok", *decode_module.decode(data, "x.txt"))
    except SeedError as error:
        return ("error", str(error))


def _both(data: bytes, monkeypatch) -> tuple[tuple, tuple]:
    gated = _outcome(data)
    with monkeypatch.context() as patch:
        patch.setattr(decode_module, "may_need_encoding_repair", lambda text: True)
        ungated = _outcome(data)
    return gated, ungated


def _mojibake(text: str, encoding: str) -> str:
    return text.encode("utf-8").decode(encoding, errors="replace")


def _samples() -> list[tuple[str, str]]:
    """(kind, text) pairs: 600+ texts, most of which ftfy repairs, some it must leave alone."""
    rng = random.Random(16)
    bases = [article_text(index) for index in range(40)]
    bases += [path.read_text("utf-8")[:3000] for path in sorted(SEEDS.glob("*.txt"))]
    encodings = [e for e in chardata.CHARMAP_ENCODINGS]
    samples: list[tuple[str, str]] = [("clean", text) for text in TRICKY_CLEAN]
    for number in range(80):
        base = bases[number % len(bases)]
        lines = base.split("\n")
        line = rng.randrange(len(lines))
        words = base.split(" ")
        word = rng.randrange(len(words))
        encoding = encodings[number % len(encodings)]
        samples += [
            ("whole", _mojibake(base, encoding)),
            ("line", "\n".join(_mojibake(x, encoding) if i == line else x for i, x in enumerate(lines))),
            ("word", " ".join(_mojibake(x, "sloppy-windows-1252") if i == word else x for i, x in enumerate(words))),
            ("nfd", _mojibake(unicodedata.normalize("NFD", base), rng.choice(encodings[:2]))),
            ("nfd_clean", unicodedata.normalize("NFD", base)),
            ("c1", "".join(c + (chr(rng.randrange(0x80, 0xA0)) if rng.random() < 0.01 else "") for c in base)),
            ("lost_nbsp", _mojibake(base, "sloppy-windows-1252").replace("\xa0", " ")),
            ("lossy", _mojibake(base, "sloppy-windows-1252").replace("»", "?").replace("º", "\ufffd")),
            ("triple", _mojibake(_mojibake(base, "sloppy-windows-1252"), "sloppy-windows-1252")),
            ("mixed", "\n".join(_mojibake(x, rng.choice(encodings)) if rng.random() < 0.3 else x for x in lines)),
        ]
    return samples


SAMPLES = _samples()


def test_enough_samples_and_ftfy_changes_most():
    changed = sum(ftfy.fix_text(text, decode_module._MOJIBAKE_FIXES) != text for _, text in SAMPLES)
    assert len(SAMPLES) >= 500
    assert changed >= 300  # the test is not vacuous: ftfy repairs most of them


@pytest.mark.parametrize("kind", sorted({kind for kind, _ in SAMPLES}))
def test_gate_never_skips_a_repair(kind):
    """The gate's promise, directly: where it says no, ftfy returns the text unchanged."""
    for sample_kind, text in SAMPLES:
        if sample_kind == kind and not may_need_encoding_repair(text):
            assert ftfy.fix_text(text, decode_module._MOJIBAKE_FIXES) == text, text[:200]


def test_gated_decode_identical_on_samples(monkeypatch):
    for kind, text in SAMPLES:
        gated, ungated = _both(text.encode("utf-8", errors="surrogatepass"), monkeypatch)
        assert gated == ungated, (kind, text[:200])


def test_gated_decode_identical_on_bad_inputs(tmp_path, monkeypatch):
    build_corpus(tmp_path / "bad")
    files = [path for path in sorted((tmp_path / "bad").rglob("*")) if path.is_file() and not path.is_symlink()]
    assert len(files) > 30
    for path in files:
        gated, ungated = _both(path.read_bytes(), monkeypatch)
        assert gated == ungated, path.name


def test_gate_skips_clean_vietnamese():
    """What it is for: ordinary articles never reach ftfy."""
    assert not any(may_need_encoding_repair(article_text(index)) for index in range(200))
    assert not any(may_need_encoding_repair(path.read_text("utf-8")) for path in SEEDS.glob("*.txt"))
