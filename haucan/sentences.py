"""Sentence and word segmentation with underthesea, aligned back to character offsets.

Each paragraph of the text and each caption is split separately (a sentence never crosses a paragraph).
underthesea's word tokens are kept exactly; syllables are those tokens split at spaces and at hyphens
between letters ('Hiền-Phó' -> 'Hiền', '-', 'Phó'), so that a syllable never straddles two entities.

underthesea is handed a same-length copy of the text (``segmenter_copy``): old-style tone placement ('hoà',
'khoẻ', 'thuỷ', still common in provincial outlets) moved to the new style it was trained on ('hòa', 'khỏe',
'thủy'). Every character of the copy stands at the same index as in the text, so underthesea's pieces are
located in the copy and published as the text's own slices: the published ``text`` keeps the outlet's spelling,
and every sentence, word and syllable is ``text[start:end]``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from types import MappingProxyType

import underthesea

from haucan import word_segmenter
from haucan.cache.stores import SegmentCache
from haucan.records import Article, Sentence
from haucan.timing import stage

SEGMENTER = f"underthesea@{underthesea.__version__}"
# Word segmentation can be switched off (benchmarks at 10^6 articles): sentences still come from underthesea,
# words are then the whitespace-separated tokens, and every row and the card say so.
WORD_SEGMENTERS = MappingProxyType({"underthesea": SEGMENTER, "whitespace": f"{SEGMENTER} sentences, whitespace words"})
_HYPHEN_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


class AlignmentError(RuntimeError):
    """underthesea returned a token that is not in the text: the article is rejected rather than published with
    bad offsets (``internal_error`` at its isolation boundary, haucan/chunk_rows.py); the build goes on."""


_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng (combining marks, as in NFD)
_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"


def _old_to_new_tone_placement() -> dict[str, str]:
    """{'oà': 'òa', 'Uỷ': 'Ủy', ...}: every old-style final oa/oe/uy with its tone on the second vowel, in both
    cases for each letter, to the same two letters with the tone on the first vowel (NFC, so 2 -> 2 characters)."""
    pairs = {}
    for first, seconds in (("oO", "aeAE"), ("uU", "yY")):
        for head in first:
            for tail in seconds:
                for tone in _TONES:
                    old = unicodedata.normalize("NFC", head + tail + tone)
                    new = unicodedata.normalize("NFC", head + tone) + tail
                    pairs[old] = new
    return pairs


_NEW_PLACEMENT = MappingProxyType(_old_to_new_tone_placement())
# A final oa/oe/uy (no letter follows) whose tone sits on its second vowel. It must open the syllable's rhyme: the
# letter before it is no vowel (not part of 'uyu', 'oai'...) and no 'q' ('quý' is qu + ý, already new style).
# Written to start with a one-character class (fast to scan for): 15 ns a character, not 250 as an alternation.
_OLD_PLACEMENT = re.compile(
    f"[oOuU](?<![qQ{_VOWELS}][oOuU])"
    f"(?:(?<=[oO])[{''.join(sorted({k[1] for k in _NEW_PLACEMENT if k[0] in 'oO'}))}]"
    f"|(?<=[uU])[{''.join(sorted({k[1] for k in _NEW_PLACEMENT if k[0] in 'uU'}))}])"
    "(?![^\\W\\d_])")
# underthesea's own character map (underthesea.pipeline.text_normalize), applied here so that its tokenizer has
# nothing left to change: the cleaner already maps U+00D0 to Đ, this also covers the lower-case eth.
_CHARACTERS = str.maketrans({"ð": "đ", "Ð": "Đ"})


def segmenter_copy(text: str) -> str:
    """The copy of ``text`` that underthesea sees: old-style tone placement made new-style, eth made đ.

    Same length, character for character, so an index into the copy is the same index into ``text``; only
    letters change (never spaces, hyphens or punctuation), so tokens split the same way in both."""
    copy = text.translate(_CHARACTERS) if "ð" in text or "Ð" in text else text
    if _OLD_PLACEMENT.search(copy) is None:
        return copy  # the common case: new-style text goes to underthesea unchanged
    return _OLD_PLACEMENT.sub(lambda match: _NEW_PLACEMENT[match.group(0)], copy)


def _split_hyphens(piece: str, start: int) -> list[tuple[str, int, int]]:
    parts, cursor = [], 0
    for match in _HYPHEN_BETWEEN_LETTERS.finditer(piece):
        parts.append((piece[cursor:match.start()], start + cursor, start + match.start()))
        parts.append(("-", start + match.start(), start + match.end()))
        cursor = match.end()
    parts.append((piece[cursor:], start + cursor, start + len(piece)))
    return [p for p in parts if p[0]]


# Recent texts memoised per process (captions and stock sentences recur within a run); bounded, because the
# segment store is the cache that remembers everything and an unbounded memo grows with the corpus. The memo is
# keyed by the store too: a text memoised without a store is still looked up in (and written to) a store later.
MEMO_SIZE = 2048


def _segmented(kind: str, text: str, segment, store: SegmentCache | None) -> tuple[str, ...]:
    """underthesea's output for ``text``, computed at most once: ``store`` first (shared across processes and
    runs; None without a cache, which then stores nothing), then underthesea."""
    if store is not None and (stored := store.get(kind, text)) is not None:
        return tuple(stored)
    with stage(f"underthesea {kind}"):
        pieces = list(segment(text))
    if store is not None:
        store.put(kind, text, pieces)
    return tuple(pieces)


def _word_tokenize_as_written(sentence: str) -> list[str]:
    # Without underthesea's token normaliser, which rewrites whole tokens it thinks misspelt ('nghành' ->
    # 'ngành', 'baì' -> 'bài'): its tokens are then always pieces of the copy it was given. The model's features
    # are its tokens, so any sentence the normaliser leaves alone is segmented exactly as with it.
    # haucan/word_segmenter.py: exactly that call's output (tests/test_word_segmenter.py), about 2x faster.
    return word_segmenter.word_tokenize(sentence)


@lru_cache(maxsize=MEMO_SIZE)
def _word_tokens(sentence: str, words: str, store: SegmentCache | None = None) -> tuple[str, ...]:
    """The sentence's word tokens (memoised in the process too: captions and stock sentences recur)."""
    if words == "whitespace":
        return tuple(sentence.split())
    # Its own kind in the segment store: entries stored under "word_tokenize" came from the normalising call.
    return _segmented("word_tokenize_as_written", sentence, _word_tokenize_as_written, store)


