"""Token alignment (haucan.sentences._align_tokens): offsets, hyphen syllables, and when it must fail."""

import pytest

import haucan.sentences as sentences
from haucan.sentences import AlignmentError


def _align(monkeypatch, sentence: str, tokens: tuple[str, ...], base: int = 0):
    monkeypatch.setattr(sentences, "_word_tokens", lambda text, words, store=None: tokens)
    return sentences._align_tokens(sentence, base, "test")


def test_tokens_after_any_whitespace_get_their_offsets(monkeypatch):
    sentence = "Ông  A\tđến\xa0Hà Nội ."
    words, word_spans, syllables, syllable_spans = _align(
        monkeypatch, sentence, ("Ông", "A", "đến", "Hà Nội", "."), base=10)
    assert words == ["Ông", "A", "đến", "Hà_Nội", "."]
    assert [sentence[s - 10:e - 10] for s, e in word_spans] == ["Ông", "A", "đến", "Hà Nội", "."]
    assert syllables == ["Ông", "A", "đến", "Hà", "Nội", "."]
    assert [sentence[s - 10:e - 10] for s, e in syllable_spans] == syllables


def test_hyphen_between_letters_is_its_own_syllable(monkeypatch):
    sentence = "Hiền-Phó 6-7 x-"
    _, _, syllables, spans = _align(monkeypatch, sentence, ("Hiền-Phó", "6-7", "x-"))
    assert syllables == ["Hiền", "-", "Phó", "6-7", "x-"]
    assert [sentence[s:e] for s, e in spans] == syllables


@pytest.mark.parametrize("tokens", [("A", "C"), ("A", "b"), ("B", "A"), ("A", "B", "C")])
def test_a_token_not_next_in_the_text_stops_the_build(monkeypatch, tokens):
    # 'C' is not next ('x' lies between); 'b' is not in the text; 'A' after 'B' would go backwards;
    # a third token runs past the end.
    with pytest.raises(AlignmentError, match="not found at offset"):
        _align(monkeypatch, "A B x C" if tokens == ("A", "C") else "A B", tokens)


def test_single_spaced_sentences_are_aligned_like_any_other(monkeypatch):
    # "Hà Nội là Hiền-Phó" is its tokens one space apart (offsets are counted); with a double space and a
    # tab the same tokens are searched for. Both give the same tokens, and the same offsets after the gap.
    tokens = ("Hà Nội", "là", "Hiền-Phó")
    counted = _align(monkeypatch, "Hà Nội là Hiền-Phó", tokens)
    searched = _align(monkeypatch, "Hà Nội  là\tHiền-Phó", tokens)
    assert counted[0] == searched[0] == ["Hà_Nội", "là", "Hiền-Phó"]
    assert counted[2] == searched[2] == ["Hà", "Nội", "là", "Hiền", "-", "Phó"]
    assert counted[1] == [(0, 6), (7, 9), (10, 18)]
    assert counted[3] == [(0, 2), (3, 6), (7, 9), (10, 14), (14, 15), (15, 18)]
    assert searched[1] == [(0, 6), (8, 10), (11, 19)]
