"""A cache that checks itself (issue 12): damaged, truncated, garbage, edited or planted cache files never make
a build fail, never publish wrong data, never run code; the release is byte-identical to a cold build.

Every build here is the five seeds with ``--workers 1``. A module-wide warm cache is built once; each test
damages its own copy. Between builds the test closes this process's store connections, as a new run of the
command would start without them (one test keeps them open on purpose)."""

from __future__ import annotations

import hashlib
import json
import pickle
import random
import shutil
import sqlite3
import zlib
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pytest

from haucan import codec, per_article, sentences, uptodate
from haucan.cache.keys import pipeline_version
from haucan.cache.sqlite_files import unreadable
from haucan.cache.store import _checksum
from haucan.cache.stores import ArticleCache, SegmentCache
from haucan.codec import CodecError, decode, encode, from_json, to_json
from haucan.config import BuildConfig
from haucan.errors import SeedError
from haucan.pipeline import build
from haucan.records import SourceFile
from haucan.results import ArticleEntry, ChunkResult

from .conftest import SEEDS
from .support.bad_inputs import article_text


def _close_connections() -> None:
    """What a new process starts with: no open store (the per-process connections of haucan/per_article.py)."""
    per_article.process_caches().close()
    per_article.process_caches.cache_clear()
    sentences._word_tokens.cache_clear()


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _config(corpus: Path, out: Path, cache: Path | None) -> BuildConfig:
    return BuildConfig(input_dir=corpus, output_dir=out / "ds", workers=1, cache_dir=cache, heldout_dir=None)


