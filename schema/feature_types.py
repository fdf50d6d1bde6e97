"""A published column's type as plain data (``Value``, ``List``, ``ClassLabel``, a dict for a struct), and the
two things made from it: the Arrow schema the workers write with, and the ``datasets.Features`` of the card.

Why not ``datasets.Features`` itself: importing ``datasets`` costs a worker process ~60 MiB (and pulls in much
more), yet a worker only needs the Arrow types and the ``huggingface`` schema metadata. These classes mirror
the three ``datasets`` feature types the schema uses; ``arrow_schema`` reproduces ``Features.arrow_schema``
byte for byte (the JSON of ``Features.to_dict()``), which tests/test_feature_types.py checks for every config
against ``datasets`` itself. ``datasets`` is imported only by ``to_datasets`` (the main process's card).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Union

import pyarrow as pa

if TYPE_CHECKING:
    import datasets

_ARROW = MappingProxyType({"string": pa.string(), "int32": pa.int32(), "int64": pa.int64(), "bool": pa.bool_(),
                          "date32": pa.date32()})
"""The dtypes the schema uses, as ``datasets.Value`` maps them to Arrow."""


@dataclass(frozen=True, slots=True)
class Value:
    """A scalar column: ``datasets.Value(dtype)``."""

    dtype: str

    def __post_init__(self) -> None:
        if self.dtype not in _ARROW:  # a dtype not mirrored here would be written with a wrong type
            raise ValueError(f"unsupported dtype {self.dtype!r} (known: {sorted(_ARROW)})")


@dataclass(frozen=True, slots=True)
class List:
    """A list column: ``datasets.List(feature)``."""

    feature: Feature


@dataclass(frozen=True, slots=True)
class ClassLabel:
    """Integer class labels with names: ``datasets.ClassLabel(names=...)`` (stored as int64)."""

    names: tuple[str, ...]


Feature = Union[Value, List, ClassLabel, Mapping[str, "Feature"]]  # noqa: UP007 (a string forward reference)


def arrow_type(feature: Feature) -> pa.DataType:
    """The Arrow type ``datasets`` writes for ``feature``."""
    if isinstance(feature, Value):
        return _ARROW[feature.dtype]
    if isinstance(feature, List):
        return pa.list_(arrow_type(feature.feature))
    if isinstance(feature, ClassLabel):
        return pa.int64()
    if isinstance(feature, Mapping):
        return pa.struct([(key, arrow_type(sub)) for key, sub in feature.items()])
    raise TypeError(f"not a feature type: {feature!r}")


def to_dict(feature: Feature) -> Any:
    """``feature`` as ``datasets.Features.to_dict()`` spells it (the card's and the schema metadata's JSON)."""
    if isinstance(feature, Value):
        return {"dtype": feature.dtype, "_type": "Value"}
    if isinstance(feature, List):
        return {"feature": to_dict(feature.feature), "_type": "List"}
    if isinstance(feature, ClassLabel):
        return {"names": list(feature.names), "_type": "ClassLabel"}
    if isinstance(feature, Mapping):
        return {key: to_dict(sub) for key, sub in feature.items()}
    raise TypeError(f"not a feature type: {feature!r}")


def arrow_schema(columns: Mapping[str, Feature]) -> pa.Schema:
    """The Arrow schema of a config with these columns, with the ``huggingface`` metadata ``datasets`` reads
    back: exactly ``datasets.Features(...).arrow_schema``."""
    metadata = {"info": {"features": {name: to_dict(feature) for name, feature in columns.items()}}}
    return pa.schema([(name, arrow_type(feature)) for name, feature in columns.items()]).with_metadata(
        {"huggingface": json.dumps(metadata)})


def to_datasets(columns: Mapping[str, Feature]) -> datasets.Features:
    """The ``datasets.Features`` of these columns (imports ``datasets``: for the main process only)."""
    import datasets  # here only: see the module docstring

    def convert(feature: Feature) -> Any:
        if isinstance(feature, Value):
            return datasets.Value(feature.dtype)
        if isinstance(feature, List):
            return datasets.List(convert(feature.feature))
        if isinstance(feature, ClassLabel):
            return datasets.ClassLabel(names=list(feature.names))
        if isinstance(feature, Mapping):
            return {key: convert(sub) for key, sub in feature.items()}
        raise TypeError(f"not a feature type: {feature!r}")

    return datasets.Features({name: convert(feature) for name, feature in columns.items()})
