"""How a published column is declared: once, in its config's pandera model, as a Field that carries its Arrow/HF
type (plain data, schema.feature_types); each config's column types are derived from its model
(``column_types``), in the model's column order, and its ``datasets.Features`` from those (``features_of``).

Models call these through the module (``columns.string(...)``, ``columns.article_id(...)``): the columns that
recur across configs (ids, offsets, dates, provenance) are made here, each model passing its own description
(the card prints it). They are functions, not inherited fields: see ``schema.base``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import pandera.pandas as pa

from schema.feature_types import ClassLabel, Feature, List, Value, to_datasets

if TYPE_CHECKING:
    import datasets

__all__ = ("ClassLabel", "List", "Value")  # the feature types, for the models' struct and label columns

ARTICLE_ID = r"^[0-9a-f]{16}$"
PERSON_ID = r"^per-[0-9a-f]{12}$"
EXTRACTOR = r"^[a-z_]+@\d+\.\d+\.\d+$"
SOURCES = ("gold", "auto")
FIELDS = ("text", "caption")
"""Where an offset points: ``articles.text`` or one of ``articles.captions``."""
FEATURE = "feature"
"""The key of a column's Arrow/HF type in its Field's ``metadata``."""


def of(feature: Feature, **field: Any) -> Any:
    """A published column: its pandera Field (nullability, checks, description) carrying its Arrow/HF type in
    ``metadata``, from which ``column_types`` builds the config's types."""
    return pa.Field(metadata={FEATURE: feature}, **field)


def column_types(model: type[pa.DataFrameModel]) -> Mapping[str, Feature]:
    """The config's column types (schema.feature_types), in the model's column order. TypeError naming the
    columns declared without one (with a bare ``pa.Field``), which could not be written."""
    declared = model.to_schema().columns
    untyped = [name for name, column in declared.items() if FEATURE not in (column.metadata or {})]
    if untyped:
        raise TypeError(f"{model.__name__}: columns {untyped} have no feature type (declare them with columns.of())")
    return MappingProxyType({name: column.metadata[FEATURE] for name, column in declared.items()})


def features_of(model: type[pa.DataFrameModel]) -> datasets.Features:
    """The config's ``datasets.Features`` (imports ``datasets``: the main process's card, and tests)."""
    return to_datasets(column_types(model))


def string(**field: Any) -> Any:
    """A string column."""
    return of(Value("string"), **field)


def int32(**field: Any) -> Any:
    """A 32-bit integer column."""
    return of(Value("int32"), **field)


def strings(**field: Any) -> Any:
    """A list-of-strings column."""
    return of(List(Value("string")), **field)


def date(description: str) -> Any:
    """A date (days, no time) the text may not state: null when it does not."""
    return of(Value("date32"), nullable=True, description=description)


def optional_string(description: str) -> Any:
    """A string that may be null (free text, or a key checked across tables)."""
    return string(nullable=True, description=description)


def nonempty_string(description: str) -> Any:
    """A string that is never null nor empty."""
    return string(str_length={"min_value": 1}, description=description)


def article_id(description: str, **field: Any) -> Any:
    """The ``article_id`` column: the article's 16 hex digits."""
    return string(str_matches=ARTICLE_ID, description=description, **field)


def person_id(description: str, **field: Any) -> Any:
    """A ``person_id`` column: 'per-' and 12 hex digits (persons.person_id)."""
    return string(str_matches=PERSON_ID, description=description, **field)


def source(description: str) -> Any:
    """The ``source`` column: 'gold' or 'auto'."""
    return string(isin=list(SOURCES), description=description)


def extractor(description: str) -> Any:
    """The ``extractor`` column: name@version of the extractor for 'auto' rows, null for gold."""
    return string(nullable=True, str_matches=EXTRACTOR, description=description)


def field(description: str) -> Any:
    """Where a row's offsets point: 'text' or 'caption'."""
    return string(isin=list(FIELDS), description=description)


def caption_idx(description: str) -> Any:
    """A caption index: set (from 0) for 'caption', null for 'text'."""
    return int32(nullable=True, ge=0, description=description)


def index(description: str) -> Any:
    """A position from 0: a sentence number, a block number, a start offset."""
    return int32(ge=0, description=description)


def end(description: str) -> Any:
    """An end offset (exclusive), so at least 1."""
    return int32(ge=1, description=description)