@lru_cache(maxsize=MEMO_SIZE)
def _sentence_pieces(paragraph: str, store: SegmentCache | None = None) -> tuple[str, ...]:
    return tuple(p for piece in _segmented("sent_tokenize", paragraph, underthesea.sent_tokenize, store)
                 for p in _bounded(piece))


MAX_SENTENCE_CHARS = 2000
"""A sentence longer than this (a paragraph with no full stop; real ones stay under about 600 characters) is
cut into pieces of at most this length, at the last ', ' or space before the limit (anywhere, if it has none).
Everything done per sentence (word segmentation, role cues, BIO tags) then stays bounded, and an article's
time linear in its length."""


def _bounded(piece: str) -> list[str]:
    """``piece``, cut as MAX_SENTENCE_CHARS says; each part is a substring of it, in order."""
    if len(piece) <= MAX_SENTENCE_CHARS:
        return [piece]
    parts = []
    while len(piece) > MAX_SENTENCE_CHARS:
        cut = piece.rfind(", ", 1, MAX_SENTENCE_CHARS)
        cut = cut + 1 if cut > 0 else piece.rfind(" ", 1, MAX_SENTENCE_CHARS)
        if cut <= 0:
            cut = MAX_SENTENCE_CHARS
        parts.append(piece[:cut].rstrip())
        piece = piece[cut:].lstrip()
    if piece:
        parts.append(piece)
    return parts


def _align_single_spaced(tokens: tuple[str, ...], base: int) -> tuple[list[str], list[tuple[int, int]], list[str],
                                                                     list[tuple[int, int]]]:
    """_align_tokens when the sentence is exactly its tokens' non-empty space-free pieces, one space apart.

    Then every piece starts one past the previous piece's end (where the search in _align_tokens finds it too),
    so offsets are counted, not searched, and nothing can fail to align."""
    words, word_spans, syllables, syllable_spans = [], [], [], []
    start = base
    for token in tokens:
        end = start + len(token)
        words.append(token.replace(" ", "_"))
        word_spans.append((start, end))
        if " " not in token and "-" not in token:
            syllables.append(token)  # one piece, no hyphen: the word is its only syllable
            syllable_spans.append((start, end))
        else:
            piece_start = start
            for piece in token.split(" "):
                for text, syllable_start, syllable_end in _split_hyphens(piece, piece_start):
                    syllables.append(text)
                    syllable_spans.append((syllable_start, syllable_end))
                piece_start += len(piece) + 1
        start = end + 1
    return words, word_spans, syllables, syllable_spans


