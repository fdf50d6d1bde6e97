"""The ``mentions`` config: one row per entity mention, with offsets into the article text or a caption."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema import columns
from schema.base import (
    WithProvenance,
    caption_idx_check,
    check_columns,
    end_after_start_check,
    nfc_check,
    published,
    row_check,
)
from schema.checks import article_exists, sentence_exists, slice_equals
from schema.vocab import label_names


class MentionsSchema(WithProvenance):
    """Data contract of ``mentions``; offsets are checked against the articles by ``cross_table_checks``."""

    mention_id: Series[str] = columns.string(
        unique=True, str_matches=r"^[0-9a-f]{16}:(?:t|c\d+):\d+-\d+:[A-Z_]+$",
        description="Stable id: article_id:field(t or c<caption_idx>):start-end:label.")
    article_id: Series[str] = columns.article_id("The article the mention is in.")
    field: Series[str] = columns.field("'text' (offsets into articles.text) or 'caption'.")
    caption_idx: Series[pd.Int32Dtype] = columns.caption_idx(
        "For field 'caption': index into articles.captions; null for 'text'.")
    sent_idx: Series[pd.Int32Dtype] = columns.index("The sentence (sentences.sent_idx) the mention starts in.")
    start: Series[pd.Int32Dtype] = columns.index("Start offset (Python str index) in the field's string.")
    end: Series[pd.Int32Dtype] = columns.end("End offset (exclusive); string[start:end] == surface.")
    surface: Series[str] = columns.nonempty_string("The mention as written.")
    label: Series[str] = columns.string(isin=list(label_names()), description="Entity label (see the label set).")
    normalized: Series[str] = columns.optional_string(
        "Canonical value: rank or title spelling, ISO date/period, document number; null for names.")
    parent_mention_id: Series[str] = columns.optional_string(
        "The smallest mention enclosing this one (an ORG inside a POSITION); null if outermost.")
    source: Series[str] = columns.source("'gold' (hand-annotated) or 'auto' (the extractor).")
    extractor: Series[str] = columns.extractor("name@version of the extractor; null for gold.")

    Config = published("mentions",
                       "One row per entity mention (PER, RANK, POSITION, ORG, LOC, DATE, PERIOD, DOC_REF); gold or extracted.",
                       ("article_id", "mention_id"))

    _nfc = nfc_check("surface")
    _caption = caption_idx_check()
    _order = end_after_start_check("end_after_start")

    @row_check("parent_exists_and_encloses", "parent_mention_id")
    def _parent(cls, df: pd.DataFrame) -> pd.Series:
        fast = _parents_enclose(df)
        return fast if fast is not None else _parents_enclose_by_row(df)


def _parents_enclose_by_row(df: pd.DataFrame) -> pd.Series:
    """``parent_exists_and_encloses`` row by row: the parent exists and has the row's article, field, caption, and
    its span contains the row's."""
    spans = {m: (a, f, c, s, e) for m, a, f, c, s, e in zip(
        df["mention_id"], df["article_id"], df["field"], df["caption_idx"], df["start"], df["end"], strict=True)}

    def ok(parent, article, field, caption, start, end) -> bool:
        if parent is None or pd.isna(parent):
            return True
        if parent not in spans:
            return False
        p_article, p_field, p_caption, p_start, p_end = spans[parent]
        same_caption = (pd.isna(p_caption) and pd.isna(caption)) or p_caption == caption
        return p_article == article and p_field == field and same_caption and p_start <= start and end <= p_end

    return pd.Series([ok(*row) for row in zip(df["parent_mention_id"], df["article_id"], df["field"],
                                               df["caption_idx"], df["start"], df["end"], strict=True)],
                     index=df.index)


def _parents_enclose(df: pd.DataFrame) -> pd.Series | None:
    """``parent_exists_and_encloses`` on whole columns: each row's parent is looked up by position (mention ids
    are unique here) and its article, field, caption and span are compared at once. None, for the row-by-row
    check to decide (and raise where it raises), when ids repeat, a compared column other than caption_idx has
    a null, or a row and its parent of the same article and field differ in whether caption_idx is null."""
    ids = pd.Index(df["mention_id"])
    if not ids.is_unique or df[["mention_id", "article_id", "field", "start", "end"]].isna().any(axis=None):
        return None
    has_parent = df["parent_mention_id"].notna().to_numpy()
    position = ids.get_indexer(df["parent_mention_id"])
    rows = np.flatnonzero(has_parent & (position >= 0))  # rows whose parent exists
    parent = position[rows]
    article, field = df["article_id"].to_numpy(), df["field"].to_numpy()
    start, end = df["start"].to_numpy(np.int64), df["end"].to_numpy(np.int64)
    caption_null = df["caption_idx"].isna().to_numpy()
    caption = df["caption_idx"].fillna(0).to_numpy(np.int64)
    same_place = (article[parent] == article[rows]) & (field[parent] == field[rows])
    if (same_place & (caption_null[parent] != caption_null[rows])).any():
        return None
    same_caption = caption_null[parent] | (caption[parent] == caption[rows])  # both null, or both equal
    ok = ~has_parent
    ok[rows] = same_place & same_caption & (start[parent] <= start[rows]) & (end[rows] <= end[parent])
    return pd.Series(ok, index=df.index)


def cross_table_checks(articles: pd.DataFrame, sentences: pd.DataFrame) -> list[pa.Check]:
    """The article exists, ``string[start:end] == surface`` in the right field, the sentence exists."""
    return [article_exists(articles), slice_equals(articles, "surface", "slice_equals_surface"),
            sentence_exists(sentences)]


CHECK_COLUMNS = check_columns(
    MentionsSchema, article_exists=("article_id",),
    slice_equals_surface=("start", "end", "surface"),
    sentence_exists=("sent_idx",))
