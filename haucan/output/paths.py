"""Where published files go, in one place: ``data/<config>/<split>-NNNNN-of-MMMMM.parquet``.

The shard writer names files with ``shard_name``; the card's ``data_files``, the Croissant file sets, the card's
example query and the cross-table rules find them with ``data_path_glob``.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = "data"


def config_dir(root: Path, config_name: str) -> Path:
    """The folder of a config's files under the release folder ``root``."""
    return root / DATA_DIR / config_name


def shard_name(split: str, index: int, count: int) -> str:
    """``train-00000-of-00001.parquet``: the name the Hub and ``datasets`` recognise."""
    return f"{split}-{index:05d}-of-{count:05d}.parquet"


def data_path_glob(config_name: str, split: str | None = None) -> str:
    """The pattern, relative to the release folder, of a config's files: those of one split
    (``data/<config>/<split>-*.parquet``, the card's ``data_files``), or all of them (``data/<config>/*.parquet``)."""
    return f"{DATA_DIR}/{config_name}/{f'{split}-' if split else ''}*.parquet"
