"""Runs the pandera contract on every batch before it is written, and turns failures into a readable report."""

from __future__ import annotations

import copy
from collections.abc import Sequence

import pandas as pd
import pandera.pandas as pa
import pyarrow
from pandera.config import ValidationDepth, get_config_context

from haucan.build_day import plausible_dates
from haucan.errors import ConfigError
from haucan.rules import load_rules
from haucan.tables import to_frame
from schema import CONFIGS, ConfigSpec
from schema import blocks as blocks_schema
from schema import mentions as mentions_schema
from schema import ner as ner_schema
from schema import person_observations as observations_schema
from schema import sentences as sentences_schema
from schema.checks import BuildValues
from schema.failure import Failure

VALUE_PREVIEW_CHARS = 80


def ensure_validation_enabled() -> None:
    """Refuse to build when pandera has been switched off or limited to schema-only checks by its env vars."""
    config = get_config_context()
    if not config.validation_enabled:
        raise ConfigError("pandera validation is disabled (PANDERA_VALIDATION_ENABLED); refusing to publish")
    if config.validation_depth not in (None, ValidationDepth.SCHEMA_AND_DATA):
        raise ConfigError(
            f"pandera validation depth is {config.validation_depth} (PANDERA_VALIDATION_DEPTH); "
            "refusing to publish without data checks")


def _preview(value: object) -> str:
    """An escaped, bounded rendering: NFD, zero-width and control characters stay visible."""
    text = ascii(value) if isinstance(value, str) else repr(value)
    return text if len(text) <= VALUE_PREVIEW_CHARS else text[: VALUE_PREVIEW_CHARS - 1] + "…"


def _row_label(spec: ConfigSpec, frame: pd.DataFrame, index: object) -> str:
    if index is None or (isinstance(index, float) and pd.isna(index)) or index not in frame.index:
        return "table"
    keys = [*spec.sort_keys, *(["source_file"] if "source_file" in frame.columns else [])]
    return "row " + ", ".join(f"{key}={frame.at[index, key]}" for key in keys)


def _article_of(frame: pd.DataFrame, index: object) -> str | None:
    """The article_id of the failing row, or None for a failure of the whole table (no row)."""
    if index is None or "article_id" not in frame.columns or index not in frame.index:
        return None
    article_id = frame.at[index, "article_id"]
    return article_id if isinstance(article_id, str) else None


def failure_records(spec: ConfigSpec, frame: pd.DataFrame, failure_cases: pd.DataFrame) -> list[Failure]:
    """One Failure per (row, column, check), its article_id that of the row (None when the failure is the
    table's, e.g. a missing column)."""
    check_columns = spec.check_columns
    records: dict[tuple, Failure] = {}
    for case in failure_cases.itertuples(index=False):
        check = str(case.check)
        column = case.column if isinstance(case.column, str) else spec.name
        concerned = check_columns.get(check)
        # A frame-level check reports every column of a failing row; keep the columns the check is about.
        if concerned and column not in concerned:
            continue
        index = None if pd.isna(case.index) else case.index
        record = Failure(spec.name, _row_label(spec, frame, index), column, check, _preview(case.failure_case),
                         _article_of(frame, index))
        records.setdefault((record.row, record.column, record.check), record)
    return [records[key] for key in sorted(records)]


def build_values() -> BuildValues:
    """The contract's values only the build knows: the plausible dates (they end at the build day, so they are
    read at every call), the outlets and the in-text patterns of the build's rules."""
    earliest, latest = plausible_dates()
    rules = load_rules()
    return BuildValues(earliest, latest, tuple(o.name for o in rules.outlets), rules.in_text_patterns())


def validate_frame(spec: ConfigSpec, frame: pd.DataFrame, extra_checks: Sequence[pa.Check] = ()) -> list[Failure]:
    """Validate lazily (every failure, not the first) against the config's model, its checks on the build's
    values (``build_checks``) and ``extra_checks``; return the failure records, empty when valid."""
    schema = spec.model.to_schema()  # built once per model by pandera, then cached
    column_checks = spec.module.build_checks(build_values()) if hasattr(spec.module, "build_checks") else {}
    if extra_checks or column_checks:
        # Shallow copies with their own lists of checks: validation reads the schema, never changes it, so the
        # cached schema stays as it is without the cost of a deep copy of every column and check per call.
        schema = copy.copy(schema)
        schema.checks = [*schema.checks, *extra_checks]
        schema.columns = dict(schema.columns)
        for name, checks in column_checks.items():
            column = schema.columns[name] = copy.copy(schema.columns[name])
            column.checks = [*column.checks, *checks]
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        return failure_records(spec, frame, errors.failure_cases)
    return []


def validate_tables(tables: dict[str, pyarrow.Table]) -> list[Failure]:
    """Validate one batch of per-article tables, each against its config's model plus the cross-table checks
    that need another table of the same batch; every failure is returned."""
    frames = {name: to_frame(table) for name, table in tables.items()}
    cross = {
        "blocks": lambda: blocks_schema.cross_table_checks(frames["articles"]),
        "mentions": lambda: mentions_schema.cross_table_checks(frames["articles"], frames["sentences"]),
        "sentences": lambda: sentences_schema.cross_table_checks(frames["articles"]),
        "ner_syllable": lambda: ner_schema.cross_table_checks(frames["sentences"]),
        "ner_word": lambda: ner_schema.cross_table_checks(frames["sentences"]),
        "person_observations": lambda: observations_schema.cross_table_checks(frames["articles"]),
    }
    failures: list[Failure] = []
    for spec in (s for s in CONFIGS if s.per_article):
        extra = cross[spec.name]() if spec.name in cross else ()
        failures.extend(validate_frame(spec, frames[spec.name], extra))
    return failures


def failures_by_article(failures: list[Failure]) -> tuple[dict[str, list[Failure]], list[Failure]]:
    """({article_id: its failures}, failures that name no article): what one article's rows broke, apart from
    what only the table as a whole breaks."""
    by_article: dict[str, list[Failure]] = {}
    unattributed = []
    for failure in failures:
        if isinstance(failure.article_id, str):
            by_article.setdefault(failure.article_id, []).append(failure)
        else:
            unattributed.append(failure)
    return by_article, unattributed


DESCRIBED_FAILURES = 5


def describe_failures(failures: list[Failure]) -> str:
    """One line naming each failure's table, check, column and value (the first few, then how many more)."""
    parts = [f"table {f.table} ({f.row}), check {f.check}, column {f.column}, value {f.value}"
             for f in failures[:DESCRIBED_FAILURES]]
    more = len(failures) - DESCRIBED_FAILURES
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")
