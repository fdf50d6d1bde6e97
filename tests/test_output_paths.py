"""The published file layout is declared once (haucan/output/paths.py): the names the shard writer gives match
the patterns the card and the Croissant file declare; and the codec, which stores chunk and build records,
loads none of the code that makes them."""

from __future__ import annotations

import subprocess
import sys
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

from haucan.output.paths import config_dir, data_path_glob, shard_name


def test_shard_names_match_their_split_pattern_only():
    name = f"data/events/{shard_name('validation', 2, 3)}"
    assert fnmatchcase(name, data_path_glob("events", "validation"))
    assert fnmatchcase(name, data_path_glob("events"))
    assert not fnmatchcase(name, data_path_glob("events", "train"))
    assert not fnmatchcase(name, data_path_glob("persons"))
    assert data_path_glob("persons", "train") == "data/persons/train-*.parquet"


def test_the_writer_folder_is_where_the_pattern_looks(tmp_path):
    folder = config_dir(tmp_path, "articles")
    folder.mkdir(parents=True)
    (folder / shard_name("test", 0, 1)).write_bytes(b"")
    found = [PurePosixPath(p.relative_to(tmp_path)) for p in tmp_path.glob(data_path_glob("articles", "test"))]
    assert found == [PurePosixPath("data/articles/test-00000-of-00001.parquet")]


def test_the_codec_registry_loads_no_pipeline_code():
    code = ("import sys; import haucan.codec as c; c.registry(); "
            "print(sorted(m for m in sys.modules if m in ('haucan.pipeline', 'haucan.chunks', 'haucan.cache')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1]).stdout
    assert out.strip() == "[]"
