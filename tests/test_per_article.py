"""A worker's cache connections (haucan.per_article.Caches): owned by one object per process, reused only
while their files exist, and none at all for a build without a cache."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from haucan import sentences
from haucan.config import BuildConfig
from haucan.per_article import Caches, StageSettings, process_caches
from haucan.pipeline import build

from .conftest import SEEDS
from .support.bad_inputs import article_text


def _entries(store: Path) -> int:
    with contextlib.closing(sqlite3.connect(store)) as db:
        return db.execute("SELECT count(*) FROM entries").fetchone()[0]


def test_a_connection_is_reused_while_its_file_exists_and_reopened_once_it_is_deleted(tmp_path):
    settings = StageSettings(input_dir=tmp_path, cache_dir=tmp_path / "cache", version="v")
    caches = Caches()
    articles, segments = caches.articles(settings), caches.segments(settings)
    assert caches.articles(settings) is articles and caches.segments(settings) is segments
    articles.put(b"k", b"value")
    segments.put("sent_tokenize", "Một câu.", ["Một câu."])
    for path in (tmp_path / "cache").iterdir():  # a later build (or a person) deleted the stores
        path.unlink()
    reopened, resegmented = caches.articles(settings), caches.segments(settings)
    assert reopened is not articles and resegmented is not segments
    assert reopened.path.exists() and resegmented.path.exists()
    assert reopened.get(b"k") is None and resegmented.get("sent_tokenize", "Một câu.") is None
    reopened.put(b"k", b"again")
    assert reopened.get(b"k") == b"again"  # the new connection writes to the new file, not the deleted one
    caches.close()


def test_without_a_cache_folder_there_is_no_store():
    caches = Caches()
    settings = StageSettings(input_dir=Path("."))
    assert caches.articles(settings) is None and caches.segments(settings) is None


def test_a_build_without_cache_stores_nothing_even_after_a_cached_build_in_this_process(tmp_path):
    cache = tmp_path / "cache"
    build(BuildConfig(input_dir=SEEDS, output_dir=tmp_path / "cached", workers=1, cache_dir=cache, heldout_dir=None))
    stores = sorted(cache.glob("*.sqlite"))
    assert {path.name.split("-")[0] for path in stores} == {"articles", "segments"}
    before = {path.name: _entries(path) for path in stores}
    corpus = tmp_path / "new"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article_text(7001), encoding="utf-8")  # texts no store has seen
    sentences._word_tokens.cache_clear()
    # The process keeps its connections open from the cached build (a long-lived process, workers=1).
    build(BuildConfig(input_dir=corpus, output_dir=tmp_path / "uncached", workers=1, cache_dir=None,
                      heldout_dir=None))
    assert (tmp_path / "uncached" / "MANIFEST.json").is_file()
    assert {path.name: _entries(path) for path in stores} == before
    process_caches().close()