def _build(corpus: Path, out: Path, cache: Path | None, *, fresh_process: bool = True) -> dict:
    """Build; return the timings file (how many articles were computed, taken from the cache)."""
    if fresh_process:
        _close_connections()
    config = _config(corpus, out, cache)
    build(config)
    if fresh_process:
        _close_connections()
    return json.loads(config.timings_path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cold(tmp_path_factory) -> dict[str, str]:
    """The release of a build without any cache: what every build below must publish, byte for byte."""
    out = tmp_path_factory.mktemp("cold")
    _build(SEEDS, out, None)
    return _tree(out / "ds")


@pytest.fixture(scope="module")
def warm(tmp_path_factory) -> Path:
    """A cache folder filled by one build of the seeds (closed: no WAL left beside the stores)."""
    out = tmp_path_factory.mktemp("warm")
    timings = _build(SEEDS, out, out / "cache")
    assert timings["articles"]["computed"] == 5
    return out / "cache"


@pytest.fixture(scope="module")
def grown(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The seeds plus one article, and its cold release: the seeds' chunk is no longer found whole, so the
    seeds' entries are read one by one and their rows sliced out of the stored chunk."""
    corpus = tmp_path_factory.mktemp("grown") / "corpus"
    shutil.copytree(SEEDS, corpus)
    # A distinct article: a near copy of a seed would be a duplicate, which the main pass never processes.
    (corpus / "005_0123456789abcdef.txt").write_text(article_text(5), encoding="utf-8")
    out = tmp_path_factory.mktemp("grown-cold")
    _build(corpus, out, None)
    return corpus, _tree(out / "ds")


@pytest.fixture
def cache(warm, tmp_path) -> Path:
    """This test's own copy of the warm cache, without its build record (so the articles are read back)."""
    copy = tmp_path / "cache"
    shutil.copytree(warm, copy)
    shutil.rmtree(copy / "builds")
    return copy


def _store(cache: Path, kind: str) -> Path:
    name = "articles-*.sqlite" if kind in ("chunk", "article") else "segments-*.v2.sqlite"
    (path,) = cache.glob(name)
    return path


def _rows(cache: Path, kind: str) -> list[tuple[bytes, bytes]]:
    """(key, stored value) of every entry of that kind: a chunk's result, an article's entry, a segmentation."""
    with sqlite3.connect(_store(cache, kind)) as db:
        rows = db.execute("SELECT key, value FROM entries ORDER BY key").fetchall()
    if kind == "segment":
        return rows
    want = ChunkResult if kind == "chunk" else tuple
    return [(key, value) for key, value in rows if type(decode(value[32:])) is want]


def _write(cache: Path, kind: str, key: bytes, value: bytes) -> None:
    with sqlite3.connect(_store(cache, kind)) as db:
        db.execute("UPDATE entries SET value = ? WHERE key = ?", (value, key))


def _sealed(key: bytes, payload: bytes) -> bytes:
    """A value as the store writes it: what someone editing the store on purpose would recompute."""
    return _checksum(key, payload) + payload


def _assert_recomputed(timings: dict, tree: dict, cold: dict, stderr: str, *words: str) -> None:
    assert timings["articles"]["computed"] > 0
    assert tree == cold
    warning = [line for line in stderr.splitlines() if line.startswith("warning: cache:")]
    assert len(warning) == 1, stderr  # one summary line per build
    for word in words:
        assert word in warning[0], warning[0]


# ---- the codec ---------------------------------------------------------------------------------------------

def test_the_codec_round_trips_real_chunk_results_exactly(warm):
    chunks = _rows(warm, "chunk")
    articles = _rows(warm, "article")
    assert chunks and len(articles) == 5
    for _, value in chunks + articles:
        blob = value[32:]
        decoded = decode(blob)
        assert encode(decoded) == blob  # deterministic: the same value always has the same bytes
        again = decode(encode(decoded))
        if type(decoded) is ChunkResult:
            assert again.entries == decoded.entries and again.failures == decoded.failures
            assert list(again.tables) == list(decoded.tables)
            for name, table in decoded.tables.items():
                assert again.tables[name].equals(table, check_metadata=True)
                assert again.tables[name].schema == table.schema
            for entry, before in zip(again.entries, decoded.entries, strict=True):
                assert type(entry) is ArticleEntry and type(entry.stats.splits) is type(before.stats.splits)
        else:
            assert again == decoded
            entry, rows_in = again
            assert entry is None  # an article with rows points to them; its entry is the chunk's (stored_chunks.py)
            assert type(rows_in) is bytes


def test_the_codec_keeps_tuples_counters_int_keys_surrogates_and_seed_errors():
    error = SeedError("a\udcff.txt", "undecodable", "byte 3 is not UTF-8", byte_offset=3, line=1, field="text")
    value = ([1, (2, 3)], {"a": (), 5: [None, 1.5, True, b"\x00"]}, "\udcff", error,
             SourceFile("a\udcff.txt", "0" * 16, None, fs_path="a\udcff.txt"))
    for back in (decode(encode(value)), from_json(json.loads(json.dumps(to_json(value))))):
        assert back[:3] == value[:3] and type(back[0][1]) is tuple and type(back[1]["a"]) is tuple
        assert vars(back[3]) == vars(error) and str(back[3]) == str(error)
        assert back[4] == value[4]


def test_the_codec_refuses_what_is_not_registered_and_never_unpickles(tmp_path):
    with pytest.raises(TypeError, match="not registered"):
        encode(object())
    marker = tmp_path / "ran"
    crafted = pickle.dumps(_Planted(marker))
    for blob in (crafted, zlib.compress(crafted), codec.FORMAT + zlib.compress(crafted), codec.FORMAT + b"\x00junk"):
        with pytest.raises(CodecError):
            decode(blob)
    # A well-formed payload naming a type outside the registry, or a registered one with the wrong fields.
    unknown = codec.FORMAT + zlib.compress(codec._pack(
        __import__("msgpack").ExtType(2, codec._pack(["posix.system", "touch " + str(marker)]))))
    with pytest.raises(CodecError, match="unknown type"):
        decode(unknown)
    short = codec.FORMAT + zlib.compress(codec._pack(
        __import__("msgpack").ExtType(2, codec._pack(["SourceFile", "a.txt"]))))
    with pytest.raises(CodecError, match="fields"):
        decode(short)
    with pytest.raises(CodecError):
        from_json({"object": "Popen", "fields": [["touch", str(marker)]]})
    assert not marker.exists()


class _Planted:
    """A pickle that, if anything ever unpickled it, would create ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


# ---- damaged entries ---------------------------------------------------------------------------------------

def test_an_undamaged_cache_is_used(cache, cold, tmp_path, capsys):
    timings = _build(SEEDS, tmp_path / "out", cache)
    assert timings["articles"] == {"computed": 0, "from_cache": 5, "whole_chunks_from_cache": 1}
    assert _tree(tmp_path / "out" / "ds") == cold
    assert "warning" not in capsys.readouterr().err


def test_a_flipped_byte_in_a_stored_chunk_is_discarded_and_recomputed(cache, cold, tmp_path, capsys):
    (key, value), = _rows(cache, "chunk")
    position = len(value) // 2
    _write(cache, "chunk", key, value[:position] + bytes([value[position] ^ 0x01]) + value[position + 1:])
    timings = _build(SEEDS, tmp_path / "out", cache)
    _assert_recomputed(timings, _tree(tmp_path / "out" / "ds"), cold, capsys.readouterr().err, "failed its checksum")
    assert timings["articles"]["computed"] == 5  # the articles pointed into that chunk
    assert _build(SEEDS, tmp_path / "again", cache)["articles"]["computed"] == 0  # stored again, sound


def _edit_text(table: pa.Table, rehash: bool) -> pa.Table:
    """The first article's text with one letter changed (its text_sha256 recomputed to match, or not)."""
    texts = table.column("text").to_pylist()
    original = texts[0]
    position = original.index("a")
    texts[0] = original[:position] + "o" + original[position + 1:]
    table = table.set_column(table.schema.get_field_index("text"), table.schema.field("text"),
                             pa.array(texts, table.schema.field("text").type))
    if rehash:
        hashes = table.column("text_sha256").to_pylist()
        hashes[0] = hashlib.sha256(texts[0].encode()).hexdigest()
        table = table.set_column(table.schema.get_field_index("text_sha256"), table.schema.field("text_sha256"),
                                 pa.array(hashes, table.schema.field("text_sha256").type))
    return table


@pytest.mark.parametrize("rehash", [False, True], ids=["text only", "text and its sha256"])
@pytest.mark.parametrize("whole", [True, False], ids=["whole chunk hit", "rows sliced for a grown chunk"])
def test_text_edited_inside_a_stored_chunk_with_its_checksum_recomputed_is_never_published(
        cache, cold, grown, tmp_path, capsys, rehash, whole):
    """A deliberate edit: the checksum holds, so the rows themselves are checked (pandera, as fresh rows are)."""
    corpus, reference = (SEEDS, cold) if whole else grown
    (key, value), = _rows(cache, "chunk")
    result = decode(value[32:])
    tables = {**result.tables, "articles": _edit_text(result.tables["articles"], rehash)}
    _write(cache, "chunk", key, _sealed(key, encode(replace(result, tables=tables))))
    timings = _build(corpus, tmp_path / "out", cache)
    _assert_recomputed(timings, _tree(tmp_path / "out" / "ds"), reference, capsys.readouterr().err,
                       "break the schema")
    assert timings["articles"]["computed"] == (5 if whole else 6)


@pytest.mark.parametrize("kind", ["chunk", "article"])
@pytest.mark.parametrize("sealed", [False, True], ids=["random bytes", "random bytes with a valid checksum"])
def test_random_bytes_as_an_entry_are_discarded_and_recomputed(cache, grown, tmp_path, capsys, kind, sealed):
    """On the grown corpus, so that article entries are read too (a whole chunk hit needs only the chunk)."""
    corpus, reference = grown
    key, _ = _rows(cache, kind)[0]
    junk = random.Random(12).randbytes(700)
    _write(cache, kind, key, _sealed(key, junk) if sealed else junk)
    timings = _build(corpus, tmp_path / "out", cache)
    _assert_recomputed(timings, _tree(tmp_path / "out" / "ds"), reference, capsys.readouterr().err,
                       "undecodable" if sealed else "failed its checksum")
    assert timings["articles"]["computed"] == (6 if kind == "chunk" else 2)  # the new one, and what was lost


@pytest.mark.parametrize("edit", [
    lambda entry: replace(entry, stats=None),
    lambda entry: replace(entry, affiliations=entry.affiliations + (None,)),
    lambda entry: replace(entry, stats={"articles": 1}),
], ids=["accepted without its stats", "an affiliation too many", "stats of the wrong type"])
def test_an_article_entry_edited_out_of_shape_is_discarded(cache, grown, tmp_path, capsys, edit):
    """Edited with the checksum recomputed: the main process would have crashed on it; it is recomputed. An
    article's entry is stored with its rows (the article's own record points to them), so the edit is to the
    chunk: the chunk is discarded and its articles recomputed."""
    corpus, reference = grown
    key, value = _rows(cache, "chunk")[0]
    chunk = decode(value[32:])
    entries = list(chunk.entries)
    entries[0] = edit(entries[0])
    _write(cache, "chunk", key, _sealed(key, encode(replace(chunk, entries=tuple(entries)))))
    timings = _build(corpus, tmp_path / "out", cache)
    _assert_recomputed(timings, _tree(tmp_path / "out" / "ds"), reference, capsys.readouterr().err,
                       "not a chunk result (entries)")
    assert timings["articles"]["computed"] == 6


def test_an_article_record_moved_to_another_article_still_gives_that_articles_own_entry(cache, grown, tmp_path,
                                                                                        capsys):
    """A pointer copied, checksum recomputed, under another article's key of the same chunk: the entry comes from
    the chunk by the article's own id and source, so the rebuild still equals the cold build, with nothing lost.
    (A pointer to a chunk without the article is discarded: tests/test_cache_batches.py.)"""
    corpus, reference = grown
    (key, _), (_, other) = _rows(cache, "article")[:2]
    _write(cache, "article", key, _sealed(key, other[32:]))
    timings = _build(corpus, tmp_path / "out", cache)
    assert _tree(tmp_path / "out" / "ds") == reference
    assert timings["articles"]["computed"] == 1


@pytest.mark.parametrize("damage", ["flipped byte", "random bytes", "random bytes with a valid checksum"])
def test_a_damaged_segmentation_is_recomputed(cache, cold, tmp_path, capsys, damage):
    """Segment store entries are read only when an article is computed: drop the article store to make them."""
    for path in cache.glob("articles-*"):
        path.unlink()
    for key, value in _rows(cache, "segment"):
        junk = random.Random(key).randbytes(50)
        _write(cache, "segment", key, {"flipped byte": value[:40] + b"#" + value[41:], "random bytes": junk,
                                       "random bytes with a valid checksum": _sealed(key, junk)}[damage])
    timings = _build(SEEDS, tmp_path / "out", cache)
    _assert_recomputed(timings, _tree(tmp_path / "out" / "ds"), cold, capsys.readouterr().err,
                       "damaged entries discarded", "segment store entry " + (
                           "undecodable" if damage.endswith("checksum") else "failed its checksum"))


def test_a_planted_pickle_entry_never_runs(cache, cold, tmp_path, capsys):
    marker = tmp_path / "ran"
    crafted = pickle.dumps(_Planted(marker))
    planted = {"chunk": zlib.compress(crafted, 1), "article": codec.FORMAT + zlib.compress(crafted)}
    for kind, key in [(kind, _rows(cache, kind)[0][0]) for kind in planted]:
        _write(cache, kind, key, _sealed(key, planted[kind]))
    timings = _build(SEEDS, tmp_path / "out", cache)
    assert not marker.exists()
    _assert_recomputed(timings, _tree(tmp_path / "out" / "ds"), cold, capsys.readouterr().err, "undecodable")


# ---- damaged store files -----------------------------------------------------------------------------------

@pytest.mark.parametrize("damage", ["cut in half", "3 KB of garbage", "emptied header"])
@pytest.mark.parametrize("kind", ["article", "segment"])
def test_an_unreadable_store_file_is_moved_aside_and_rebuilt(cache, cold, tmp_path, capsys, damage, kind):
    store = _store(cache, kind)
    data = store.read_bytes()
    if damage == "cut in half":
        store.write_bytes(data[:len(data) // 2])
    elif damage == "3 KB of garbage":
        store.write_bytes(random.Random(3).randbytes(3 * 1024))
    else:
        store.write_bytes(b"\0" * 100 + data[100:])
    damaged = store.read_bytes()
    assert unreadable(store) is not None
    timings = _build(SEEDS, tmp_path / "out", cache)
    assert _tree(tmp_path / "out" / "ds") == cold
    err = capsys.readouterr().err
    assert f"{store.name} was unreadable" in err and "moved aside" in err
    assert store.with_name(store.name + ".corrupt").read_bytes() == damaged  # kept for inspection
    assert unreadable(store) is None  # rebuilt, and filled again
    if kind == "article":
        assert timings["articles"]["computed"] == 5
        assert _build(SEEDS, tmp_path / "again", cache)["articles"]["from_cache"] == 5


def test_a_store_damaged_deep_inside_is_set_aside_when_a_read_fails(tmp_path):
    """Damage past the pages the opening check reads (header, schema, first entry) shows up only when a page is
    read: that read is a miss, the store is set aside and an empty one takes its place, nothing raises."""
    store = ArticleCache(tmp_path, "v")
    keys = [hashlib.sha256(str(i).encode()).digest() for i in range(3000)]
    for key in keys:
        store.put(key, random.Random(key).randbytes(200))
    store.close()
    path = tmp_path / "articles-v.sqlite"
    data = bytearray(path.read_bytes())
    page = 4096
    middle = len(data) // page * 2 // 3
    data[middle * page:(middle + 3) * page] = bytes(3 * page)  # three b-tree pages zeroed
    path.write_bytes(bytes(data))
    assert unreadable(path) is None  # the cheap check cannot see it

    store = ArticleCache(tmp_path, "v")
    found = [store.get(key) for key in keys]  # never raises: a sound value, or None
    assert any(value is None for value in found)
    assert all(value == random.Random(k).randbytes(200) for k, value in zip(keys, found, strict=True) if value)
    assert (tmp_path / "articles-v.sqlite.corrupt").read_bytes() == bytes(data)
    store.put(keys[0], b"new")
    assert store.get(keys[0]) == b"new"  # the new, empty store works
    store.close()
    damage = store.damage.take()  # what a worker reports with its chunk
    assert list(damage) == ["articles-v.sqlite was unreadable (database disk image is malformed): moved aside to "
                            "articles-v.sqlite.corrupt, rebuilt empty"]


def test_a_store_replaced_by_garbage_while_this_process_holds_it_open(cache, cold, tmp_path):
    _close_connections()
    config = _config(SEEDS, tmp_path / "first", cache)
    build(config)  # leaves this process's connections open, as a long-lived process would
    store = _store(cache, "article")
    store.write_bytes(random.Random(5).randbytes(3 * 1024))
    for suffix in ("-wal", "-shm"):
        store.with_name(store.name + suffix).unlink(missing_ok=True)
    timings = _build(SEEDS, tmp_path / "out", cache, fresh_process=False)
    assert _tree(tmp_path / "out" / "ds") == cold
    assert timings["articles"]["computed"] + timings["articles"]["from_cache"] == 5
    _close_connections()


def test_a_segment_store_of_the_old_layout_is_deleted_not_read(tmp_path):
    old = tmp_path / "segments-underthesea-9.5.0.sqlite"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE entries (key BLOB PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID")
        db.execute("INSERT INTO entries VALUES (?, ?)", (SegmentCache._key("words", "a"), b'["b"]'))
    store = SegmentCache(tmp_path, "underthesea-9.5.0")
    assert not old.exists() and store.get("words", "a") is None
    store.close()


# ---- the whole-build record --------------------------------------------------------------------------------

@pytest.fixture
def published(warm, tmp_path) -> tuple[Path, Path, Path]:
    """(cache, output parent, the build record) after a build that published and recorded itself."""
    cache = tmp_path / "cache"
    shutil.copytree(warm, cache)
    _build(SEEDS, tmp_path / "out", cache)
    assert _build(SEEDS, tmp_path / "out", cache)["release_reused"]
    (record,) = (cache / "builds").glob("*.json")
    return cache, tmp_path / "out", record


def test_a_planted_pickle_build_record_never_runs(published, cold, tmp_path):
    cache, out, record = published
    marker = tmp_path / "ran"
    crafted = pickle.dumps(_Planted(marker))
    record.with_suffix(".pickle").write_bytes(crafted)  # the old layout's name
    timings = _build(SEEDS, out, cache)
    assert timings["release_reused"]  # the JSON record still stands; the pickle was never read
    assert not record.with_suffix(".pickle").exists() and not marker.exists()
    record.write_bytes(crafted)  # and in the current record's place
    timings = _build(SEEDS, out, cache)
    assert not marker.exists() and not timings["release_reused"]
    assert _tree(out / "ds") == cold
    assert json.loads(record.read_text())["sha256"]  # the build wrote a sound record again


def test_a_damaged_build_record_means_a_normal_build(published, cold, capsys):
    cache, out, record = published
    record.write_text(record.read_text().replace('"release_id": "', '"release_id": "x', 1))  # the sha256 fails
    timings = _build(SEEDS, out, cache)
    assert not timings["release_reused"] and "build record" in capsys.readouterr().err
    assert _tree(out / "ds") == cold
    assert _build(SEEDS, out, cache)["release_reused"]  # recorded again


def test_an_edited_build_record_pointing_out_of_the_releases_is_refused(published, cold):
    cache, out, record = published
    stored = json.loads(record.read_text())
    stored["record"]["release_id"] = "../../elsewhere"
    stored["sha256"] = hashlib.sha256(uptodate._canonical(stored["record"])).hexdigest()  # edited on purpose
    record.write_text(json.dumps(stored))
    assert not _build(SEEDS, out, cache)["release_reused"]
    assert _tree(out / "ds") == cold


def test_the_build_record_round_trips_the_build_result(cache, tmp_path):
    config = _config(SEEDS, tmp_path / "out", cache)
    _close_connections()
    result = build(config)
    _close_connections()
    found = uptodate.reusable(config, uptodate.build_key(config, pipeline_version()))
    assert found is not None and found.report == config.report_path.read_bytes()
    assert found.result == result and type(found.result.published_splits) is tuple
    assert [type(v) for v in found.result.stats.values()] == [type(v) for v in result.stats.values()]


# ---- what stored rows are checked against -----------------------------------------------------------------

def _shift(table: pa.Table, column: str, by: int) -> pa.Table:
    field = table.schema.field(column)
    values = table.column(column).to_pylist()
    values[0] += by
    return table.set_column(table.schema.get_field_index(column), field, pa.array(values, field.type))


@pytest.mark.parametrize(("table", "edit", "check"), [
    ("articles", lambda t: _edit_text(t, rehash=False), "articles.text_sha256_matches_text"),
    ("articles", lambda t: _edit_text(t, rehash=True), "sentences.slice_equals_text"),
    ("mentions", lambda t: _shift(t, "start", 1), "mentions.slice_equals_surface"),
    ("sentences", lambda t: _shift(t, "end", -1), "sentences.slice_equals_text"),
    ("blocks", lambda t: _shift(t, "text_start", 1), "blocks.text_slice_equals_block_text"),
    ("person_observations", lambda t: _shift(t, "evidence_start", 10_000),
     "person_observations.evidence_inside_text_and_names_person"),
    ("articles", lambda t: _shift(t, "n_chars", 1), "articles.n_chars_is_len_text"),
    ("blocks", lambda t: _shift(t, "text_end", -1), "blocks.text_slice_equals_block_text"),
    ("mentions", lambda t: _shift(t, "sent_idx", 10_000), "mentions.sentence_exists"),
    ("ner_word", lambda t: _shift(t, "sent_idx", 10_000), "ner_word.sentence_exists"),
    ("ner_syllable", lambda t: _shift(t, "sent_idx", 10_000), "ner_syllable.sentence_exists"),
    ("sentences", lambda t: _set(t, "article_id", "nowhere"), "sentences.article_exists"),
    ("blocks", lambda t: _set(t, "article_id", "nowhere"), "blocks.article_exists"),
    ("mentions", lambda t: _set(t, "article_id", "nowhere"), "mentions.article_exists"),
    ("mentions", lambda t: _set(t, "surface", "nowhere"), "mentions.slice_equals_surface"),
    ("articles", lambda t: _set(t, "lead", "nowhere"), "articles.lead_opens_a_paragraph"),
])
def test_stored_rows_are_checked_against_their_text(warm, table, edit, check):
    """Each edit is caught, by the same checks as the schema's own pandera checks name (haucan/recheck.py runs
    them as loops over the Arrow columns)."""
    from haucan.recheck import failed_checks, schema_failed_checks

    (_, value), = _rows(warm, "chunk")
    tables = decode(value[32:]).tables
    assert failed_checks(tables) == [] == schema_failed_checks(tables)
    edited = {**tables, table: edit(tables[table])}
    assert check in failed_checks(edited)
    assert failed_checks(edited) == schema_failed_checks(edited)


def _set(table: pa.Table, column: str, value: object) -> pa.Table:
    field = table.schema.field(column)
    values = table.column(column).to_pylist()
    values[0] = value
    return table.set_column(table.schema.get_field_index(column), field, pa.array(values, field.type))


def test_a_cache_folder_that_cannot_be_used_means_a_build_without_cache(cold, tmp_path, capsys):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be\n", encoding="utf-8")
    timings = _build(SEEDS, tmp_path / "out", blocked)
    assert timings["articles"]["computed"] == 5 and _tree(tmp_path / "out" / "ds") == cold
    assert "not used in this process" in capsys.readouterr().err
    assert blocked.read_text(encoding="utf-8") == "a file where the cache folder should be\n"
