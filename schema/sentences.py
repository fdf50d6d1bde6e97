"""The ``sentences`` config: one row per sentence of the text and of the captions, with syllables and words."""

from __future__ import annotations

import re

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema import columns
from schema.base import (
    ContractModel,
    caption_idx_check,
    check_columns,
    nfc_check,
    nfc_lists_check,
    published,
    row_check,
)
from schema.checks import SEPARATOR, article_exists, slice_equals

_NO_SPACE = re.compile(r"[\s_]")


class SentencesSchema(ContractModel):
    """Data contract of ``sentences``."""

    article_id: Series[str] = columns.article_id("The article.")
    sent_idx: Series[pd.Int32Dtype] = columns.index("Sentence number in the article: text first, then captions.")
    field: Series[str] = columns.field("'text' or 'caption'.")
    caption_idx: Series[pd.Int32Dtype] = columns.caption_idx("Caption index for 'caption'; null for 'text'.")
    start: Series[pd.Int32Dtype] = columns.index("Start offset in the field's string (articles.text or the caption).")
    end: Series[pd.Int32Dtype] = columns.end("End offset (exclusive).")
    text: Series[str] = columns.nonempty_string("The sentence; never crosses a paragraph.")
    syllables: Series[object] = columns.strings(
        description="Syllable tokens: underthesea's tokens split at spaces and at hyphens between letters (the hyphen is a token).")
    words: Series[object] = columns.strings(
        description="underthesea word tokens, exactly as it segments them, syllables joined by '_' (PhoBERT style).")
    segmenter: Series[str] = columns.string(
        str_matches=r"^underthesea@[\w.]+( sentences, whitespace words)?$",
        description="Segmenter and version ('underthesea@V'; a build with word "
                    "segmentation off says 'underthesea@V sentences, whitespace words').")

    Config = published("sentences",
                       "One row per sentence (text paragraphs, then captions) with underthesea syllables and words.",
                       ("article_id", "sent_idx"), unique=["article_id", "sent_idx"])

    _nfc = nfc_check("text")
    _lists = nfc_lists_check("syllables", "words")
    _caption = caption_idx_check()

    @row_check("tokens_rebuild_text", "syllables", "words")
    def _tokens(cls, df: pd.DataFrame) -> pd.Series:
        if _all_tokens_rebuild_text(df):
            return pd.Series(True, index=df.index)
        return _tokens_rebuild_text_by_row(df)


def _tokens_rebuild_text_by_row(df: pd.DataFrame) -> pd.Series:
    """``tokens_rebuild_text`` row by row: the text without spaces and '_' is its syllables and its words, each joined
    without '_' (a word joins its syllables with '_'; a syllable keeps a '_' the text prints, as in an image's file
    name 'z762310_9e2c', so '_' is dropped from all three sides)."""
    return pd.Series([
        _NO_SPACE.sub("", text) == "".join(syllables).replace("_", "") == "".join(words).replace("_", "")
        for text, syllables, words in zip(df["text"], df["syllables"], df["words"], strict=True)], index=df.index)


# What ``_NO_SPACE`` removes: '_' and the characters for which str.isspace() is true (re's \s), split into
# ASCII ones (deleted from UTF-8 bytes at once) and the others (a text with one of those takes the slow path).
# tests/test_schema_checks.py checks the two lists against every code point.
_ASCII_SPACES_AND_UNDERSCORE = b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f _"
_OTHER_SPACES = "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def _all_tokens_rebuild_text(df: pd.DataFrame) -> bool:
    """True when every row passes ``tokens_rebuild_text``, tested on the whole column at once: the texts joined by
    ``SEPARATOR`` (then stripped of spaces and '_'), the rows' joined syllables and the rows' joined words (then
    stripped of '_') are the same string, and that string holds no separator but the n - 1 joining ones (so it
    splits back into the same rows). False when some row may fail, holds a non-string or a non-ASCII space: the
    row-by-row check then names the rows, or raises, exactly as before."""
    if df.empty:
        return False
    try:
        texts = SEPARATOR.join(df["text"].tolist())
        syllables = SEPARATOR.join(map("".join, df["syllables"])).replace("_", "")
        words = SEPARATOR.join(map("".join, df["words"])).replace("_", "")
    except TypeError:
        return False
    if any(space in texts for space in _OTHER_SPACES):
        return False
    # Deleting ASCII bytes from UTF-8 is deleting those characters (they never occur inside a multi-byte one);
    # far faster than _NO_SPACE.sub on the joined text, which builds a string piece per space.
    texts = texts.encode("utf-8", "surrogatepass").translate(None, _ASCII_SPACES_AND_UNDERSCORE)
    return (texts.count(SEPARATOR.encode()) == len(df) - 1
            and texts == syllables.encode("utf-8", "surrogatepass") == words.encode("utf-8", "surrogatepass"))


def cross_table_checks(articles: pd.DataFrame) -> list[pa.Check]:
    """The article exists and the field's ``string[start:end] == text``."""
    return [article_exists(articles), slice_equals(articles, "text", "slice_equals_text")]


CHECK_COLUMNS = check_columns(
    SentencesSchema, multiple_fields_uniqueness=("article_id", "sent_idx"),
    article_exists=("article_id",),
    slice_equals_text=("start", "end", "text"))
