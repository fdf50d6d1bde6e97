"""The consumer contract: what load_dataset, pandas, polars and duckdb see in the built folder."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest
import yaml
from datasets import get_dataset_config_names, get_dataset_default_config_name, load_dataset

from schema import CONFIGS

from .conftest import REPO, SEEDS

CONFIG_NAMES = [spec.name for spec in CONFIGS]
EXPECTED_ROWS = {"articles": 5}


def _front_matter(readme: str) -> dict:
    assert readme.startswith("---\n")
    return yaml.safe_load(readme.split("---\n", 2)[1])


def test_build_writes_readme_and_one_parquet_per_config(seed_build):
    out = seed_build.output_dir
    assert (out / "README.md").is_file()
    # The seeds: four train articles and one test article (no validation): per-article configs have a file per
    # split that holds rows (document_refs: the test article cites none), the reference tables one train file.
    expected = {name: ["test", "train"] for name in CONFIG_NAMES} | {
        name: ["train"] for name in ("document_refs", "persons", "organizations", "position_spells")}
    for name in CONFIG_NAMES:
        assert [p.name for p in sorted((out / "data" / name).glob("*.parquet"))] == [
            f"{split}-00000-of-00001.parquet" for split in expected[name]]
    published = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    plots = sorted(p.relative_to(out).as_posix() for p in (out / "images").glob("*.png"))
    assert len(plots) >= 5
    assert published == sorted(["MANIFEST.json", "README.md", "croissant.json", "docs/fields.md"] + plots + [
        f"data/{n}/{split}-00000-of-00001.parquet" for n in CONFIG_NAMES for split in expected[n]] + [
        f"conll/{level}/{split}.conll" for level in ("syllable", "word") for split in ("test", "train")])


def test_report_is_beside_not_inside_the_output(seed_build):
    assert seed_build.report_path.parent == seed_build.output_dir.parent
    assert not list(seed_build.output_dir.rglob("*report*"))


@pytest.mark.parametrize("spec", CONFIGS, ids=lambda s: s.name)
def test_load_dataset_gives_declared_features_in_fresh_cache(seed_build, spec, tmp_path):
    splits = load_dataset(str(seed_build.output_dir), spec.name, cache_dir=str(tmp_path / "cache"),
                          verification_mode="all_checks")
    assert all(ds.features == spec.features for ds in splits.values())
    assert sum(ds.num_rows for ds in splits.values()) == seed_build.rows[spec.name]
    if spec.name in EXPECTED_ROWS:
        assert sum(ds.num_rows for ds in splits.values()) == EXPECTED_ROWS[spec.name]


def test_config_names_and_default(seed_build):
    assert sorted(get_dataset_config_names(str(seed_build.output_dir))) == sorted(CONFIG_NAMES)
    assert get_dataset_default_config_name(str(seed_build.output_dir)) == "articles"


def test_yaml_data_files_match_written_files_and_counts(seed_build):
    meta = _front_matter((seed_build.output_dir / "README.md").read_text(encoding="utf-8"))
    assert sorted(c["config_name"] for c in meta["configs"]) == sorted(CONFIG_NAMES)
    infos = {i["config_name"]: i for i in meta["dataset_info"]}
    for config in meta["configs"]:
        for entry in config["data_files"]:
            matched = sorted(seed_build.output_dir.glob(entry["path"]))
            assert matched, entry
            rows = sum(pq.ParquetFile(p).metadata.num_rows for p in matched)
            split = next(s for s in infos[config["config_name"]]["splits"] if s["name"] == entry["split"])
            assert split["num_examples"] == rows
    assert meta["language"] == ["vi"] and meta["license"] == "other"


@pytest.mark.parametrize("spec", CONFIGS, ids=lambda s: s.name)
def test_pandas_polars_duckdb_read_the_same_columns(seed_build, spec):
    for path in sorted((seed_build.output_dir / "data" / spec.name).glob("*.parquet")):
        expected = list(spec.features)
        frame = pd.read_parquet(path)
        assert list(frame.columns) == expected
        assert "__index_level_0__" not in pq.read_schema(path).names
        polars_frame = pl.read_parquet(path)
        assert polars_frame.columns == expected
        relation = duckdb.sql(f"SELECT * FROM read_parquet('{path.as_posix()}')")
        assert relation.columns == expected
        (count,), = duckdb.sql(f"SELECT count(*) FROM read_parquet('{path.as_posix()}')").fetchall()
        assert len(frame) == polars_frame.height == count


def test_parquet_rows_are_sorted_and_carry_hf_features(seed_build):
    for spec in CONFIGS:
        path = seed_build.output_dir / "data" / spec.name / "train-00000-of-00001.parquet"
        table = pq.read_table(path)
        keys = list(zip(*(table.column(k).to_pylist() for k in spec.sort_keys), strict=True))
        assert keys == sorted(keys) and len(set(keys)) == len(keys)
        assert b"huggingface" in pq.read_schema(path).metadata
        assert pq.ParquetFile(path).metadata.row_group(0).column(0).compression == "ZSTD"


def test_block_offsets_slice_the_article_text(seed_build):
    articles = pd.read_parquet(seed_build.output_dir / "data" / "articles")
    # numpy_nullable keeps the nullable int32 offsets as integers (the default backend makes them float64)
    blocks = pd.read_parquet(seed_build.output_dir / "data" / "blocks", dtype_backend="numpy_nullable")
    texts = dict(zip(articles.article_id, articles.text, strict=True))
    in_text = blocks[blocks.in_text]
    assert len(in_text) > 0
    for row in in_text.itertuples():
        assert texts[row.article_id][row.text_start:row.text_end] == row.text
    # lead + body blocks, joined by blank lines, are exactly the text
    for article_id, group in in_text.groupby("article_id"):
        assert "\n\n".join(group.sort_values("block_idx").text) == texts[article_id]


def _sha256_tree(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_two_builds_in_separate_processes_are_byte_identical(seed_build, tmp_path):
    # The session's seed build (this process) is the first; the second runs in a subprocess with another hash seed.
    outputs = [_sha256_tree(seed_build.output_dir)]
    seed = "2" if _env().get("PYTHONHASHSEED") != "2" else "1"
    out = tmp_path / f"build-{seed}" / "vi-military-logistics-news"
    subprocess.run([sys.executable, str(REPO / "build_dataset.py"), "--input", str(SEEDS), "--output", str(out)],
                   check=True, cwd=REPO, env={**_env(), "PYTHONHASHSEED": seed}, capture_output=True)
    outputs.append(_sha256_tree(out))
    assert outputs[0] == outputs[1]
    # README, croissant, MANIFEST, docs/fields.md, the plots, a shard per config and split with rows (seeds: 8
    # configs x train+test, 4 x train), a CoNLL file per level and split (train, test).
    assert len(outputs[0]) == 4 + len(list((out / "images").glob("*.png"))) + 8 * 2 + 4 + 2 * 2


def _env():
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("PANDERA_")}


@pytest.mark.slow
def test_output_is_identical_for_one_and_two_workers(seed_build, tmp_path):
    from haucan.config import BuildConfig
    from haucan.pipeline import build

    # The session's seed build (conftest: BuildConfig's default of one worker) is the one-worker build.
    assert BuildConfig().workers == 1
    out = tmp_path / "w2" / seed_build.output_dir.name
    build(BuildConfig(input_dir=SEEDS, output_dir=out, workers=2, heldout_dir=REPO / "tests" / "heldout"))
    trees = [_sha256_tree(seed_build.output_dir), _sha256_tree(out)]
    assert trees[0] == trees[1]
