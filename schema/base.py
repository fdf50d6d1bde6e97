"""What every config's pandera model shares: the ``Config``, the way a column is declared (with its Arrow/HF type),
the fields that recur across configs (ids, offsets, provenance) and the check of provenance.

The fields are made by functions, not inherited: pandera puts inherited columns first, and each model's columns
must keep the published order (``ordered``); each model also keeps its own descriptions, which the card prints.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from typing import Any

import datasets
import pandas as pd
import pandera.pandas as pa

from schema import checks

ARTICLE_ID = r"^[0-9a-f]{16}$"
PERSON_ID = r"^per-[0-9a-f]{12}$"
EXTRACTOR = r"^[a-z_]+@\d+\.\d+\.\d+$"
SOURCES = ("gold", "auto")
FIELDS = ("text", "caption")
"""Where an offset points: ``articles.text`` or one of ``articles.captions``."""
FEATURE = "feature"
"""The key of a column's Arrow/HF type in its Field's ``metadata``."""


def column(feature: datasets.features.features.FeatureType, **field: Any) -> Any:
    """A published column, declared once: its pandera Field (nullability, checks, description) carrying its
    Arrow/HF type in ``metadata``, from which the config's ``FEATURES`` is derived (``features_of``)."""
    return pa.Field(metadata={FEATURE: feature}, **field)


def features_of(model: type[pa.DataFrameModel]) -> datasets.Features:
    """The config's Arrow/HF features: each column's type, in the model's column order. TypeError naming the
    columns declared without one (with a bare ``pa.Field``), which could not be written."""
    columns = model.to_schema().columns
    untyped = [name for name, col in columns.items() if FEATURE not in (col.metadata or {})]
    if untyped:
        raise TypeError(f"{model.__name__}: columns {untyped} have no feature type (declare them with column())")
    return datasets.Features({name: col.metadata[FEATURE] for name, col in columns.items()})


def string() -> datasets.Value:
    """Arrow/HF type of a string column."""
    return datasets.Value("string")


def int32() -> datasets.Value:
    """Arrow/HF type of a 32-bit integer column."""
    return datasets.Value("int32")


def date32() -> datasets.Value:
    """Arrow/HF type of a date column (days, no time)."""
    return datasets.Value("date32")


def strings() -> datasets.List:
    """Arrow/HF type of a list of strings."""
    return datasets.List(string())


class ContractModel(pa.DataFrameModel):
    """Base of every config's model: exactly the published columns, in their order, each of its declared type
    (nothing is coerced: a wrong type is a failure). A model's own ``Config`` adds its name and unique keys."""

    class Config:
        strict = True
        coerce = False
        ordered = True


class WithProvenance(ContractModel):
    """A model of rows that are gold (hand-annotated) or auto (extracted): ``extractor`` names the extractor
    exactly for 'auto' rows."""

    # Named by the method, not by ``name=``: pandera (0.35) pops ``name`` from an inherited check's shared
    # metadata when the first subclass builds its schema, and the next subclass would get the method's name.
    @pa.dataframe_check
    def extractor_iff_auto(cls, df: pd.DataFrame) -> pd.Series:
        return checks.extractor_iff_auto(df)


def article_id_field(description: str, **kwargs: Any) -> Any:
    """The ``article_id`` column: the article's 16 hex digits."""
    return column(string(), str_matches=ARTICLE_ID, description=description, **kwargs)


def person_id_field(description: str, **kwargs: Any) -> Any:
    """A ``person_id`` column: 'per-' and 12 hex digits (persons.person_id)."""
    return column(string(), str_matches=PERSON_ID, description=description, **kwargs)


def source_field(description: str) -> Any:
    """The ``source`` column: 'gold' or 'auto'."""
    return column(string(), isin=list(SOURCES), description=description)


def extractor_field(description: str) -> Any:
    """The ``extractor`` column: name@version of the extractor for 'auto' rows, null for gold."""
    return column(string(), nullable=True, str_matches=EXTRACTOR, description=description)


def field_field(description: str) -> Any:
    """A column naming where offsets point: 'text' or 'caption'."""
    return column(string(), isin=list(FIELDS), description=description)


def caption_idx_field(description: str) -> Any:
    """A caption index: set (from 0) for 'caption', null for 'text'."""
    return column(int32(), nullable=True, ge=0, description=description)


def index_field(description: str) -> Any:
    """A position from 0: a sentence number, a block number, a start offset."""
    return column(int32(), ge=0, description=description)


def end_field(description: str) -> Any:
    """An end offset (exclusive), so at least 1."""
    return column(int32(), ge=1, description=description)


def date_field(description: str) -> Any:
    """A date the text may not state: null when it does not."""
    return column(date32(), nullable=True, description=description)


def optional_string_field(description: str) -> Any:
    """A string column that may be null (free text or a key checked across tables)."""
    return column(string(), nullable=True, description=description)


def nonempty_string_field(description: str) -> Any:
    """A string column that is never null nor empty."""
    return column(string(), str_length={"min_value": 1}, description=description)


# Checks a model holds as class attributes, made by functions for the same reason as the fields: each model's
# checks are its own objects, named by ``name=`` (never shared through inheritance).

def frame_check(name: str, test: Callable[[pd.DataFrame], pd.Series]) -> classmethod:
    """A frame-level check named ``name``, to assign to a model's attribute: ``test(df)`` is True per valid row."""

    def check(cls, df: pd.DataFrame) -> pd.Series:
        return test(df)

    return pa.dataframe_check(name=name)(check)


def dates_ordered_check(name: str, *pairs: tuple[str, str]) -> classmethod:
    """Per row: in each (first, last) pair of date columns, first <= last when both are known."""
    return frame_check(name, lambda df: functools.reduce(
        operator.and_, (checks.dates_ordered(df, first, last) for first, last in pairs)))


def end_after_start_check(name: str, start: str = "start", end: str = "end") -> classmethod:
    """Per row: the end offset is after the start offset."""
    return frame_check(name, lambda df: (df[end] > df[start]).astype(bool))


def null_together_check(name: str, *pairs: tuple[str, str]) -> classmethod:
    """Per row: in each pair of columns, both are null or neither is."""
    return frame_check(name, lambda df: functools.reduce(
        operator.and_, (df[a].isna() == df[b].isna() for a, b in pairs)).astype(bool))


def caption_idx_check(name: str = "caption_idx_iff_caption", field: str = "field",
                      caption_idx: str = "caption_idx") -> classmethod:
    """Per row: a caption index is given exactly when the field is 'caption'."""
    return frame_check(name, lambda df: checks.caption_idx_iff_caption(df, field, caption_idx))


def nfc_check(*columns: str) -> classmethod:
    """The ``is_nfc`` check of string columns (nulls pass)."""
    return pa.check(*columns, name="is_nfc")(lambda cls, series: checks.nfc_series(series))


def nfc_lists_check(*columns: str) -> classmethod:
    """The ``list_of_nfc_strings`` check of list columns."""
    return pa.check(*columns, name="list_of_nfc_strings")(lambda cls, series: checks.list_of_nfc_strings(series))
