"""The whole-column fast paths of ``list_of_nfc_strings`` and ``no_residue`` (schema/checks.py) answer exactly as
the row-by-row code, on tricky values (NFD, mojibake, odd whitespace, empty strings and lists, the separators
themselves), and a bad row in a big column is still named alone."""

from __future__ import annotations

import random
import unicodedata

import numpy as np
import pandas as pd
import pytest

from haucan.rules import load_rules
from schema import checks

TRICKY = ["Hà Nội", unicodedata.normalize("NFD", "Hà Nội"), "Ã¡o", "â€œ", "", " ", "a ", " a", "a\u00a0", "\u3000a",
          "a\x00", "\x00 a", "a\x00b", "a\x01b", "a\nb", "\n", "x\u200b", "Quân khu 7", "e\u0301", "_", "\x1c"]


def _outcome(function, *args):
    try:
        return function(*args).tolist()
    except Exception as error:  # noqa: BLE001 - the same exception is part of the behaviour
        return repr(error)


def _row_by_row_lists(series: pd.Series) -> list[bool]:
    return series.map(checks._list_ok).astype(bool)


def _random_list_rows(rng: random.Random, bad: bool) -> list:
    good = [t for t in TRICKY if checks._list_ok([t])]
    pool = TRICKY if bad else good
    rows: list = []
    for _ in range(rng.randint(0, 40)):
        values = [rng.choice(pool) for _ in range(rng.randint(0, 5))]
        rows.append(np.array(values, dtype=object) if rng.random() < 0.7 else values)
    if bad and rng.random() < 0.3:
        rows.append(rng.choice([None, "abc", np.array([1, 2]), [None], [["a"]], np.array("a", dtype=object)]))
    return rows


@pytest.mark.parametrize("trial", range(80))
def test_list_of_nfc_strings_matches_row_by_row(trial):
    rng = random.Random(trial)
    rows = _random_list_rows(rng, bad=trial % 2 == 1)
    series = pd.Series(rows, index=pd.RangeIndex(len(rows)) + 5, dtype=object)
    assert _outcome(checks.list_of_nfc_strings, series) == _outcome(_row_by_row_lists, series)
    if not isinstance(_outcome(_row_by_row_lists, series), str):
        found = checks.list_of_nfc_strings(series)
        assert found.index.equals(series.index) and found.dtype == bool


def test_list_of_nfc_strings_names_one_bad_row_in_a_big_column():
    rows = [np.array(["Hà Nội", "Quân khu 7"], dtype=object)] * 20000
    for bad in ("", " a", unicodedata.normalize("NFD", "Hà"), "a\u00a0"):
        column = [*rows[:12345], np.array(["ok", bad], dtype=object), *rows[12345:]]
        found = checks.list_of_nfc_strings(pd.Series(column, dtype=object))
        assert found.tolist().count(False) == 1 and not found.iloc[12345]


def _row_by_row_patterns(series: pd.Series, patterns) -> list[bool]:
    return [not isinstance(v, str) or not any(p.search(v) for p in patterns) for v in series.tolist()]


PATTERNS = load_rules().in_text_patterns()
LINES = ["Bài viết bình thường.", "12:30", "Truy cập nội dung luôn", "Theo dõi", "Theo Báo Quân đội",
         "(Theo TTXVN)", "www.qdnd.vn", "date 2024-01-02 Tin", "x date 2024-01-02", "ảnh 12", "giữa ảnh 12 câu",
         "Tags:", "1 2 3", "a\u00a0b", "Trang chủ > Tin", "Nguồn: abc", "Dòng", "- Ảnh 3.", "VnExpress Online", ""]


@pytest.mark.parametrize("trial", range(120))
def test_no_residue_matches_row_by_row(trial):
    rng = random.Random(trial)
    clean = [line for line in LINES if not any(p.search(line) for p in PATTERNS)]
    pool = LINES if trial % 3 else clean
    values: list = []
    for _ in range(rng.randint(0, 25)):
        if rng.random() < 0.1:
            values.append(rng.choice([None, pd.NA, float("nan")]))
        else:
            values.append(rng.choice(["\n", " ", "\n\n"]).join(rng.choice(pool) for _ in range(rng.randint(1, 4))))
    series = pd.Series(values, index=pd.RangeIndex(len(values)) + 2, dtype=object)
    found = checks.no_pattern(series, PATTERNS)
    assert found.tolist() == _row_by_row_patterns(series, PATTERNS)
    assert found.index.equals(series.index) and found.dtype == bool


@pytest.mark.parametrize("line", [line for line in LINES if any(p.search(line) for p in PATTERNS)])
def test_no_residue_names_one_bad_row_in_a_big_column(line):
    good = "Bộ Quốc phòng tổ chức hội nghị.\nĐại tá Nguyễn Văn An phát biểu."
    values = [good] * 5000
    values[4321] = good + "\n" + line
    found = checks.no_pattern(pd.Series(values, dtype="string"), PATTERNS)
    assert found.tolist().count(False) == 1 and not found.iloc[4321]


def test_unjoinable_patterns_are_searched_value_by_value():
    import re

    start_only = re.compile(r"^date \d{4}")
    behind = re.compile(r"(?m)(?<!x)^a$")
    assert not checks._joinable(start_only) and not checks._joinable(behind)
    assert checks._joinable(re.compile(r"(?m)^a$")) and checks._joinable(re.compile(r"[^a]b\b"))
    values = pd.Series(["ok", "date 2024 x", "fine"], dtype="string")
    assert checks.no_pattern(values, [start_only]).tolist() == [True, False, True]
