"""The ``blocks`` config: one row per typed block of an article, with offsets into ``articles.text``."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema import columns
from schema.base import ContractModel, check_columns, frame_check, nfc_check, published, row_check
from schema.checks import article_exists, values
from schema.vocab import block_kinds, in_text_block_kinds


class BlocksSchema(ContractModel):
    """Data contract of ``blocks``. Offsets are checked against the article text by ``cross_table_checks``."""

    article_id: Series[str] = columns.article_id("The article this block belongs to.")
    block_idx: Series[pd.Int32Dtype] = columns.index("Position of the block in the article, from 0.")
    kind: Series[str] = columns.string(isin=list(block_kinds()), description="Block type (see the block kinds table).")
    rule: Series[str] = columns.nonempty_string(
        "The segmentation rule that typed the block (for residue: which residue).")
    text: Series[str] = columns.nonempty_string("The block's cleaned text (NFC, spaces collapsed).")
    line: Series[pd.Int32Dtype] = columns.int32(ge=1, description="1-based line of the input file the block came from.")
    in_text: Series[pd.BooleanDtype] = columns.of(
        columns.Value("bool"), description="True when the block is part of articles.text (lead, body).")
    text_start: Series[pd.Int32Dtype] = columns.int32(
        nullable=True, ge=0, description="Start offset in articles.text (Python str index); null when not in text.")
    text_end: Series[pd.Int32Dtype] = columns.int32(
        nullable=True, ge=1, description="End offset (exclusive) in articles.text; null when not in text.")

    Config = published("blocks",
                       "One row per block (title, dateline, lead, body, caption, byline, credit, stamp, residue) of each article.",
                       ("article_id", "block_idx"), unique=["article_id", "block_idx"])

    _nfc = nfc_check("text")
    _in_text = frame_check("in_text_matches_kind",
                           lambda df: (df["kind"].isin(sorted(in_text_block_kinds())) == df["in_text"]).astype(bool),
                           "kind", "in_text")

    @row_check("offsets_iff_in_text", "in_text", "text_start", "text_end")
    def _offsets(cls, df: pd.DataFrame) -> pd.Series:
        has = df["text_start"].notna() & df["text_end"].notna()
        return (has == df["in_text"]).astype(bool) & (df["text_start"].isna() == df["text_end"].isna())


def cross_table_checks(articles: pd.DataFrame) -> list[pa.Check]:
    """Checks that need the articles of the same batch: the article exists, text[start:end] == block text."""
    texts = dict(zip(values(articles["article_id"]), values(articles["text"]), strict=True))

    def offsets_match_text(df: pd.DataFrame) -> pd.Series:
        ok = []
        for article_id, start, end, text, in_text in zip(
            values(df["article_id"]), df["text_start"], df["text_end"], values(df["text"]), df["in_text"], strict=False
        ):
            if not in_text or pd.isna(start) or pd.isna(end):
                ok.append(True)
                continue
            ok.append(article_id in texts and texts[article_id][int(start):int(end)] == text)
        return pd.Series(ok, index=df.index)

    return [
        article_exists(articles),
        pa.Check(offsets_match_text, name="text_slice_equals_block_text"),
    ]


CHECK_COLUMNS = check_columns(
    BlocksSchema, article_exists=("article_id",),
    text_slice_equals_block_text=("text_start", "text_end"),
    multiple_fields_uniqueness=("article_id", "block_idx"))
