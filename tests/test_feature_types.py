"""schema.feature_types gives exactly what ``datasets`` gives for the same declarations: the Arrow schema with
its ``huggingface`` metadata byte for byte (what every published Parquet file carries) and equal Features, for
every config and for tricky declarations (NFD and non-ASCII names, nested structs, empty class labels)."""

from __future__ import annotations

import unicodedata

import datasets
import pytest

from schema import CONFIGS
from schema.feature_types import ClassLabel, List, Value, arrow_schema, to_datasets, to_dict


def _hf(columns):
    """What the old path declared: the same columns as ``datasets`` feature objects, via its own JSON form."""
    return datasets.Features.from_dict({name: to_dict(feature) for name, feature in columns.items()})


def test_every_config_schema_is_the_datasets_schema_byte_for_byte():
    for spec in CONFIGS:
        expected = spec.features.arrow_schema
        assert spec.arrow_schema.equals(expected, check_metadata=True), spec.name
        assert spec.arrow_schema.metadata == expected.metadata, spec.name
        assert spec.features.to_dict() == {name: to_dict(f) for name, f in spec.columns.items()}, spec.name


TRICKY = {
    "tên": Value("string"),
    unicodedata.normalize("NFD", "Quân đội"): List(Value("date32")),
    "nested": List({"a b": Value("bool"), "": List({"x": Value("int64")}), "n": Value("int32")}),
    "labels": List(ClassLabel(names=("O", "B-PER", unicodedata.normalize("NFD", "Bộ"), " ", ""))),
    "none": ClassLabel(names=()),
    "struct": {"z": Value("string"), "a": {"inner": List(List(Value("string")))}},
}


def test_tricky_declarations_match_datasets():
    old = _hf(TRICKY)
    assert to_datasets(TRICKY) == old
    assert arrow_schema(TRICKY).equals(old.arrow_schema, check_metadata=True)
    assert arrow_schema(TRICKY).metadata == old.arrow_schema.metadata
    assert arrow_schema({}).metadata == datasets.Features({}).arrow_schema.metadata


def test_unknown_dtypes_and_types_are_refused():
    with pytest.raises(ValueError, match="float16"):
        Value("float16")
    with pytest.raises(TypeError):
        arrow_schema({"x": "string"})


def test_a_spec_makes_its_schema_and_features_once():
    spec = CONFIGS[0]
    assert spec.features is spec.features and spec.arrow_schema is spec.arrow_schema
