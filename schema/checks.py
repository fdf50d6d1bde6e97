"""Reusable element-wise predicates shared by the pandera models of every config."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pandera.pandas as pa

from schema.line_patterns import search_plan

SEPARATOR = "\x00"
"""Joins the values of a whole column into one string, for checks that test the column at once and fall back to
their row-by-row code only when the column fails. NUL is not whitespace nor '_', and it is a 'stable' code point
for NFC (a starter that never composes nor decomposes, UAX #15): the NFC of a joined string is the join of the
values' NFC, so the joined string is NFC exactly when every value is."""


def values(series: pd.Series):
    """A column's values for a Python loop, the very ones iterating it gives: a string column as a list.
    Iterating pandas' Arrow-backed strings costs ~3 µs a value (a scalar per value); ``tolist`` gives the same
    str and the same missing value (tests/test_column_values.py) for ~0.1 µs. Other columns are left as they
    are (``tolist`` would turn numpy ints into ints)."""
    return series.tolist() if isinstance(series.dtype, pd.StringDtype) else series


def is_nfc_or_null(value: object) -> bool:
    """True for a missing value or a string already in Unicode NFC."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return True
    return isinstance(value, str) and unicodedata.is_normalized("NFC", value)


def nfc_series(series: pd.Series) -> pd.Series:
    """Element-wise NFC check for a string column (nulls pass; the nullability check is separate).

    A pandas string column (every value a str or missing) is tested at once, joined by ``SEPARATOR``: when
    that is NFC every row passes; otherwise the rows are tested one by one to name the failing ones."""
    if isinstance(series.dtype, pd.StringDtype) and unicodedata.is_normalized(
            "NFC", SEPARATOR.join(series.dropna().tolist())):
        return pd.Series(True, index=series.index)
    return series.map(is_nfc_or_null).astype(bool)


def _list_ok(value: object) -> bool:
    """One row of ``list_of_nfc_strings``: a list (not a string) of non-empty, unpadded NFC strings."""
    if value is None:
        return False
    if not isinstance(value, Iterable) or isinstance(value, (str, bytes)):
        return False
    return all(isinstance(v, str) and v.strip() == v and v and unicodedata.is_normalized("NFC", v) for v in value)


_LIST_ROWS = (list, tuple, np.ndarray)
_PADDED = re.compile(r"(?:\A|\x00)\s|\s(?:\x00|\Z)")
"""A value starting or ending with whitespace, in values joined by SEPARATOR (``\\s`` is ``str.isspace``)."""


def _all_lists_ok(values: list) -> bool:
    """True only when every row passes ``_list_ok``, tested over the whole column at C speed: the values of
    every list joined by SEPARATOR, then one NFC test and one search for padding. False means "test row by
    row", never "a row fails": a value holding SEPARATOR itself only makes the joined test stricter."""
    if not all(type(row) in _LIST_ROWS for row in values):
        return False
    try:
        flat = list(itertools.chain.from_iterable(values))  # a 0-d array is a TypeError
        joined = SEPARATOR.join(flat)  # so is any value that is not a str
    except TypeError:
        return False
    if "" in flat:  # every value is a str here, so this compares strings only
        return False
    return _PADDED.search(joined) is None and unicodedata.is_normalized("NFC", joined)


def list_of_nfc_strings(series: pd.Series) -> pd.Series:
    """Element-wise check that a list column holds lists of non-empty NFC strings (the whole column at once
    when every row passes, row by row to name the failing ones otherwise)."""
    if _all_lists_ok(series.tolist()):
        return pd.Series(True, index=series.index)
    return series.map(_list_ok).astype(bool)


_WHITESPACE = re.compile(r"\s")


def conll_safe_tokens(series: pd.Series) -> pd.Series:
    """Per row: a non-empty list of tokens, none empty and none holding whitespace — what the CoNLL files need
    (one ``token<TAB>tag`` line per token, a blank line between sentences), so a sentence that would change shape
    there is rejected with its article here instead of stopping the release's CoNLL writer. Tested over the
    whole column joined by SEPARATOR first; row by row only to name the failing rows."""
    values = series.tolist()
    if all(type(row) in _LIST_ROWS and len(row) for row in values):
        try:
            flat = list(itertools.chain.from_iterable(values))
            joined = SEPARATOR.join(flat)
        except TypeError:
            joined = None
        if joined is not None and "" not in flat and _WHITESPACE.search(joined) is None:
            return pd.Series(True, index=series.index)

    def ok(row: object) -> bool:
        return (type(row) in _LIST_ROWS and len(row) > 0
                and all(isinstance(t, str) and t and _WHITESPACE.search(t) is None for t in row))

    return series.map(ok).astype(bool)


def _joinable(pattern: re.Pattern[str]) -> bool:
    """Whether a search of the values joined by newlines finds a match exactly when some value holds one (or
    spuriously across a newline, which only sends the column to the row-by-row test). True for a multiline
    pattern, or one without anchors, when it has no lookaround or absolute anchor that could see past a
    value's end (``\\b`` and ``\\B`` see a newline as they see the end of a string: a non-word side)."""
    source = pattern.pattern
    anchored = "^" in source.replace("[^", "") or "$" in source
    if anchored and not pattern.flags & re.MULTILINE:
        return False
    return not any(token in source for token in ("(?<", "(?=", "(?!", "\\A", "\\Z"))


def no_pattern(series: pd.Series, patterns: Iterable[re.Pattern[str]]) -> pd.Series:
    """Element-wise: True where none of ``patterns`` occurs in the string (nulls pass).

    The joinable patterns (``_joinable``) are first searched once over the column's strings joined by
    newlines (those anchored at line starts as one pattern), the rest over each string; only when something is
    found is every row tested to name it."""
    compiled = tuple(patterns)

    def ok(value: object) -> bool:
        if not isinstance(value, str):
            return True
        return not any(p.search(value) for p in compiled)

    strings = [value for value in series.tolist() if isinstance(value, str)]
    joined = "\n".join(strings)
    # The joinable patterns that begin at a line start are searched as one (schema/line_patterns.py).
    once = search_plan(tuple(p for p in compiled if _joinable(p)))
    if not any(p.search(joined) for p in once) and not any(
            any(map(p.search, strings)) for p in compiled if not _joinable(p)):
        return pd.Series(True, index=series.index)
    return series.map(ok).astype(bool)


def field_string_lookup(articles: pd.DataFrame):
    """A function (article_id, field, caption_idx) -> the string offsets index: ``articles.text`` for 'text',
    the caption for 'caption'; None when the article or the caption does not exist."""
    texts = dict(zip(values(articles["article_id"]), values(articles["text"]), strict=True))
    captions = dict(zip(values(articles["article_id"]), articles["captions"], strict=True))

    def lookup(article_id: str, field: str, caption_idx) -> str | None:
        if article_id not in texts:
            return None
        if field == "text":
            return texts[article_id]
        listed = captions[article_id]
        index = None if caption_idx is None or pd.isna(caption_idx) else int(caption_idx)
        return listed[index] if index is not None and 0 <= index < len(listed) else None

    return lookup


def caption_idx_iff_caption(df: pd.DataFrame, field: str = "field", caption_idx: str = "caption_idx") -> pd.Series:
    """Row-wise: a caption index is given exactly when the field is 'caption'."""
    return ((df[field] == "caption") == df[caption_idx].notna()).astype(bool)


def extractor_iff_auto(df: pd.DataFrame) -> pd.Series:
    """Row-wise: an extractor name is given exactly for rows whose source is 'auto'."""
    return ((df["source"] == "auto") == df["extractor"].notna()).astype(bool)


def dates_ordered(df: pd.DataFrame, first: str, last: str) -> pd.Series:
    """Row-wise: ``first`` <= ``last`` when both dates are known."""
    return pd.Series([a is None or b is None or pd.isna(a) or pd.isna(b) or a <= b
                      for a, b in zip(values(df[first]), values(df[last]), strict=True)], index=df.index)


@dataclass(frozen=True, slots=True)
class BuildValues:
    """The values of the contract that only the build knows, passed in when a table is validated: the
    plausible date range (its end is the build day in Vietnam + 1, so it moves with the build), the outlets
    the build can identify and the patterns that must never occur in published text (both from the build's
    rules). A config's ``build_checks(values)`` turns them into column checks."""

    earliest_date: dt.date
    latest_date: dt.date
    outlets: tuple[str, ...]
    in_text_patterns: tuple[re.Pattern[str], ...]


def dates_in_range(series: pd.Series, earliest: dt.date, latest: dt.date) -> pd.Series:
    """Element-wise: null, or a date from ``earliest`` to ``latest`` (both included)."""
    return series.map(lambda d: d is None or pd.isna(d) or earliest <= d <= latest).astype(bool)


def plausible_date(values: BuildValues) -> pa.Check:
    """The ``plausible_date`` check: null or inside the build's plausible range. The build nulls any stated
    date outside it, with a null reason, so only a bug can make this check fail."""
    return pa.Check(lambda series: dates_in_range(series, values.earliest_date, values.latest_date),
                    name="plausible_date")


def article_exists(articles: pd.DataFrame) -> pa.Check:
    """The cross-table check ``article_exists``: the row's article is among ``articles``."""
    article_ids = list(values(articles["article_id"]))
    return pa.Check(lambda df: df["article_id"].isin(article_ids).astype(bool), name="article_exists")


def sentence_exists(sentences: pd.DataFrame) -> pa.Check:
    """The cross-table check ``sentence_exists``: (article_id, sent_idx) is a row of ``sentences``."""
    keys = set(zip(values(sentences["article_id"]), sentences["sent_idx"].astype(int), strict=True))
    return pa.Check(lambda df: pd.Series([(a, int(s)) in keys for a, s in zip(values(df["article_id"]), df["sent_idx"],
                                                                              strict=True)], index=df.index),
                    name="sentence_exists")


def slice_equals(articles: pd.DataFrame, column: str, name: str) -> pa.Check:
    """The cross-table check ``name``: the row's field string (``articles.text`` or the caption) sliced at
    [start:end] is the row's ``column``."""
    source_string = field_string_lookup(articles)

    def test(df: pd.DataFrame) -> pd.Series:
        ok = []
        for article_id, field, caption_idx, start, end, value in zip(
                values(df["article_id"]), values(df["field"]), df["caption_idx"], df["start"], df["end"],
                values(df[column]), strict=True):
            string = source_string(article_id, field, caption_idx)
            ok.append(string is not None and string[int(start):int(end)] == value)
        return pd.Series(ok, index=df.index)

    return pa.Check(test, name=name)
