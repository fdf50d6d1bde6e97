"""Turns records into rows and Arrow tables (typed by the config's column types), and tables into the frames
pandera checks.

A row is never written out column by column: the config's column types name the columns, and each value is read
from the record by that name (see :class:`TableShape`). Only the columns no record holds (a child's
``article_id``, a block's ``in_text``, the tokens and tags of the NER configs) are given explicitly.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from types import MappingProxyType
from typing import Any

import pandas as pd
import pyarrow as pa

from haucan.records import AnnotatedArticle
from schema import CONFIG_BY_NAME, ConfigSpec
from schema.feature_types import List

Convert = Callable[[Any], Any] | None
"""Makes a record's value into what Arrow takes for a feature; None where the value is taken as it is."""


class MissingColumnError(LookupError):
    """A config's column that none of the records given holds (and that was not given explicitly): a record
    field renamed away from its column, or a column added to the Features but not to the record."""

    def __init__(self, config: str, column: str, records: Iterable[object]) -> None:
        names = ", ".join(type(record).__name__ for record in records) or "no record"
        super().__init__(f"config {config!r}: no value for column {column!r} (not a field of {names})")
        self.config, self.column = config, column


def _converter(config: str, column: str, feature: Any) -> Convert:
    """How a value of ``feature`` goes into a row: a list feature as a list (records hold tuples), a struct as
    a dict of a nested record's fields by the struct's keys, any other feature as the value is."""
    if isinstance(feature, dict):
        keys = tuple((key, _converter(config, f"{column}.{key}", sub)) for key, sub in feature.items())

        def struct(record: Any) -> dict | None:
            if record is None:
                return None
            return {key: _take(config, f"{column}.{key}", (record,), key, convert) for key, convert in keys}

        return struct
    if isinstance(feature, List | list):
        inner = _converter(config, column, feature[0] if isinstance(feature, list) else feature.feature)
        if inner is None:
            return lambda values: None if values is None else list(values)
        return lambda values: None if values is None else [inner(value) for value in values]
    return None


def _take(config: str, column: str, records: Sequence[object], name: str, convert: Convert) -> Any:
    """The value of field ``name`` of the first record holding it, converted."""
    for record in records:
        try:
            value = getattr(record, name)
        except AttributeError:
            continue
        return value if convert is None else convert(value)
    raise MissingColumnError(config, column, records)


class TableShape:
    """One config's columns with the conversion each needs, and its Arrow schema.

    Typed by the spec's plain column types and Arrow schema (schema.feature_types), not its
    ``datasets.Features``, so that a worker never imports ``datasets``.
    """

    def __init__(self, spec: ConfigSpec) -> None:
        self.spec = spec
        self.columns = tuple((name, _converter(spec.name, name, feature)) for name, feature in spec.columns.items())
        self.names = frozenset(spec.columns)
        self.arrow_schema = spec.arrow_schema
        self._plans: dict[tuple, tuple] = {}

    def row(self, *records: object, **computed: Any) -> dict:
        """The row whose columns are the Features' (in their order): each from ``computed`` when given there,
        else from the first of ``records`` with a field of that name. Raises MissingColumnError for a column
        found in neither, and ValueError for a computed value that is no column of the config."""
        plan = self._plans.get((*map(type, records), *computed))
        if plan is None:
            plan = self._plan(records, computed)
        row = {}
        for name, convert, source in plan:
            value = computed[name] if source is None else getattr(records[source], name)
            row[name] = value if convert is None else convert(value)
        return row

    def _plan(self, records: Sequence[object], computed: dict[str, Any]) -> tuple:
        """Where each column of a row comes from, for records of these types and these computed columns:
        (column, conversion, index of the first record with a field of that name, or None for a computed
        one). Made once per combination and kept (a record's fields are its type's), so a row costs one
        attribute read per column instead of a search through the records by trial and AttributeError."""
        if not computed.keys() <= self.names:
            raise ValueError(f"config {self.spec.name!r} has no column {sorted(computed.keys() - self.names)}")
        plan = []
        for name, convert in self.columns:
            source = None if name in computed else next(
                (i for i, record in enumerate(records) if hasattr(record, name)), -1)
            if source == -1:
                raise MissingColumnError(self.spec.name, name, records)
            plan.append((name, convert, source))
        self._plans[(*map(type, records), *computed)] = plan = tuple(plan)
        return plan

    def to_arrow(self, rows: Sequence[dict]) -> pa.Table:
        """The table of ``rows`` with the config's exact Arrow schema (which carries the ``huggingface``
        metadata)."""
        return pa.Table.from_pylist(list(rows), schema=self.arrow_schema)


