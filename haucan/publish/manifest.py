"""MANIFEST.json: every published file with sha256, bytes and rows (Parquet rows, CoNLL sentences), the versions that wrote them, gold hashes.

Written last, after everything it lists; it never lists itself. Two builds of the same input with the same
locked libraries give the same manifest.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import pyarrow.parquet as pq

from haucan import DATASET_NAME, DATASET_VERSION, PIPELINE_VERSION
from haucan.extract.entities import EXTRACTOR as ENTITY_EXTRACTOR
from haucan.files import sha256_regular
from haucan.knowledge import EXTRACTOR as FACT_EXTRACTOR
from schema import SCHEMA_VERSION

MANIFEST_FILE = "MANIFEST.json"
LIBRARIES = ("datasets", "pyarrow", "pandas", "pandera", "underthesea", "mlcroissant", "huggingface_hub", "seqeval")


def sha256_file(path: Path) -> str:
    """sha256 of a regular file, read in 1 MiB blocks; OSError for a link, FIFO or device (never followed or
    waited on: a release checked by this may hold anything someone planted in it)."""
    return sha256_regular(path)


def published_files(folder: Path) -> list[Path]:
    """Every file of the release except the manifest itself, sorted by relative path."""
    return sorted((p for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST_FILE),
                  key=lambda p: p.relative_to(folder).as_posix())


def conll_sentences(path: Path) -> int:
    """Sentences in a CoNLL file (each closed by a blank line), read line by line."""
    with open(path, encoding="utf-8") as lines:
        return sum(1 for line in lines if line == "\n")


def build_manifest(folder: Path, gold_dir: Path | None) -> dict:
    """The manifest of ``folder``; ``gold_dir`` (the input's gold folder) is fingerprinted when given."""
    files = []
    for path in published_files(folder):
        entry = {"path": path.relative_to(folder).as_posix(), "sha256": sha256_file(path), "bytes": path.stat().st_size}
        if path.suffix == ".parquet":
            entry["rows"] = pq.ParquetFile(path).metadata.num_rows
        elif path.suffix == ".conll":  # a row of ner_* is a sentence: one blank line closes each
            entry["rows"] = conll_sentences(path)
        files.append(entry)
    gold = {}
    if gold_dir is not None and gold_dir.is_dir():
        gold = {p.name: sha256_file(p) for p in sorted(gold_dir.glob("*.yml"))}
    return {
        "dataset": DATASET_NAME,
        "version": DATASET_VERSION,
        "schema_version": SCHEMA_VERSION,
        "pipeline": PIPELINE_VERSION,
        "extractors": [ENTITY_EXTRACTOR, FACT_EXTRACTOR],
        "libraries": {name: metadata.version(name) for name in LIBRARIES},
        "files": files,
        "gold_files": gold,
    }


def write_manifest(folder: Path, gold_dir: Path | None) -> Path:
    path = folder / MANIFEST_FILE
    path.write_text(json.dumps(build_manifest(folder, gold_dir), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                    encoding="utf-8")
    return path