def _as_written(tokens: tuple[str, ...], sentence: str) -> tuple[str, ...]:
    """The text's own slices where ``tokens``, joined by single spaces, are its segmenter copy (same length)."""
    pieces, start = [], 0
    for token in tokens:
        pieces.append(sentence[start:start + len(token)])
        start += len(token) + 1
    return tuple(pieces)


def _align_tokens(sentence: str, base: int, words_by: str, copy: str | None = None,
                  store: SegmentCache | None = None) -> tuple[
        list[str], list[tuple[int, int]], list[str], list[tuple[int, int]]]:
    """Words and syllables of ``sentence`` with their offsets (``base`` + index in the sentence).

    underthesea segments ``copy`` (the sentence's segmenter copy, made here when not given); its pieces are
    located in the copy, and what is published at those offsets is the sentence's own text."""
    seg = segmenter_copy(sentence) if copy is None else copy
    tokens = _word_tokens(seg, words_by, store)
    # The common case (whitespace words on a sentence with single spaces; underthesea too when it splits
    # nothing off): the tokens joined by single spaces are the sentence, with no empty piece.
    if " ".join(tokens) == seg and "" not in seg.split(" "):
        return _align_single_spaced(tokens if seg == sentence else _as_written(tokens, sentence), base)
    words, word_spans, syllables, syllable_spans = [], [], [], []
    cursor = 0
    for token in tokens:
        token_start = None
        written = []
        for piece in token.split(" "):
            # Almost every piece starts right at the cursor or one space after it: check those two places
            # first (no search, no slice). Otherwise search as before; the piece may be preceded only by
            # whitespace. Both fast cases give the same ``found`` as the search would.
            if seg.startswith(piece, cursor):
                found = cursor
            elif seg.startswith(piece, cursor + 1) and seg[cursor] == " ":
                found = cursor + 1
            else:
                found = seg.find(piece, cursor)
                if found < 0 or seg[cursor:found].strip():
                    raise AlignmentError(f"token {token!r} not found at offset {cursor} of {seg[:80]!r}")
            token_start = found if token_start is None else token_start
            cursor = found + len(piece)
            piece = sentence[found:cursor]  # the text as written (the copy differs only in tone placement)
            written.append(piece)
            if piece and "-" not in piece:
                # No hyphen, so _split_hyphens would return the piece whole: skip the regex and the lists.
                syllables.append(piece)
                syllable_spans.append((base + found, base + cursor))
                continue
            for text, start, end in _split_hyphens(piece, base + found):
                syllables.append(text)
                syllable_spans.append((start, end))
        words.append("_".join(written))
        word_spans.append((base + token_start, base + cursor))
    return words, word_spans, syllables, syllable_spans


def _paragraphs(article: Article):
    offset = 0
    for paragraph in article.text.split("\n\n"):
        yield "text", None, paragraph, offset
        offset += len(paragraph) + 2
    for index, caption in enumerate(article.metadata.captions):
        yield "caption", index, caption, 0


def segment_sentences(article: Article, words: str = "underthesea",
                      store: SegmentCache | None = None) -> tuple[Sentence, ...]:
    """All sentences of the article: text paragraphs first, then captions; ``sent_idx`` counts through both.

    ``words`` names the word segmenter (a key of WORD_SEGMENTERS); ``store`` keeps underthesea's output across
    processes and runs (None: nothing is looked up or stored). underthesea sees each paragraph's segmenter
    copy; every sentence, word and syllable published is the paragraph's own text at the offsets found there."""
    sentences: list[Sentence] = []
    for field, caption_idx, paragraph, offset in _paragraphs(article):
        seg = segmenter_copy(paragraph)
        cursor = 0
        for piece in _sentence_pieces(seg, store):
            local = seg.find(piece, cursor)
            if local < 0:
                raise AlignmentError(f"sentence {piece[:60]!r} not found in {seg[:60]!r}")
            cursor = local + len(piece)
            start = offset + local
            tokens, word_spans, syllables, syllable_spans = _align_tokens(paragraph[local:cursor], start, words, piece,
                                                                          store)
            sentences.append(Sentence(len(sentences), field, caption_idx, start, start + len(piece),
                                      paragraph[local:cursor], tuple(tokens), tuple(word_spans), tuple(syllables),
                                      tuple(syllable_spans), WORD_SEGMENTERS[words]))
    return tuple(sentences)
