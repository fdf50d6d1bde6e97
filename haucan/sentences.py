"""Sentence and word segmentation with underthesea, aligned back to character offsets.

Each paragraph of the text and each caption is split separately (a sentence never crosses a paragraph).
underthesea's word tokens are kept exactly; syllables are those tokens split at spaces and at hyphens
between letters ('Hiền-Phó' -> 'Hiền', '-', 'Phó'), so that a syllable never straddles two entities.
"""

from __future__ import annotations

import re
from functools import cache

import underthesea

from haucan.records import Article, Sentence

SEGMENTER = f"underthesea@{underthesea.__version__}"
_HYPHEN_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


class AlignmentError(RuntimeError):
    """underthesea returned a token that is not in the text: the build stops rather than publish bad offsets."""


def _split_hyphens(piece: str, start: int) -> list[tuple[str, int, int]]:
    parts, cursor = [], 0
    for match in _HYPHEN_BETWEEN_LETTERS.finditer(piece):
        parts.append((piece[cursor:match.start()], start + cursor, start + match.start()))
        parts.append(("-", start + match.start(), start + match.end()))
        cursor = match.end()
    parts.append((piece[cursor:], start + cursor, start + len(piece)))
    return [p for p in parts if p[0]]


@cache
def _tokenize(sentence: str) -> tuple[str, ...]:
    """underthesea's word tokens; cached because captions and repeated sentences recur."""
    return tuple(underthesea.word_tokenize(sentence))


def _align_tokens(sentence: str, base: int) -> tuple[list[str], list[tuple[int, int]], list[str], list[tuple[int, int]]]:
    words, word_spans, syllables, syllable_spans = [], [], [], []
    cursor = 0
    for token in _tokenize(sentence):
        token_start = None
        for piece in token.split(" "):
            found = sentence.find(piece, cursor)
            if found < 0 or sentence[cursor:found].strip():
                raise AlignmentError(f"token {token!r} not found at offset {cursor} of {sentence[:80]!r}")
            token_start = found if token_start is None else token_start
            cursor = found + len(piece)
            for text, start, end in _split_hyphens(piece, base + found):
                syllables.append(text)
                syllable_spans.append((start, end))
        words.append(token.replace(" ", "_"))
        word_spans.append((base + token_start, base + cursor))
    return words, word_spans, syllables, syllable_spans


def _paragraphs(article: Article):
    offset = 0
    for paragraph in article.text.split("\n\n"):
        yield "text", None, paragraph, offset
        offset += len(paragraph) + 2
    for index, caption in enumerate(article.captions):
        yield "caption", index, caption, 0


def segment_sentences(article: Article) -> tuple[Sentence, ...]:
    """All sentences of the article: text paragraphs first, then captions; ``sent_idx`` counts through both."""
    sentences: list[Sentence] = []
    for field, caption_idx, paragraph, offset in _paragraphs(article):
        cursor = 0
        for piece in underthesea.sent_tokenize(paragraph):
            local = paragraph.find(piece, cursor)
            if local < 0:
                raise AlignmentError(f"sentence {piece[:60]!r} not found in {paragraph[:60]!r}")
            cursor = local + len(piece)
            start = offset + local
            words, word_spans, syllables, syllable_spans = _align_tokens(piece, start)
            sentences.append(Sentence(len(sentences), field, caption_idx, start, start + len(piece), piece,
                                      tuple(words), tuple(word_spans), tuple(syllables), tuple(syllable_spans)))
    return tuple(sentences)
