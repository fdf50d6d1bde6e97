"""Several chunks' new rows validated in one pandera call (haucan/chunk_rows.py ``validate_together``, as a worker's
task of grouped chunks does) give each chunk exactly what validating it alone gives: a bad row in a big batch is
still named and rejects its article alone, the other articles' rows stay, and a failure naming no article is
a chunk's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from haucan.chunk_rows import NewRows, isolated_article, to_tables, validate_new_rows, validate_together
from haucan.chunks import group_chunks
from haucan.per_article import INVALID_ROW, StageSettings, read_source
from haucan.read import discover

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def computed(tmp_path_factory):
    """(entries, rows by article) of 60 generated articles, processed with words split at spaces."""
    folder = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "generate_corpus.py"), "60", str(folder)], check=True,
                   capture_output=True)
    settings = StageSettings(folder, "whitespace")
    entries, rows = [], []
    for source in discover(folder, tmp_path_factory.mktemp("scratch")).sources:
        entry, article_rows, _ = isolated_article(settings, source, read_source(settings, source))
        if article_rows is not None:
            entries.append(entry)
            rows.append(article_rows)
    return entries, rows


def _batches(computed, cuts=(0, 17, 40, 60), spoil=None):
    entries, rows = computed
    batches = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        chunk_entries = list(entries[start:end])
        chunk_rows = [(i, _spoiled(r) if start + i == spoil else r) for i, r in enumerate(rows[start:end])]
        batches.append(NewRows(chunk_entries, chunk_rows, to_tables([r for _, r in chunk_rows])))
    return batches


def _seen(entry):
    """An entry as the report sees it (a SeedError compares by identity)."""
    error = entry.error
    return entry.source, None if error is None else (error.reason, error.detail, error.field), entry.split


def _spoiled(rows: dict) -> dict:
    """The article's rows with one sentence no longer its text's slice and the article's n_chars off by one."""
    rows = {name: [dict(row) for row in table] for name, table in rows.items()}
    rows["articles"][0]["n_chars"] += 1
    rows["sentences"][-1]["text"] += " x"
    return rows


@pytest.mark.parametrize("spoil", [None, 0, 23, 59])
def test_chunks_validated_together_match_each_validated_alone(computed, spoil):
    together, alone = _batches(computed, spoil=spoil), _batches(computed, spoil=spoil)
    validate_together(together)
    for batch, single in zip(together, alone, strict=True):
        tables, failures = validate_new_rows(single.entries, single.rows, single.tables)
        assert [_seen(e) for e in batch.entries] == [_seen(e) for e in single.entries]
        assert batch.failures == failures == []
        assert [p for p, _ in batch.rows] == [p for p, _ in single.rows]
        assert all(batch.tables[name].equals(tables[name]) for name in tables)
    rejected = [e for b in together for e in b.entries if e.error is not None]
    if spoil is None:
        assert rejected == []
    else:
        victim = computed[0][spoil].source
        assert [e.source for e in rejected] == [victim] and rejected[0].error.reason == INVALID_ROW
        assert "n_chars_is_len_text" in rejected[0].error.detail and "table articles" in rejected[0].error.detail
        for batch in together:  # the victim's rows are in no table; every other article's are all there
            ids = set(batch.tables["articles"].column("article_id").to_pylist())
            assert ids == {e.source.article_id for e in batch.entries if e.error is None}
            assert victim.article_id not in set(batch.tables["sentences"].column("article_id").to_pylist())


def test_a_failure_naming_no_article_goes_to_a_chunk(computed):
    batches = _batches(computed)
    for batch in batches:
        batch.tables = {**batch.tables, "blocks": batch.tables["blocks"].drop_columns(["rule"])}
    validate_together(batches)
    assert batches[0].failures and all(f.table == "blocks" for f in batches[0].failures)
    assert all(e.error is None for b in batches for e in b.entries)  # no article is blamed


def test_groups_keep_the_chunks_and_their_order():
    chunks = [tuple(range(n)) for n in (3, 5, 1, 7, 2, 2)]
    groups = list(group_chunks(chunks, 6))
    assert [len(c) for g in groups for c in g] == [3, 5, 1, 7, 2, 2]
    assert [sum(len(c) for c in g) for g in groups] == [8, 8, 4]
    assert list(group_chunks([], 6)) == []
