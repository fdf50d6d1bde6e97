"""The ``ner_syllable`` and ``ner_word`` configs: one row per sentence, tokens with BIO tags as ClassLabel.

Both share ``NerSchema`` (CoNLL-2003 / PhoNER layout); each is a subclass that names and describes its config."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema import columns
from schema.base import ContractModel, check_columns, published, row_check
from schema.checks import conll_safe_tokens, sentence_exists
from schema.vocab import label_names

SORT_KEYS = ("article_id", "sent_idx")  # both NER configs: one row per sentence


def tag_names() -> list[str]:
    """'O', then B-/I- for every label, in the label set's order."""
    return ["O"] + [f"{prefix}-{label}" for label in label_names() for prefix in ("B", "I")]


def _valid_bio(tags) -> bool:
    names = tag_names()
    previous = "O"
    for tag in tags:
        name = names[tag]
        if name.startswith("I-") and previous[2:] != name[2:]:
            return False
        previous = name
    return True


def _flat_int_lists(series: pd.Series) -> tuple[np.ndarray, np.ndarray] | None:
    """(every row's values in one integer array, each row's number of values), or None when a row is not a
    numpy integer array (what ``to_frame`` makes of an Arrow list of ints): the caller then falls back to its
    row-by-row code, which raises or answers exactly as before on such input."""
    values = series.to_numpy()
    if not all(type(v) is np.ndarray and v.dtype.kind in "iu" for v in values):
        return None
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    flat = np.concatenate(values) if len(values) else np.zeros(0, dtype=np.int64)
    return (flat, lengths) if flat.dtype.kind in "iu" else None  # int64 with uint64 concatenates to floats


def _rows_without(bad: np.ndarray, lengths: np.ndarray, index: pd.Index) -> pd.Series:
    """Per row: True when none of its values (``bad`` is per value, rows laid end to end) is bad."""
    row_of_value = np.repeat(np.arange(len(lengths)), lengths)
    failing = np.zeros(len(lengths), dtype=bool)
    failing[row_of_value[bad]] = True
    return pd.Series(~failing, index=index)


def tags_in_range(series: pd.Series) -> pd.Series:
    """Per row: every tag id is a valid index into ``tag_names()`` (vectorised over all tags of the column)."""
    count = len(tag_names())
    flat = _flat_int_lists(series)
    if flat is None:
        return series.map(lambda tags: all(0 <= int(t) < count for t in tags)).astype(bool)
    tags, lengths = flat
    return _rows_without((tags < 0) | (tags >= count), lengths, series.index)


def valid_bio(series: pd.Series) -> pd.Series:
    """Per row: ``_valid_bio`` (no I- tag unless the previous tag has the same label), vectorised over all tags
    of the column: a tag is wrong where it is an I- tag and the label of the tag before it in the same row
    ('O' before the first) differs. Tag ids out of range go through ``_valid_bio`` as before."""
    names = tag_names()
    flat = _flat_int_lists(series)
    if flat is None or (len(flat[0]) and not (0 <= flat[0].min() and flat[0].max() < len(names))):
        return series.map(lambda tags: _valid_bio([int(t) for t in tags])).astype(bool)
    tags, lengths = flat
    # _valid_bio compares name[2:] of a tag and of the one before it: number those suffixes ('O' -> '').
    suffix_code = {suffix: code for code, suffix in enumerate(dict.fromkeys(name[2:] for name in names))}
    label = np.array([suffix_code[name[2:]] for name in names], dtype=np.int64)[tags]
    inside = np.array([name.startswith("I-") for name in names], dtype=bool)[tags]
    previous = np.empty_like(label)
    previous[1:] = label[:-1]
    row_starts = (np.cumsum(lengths) - lengths)[lengths > 0]
    previous[row_starts] = suffix_code["O"[2:]]
    return _rows_without(inside & (previous != label), lengths, series.index)


class NerSchema(ContractModel):
    """Data contract of the NER configs."""

    article_id: Series[str] = columns.article_id("The article.")
    sent_idx: Series[pd.Int32Dtype] = columns.index("The sentence (sentences.sent_idx).")
    tokens: Series[object] = columns.strings(
        description="Tokens of the sentence (syllables or underthesea words, see config).")
    ner_tags: Series[object] = columns.of(
        columns.List(columns.ClassLabel(names=tuple(tag_names()))),
        description="BIO tag ids (ClassLabel); outermost span where spans nest. The id -> tag table is in the card.")

    class Config:
        unique = ["article_id", "sent_idx"]

    @row_check("one_tag_per_token", "tokens", "ner_tags")
    def one_tag_per_token(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series([len(t) == len(g) for t, g in zip(df["tokens"], df["ner_tags"], strict=True)], index=df.index)

    # Named by the method, not by ``name=``: both NER configs inherit these checks, and pandera (0.35) gives the
    # second subclass the method's name when ``name=`` is used (see schema/base.py), so failures in ner_word would
    # be reported under a name CHECK_COLUMNS does not know.
    @pa.check("tokens")
    def conll_safe_tokens(cls, series: pd.Series) -> pd.Series:
        return conll_safe_tokens(series)

    @pa.check("ner_tags")
    def tags_in_range(cls, series: pd.Series) -> pd.Series:
        return tags_in_range(series)

    @pa.check("ner_tags")
    def valid_bio(cls, series: pd.Series) -> pd.Series:
        return valid_bio(series)


CHECK_COLUMNS = check_columns(
    NerSchema, multiple_fields_uniqueness=("article_id", "sent_idx"),
    conll_safe_tokens=("tokens",),
    tags_in_range=("ner_tags",),
    valid_bio=("ner_tags",),
    sentence_exists=("sent_idx",))


def cross_table_checks(sentences: pd.DataFrame) -> list[pa.Check]:
    """Every row is a sentence of the sentences config."""
    return [sentence_exists(sentences)]


class NerSyllableSchema(NerSchema):
    """Data contract of ``ner_syllable``: BIO tags over syllable tokens (no word segmentation needed to use it)."""

    Config = published("ner_syllable",
                       "One row per sentence: syllable tokens and BIO tags (ClassLabel) over the label set.",
                       SORT_KEYS)


class NerWordSchema(NerSchema):
    """Data contract of ``ner_word``: BIO tags over underthesea word tokens (syllables joined by '_', as PhoBERT
    expects)."""

    Config = published("ner_word",
                       "One row per sentence: underthesea word tokens and BIO tags (ClassLabel) over the label set.",
                       SORT_KEYS)
