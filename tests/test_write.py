"""The Parquet writer bounds row groups and shards by bytes and names shards the way the Hub expects."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from haucan.config import BuildConfig
from haucan.output.paths import shard_name
from haucan.pipeline import build


def test_shard_names():
    assert shard_name("train", 0, 1) == "train-00000-of-00001.parquet"
    assert shard_name("test", 11, 12) == "test-00011-of-00012.parquet"


@pytest.mark.slow
def test_small_byte_bounds_give_many_row_groups_and_shards_with_the_same_rows(seed_build, tmp_path):
    from .conftest import SEEDS

    out = tmp_path / "small" / "ds"
    build(BuildConfig(input_dir=SEEDS, output_dir=out, batch_size=1, row_group_bytes=20_000,
                               shard_bytes=20_000))
    shards = sorted((out / "data" / "articles").glob("*.parquet"))
    train = [p for p in shards if p.name.startswith("train-")]  # the seeds: four train articles, one test
    assert len(train) > 1
    assert [p.name for p in train] == [shard_name("train", i, len(train)) for i in range(len(train))]
    assert [p.name for p in shards if p not in train] == [shard_name("test", 0, 1)]
    groups = [pq.ParquetFile(p).metadata.num_row_groups for p in shards]
    assert sum(groups) >= len(shards) and sum(pq.ParquetFile(p).metadata.num_rows for p in shards) == 5
    merged = pq.read_table(out / "data" / "articles")
    reference = pq.read_table(seed_build.output_dir / "data" / "articles")
    assert merged.to_pylist() == reference.to_pylist()
    for path in (out / "data" / "blocks").glob("*.parquet"):
        metadata = pq.ParquetFile(path).metadata
        for i in range(metadata.num_row_groups):
            # one block row is far below the bound, so every group respects it (Parquet's own size estimate, +25%)
            assert metadata.row_group(i).total_byte_size <= 25_000
