"""The reference tables (persons, organizations, position_spells): one ``train`` split describing the whole
corpus, built from the cross-article state once every article has been read, validated and written batch by
batch; and the knowledge tables' written files, which the cross-table rules read back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from haucan.output.paths import config_dir, data_path_glob
from haucan.output.writer import ShardWriter
from haucan.tables import organization_row, to_arrow, to_frame
from haucan.validate import validate_frame
from schema import CONFIG_BY_NAME, ConfigSpec
from schema.failure import Failure

if TYPE_CHECKING:
    from haucan.config import BuildConfig
    from haucan.corpus.decide import Knowledge

REFERENCE_BATCH_ROWS = 10_000
"""Rows of a reference table built, validated and handed to its writer at a time."""


def reference_tables(knowledge: Knowledge) -> dict[str, Iterator[pa.Table]]:
    """The cross-article configs, built from compact keys once every article has been read, as Arrow tables of
    at most ``REFERENCE_BATCH_ROWS`` rows (rows with equal sort keys never split), already in the order that
    sorting the whole table by the config's sort keys gives. Organisations (few, held by the registry) are one
    table, sorted here."""
    organizations = CONFIG_BY_NAME["organizations"]
    orgs = to_arrow(organizations, [organization_row(org) for org in knowledge.registry.all()])
    return {
        "persons": batches(CONFIG_BY_NAME["persons"], knowledge.people.person_rows()),
        "organizations": iter([_sorted(organizations, orgs)]),
        "position_spells": batches(CONFIG_BY_NAME["position_spells"],
                                    knowledge.people.spell_rows(published_order=True)),
    }


def batches(spec: ConfigSpec, rows: Iterator[dict], size: int = REFERENCE_BATCH_ROWS) -> Iterator[pa.Table]:
    """Rows (in sort-key order, which is checked) as Arrow tables of about ``size`` rows."""
    batch: list[dict] = []
    previous: tuple | None = None
    for row in rows:
        key = tuple(row[k] for k in spec.sort_keys)
        if previous is not None and key < previous:
            raise RuntimeError(f"{spec.name} rows out of sort-key order: {key} after {previous}")
        if len(batch) >= size and key != previous:
            yield _sorted(spec, to_arrow(spec, batch))
            batch = []
        batch.append(row)
        previous = key
    if batch:
        yield _sorted(spec, to_arrow(spec, batch))


def _sorted(spec: ConfigSpec, table: pa.Table) -> pa.Table:
    """The table sorted by the config's sort keys (stable). For rows already in order this changes no row, but
    the copy carries validity bitmaps as the former sort of the whole table did, so a table of one batch (the
    seeds') has the same Arrow byte count in the card. Several batches concatenated in a row group drop the
    all-valid bitmaps: a count smaller by those bytes, the same Parquet bytes."""
    return table.sort_by([(k, "ascending") for k in spec.sort_keys])


def _validate_reference(spec: ConfigSpec, table: pa.Table, records: dict[tuple, Failure]) -> None:
    """pandera on one batch; the records gathered as ``validate_frame`` gathers them over a whole table (the
    first per row, column and check). Equal keys are never split, so uniqueness is checked across batches."""
    for failure in validate_frame(spec, to_frame(table)):
        records.setdefault((failure.row, failure.column, failure.check), failure)


def write_reference(staging: Path, knowledge: Knowledge, config: BuildConfig) -> tuple[
        dict[str, dict[str, ShardWriter]], list[Failure]]:
    """Reference tables are one ``train`` split whatever the article splits (they describe the whole corpus).
    Built, validated and written batch by batch; returns the writers and the validation failures (the staging
    folder is discarded when there are any). A table within ``row_group_bytes`` (as the seeds' are) is written
    exactly as one ``write`` of the whole sorted table would write it."""
    final, failures = {}, []
    for name, batches in reference_tables(knowledge).items():
        spec = CONFIG_BY_NAME[name]
        writer = ShardWriter(config_dir(staging, name), "train", spec.features.arrow_schema, spec.sort_keys,
                             config.row_group_bytes, config.shard_bytes)
        records: dict[tuple, Failure] = {}
        for table in batches:
            _validate_reference(spec, table, records)
            writer.write(table)
        writer.close()
        failures += [records[key] for key in sorted(records)]
        final[name] = {"train": writer}
    return final, failures


def knowledge_files(staging: Path, final: dict[str, dict[str, ShardWriter]]) -> dict[str, list[Path]]:
    """The written Parquet files of the knowledge tables, split by split, for the cross-table rules."""
    names = ("person_observations", "events", "persons", "organizations", "position_spells")
    return {name: [path for split in final[name]
                   for path in sorted(staging.glob(data_path_glob(name, split)))]
            for name in names}
