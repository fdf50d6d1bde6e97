"""What every config's pandera model shares: the ``Config``, the check of provenance, and the frame checks that
recur across configs (its columns are declared with ``schema.columns``).

The fields are made by functions, not inherited: pandera puts inherited columns first, and each model's columns
must keep the published order (``ordered``); each model also keeps its own descriptions, which the card prints.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Mapping
from types import MappingProxyType

import pandas as pd
import pandera.pandas as pa

from schema import checks
from schema.pandera_typing import learn_without_dask

learn_without_dask()  # before any model is built: no dask (and scipy) for pandera's typing questions

REPORTED = "__reported_under__"
"""The attribute of a model's frame-level check that holds (its name, the columns its failures are reported
under): a failing row of a frame check fails in every column, and the report keeps those the check is about."""


def reported(name: str, *columns: str) -> Callable[[classmethod], classmethod]:
    """Decorator of a model's frame-level check (outside pandera's): its failures are reported under ``columns``
    (``check_columns``)."""

    def mark(method: classmethod) -> classmethod:
        setattr(method, REPORTED, (name, columns))
        return method

    return mark


def row_check(name: str, *columns: str) -> Callable[[Callable], classmethod]:
    """Decorator of a model's frame-level check method: pandera's ``dataframe_check`` named ``name``, its failures
    reported under ``columns``."""
    return lambda method: reported(name, *columns)(pa.dataframe_check(name=name)(method))


def check_columns(model: type[pa.DataFrameModel], **others: tuple[str, ...]) -> Mapping[str, tuple[str, ...]]:
    """For each frame-level check of ``model`` (its bases' included), the columns its failures are reported
    under, as the checks declare them; then ``others``: checks the model does not hold (cross-table checks,
    pandera's own ``multiple_fields_uniqueness`` of ``Config.unique``)."""
    found = dict(getattr(value, REPORTED) for klass in reversed(model.__mro__) for value in vars(klass).values()
                 if hasattr(value, REPORTED))
    return MappingProxyType({**found, **others})


class ContractModel(pa.DataFrameModel):
    """Base of every config's model: exactly the published columns, in their order, each of its declared type
    (nothing is coerced: a wrong type is a failure). A model's own ``Config`` adds its name and unique keys."""

    class Config:
        strict = True
        coerce = False
        ordered = True


def published(name: str, description: str, sort_keys: tuple[str, ...], **more: object) -> type:
    """A model's ``Config`` as one declaration: the config's name, its one-line description (the card's) and the
    columns its rows are sorted by (kept in pandera's ``metadata``, where ``ConfigSpec`` reads them); ``more``
    adds pandera settings such as ``unique``. Assign it as ``Config = published(...)`` in the model's body."""
    return type("Config", (), {"name": name, "description": description, "metadata": {"sort_keys": tuple(sort_keys)},
                               **more})


class WithProvenance(ContractModel):
    """A model of rows that are gold (hand-annotated) or auto (extracted): ``extractor`` names the extractor
    exactly for 'auto' rows."""

    # Named by the method, not by ``name=``: pandera (0.35) pops ``name`` from an inherited check's shared
    # metadata when the first subclass builds its schema, and the next subclass would get the method's name.
    @reported("extractor_iff_auto", "source", "extractor")
    @pa.dataframe_check
    def extractor_iff_auto(cls, df: pd.DataFrame) -> pd.Series:
        return checks.extractor_iff_auto(df)


# Checks a model holds as class attributes, made by functions for the same reason as the fields: each model's
# checks are its own objects, named by ``name=`` (never shared through inheritance).

def frame_check(name: str, test: Callable[[pd.DataFrame], pd.Series], *columns: str) -> classmethod:
    """A frame-level check named ``name``, to assign to a model's attribute: ``test(df)`` is True per valid row;
    its failures are reported under ``columns``."""

    def check(cls, df: pd.DataFrame) -> pd.Series:
        return test(df)

    return row_check(name, *columns)(check)


def dates_ordered_check(name: str, *pairs: tuple[str, str]) -> classmethod:
    """Per row: in each (first, last) pair of date columns, first <= last when both are known."""
    return frame_check(name, lambda df: functools.reduce(
        operator.and_, (checks.dates_ordered(df, first, last) for first, last in pairs)), *_flat(pairs))


def end_after_start_check(name: str, start: str = "start", end: str = "end") -> classmethod:
    """Per row: the end offset is after the start offset."""
    return frame_check(name, lambda df: (df[end] > df[start]).astype(bool), start, end)


def null_together_check(name: str, *pairs: tuple[str, str]) -> classmethod:
    """Per row: in each pair of columns, both are null or neither is."""
    return frame_check(name, lambda df: functools.reduce(
        operator.and_, (df[a].isna() == df[b].isna() for a, b in pairs)).astype(bool), *_flat(pairs))


def caption_idx_check(name: str = "caption_idx_iff_caption", field: str = "field",
                      caption_idx: str = "caption_idx") -> classmethod:
    """Per row: a caption index is given exactly when the field is 'caption'."""
    return frame_check(name, lambda df: checks.caption_idx_iff_caption(df, field, caption_idx), field, caption_idx)


def _flat(pairs: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(column for pair in pairs for column in pair)


def nfc_check(*columns: str) -> classmethod:
    """The ``is_nfc`` check of string columns (nulls pass)."""
    return pa.check(*columns, name="is_nfc")(lambda cls, series: checks.nfc_series(series))


def nfc_lists_check(*columns: str) -> classmethod:
    """The ``list_of_nfc_strings`` check of list columns."""
    return pa.check(*columns, name="list_of_nfc_strings")(lambda cls, series: checks.list_of_nfc_strings(series))
