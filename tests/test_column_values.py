"""``schema.checks.values``: the row checks loop over a string column's ``tolist()`` instead of iterating it; the
values (and their types, and the missing value) must be exactly those iteration gives, for every string dtype a
frame can hold, so every check sees what it saw before."""

from __future__ import annotations

import math
import unicodedata

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from haucan.tables import to_frame
from schema.checks import values

TRICKY = ["Hà Nội", unicodedata.normalize("NFD", "Hà Nội"), "Ã¡o", "â€œ", "", " ", "a ", "\u00a0", "\u3000a",
          "a\x00b", "a\nb", "\u200b", "🙂", "e\u0301", None, "nan", "None", "<NA>"]


def _same(left: list, right: list) -> bool:
    """Equal values of the same types; missing values of the same kind (NaN with NaN, NA with NA, None with None)."""
    if len(left) != len(right):
        return False
    for a, b in zip(left, right, strict=True):
        if type(a) is not type(b):
            return False
        if isinstance(a, float) and math.isnan(a):
            if not math.isnan(b):
                return False
        elif a is pd.NA or a is None:
            if a is not b:
                return False
        elif a != b:
            return False
    return True


@pytest.mark.parametrize("dtype", ["str", "string", "string[python]", "string[pyarrow]", pd.StringDtype("pyarrow")])
def test_string_columns_give_the_values_iteration_gives(dtype):
    series = pd.Series(TRICKY, dtype=dtype, index=pd.RangeIndex(len(TRICKY)) + 3)
    assert isinstance(values(series), list)
    assert _same(values(series), list(series))
    empty = pd.Series([], dtype=dtype)
    assert _same(values(empty), list(empty))


def test_frames_made_for_validation_give_the_values_iteration_gives():
    table = pa.table({"s": pa.array(TRICKY, pa.string()), "i": pa.array([1, None] * 9, pa.int32()),
                      "l": pa.array([["a"], None] * 9, pa.list_(pa.string()))})
    frame = to_frame(table)
    assert isinstance(values(frame["s"]), list) and _same(values(frame["s"]), list(frame["s"]))
    for name in ("i", "l"):  # not strings: left as they are, iterated as before
        column = frame[name]
        assert values(column) is column


def test_other_columns_are_left_as_they_are():
    for series in (pd.Series([1, 2], dtype="Int32"), pd.Series([np.array(["a"]), None], dtype=object),
                   pd.Series(["a", None], dtype=object), pd.Series([1.5, np.nan])):
        assert values(series) is series
