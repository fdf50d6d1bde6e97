"""Sentence and word segmentation with underthesea, aligned back to character offsets.

Each paragraph of the text and each caption is split separately (a sentence never crosses a paragraph).
underthesea's word tokens are kept exactly; syllables are those tokens split at spaces and at hyphens
between letters ('Hiền-Phó' -> 'Hiền', '-', 'Phó'), so that a syllable never straddles two entities.
"""

from __future__ import annotations

import re
from functools import lru_cache

import underthesea

from haucan.cache import SegmentCache
from haucan.records import Article, Sentence
from haucan.timing import stage

SEGMENTER = f"underthesea@{underthesea.__version__}"
# Word segmentation can be switched off (benchmarks at 10^6 articles): sentences still come from underthesea,
# words are then the whitespace-separated tokens, and every row and the card say so.
WORD_SEGMENTERS = {"underthesea": SEGMENTER, "whitespace": f"{SEGMENTER} sentences, whitespace words"}
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


# Recent texts memoised per process (captions and stock sentences recur within a run); bounded, because the
# segment store is the cache that remembers everything and an unbounded memo grows with the corpus.
MEMO_SIZE = 2048
_store: SegmentCache | None = None


def use_store(store: SegmentCache | None) -> None:
    """Share underthesea's output through ``store`` (across processes and runs) in this process."""
    global _store
    _store = store


def _segmented(kind: str, text: str, segment) -> tuple[str, ...]:
    """underthesea's output for ``text``, computed at most once: the store first, then underthesea."""
    if _store is not None and (stored := _store.get(kind, text)) is not None:
        return tuple(stored)
    with stage(f"underthesea {kind}"):
        pieces = list(segment(text))
    if _store is not None:
        _store.put(kind, text, pieces)
    return tuple(pieces)


@lru_cache(maxsize=MEMO_SIZE)
def _word_tokens(sentence: str, words: str) -> tuple[str, ...]:
    """The sentence's word tokens (memoised in the process too: captions and stock sentences recur)."""
    if words == "whitespace":
        return tuple(sentence.split())
    return _segmented("word_tokenize", sentence, underthesea.word_tokenize)


@lru_cache(maxsize=MEMO_SIZE)
def _sentence_pieces(paragraph: str) -> tuple[str, ...]:
    return tuple(p for piece in _segmented("sent_tokenize", paragraph, underthesea.sent_tokenize) for p in _bounded(piece))


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


def _align_tokens(sentence: str, base: int, words_by: str) -> tuple[list[str], list[tuple[int, int]], list[str],
                                                                   list[tuple[int, int]]]:
    tokens = _word_tokens(sentence, words_by)
    # The common case (whitespace words on a sentence with single spaces; underthesea too when it splits
    # nothing off): the tokens joined by single spaces are the sentence, with no empty piece.
    if " ".join(tokens) == sentence and "" not in sentence.split(" "):
        return _align_single_spaced(tokens, base)
    words, word_spans, syllables, syllable_spans = [], [], [], []
    cursor = 0
    for token in tokens:
        token_start = None
        for piece in token.split(" "):
            # Almost every piece starts right at the cursor or one space after it: check those two places
            # first (no search, no slice). Otherwise search as before; the piece may be preceded only by
            # whitespace. Both fast cases give the same ``found`` as the search would.
            if sentence.startswith(piece, cursor):
                found = cursor
            elif sentence.startswith(piece, cursor + 1) and sentence[cursor] == " ":
                found = cursor + 1
            else:
                found = sentence.find(piece, cursor)
                if found < 0 or sentence[cursor:found].strip():
                    raise AlignmentError(f"token {token!r} not found at offset {cursor} of {sentence[:80]!r}")
            token_start = found if token_start is None else token_start
            cursor = found + len(piece)
            if piece and "-" not in piece:
                # No hyphen, so _split_hyphens would return the piece whole: skip the regex and the lists.
                syllables.append(piece)
                syllable_spans.append((base + found, base + cursor))
                continue
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


def segment_sentences(article: Article, words: str = "underthesea") -> tuple[Sentence, ...]:
    """All sentences of the article: text paragraphs first, then captions; ``sent_idx`` counts through both.

    ``words`` names the word segmenter (a key of WORD_SEGMENTERS)."""
    sentences: list[Sentence] = []
    for field, caption_idx, paragraph, offset in _paragraphs(article):
        cursor = 0
        for piece in _sentence_pieces(paragraph):
            local = paragraph.find(piece, cursor)
            if local < 0:
                raise AlignmentError(f"sentence {piece[:60]!r} not found in {paragraph[:60]!r}")
            cursor = local + len(piece)
            start = offset + local
            tokens, word_spans, syllables, syllable_spans = _align_tokens(piece, start, words)
            sentences.append(Sentence(len(sentences), field, caption_idx, start, start + len(piece), piece,
                                      tuple(tokens), tuple(word_spans), tuple(syllables), tuple(syllable_spans),
                                      WORD_SEGMENTERS[words]))
    return tuple(sentences)
