"""Rules that span tables of the knowledge layer, checked on the staged files before anything is published.

Each failure names the table, the row (by its key), the column and the rule. The tables are read back from the
staged Parquet files in record batches of the columns the rules need (no text), so memory holds one batch, the
person and organisation ids, and the ids of flagged persons, whatever the number of observations. Each batch is
checked with vectorised lookups; only the rows that fail are turned into Python objects. The rank rule sorts
(person, date, rank) in a scratch SQLite file and walks it one person at a time.
"""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from haucan.extract.lexicon import rank_order
from haucan.scratch import open_scratch_db
from schema import CONFIG_BY_NAME
from schema.failure import Failure

TABLES = ("person_observations", "events", "persons", "organizations", "position_spells")
"""The tables the rules read."""
BATCH_ROWS = 65_536
"""Rows per record batch checked at a time."""
CACHE_KIB = 16 * 1024
"""SQLite page cache (and sorter memory) of the rank rule's scratch file."""
FILENAME = "crosscheck.sqlite3"

Source = Callable[[list[str]], Iterator[pa.RecordBatch]]
"""A table as record batches of the given columns."""


def _failure(table: str, key: str, column: str, rule: str, value: object) -> Failure:
    """The failure of ``rule`` on the row whose (one-column) primary key is ``key``."""
    (key_column,) = CONFIG_BY_NAME[table].primary_key
    return Failure(table, f"row {key_column}={key}", column, rule, repr(value))


def check_tables(tables: dict[str, pa.Table]) -> list[Failure]:
    """All cross-table rules over in-memory tables (person_observations, events, persons, organizations,
    position_spells); returns the failures, sorted."""
    with tempfile.TemporaryDirectory(prefix="haucan-crosscheck-") as workdir:
        return _check({name: _table_source(tables[name]) for name in TABLES}, Path(workdir))


def cross_check(files: Mapping[str, Sequence[Path]], workdir: Path) -> list[Failure]:
    """All cross-table rules over the staged Parquet files of the five knowledge tables (``files`` maps each
    table name to its files, in row order), streamed in record batches; the rank rule's scratch file goes in
    ``workdir``. The same failures, in the same order, as ``check_tables`` over the concatenated tables."""
    return _check({name: _file_source(files.get(name, ())) for name in TABLES}, workdir)


def _table_source(table: pa.Table) -> Source:
    return lambda columns: iter(table.select(columns).to_batches(max_chunksize=BATCH_ROWS))


def _file_source(paths: Sequence[Path]) -> Source:
    """Row group by row group (bounded by the writer's ``row_group_bytes``), cut into batches. Not
    ``ParquetFile.iter_batches``: with batches that straddle row groups of dictionary-encoded strings (pyarrow
    26) it keeps Arrow memory growing with the rows read."""
    def batches(columns: list[str]) -> Iterator[pa.RecordBatch]:
        for path in paths:
            with pq.ParquetFile(path) as parquet:
                for index in range(parquet.metadata.num_row_groups):
                    group = parquet.read_row_group(index, columns=columns)
                    yield from group.to_batches(max_chunksize=BATCH_ROWS)
    return batches


def _ids(source: Source, column: str) -> pa.Array:
    """One column of a table as a single array (the value set of the existence rules)."""
    chunks = [batch.column(0) for batch in source([column])]
    return pa.concat_arrays(chunks) if chunks else pa.array([], pa.string())


def _missing(values: pa.Array, known: pa.Array) -> pa.Array:
    """True where a value is null or not among ``known`` (``None not in set`` is True as well)."""
    return pc.invert(pc.fill_null(pc.is_in(values, value_set=known, skip_nulls=True), False))


def _list_rows(lists: pa.Array, field: str | None, bad: Callable[[pa.Array], pa.Array]) -> pa.Array:
    """Indices of the rows whose list has an element (or element ``field``) for which ``bad`` is True."""
    flat = pc.list_flatten(lists)
    values = pc.struct_field(flat, field) if field else flat
    return pc.filter(pc.list_parent_indices(lists), bad(values))


