"""What every config's pandera model shares: the ``Config``, the check of provenance, and the frame checks that
recur across configs (its columns are declared with ``schema.columns``).

The fields are made by functions, not inherited: pandera puts inherited columns first, and each model's columns
must keep the published order (``ordered``); each model also keeps its own descriptions, which the card prints.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable

import pandas as pd
import pandera.pandas as pa

from schema import checks


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
