"""A chunk grown by new articles (haucan/chunks.py ``_pack``): only the new articles are computed, validated and
stored, as one batch they point to; the chunk's result still equals a cold one's, a bad new article is still
rejected with its reason, and a damaged batch is recomputed. Also the rebuild's task sizes
(haucan/corpus/passes.py ``task_articles``)."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path
from types import MappingProxyType, SimpleNamespace

import pytest

from haucan import chunk_rows, chunks, process
from haucan.cache.keys import content_key, pipeline_version
from haucan.codec import decode
from haucan.corpus.passes import REBUILD_TASK_ARTICLES, TASK_ARTICLES, task_articles
from haucan.per_article import StageSettings, article_key, read_source
from haucan.read import discover
from haucan.results import ChunkResult
from haucan.tables import ROW_BUILDERS

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("generate_corpus", REPO / "benchmarks" / "generate_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("corpus")
    module.generate(14, folder)
    return folder, tuple(discover(folder).sources)


def _settings(folder: Path, cache: Path | None) -> StageSettings:
    return StageSettings(folder, "whitespace", cache, pipeline_version() if cache else "")


def _result(outcome) -> ChunkResult:
    return decode(outcome.packed)


def _stored(cache: Path) -> dict[bytes, object]:
    [path] = cache.glob("articles-*.sqlite")
    with sqlite3.connect(path) as db:
        return {bytes(key): decode(bytes(value)[32:]) for key, value in db.execute("SELECT key, value FROM entries")}


def _same(a: ChunkResult, b: ChunkResult) -> None:
    assert a.entries == b.entries
    assert sorted(a.tables) == sorted(b.tables)
    for name in a.tables:
        assert a.tables[name].equals(b.tables[name], check_metadata=True), name


def test_a_grown_chunk_stores_only_its_new_articles_and_equals_a_cold_chunk(sources, tmp_path, monkeypatch):
    folder, every = sources
    old = tuple(s for i, s in enumerate(every) if i % 4)  # every fourth article is "new"
    new_ids = {s.article_id for s in every} - {s.article_id for s in old}
    cold = _result(chunks.process_chunk(_settings(folder, None), every))
    settings = _settings(folder, tmp_path / "cache")
    chunks.process_chunk(settings, old)
    validated: list[list[str]] = []
    real = chunk_rows.validate_tables

    def counting(tables):
        validated.append(tables["articles"].column("article_id").to_pylist())
        return real(tables)

    monkeypatch.setattr(chunk_rows, "validate_tables", counting)
    before = set(_stored(tmp_path / "cache"))
    outcome = chunks.process_chunk(settings, every)
    assert outcome.from_cache == len(old) and not outcome.chunk_from_cache
    _same(_result(outcome), cold)
    assert [set(ids) for ids in validated] == [new_ids]  # the cached rows were validated when stored
    added = {key: value for key, value in _stored(tmp_path / "cache").items() if key not in before}
    batches = [value for value in added.values() if type(value) is ChunkResult]
    # One batch of the new articles' rows; the grown chunk is not stored again whole.
    assert [[e.source.article_id for e in b.entries] for b in batches] == [sorted(new_ids)]
    assert batches[0].tables["articles"].num_rows == len(new_ids)
    # A third build of the same chunk reads everything from the old chunk and the batch, and equals the cold one.
    again = chunks.process_chunk(settings, every)
    assert again.from_cache == len(every)
    _same(_result(again), cold)


def test_a_bad_new_article_is_rejected_with_its_reason_and_the_rest_stored(sources, tmp_path, monkeypatch):
    folder, every = sources
    old = every[: len(every) // 2]
    settings = _settings(folder, tmp_path / "cache")
    chunks.process_chunk(settings, old)
    victims: list[str] = []
    real = ROW_BUILDERS["mentions"]

    def shifted(annotated):
        rows = real(annotated)
        if rows and not victims:  # the first new article with mentions: its offsets no longer slice its text
            victims.append(annotated.article.source_file)
            return [{**row, "start": row["start"] + 1} for row in rows]
        return rows

    monkeypatch.setattr(process, "ROW_BUILDERS", MappingProxyType({**ROW_BUILDERS, "mentions": shifted}))
    result = _result(chunks.process_chunk(settings, every))
    rejected = [e for e in result.entries if e.error is not None and e.error.reason == "invalid_row"]
    assert [e.source.relative_path for e in rejected] == victims
    assert "slice_equals_surface" in rejected[0].error.detail
    assert victims[0] not in result.tables["articles"].column("article_id").to_pylist()
    assert not result.failures
    batches = [v for v in _stored(tmp_path / "cache").values() if type(v) is ChunkResult]
    stored_ids = {e.source.article_id for b in batches for e in b.entries}
    assert rejected[0].source.article_id not in stored_ids  # never cached: computed again next time


def test_a_damaged_batch_is_recomputed(sources, tmp_path):
    folder, every = sources
    old = every[1:]
    settings = _settings(folder, tmp_path / "cache")
    cold = _result(chunks.process_chunk(_settings(folder, None), every))
    chunks.process_chunk(settings, old)
    chunks.process_chunk(settings, every)
    items = [(s, read_source(settings, s), None) for s in every]
    items = [(s, d, article_key(settings, s, d)) for s, d, _ in items]
    batch_key = content_key(settings.version, [b"new rows", chunks._store_key(settings, items)])
    [path] = (tmp_path / "cache").glob("articles-*.sqlite")
    with sqlite3.connect(path) as db:
        (value,) = db.execute("SELECT value FROM entries WHERE key = ?", (batch_key,)).fetchone()
        damaged = bytearray(value)
        damaged[-5] ^= 0xFF
        db.execute("UPDATE entries SET value = ? WHERE key = ?", (bytes(damaged), batch_key))
    outcome = chunks.process_chunk(settings, every)
    assert outcome.from_cache == len(old)  # the article pointing to the damaged batch was computed again
    assert sum(outcome.cache_damage.values()) >= 1
    _same(_result(outcome), cold)


@pytest.mark.parametrize(("total", "computed"), [(10_100, 100), (101_000, 1_000), (3_000, 600)])
def test_a_rebuild_gathers_equal_larger_tasks(total, computed):
    sizes = task_articles(SimpleNamespace(workers=2, scheduler=None), total, computed)
    assert sizes(0) == sizes(total // 2) == min(REBUILD_TASK_ARTICLES, -(-total // 4))
    assert sizes(0) >= min(TASK_ARTICLES, total // 4)


def test_a_build_with_many_new_articles_keeps_guided_tasks():
    config = SimpleNamespace(workers=2, scheduler=None)
    assert [task_articles(config, 10_000, 5_000)(g) for g in (0, 9_000)] == \
        [task_articles(config, 10_000)(g) for g in (0, 9_000)]



def test_a_pointer_to_rows_without_the_article_is_discarded_and_recomputed(sources, tmp_path):
    """An article's record moved (checksum recomputed) so that it points to a stored chunk that does not hold
    that article: the article is computed again and the damage counted, never given another file's entry."""
    from haucan.cache.store import _checksum

    folder, every = sources
    first, second = every[:5], every[5:10]
    settings = _settings(folder, tmp_path / "cache")
    chunks.process_chunk(settings, first)
    chunks.process_chunk(settings, second)
    cold = _result(chunks.process_chunk(_settings(folder, None), first))
    keys = {s.article_id: article_key(settings, s, read_source(settings, s)) for s in every[:10]}
    [path] = (tmp_path / "cache").glob("articles-*.sqlite")
    with sqlite3.connect(path) as db:
        pointer = None
        for source in second:
            (value,) = db.execute("SELECT value FROM entries WHERE key = ?", (keys[source.article_id],)).fetchone()
            if decode(bytes(value)[32:])[0] is None:
                pointer = bytes(value)[32:]
                break
        target = next(s for s in first if decode(bytes(db.execute(
            "SELECT value FROM entries WHERE key = ?", (keys[s.article_id],)).fetchone()[0])[32:])[0] is None)
        key = keys[target.article_id]
        db.execute("UPDATE entries SET value = ? WHERE key = ?", (_checksum(key, pointer) + pointer, key))
    grown = (*first, every[10])  # the chunk is not found whole: its articles are read one by one
    outcome = chunks.process_chunk(settings, grown)
    assert outcome.from_cache == len(first) - 1
    assert any("pointing to rows of another file" in what for what in outcome.cache_damage)
    result = _result(outcome)
    assert result.entries[: len(first)] == cold.entries
