"""haucan/word_segmenter.py gives exactly ``underthesea.word_tokenize(s, use_token_normalize=False)``.

Compared on the seeds (every sentence, as written and as the segmenter copy haucan/sentences.py hands over),
the bad-input corpus (raw bytes decoded leniently, line by line, so control characters, BOMs, mojibake and NFD
reach it), and tricky text: NFD, mojibake, numbers around the i32 bounds, URLs, e-mails, emoji, Greek final
sigma, special case mappings (ß, İ, ǅ, ligatures), other scripts and digits, empty and whitespace-only input.
The feature maker is also compared with underthesea_core's featuriser directly on token lists the tokenizer
never produces (signs, padding at every sentence length).
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
import underthesea

from haucan import word_segmenter
from haucan.sentences import segmenter_copy
from tests.support.bad_inputs import article_text, build_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TRICKY = [
    "", " ", "\t\n", "\u00a0", ".", "Bộ trưởng Bộ Quốc phòng Phan Văn Giang thăm Lữ đoàn 125.",
    unicodedata.normalize("NFD", "Đại tá Nguyễn Văn Hòa, Chính ủy Cục Hậu cần, phát biểu."),
    "Ä\u0090áº¡i tÃ¡ NguyÃªn VÄƒn HoÃ\u00a0 phÃ¡t biá»ƒu.", "Thiáº¿u tÆ°á»›ng Lê Văn Thành",
    "Số 2147483647, 2147483648, -2147483648, +5, 007, 12345678901234567890 và 60.542.000 đồng, 4.123,2 tấn.",
    "Ngày 02/05/2014, lúc 10:20:50; 20.08.2014; 43H-0530; 3x4; 4K; 1.600m-2.000m; 03-5730-2357.",
    "Xem https://www.qdnd.vn/quoc-phong-an-ninh/tin-tuc/bai-123.html (tr. 2) hoặc qdnd.vn/abc và mail@qdnd.vn.",
    "Vui quá :)) =)) ♥‿♥ :D <3 😀👍🏽 🇻🇳 ‍ ✓ → ≥ ° °C ℃ № ™ € ₫",
    "ΣΑΣ ΟΔΥΣΣΕΑΣ Σ σ ς Straße İstanbul ǅemal ﬁnal Ǉ ǈ ǉ ﬀ ŉ ǰ ΐ",
    "Москва Київ 北京 東京 서울 ١٢٣ ٣٤ １２３ ⅫⅣ ² ½ ٫",
    "H'Mông, xã N’Thôn Hạ, T.Ư, Tp.HCM, ThS. Lê, v.v... => ==> -> -- >> H&M NĐ-CP e-mail",
    "hoà khoẻ thuỷ Hoà Thuỷ QUÂN ĐỘI NHÂN DÂN ĐẠI TÁ ðoàn Ðảng",
    "a\u0301 e\u0302\u0301 \u0300 \u200b\u200c\u200d\ufeff x\u00adb \x00\x07\x1b \ud800",
    "Từ–đến — “trích dẫn” ‘đơn’ «Pháp» …  ‰ ′ ″ ‹›",
    "A" * 3000, "Một " * 600, "1" * 40, "ẞ ǈ ǲ ᾈ ᾼ",
]


def _outcome(call, text: str):
    try:
        return call(text)
    except Exception as error:  # noqa: BLE001 - the same failure is the same outcome
        return type(error).__name__


def _public(text: str):
    return underthesea.word_tokenize(text, use_token_normalize=False)


def _assert_same(texts) -> int:
    checked = 0
    for text in texts:
        assert _outcome(word_segmenter.word_tokenize, text) == _outcome(_public, text), repr(text[:120])
        checked += 1
    return checked


def _sentences(text: str) -> list[str]:
    found = []
    for paragraph in text.split("\n\n"):
        for copy in {paragraph, segmenter_copy(paragraph)}:
            if copy.strip():
                found += underthesea.sent_tokenize(copy)
    return found


pinned = pytest.mark.skipif(not word_segmenter._pinned(), reason="underthesea is not the pinned version")


@pinned
def test_the_fast_path_is_used():
    impl = word_segmenter.implementation()
    assert isinstance(impl, word_segmenter._Fast)
    before = impl.featurised_here
    word_segmenter.word_tokenize("Bộ trưởng Bộ Quốc phòng thăm Cục Hậu cần năm 2024.")
    assert impl.featurised_here == before + 1  # not vacuous: the features were made here


def test_tricky_text():
    assert _assert_same(TRICKY + [unicodedata.normalize("NFD", t) for t in TRICKY]) == 2 * len(TRICKY)


def test_seeds():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    sentences = [s for text in texts for s in _sentences(text)]
    assert _assert_same(sentences) > 50


def test_bad_input_corpus(tmp_path):
    build_corpus(tmp_path)
    texts = []
    for path in sorted(p for p in tmp_path.rglob("*") if p.is_file()):
        data = path.read_bytes()[:20_000]
        for decoded in (data.decode("utf-8", "replace"), data.decode("latin-1")):
            texts += [line for line in decoded.splitlines() if line.strip()][:60]
    texts += [s for i in range(4) for s in _sentences(article_text(i))]
    assert _assert_same(texts) > 100


@pinned
def test_features_equal_the_rust_featurizer():
    impl = word_segmenter.implementation()
    safe = sorted(impl.features.safe)
    rng = random.Random(16)
    vocabulary = ["Bộ", "trưởng", "quốc", "phòng", "2024", "+5", "-0", "2147483647", "2147483648", "-2147483649",
                  "007", "Đ", "đ", "ĐẠI", ",", ".", "(", "Hà_Nội", "e-mail", "ǅ", "ß", "İ", "ﬁ", "x\u0301"]
    vocabulary = [token for token in vocabulary if all(c in impl.features.safe for c in token)]
    assert len(vocabulary) > 15
    for n in range(1, 8):  # every BOS/EOS padding case
        for _ in range(20):
            tokens = [rng.choice(vocabulary) if rng.random() < 0.7 else
                      "".join(rng.choice(safe) for _ in range(rng.randint(1, 4))) for _ in range(n)]
            expected = [tuple(f) for f in impl.rust.process([[[t] for t in tokens]])[0]]
            assert impl.features.sentence(tokens) == expected, tokens


@pinned
def test_memo_bounded_and_still_equal(monkeypatch):
    impl = word_segmenter.implementation()
    monkeypatch.setattr(impl.features, "limits", {1: 3, 2: 3, 3: 3})
    texts = [s for i in range(3) for s in _sentences(article_text(i))]
    _assert_same(texts)
    assert all(len(memo) <= 3 + 60 for memo in impl.features.memo.values())


def test_other_versions_use_the_public_call(monkeypatch):
    monkeypatch.setattr(word_segmenter, "PINNED", {"underthesea": "0.0.0", "underthesea_core": "0.0.0"})
    assert word_segmenter._fast() is None
    word_segmenter.implementation.cache_clear()
    try:
        assert word_segmenter.implementation() is word_segmenter._public
        assert word_segmenter.word_tokenize("Bộ trưởng Quốc phòng") == _public("Bộ trưởng Quốc phòng")
    finally:
        word_segmenter.implementation.cache_clear()  # the next caller gets the pinned implementation again