@functools.cache
def _published_shape(name: str) -> TableShape:
    return TableShape(CONFIG_BY_NAME[name])


def shape(spec: ConfigSpec | str) -> TableShape:
    """The TableShape of a published config (made once per process), or of any other spec given."""
    if isinstance(spec, str):
        return _published_shape(spec)
    return _published_shape(spec.name) if CONFIG_BY_NAME.get(spec.name) is spec else TableShape(spec)


def to_arrow(spec: ConfigSpec, rows: Sequence[dict]) -> pa.Table:
    """Build the table with the config's exact Arrow schema (which carries the ``huggingface`` metadata)."""
    return shape(spec).to_arrow(rows)


def _articles(annotated: AnnotatedArticle) -> list[dict]:
    article = annotated.article
    return [shape("articles").row(article, article.metadata)]


def _blocks(annotated: AnnotatedArticle) -> list[dict]:
    article_id, blocks = annotated.article.article_id, shape("blocks")
    return [blocks.row(b, article_id=article_id, in_text=b.text_start is not None) for b in annotated.article.blocks]


def _mentions(annotated: AnnotatedArticle) -> list[dict]:
    """Ordered by mention id, the published sort key."""
    article_id, mentions = annotated.article.article_id, shape("mentions")
    return [mentions.row(m, article_id=article_id) for m in sorted(annotated.mentions, key=lambda m: m.mention_id)]


def _sentences(annotated: AnnotatedArticle) -> list[dict]:
    article_id, sentences = annotated.article.article_id, shape("sentences")
    return [sentences.row(s, article_id=article_id) for s in annotated.sentences]


def _ner(level: str) -> Callable[[AnnotatedArticle], list[dict]]:
    """Rows of ``ner_syllable`` or ``ner_word``: each sentence's tokens at that level and their BIO tags."""

    def rows(annotated: AnnotatedArticle) -> list[dict]:
        article_id, ner = annotated.article.article_id, shape(f"ner_{level}")
        tags = annotated.syllable_tags if level == "syllable" else annotated.word_tags
        return [ner.row(s, article_id=article_id, tokens=s.syllables if level == "syllable" else s.words,
                        ner_tags=sentence_tags)
                for s, sentence_tags in zip(annotated.sentences, tags, strict=True)]

    return rows


def _observations(annotated: AnnotatedArticle) -> list[dict]:
    observations = shape("person_observations")
    return [observations.row(o) for o in sorted(annotated.observations, key=lambda o: o.obs_id)]


def _events(annotated: AnnotatedArticle) -> list[dict]:
    return [shape("events").row(e) for e in annotated.events]


def _documents(annotated: AnnotatedArticle) -> list[dict]:
    documents = shape("document_refs")
    return [documents.row(d) for d in sorted(annotated.documents, key=lambda d: d.ref_id)]


ROW_BUILDERS: MappingProxyType[str, Callable[[AnnotatedArticle], list[dict]]] = MappingProxyType({
    "articles": _articles,
    "blocks": _blocks,
    "mentions": _mentions,
    "sentences": _sentences,
    "ner_syllable": _ner("syllable"),
    "ner_word": _ner("word"),
    "person_observations": _observations,
    "events": _events,
    "document_refs": _documents,
})
"""The rows of each per-article config for one annotated article."""


def organization_row(org: object) -> dict:
    """The ``organizations`` row of one organisation (a ``knowledge.orgs.Organization``)."""
    return shape("organizations").row(org)


_PANDAS_TYPES = MappingProxyType({pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(),
                                  pa.bool_(): pd.BooleanDtype()})


def to_frame(table: pa.Table) -> pd.DataFrame:
    """The pandas view pandera validates: nullable ints/bools, pandas' default strings, lists and dates as objects."""
    return table.to_pandas(types_mapper=_PANDAS_TYPES.get)