def _rows(batch: pa.RecordBatch, *masks_or_indices: pa.Array) -> list[dict]:
    """The rows of ``batch`` selected by boolean masks or index arrays, in row order, as Python dicts."""
    selected: set[int] = set()
    for item in masks_or_indices:
        indices = pc.indices_nonzero(item) if pa.types.is_boolean(item.type) else item
        selected.update(indices.to_pylist())
    return batch.take(pa.array(sorted(selected), pa.int64())).to_pylist() if selected else []


def _absent(rows: list[dict], values: Callable[[dict], list], known: pa.Array) -> set:
    """The values referenced by ``rows`` that are None or not among ``known``."""
    referenced = pa.array(sorted({v for row in rows for v in values(row) if v is not None}), pa.string())
    return {None, *pc.filter(referenced, _missing(referenced, known)).to_pylist()}


def _check(sources: Mapping[str, Source], workdir: Path) -> list[Failure]:
    orgs = _ids(sources["organizations"], "org_id")
    persons = _ids(sources["persons"], "person_id")
    failures: list[Failure] = []

    def unknown_org(values: pa.Array) -> pa.Array:
        return pc.and_(pc.is_valid(values), _missing(values, orgs))

    with _RankHistory(workdir) as history:
        for batch in sources["person_observations"](["obs_id", "person_id", "positions", "observed_on", "rank"]):
            history.add(batch)
            rows = _rows(batch, _missing(batch.column("person_id"), persons),
                         _list_rows(batch.column("positions"), "org_id", unknown_org))
            no_person = _absent(rows, lambda r: [r["person_id"]], persons)
            no_org = _absent(rows, lambda r: [p["org_id"] for p in r["positions"]], orgs)
            for row in rows:
                if row["person_id"] in no_person:
                    failures.append(_failure("person_observations", row["obs_id"], "person_id",
                                             "observation_person_exists", row["person_id"]))
                for position in row["positions"]:
                    if position["org_id"] is not None and position["org_id"] in no_org:
                        failures.append(_failure("person_observations", row["obs_id"], "positions",
                                                 "position_org_exists", position["org_id"]))
        for batch in sources["events"](["event_id", "organizer_org_id", "chair_person_id", "participants"]):
            organizer, chair = batch.column("organizer_org_id"), batch.column("chair_person_id")
            rows = _rows(batch, pc.and_(pc.is_valid(organizer), _missing(organizer, orgs)),
                         pc.and_(pc.is_valid(chair), _missing(chair, persons)),
                         _list_rows(batch.column("participants"), "person_id", lambda v: _missing(v, persons)))
            no_org = _absent(rows, lambda r: [r["organizer_org_id"]], orgs)
            no_person = _absent(rows, lambda r: [r["chair_person_id"], *(p["person_id"] for p in r["participants"])],
                                persons)
            for row in rows:
                if row["organizer_org_id"] is not None and row["organizer_org_id"] in no_org:
                    failures.append(_failure("events", row["event_id"], "organizer_org_id", "event_organizer_exists",
                                             row["organizer_org_id"]))
                if row["chair_person_id"] is not None and row["chair_person_id"] in no_person:
                    failures.append(_failure("events", row["event_id"], "chair_person_id", "event_chair_exists",
                                             row["chair_person_id"]))
                for participant in row["participants"]:
                    if participant["person_id"] in no_person:
                        failures.append(_failure("events", row["event_id"], "participants", "event_participant_exists",
                                                 participant["person_id"]))
        for batch in sources["organizations"](["org_id", "parent_org_id", "successor_org_ids"]):
            parent = batch.column("parent_org_id")
            rows = _rows(batch, pc.and_(pc.is_valid(parent), _missing(parent, orgs)),
                         _list_rows(batch.column("successor_org_ids"), None, lambda v: _missing(v, orgs)))
            no_org = _absent(rows, lambda r: [r["parent_org_id"], *r["successor_org_ids"]], orgs)
            for row in rows:
                if row["parent_org_id"] is not None and row["parent_org_id"] in no_org:
                    failures.append(_failure("organizations", row["org_id"], "parent_org_id", "org_parent_exists",
                                             row["parent_org_id"]))
                for successor in row["successor_org_ids"]:
                    if successor in no_org:
                        failures.append(_failure("organizations", row["org_id"], "successor_org_ids",
                                                 "org_successor_exists", successor))
        for batch in sources["position_spells"](["spell_id", "person_id", "org_id"]):
            org = batch.column("org_id")
            rows = _rows(batch, _missing(batch.column("person_id"), persons),
                         pc.and_(pc.is_valid(org), _missing(org, orgs)))
            no_person = _absent(rows, lambda r: [r["person_id"]], persons)
            no_org = _absent(rows, lambda r: [r["org_id"]], orgs)
            for row in rows:
                if row["person_id"] in no_person:
                    failures.append(_failure("position_spells", row["spell_id"], "person_id", "spell_person_exists",
                                             row["person_id"]))
                if row["org_id"] is not None and row["org_id"] in no_org:
                    failures.append(_failure("position_spells", row["spell_id"], "org_id", "spell_org_exists",
                                             row["org_id"]))
        failures += history.failures(_flagged(sources["persons"]))
    return sorted(failures, key=lambda f: (f.table, f.row, f.check))


