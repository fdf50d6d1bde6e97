"""A row made from its shape's plan (haucan/tables.py ``TableShape._plan``: which record each column is read from,
found once per combination of record types) is exactly the row the search through the records made."""

from __future__ import annotations

import pytest

from haucan.per_article import StageSettings, read_source
from haucan.process import article_rows, process
from haucan.read import discover
from haucan.tables import TableShape, _take
from tests.conftest import SEEDS


def _searched_row(self: TableShape, *records: object, **computed) -> dict:
    """The row as it was made before plans: each column searched for in the records, by trial."""
    if not computed.keys() <= self.names:
        raise ValueError(f"config {self.spec.name!r} has no column {sorted(computed.keys() - self.names)}")
    row = {}
    for name, convert in self.columns:
        if name in computed:
            row[name] = computed[name] if convert is None else convert(computed[name])
        else:
            row[name] = _take(self.spec.name, name, records, name, convert)
    return row


@pytest.mark.parametrize("words", ["whitespace", "underthesea"])
def test_planned_rows_are_the_searched_rows(tmp_path, monkeypatch, words):
    settings = StageSettings(SEEDS, words)
    annotated = []
    for source in discover(SEEDS, tmp_path).sources:
        result = process(source, read_source(settings, source), settings)
        if result.annotated is not None:
            annotated.append(result.annotated)
    assert annotated
    planned = [article_rows(a) for a in annotated]
    monkeypatch.setattr(TableShape, "row", _searched_row)
    searched = [article_rows(a) for a in annotated]
    assert planned == searched
    assert all(type(v) is type(w) for p, s in zip(planned, searched, strict=True) for name in p
               for pr, sr in zip(p[name], s[name], strict=True) for v, w in zip(pr.values(), sr.values(), strict=True))
