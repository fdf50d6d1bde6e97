"""The ``ner_syllable`` and ``ner_word`` configs: one row per sentence, tokens with BIO tags as ClassLabel."""

from __future__ import annotations

import datasets
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schema.vocab import label_names

SORT_KEYS = ("article_id", "sent_idx")
CHECK_COLUMNS = {
    "multiple_fields_uniqueness": ("article_id", "sent_idx"),
    "one_tag_per_token": ("tokens", "ner_tags"),
    "tags_in_range": ("ner_tags",),
    "valid_bio": ("ner_tags",),
    "sentence_exists": ("sent_idx",),
}


def tag_names() -> list[str]:
    """'O', then B-/I- for every label, in the label set's order."""
    return ["O"] + [f"{prefix}-{label}" for label in label_names() for prefix in ("B", "I")]


def features() -> datasets.Features:
    """Features shared by both NER configs (CoNLL-2003 / PhoNER layout)."""
    return datasets.Features({
        "article_id": datasets.Value("string"),
        "sent_idx": datasets.Value("int32"),
        "tokens": datasets.List(datasets.Value("string")),
        "ner_tags": datasets.List(datasets.ClassLabel(names=tag_names())),
    })


def _valid_bio(tags) -> bool:
    names = tag_names()
    previous = "O"
    for tag in tags:
        name = names[tag]
        if name.startswith("I-") and previous[2:] != name[2:]:
            return False
        previous = name
    return True


class NerSchema(pa.DataFrameModel):
    """Data contract of the NER configs."""

    article_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{16}$", description="The article.")
    sent_idx: Series[pd.Int32Dtype] = pa.Field(ge=0, description="The sentence (sentences.sent_idx).")
    tokens: Series[object] = pa.Field(description="Tokens of the sentence (syllables or underthesea words, see config).")
    ner_tags: Series[object] = pa.Field(
        description="BIO tag ids (ClassLabel); outermost span where spans nest. The id -> tag table is in the card.")

    class Config:
        strict = True
        coerce = False
        ordered = True
        unique = ["article_id", "sent_idx"]

    @pa.dataframe_check(name="one_tag_per_token")
    def _lengths(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series([len(t) == len(g) for t, g in zip(df["tokens"], df["ner_tags"], strict=True)], index=df.index)

    @pa.check("ner_tags", name="tags_in_range")
    def _range(cls, series: pd.Series) -> pd.Series:
        count = len(tag_names())
        return series.map(lambda tags: all(0 <= int(t) < count for t in tags)).astype(bool)

    @pa.check("ner_tags", name="valid_bio")
    def _bio(cls, series: pd.Series) -> pd.Series:
        return series.map(lambda tags: _valid_bio([int(t) for t in tags])).astype(bool)


def cross_table_checks(sentences: pd.DataFrame) -> list[pa.Check]:
    """Every row is a sentence of the sentences config."""
    keys = set(zip(sentences["article_id"], sentences["sent_idx"].astype(int), strict=True))
    return [pa.Check(lambda df: pd.Series([(a, int(s)) in keys for a, s in zip(df["article_id"], df["sent_idx"],
                                                                              strict=True)], index=df.index),
                     name="sentence_exists")]
