"""Closed vocabularies of the published dataset, loaded from the YAML files in ``schema/vocab/``."""

from __future__ import annotations

from collections.abc import Iterable
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


def rank_table() -> tuple[dict, ...]:
    """The rank ladder (rank, code, gloss), lowest first: the closed vocabulary of ``person_observations.rank``
    and the extractor's rank words. A tuple, so no caller can reorder it for the others."""
    return load_vocab("ranks")


def event_types() -> tuple[str, ...]:
    """The closed vocabulary of ``events.event_type``, in the order the extractor tries them."""
    return tuple(entry["event_type"] for entry in load_vocab("event_types"))


def event_roles() -> tuple[str, ...]:
    """The closed vocabulary of ``person_observations.event_role``, strongest first."""
    return tuple(entry["role"] for entry in load_vocab("event_roles"))


def require_vocabulary_order(what: str, names: Iterable[str], vocabulary: Iterable[str]) -> None:
    """Raise ValueError unless ``names`` (the entries of a rules file keyed by a vocabulary) are exactly the
    vocabulary, in its order: a rule for a value the schema refuses, or a value no rule can produce, is a bug."""
    names, vocabulary = tuple(names), tuple(vocabulary)
    if names != vocabulary:
        raise ValueError(f"{what}: {names} are not the vocabulary {vocabulary}, in its order")