def _flagged(source: Source) -> set[str]:
    """Persons whose rank_flag is set (non-empty)."""
    flagged: set[str] = set()
    for batch in source(["person_id", "rank_flag"]):
        flag = batch.column("rank_flag")
        keep = pc.and_(pc.is_valid(flag), pc.not_equal(flag, ""))
        flagged.update(pc.filter(batch.column("person_id"), pc.fill_null(keep, False)).to_pylist())
    return flagged


class _RankHistory:
    """The rank rule: a person's rank never goes down over time unless persons.rank_flag says so. Dated, ranked
    observations are appended to a scratch SQLite table and read back sorted by (person, date, rank)."""

    def __init__(self, workdir: Path) -> None:
        self.path = workdir / FILENAME
        self._db = open_scratch_db(self.path, CACHE_KIB)
        self._db.execute("CREATE TABLE ranks (person_id TEXT, day INTEGER NOT NULL, rank INTEGER NOT NULL)")
        self._order = rank_order()

    def add(self, batch: pa.RecordBatch) -> None:
        rank = batch.column("rank")
        dated = pc.and_(pc.and_(pc.is_valid(batch.column("observed_on")), pc.is_valid(rank)), pc.not_equal(rank, ""))
        dated = pc.fill_null(dated, False)
        people = pc.filter(batch.column("person_id"), dated).to_pylist()
        days = pc.cast(pc.filter(batch.column("observed_on"), dated), pa.int32()).to_pylist()
        ranks = [self._order[r] for r in pc.filter(rank, dated).to_pylist()]
        self._db.execute("BEGIN")
        self._db.executemany("INSERT INTO ranks VALUES (?, ?, ?)", zip(people, days, ranks, strict=True))
        self._db.execute("COMMIT")

    def failures(self, flagged: set[str]) -> list[Failure]:
        out = []
        rows = self._db.execute("SELECT person_id, rank FROM ranks ORDER BY person_id, day, rank")
        for person, ranks in itertools.groupby(rows, key=lambda r: r[0]):
            highest, goes_down = -1, False
            for _, rank in ranks:
                goes_down |= rank < highest
                highest = max(highest, rank)
            if goes_down and person not in flagged:
                out.append(_failure("persons", person, "rank_flag", "rank_decrease_flagged", None))
        return out

    def __enter__(self) -> _RankHistory:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._db.close()
        self.path.unlink(missing_ok=True)
