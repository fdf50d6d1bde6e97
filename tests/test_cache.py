"""The incremental build: a rebuild through the cache, unchanged or grown or edited, equals a cold build byte for
byte, reuses what it can (the timings file says how much), and never segments the same text twice."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import shutil
from collections import Counter
from pathlib import Path
from types import MappingProxyType

import pyarrow.parquet as pq
import pytest

from haucan import process, sentences, word_segmenter
from haucan.cache.stores import remove_other_versions
from haucan.config import BuildConfig
from haucan.pipeline import build
from haucan.tables import ROW_BUILDERS

REPO = Path(__file__).resolve().parent.parent
ARTICLES = 48
BATCH = 8  # small chunks, so a 48-article corpus has several and additions leave some untouched


def _generate():
    spec = importlib.util.spec_from_file_location("generate_corpus", REPO / "benchmarks" / "generate_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(corpus: Path, out: Path, cache: Path | None, workers: int = 1) -> dict:
    """Build and return the timings file (how many articles were computed, how many came from the cache)."""
    config = BuildConfig(input_dir=corpus, output_dir=out / "ds", batch_size=BATCH, workers=workers,
                         cache_dir=cache, heldout_dir=None)
    build(config)
    return json.loads(config.timings_path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    _generate()(ARTICLES, folder)
    return folder


@pytest.fixture(scope="module")
def cold(corpus, tmp_path_factory) -> Path:
    """A build without any cache: the reference every cached build must equal."""
    out = tmp_path_factory.mktemp("cold")
    _build(corpus, out, None)
    return out / "ds"


def test_unchanged_rebuild_takes_everything_from_the_cache_and_equals_the_cold_build(corpus, cold, tmp_path):
    cache = tmp_path / "cache"
    first = _build(corpus, tmp_path / "first", cache)
    assert first["articles"]["from_cache"] == 0
    second = _build(corpus, tmp_path / "second", cache)
    assert second["articles"]["computed"] == 0
    assert second["articles"]["from_cache"] == first["articles"]["computed"] == ARTICLES
    assert second["articles"]["whole_chunks_from_cache"] > 0
    assert "sentences+BIO" not in second["per_article_stage_seconds"]  # nothing was re-annotated
    assert _tree(tmp_path / "first" / "ds") == _tree(tmp_path / "second" / "ds") == _tree(cold)


@pytest.mark.slow
def test_grown_and_edited_corpus_recomputes_only_what_changed(corpus, tmp_path):
    cache = tmp_path / "cache"
    grown = tmp_path / "grown"
    shutil.copytree(corpus, grown)
    _build(grown, tmp_path / "before", cache)
    _generate()(2, grown, start=ARTICLES)  # two new articles, interleaved with the old ones in id order
    edited = sorted(grown.glob("*.txt"))[5]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMột đoạn mới được thêm vào bài báo này.\n",
                      encoding="utf-8")
    rebuilt = _build(grown, tmp_path / "after", cache, workers=2)
    assert rebuilt["articles"]["computed"] == 3
    assert rebuilt["articles"]["from_cache"] == ARTICLES + 2 - 3
    _build(grown, tmp_path / "reference", None)
    assert _tree(tmp_path / "after" / "ds") == _tree(tmp_path / "reference" / "ds")


@pytest.mark.slow
def test_no_text_is_segmented_twice_within_a_build_or_across_builds(corpus, tmp_path, monkeypatch):
    calls: Counter = Counter()
    # The build segments words through haucan/word_segmenter.py (underthesea's output, its own featurising), so
    # that is the call counted here.
    real = word_segmenter.word_tokenize

    def counting(text, *args, **kwargs):
        calls[text] += 1
        return real(text, *args, **kwargs)

    monkeypatch.setattr(word_segmenter, "word_tokenize", counting)
    sentences._word_tokens.cache_clear()  # the in-process memo would hide calls made by earlier tests
    cache = tmp_path / "cache"
    _build(corpus, tmp_path / "first", cache)
    assert calls and max(calls.values()) == 1
    # A new pipeline version empties the article store, but the segment store (underthesea's output per text)
    # survives it: nothing is segmented again.
    removed = remove_other_versions(cache, "another-version")
    assert any(name.startswith("articles-") for name in removed)
    sentences._word_tokens.cache_clear()
    calls.clear()
    rebuilt = _build(corpus, tmp_path / "second", cache)
    assert rebuilt["articles"]["computed"] == ARTICLES
    assert not calls
    assert _tree(tmp_path / "first" / "ds") == _tree(tmp_path / "second" / "ds")


def test_a_build_without_cache_stores_nothing(corpus, tmp_path):
    _build(corpus, tmp_path / "out", None)
    assert not list(tmp_path.rglob("*.sqlite"))


@pytest.mark.parametrize("cached", [True, False], ids=["with cache", "without cache"])
def test_new_rows_are_validated_with_or_without_a_cache(corpus, tmp_path, monkeypatch, cached):
    """Regression: pandera ran only on rows headed for the cache, so a --no-cache build published unchecked
    rows. A mention whose surface no longer matches its offsets must reject its article in either build."""
    real = ROW_BUILDERS["mentions"]
    victims = []

    def shifted(annotated):
        rows = real(annotated)
        if rows and not victims:  # the first article with mentions
            victims.append(annotated.article.source_file)
            return [{**row, "start": row["start"] + 1} for row in rows]
        return rows

    monkeypatch.setattr(process, "ROW_BUILDERS", MappingProxyType({**ROW_BUILDERS, "mentions": shifted}))
    _build(corpus, tmp_path / "out", tmp_path / "cache" if cached else None)
    report = json.loads((tmp_path / "out" / "ds.build-report.json").read_text(encoding="utf-8"))
    rejected = [r for r in report["files"] if r["outcome"] == "rejected"]
    assert [(r["file"], r["reason"]) for r in rejected] == [(victims[0], "invalid_row")]
    assert "table mentions" in rejected[0]["detail"] and "slice_equals_surface" in rejected[0]["detail"]


def test_every_split_with_articles_is_published_even_when_its_rows_are_still_buffered(cold):
    """Regression: a split counted as empty until its writer flushed a row group, so corpora smaller than a
    row group per split (10,000 articles) were merged into a single train split."""
    files = sorted((cold / "data" / "articles").glob("*.parquet"))
    by_file = {path.name.split("-")[0]: pq.read_table(path, columns=["split"]).column("split").to_pylist()
               for path in files}
    assert set(by_file) == {"train", "validation", "test"}  # 48 articles: P(a split is empty) < 1%
    assert all(set(splits) == {name} for name, splits in by_file.items())


def test_a_rebuild_with_no_input_changed_keeps_the_release_and_any_change_rebuilds(corpus, cold, tmp_path):
    """The whole-build cache (haucan/uptodate.py): same inputs and same output folder keep the release as it is
    (no article is read back); a new file beside the articles, or a damaged release, means a real build."""
    grown = tmp_path / "corpus"
    shutil.copytree(corpus, grown)
    cache, out = tmp_path / "cache", tmp_path / "out"
    first = _build(grown, out, cache)
    report = (out / "ds.build-report.json").read_bytes()
    again = _build(grown, out, cache)
    assert again["release_reused"] and again["articles"] == {"computed": 0, "from_cache": 0,
                                                             "whole_chunks_from_cache": 0}
    assert not first["release_reused"]
    assert (out / "ds.build-report.json").read_bytes() == report
    assert _tree(out / "ds") == _tree(cold)

    (grown / "notes.md").write_text("not an article, but listed in the report as ignored\n", encoding="utf-8")
    assert not _build(grown, out, cache)["release_reused"]
    assert _build(grown, out, cache)["release_reused"]
    with_notes = _tree(out / "ds")

    shard = sorted((out / "ds" / "data" / "mentions").glob("*.parquet"))[0]
    shard.write_bytes(shard.read_bytes()[:-1] + b"\0")  # the release no longer matches its manifest
    rebuilt = _build(grown, out, cache)
    assert not rebuilt["release_reused"] and rebuilt["articles"]["computed"] == 0  # articles still from cache
    assert _tree(out / "ds") == with_notes  # the damaged release was replaced, not kept because its id matched
