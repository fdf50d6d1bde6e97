"""Per-article rows routed to their article's split's shard writer, and the splits' shards laid out under
``data/`` once every article is written (never merged: a split with no rows has no files); the splits the card
and the Croissant file declare.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from haucan.output.paths import config_dir
from haucan.output.writer import ShardWriter
from schema import CONFIGS, ConfigSpec
from schema.vocab import split_names

if TYPE_CHECKING:
    from haucan.config import BuildConfig


def split_writers(staging: Path, config: BuildConfig) -> dict[tuple[str, str], ShardWriter]:
    """A writer per (per-article config, split), each in its own folder under ``<staging>/.by-split`` until
    ``publish_layout`` moves their shards."""
    return {
        (spec.name, split): ShardWriter(staging / ".by-split" / spec.name / split, split, spec.features.arrow_schema,
                                        spec.sort_keys, config.row_group_bytes, config.shard_bytes)
        for spec in CONFIGS if spec.per_article for split in split_names()
    }


def write_by_split(spec: ConfigSpec, table: pa.Table, split_of: dict[str, str],
                    writers: dict[tuple[str, str], ShardWriter]) -> None:
    """Route each row of a published article to its split's writer (rows stay in id order within a split);
    rows of articles not in ``split_of`` (duplicates) are dropped."""
    splits = [split_of.get(i) for i in table.column("article_id").to_pylist()]
    for split in split_names():
        mask = pa.array([s == split for s in splits], type=pa.bool_())
        writers[(spec.name, split)].write(table.filter(mask))


def publish_layout(staging: Path, writers: dict[tuple[str, str], ShardWriter]) -> tuple[
        tuple[str, ...], dict[str, dict[str, ShardWriter]]]:
    """Move every (per-article config, split) writer's shards under data/<config>/, each in its article's split;
    returns (the splits holding at least one article, in schema order; config -> split -> writer).

    Splits are never merged: an article's rows in every config sit in the split ``assign_split`` gives it, so a
    split with no article simply has no files (``declared_splits`` leaves it out) and nothing of the test
    articles can reach ``train``."""
    published = tuple(split for split in split_names() if writers[("articles", split)].rows)
    final: dict[str, dict[str, ShardWriter]] = {}
    for spec in (s for s in CONFIGS if s.per_article):
        target = config_dir(staging, spec.name)
        target.mkdir(parents=True, exist_ok=True)
        final[spec.name] = {}
        for split in split_names():
            writer = writers[(spec.name, split)]
            for path in writer.close():
                os.replace(path, target / path.name)
            final[spec.name][split] = writer
    shutil.rmtree(staging / ".by-split")
    return published, final


def declared_splits(writers: dict[str, dict[str, ShardWriter]]) -> dict[str, tuple[str, ...]]:
    """Config -> its splits that hold rows, in schema order; a config with no rows at all is left out.

    Only these are declared (YAML ``configs:`` and ``dataset_info``, croissant.json): a split with no file, or
    with an empty Parquet file, fails ``load_dataset`` in datasets 5.2 ("Instruction 'train' corresponds to no
    data", "BatchSize must be greater than 0"). The card names what is left out."""
    declared = {}
    for spec in CONFIGS:
        splits = tuple(split for split, writer in writers[spec.name].items() if writer.rows)
        if splits:
            declared[spec.name] = splits
    return declared
