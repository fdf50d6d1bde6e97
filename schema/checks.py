"""Reusable element-wise predicates shared by the pandera models of every config."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import pandas as pd


def is_nfc_or_null(value: object) -> bool:
    """True for a missing value or a string already in Unicode NFC."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return True
    return isinstance(value, str) and unicodedata.is_normalized("NFC", value)


def nfc_series(series: pd.Series) -> pd.Series:
    """Element-wise NFC check for a string column (nulls pass; the nullability check is separate)."""
    return series.map(is_nfc_or_null).astype(bool)


def list_of_nfc_strings(series: pd.Series) -> pd.Series:
    """Element-wise check that a list column holds lists of non-empty NFC strings."""

    def ok(value: object) -> bool:
        if value is None:
            return False
        if not isinstance(value, Iterable) or isinstance(value, (str, bytes)):
            return False
        return all(isinstance(v, str) and v.strip() == v and v and unicodedata.is_normalized("NFC", v) for v in value)

    return series.map(ok).astype(bool)


def no_pattern(series: pd.Series, patterns: Iterable[re.Pattern[str]]) -> pd.Series:
    """Element-wise: True where none of ``patterns`` occurs in the string (nulls pass)."""
    compiled = tuple(patterns)

    def ok(value: object) -> bool:
        if not isinstance(value, str):
            return True
        return not any(p.search(value) for p in compiled)

    return series.map(ok).astype(bool)
