"""The data contract of the published dataset: one pandera model per config, which declares everything about it
(imported through ``schema``, lazily: see schema/__init__.py).

A model's ``Config`` names the config, describes it and gives its row order (``metadata["sort_keys"]``); each
column is declared once, as a pandera field that carries its Arrow/HF type (schema/columns.py), and the config's
Features are derived from the model. ``CONFIGS`` is the single list the writer, the validator and the card iterate
over.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING

import pandera.pandas as pa
import pyarrow

from schema import (
    articles,
    blocks,
    document_refs,
    events,
    mentions,
    ner,
    organizations,
    person_observations,
    persons,
    position_spells,
    sentences,
)
from schema.base import check_columns
from schema.columns import column_types
from schema.feature_types import Feature, arrow_schema, to_datasets

if TYPE_CHECKING:
    import datasets


@dataclass(frozen=True)
class ConfigSpec:
    """A published config: its name, column types, pandera model, row order and one-line description."""

    name: str
    columns: Mapping[str, Feature]
    """Each column's type as plain data (schema.feature_types), in the published order."""
    model: type[pa.DataFrameModel]
    sort_keys: tuple[str, ...]
    description: str
    module: ModuleType
    check_columns: Mapping[str, tuple[str, ...]]
    """The columns each named check's failures are reported under (schema.base.check_columns); a module's
    ``CHECK_COLUMNS`` when it adds checks the model does not hold (cross-table ones)."""
    per_article: bool = True
    """False for reference tables built across articles (persons, organizations, position_spells): they are
    written once at the end, in a single ``train`` split."""

    @cached_property
    def arrow_schema(self) -> pyarrow.Schema:
        """The config's Arrow schema with its ``huggingface`` metadata (what the workers write with)."""
        return arrow_schema(self.columns)

    @cached_property
    def features(self) -> datasets.Features:
        """The config's ``datasets.Features`` (the card's). Imports ``datasets``, so a worker never asks."""
        return to_datasets(self.columns)

    @property
    def primary_key(self) -> tuple[str, ...]:
        """The columns that name a row, as the model declares them: its column with ``unique=True``, else its
        ``Config.unique`` columns."""
        schema = self.model.to_schema()
        unique = tuple(name for name, column in schema.columns.items() if column.unique)
        return unique or tuple(schema.unique or ())


def _spec(module: ModuleType, model: type[pa.DataFrameModel], per_article: bool = True) -> ConfigSpec:
    """The config a model declares: its ``Config`` names it, describes it and gives its row order
    (``metadata["sort_keys"]``); the module holds the column types derived from the model."""
    schema = model.to_schema()
    sort_keys = model.get_metadata()[schema.name]["dataframe"]["sort_keys"]
    reported = getattr(module, "CHECK_COLUMNS", None) or check_columns(model)
    return ConfigSpec(schema.name, column_types(model), model, tuple(sort_keys), schema.description, module, reported,
                      per_article)


CONFIGS: tuple[ConfigSpec, ...] = (
    _spec(articles, articles.ArticlesSchema),
    _spec(blocks, blocks.BlocksSchema),
    _spec(mentions, mentions.MentionsSchema),
    _spec(sentences, sentences.SentencesSchema),
    _spec(ner, ner.NerSyllableSchema),
    _spec(ner, ner.NerWordSchema),
    _spec(person_observations, person_observations.PersonObservationsSchema),
    _spec(events, events.EventsSchema),
    _spec(document_refs, document_refs.DocumentRefsSchema),
    _spec(persons, persons.PersonsSchema, per_article=False),
    _spec(organizations, organizations.OrganizationsSchema, per_article=False),
    _spec(position_spells, position_spells.PositionSpellsSchema, per_article=False),
)
CONFIG_BY_NAME: Mapping[str, ConfigSpec] = MappingProxyType({spec.name: spec for spec in CONFIGS})
DEFAULT_CONFIG = "articles"

__all__ = ("CONFIG_BY_NAME", "CONFIGS", "DEFAULT_CONFIG", "ConfigSpec")
