"""Closed vocabularies of the published dataset, loaded from the YAML files in ``schema/vocab/``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

VOCAB_DIR = Path(__file__).parent / "vocab"


@cache
def load_vocab(name: str) -> tuple[dict, ...]:
    """Return the entries of ``schema/vocab/<name>.yml`` as a tuple of dicts (cached, read once)."""
    with open(VOCAB_DIR / f"{name}.yml", encoding="utf-8") as handle:
        return tuple(yaml.safe_load(handle))


def block_kinds() -> tuple[str, ...]:
    """Every block kind, in document order of the vocabulary file."""
    return tuple(entry["kind"] for entry in load_vocab("block_kinds"))


def in_text_block_kinds() -> frozenset[str]:
    """The block kinds whose text is part of ``articles.text`` (lead and body)."""
    return frozenset(entry["kind"] for entry in load_vocab("block_kinds") if entry["in_text"])


def split_names() -> tuple[str, ...]:
    """Split names in their canonical order (train, validation, test)."""
    return tuple(entry["split"] for entry in load_vocab("splits"))


def label_names() -> tuple[str, ...]:
    """The entity labels in the label set's order (PER, RANK, POSITION, ...)."""
    return tuple(entry["label"] for entry in load_vocab("labels"))
