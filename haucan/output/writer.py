"""Writes one config's rows to Parquet shards bounded by bytes, with the exact Arrow schema and stable names.

Rows arrive already sorted (the build walks articles in id order), so the writer only buffers one row
group at a time: memory is bounded by ``row_group_bytes`` whatever the corpus size.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import pyarrow as pa
import pyarrow.parquet as pq

from haucan.config import DEFAULT_ROW_GROUP_BYTES, DEFAULT_SHARD_BYTES
from haucan.output.paths import shard_name

# All writers of a build together buffer at most this much: 27 (config, split) writers each holding up to a row
# group would be gigabytes. Past it, the writer holding most is flushed early (a smaller row group).
DEFAULT_BUFFER_BUDGET = 48 * 1024 * 1024
PARQUET_OPTIONS = MappingProxyType({
    "compression": "zstd",
    "write_statistics": True,
    "write_page_index": True,  # lets the viewer and duckdb scan pages instead of whole row groups
    "write_page_checksum": True,  # a flipped bit in a page is detected on read
    "use_content_defined_chunking": True,  # re-uploads of a grown dataset dedupe on the Hub's storage
    "store_schema": True,
})


@dataclass
class ShardWriter:
    """Streams tables of one (config, split) into ``<folder>/<split>-XXXXX-of-YYYYY.parquet`` files."""

    folder: Path
    split: str
    schema: pa.Schema
    sort_keys: tuple[str, ...]
    row_group_bytes: int = DEFAULT_ROW_GROUP_BYTES
    shard_bytes: int = DEFAULT_SHARD_BYTES
    rows: int = 0
    """Rows accepted so far, buffered or written: whether a split has rows must not depend on buffering."""
    arrow_bytes: int = 0
    _pending: list[pa.Table] = field(default_factory=list)
    _pending_bytes: int = 0
    _writer: pq.ParquetWriter | None = None
    _shard_bytes_written: int = 0
    _parts: list[Path] = field(default_factory=list)

    def write(self, table: pa.Table) -> None:
        """Buffer ``table``; a row group is written whenever the next rows would push it past ``row_group_bytes``."""
        if table.num_rows == 0:
            return
        self.rows += table.num_rows
        # A table larger than a row group is cut into row-group-sized slices first.
        rows_per_group = max(1, self.row_group_bytes * table.num_rows // max(1, table.nbytes))
        for offset in range(0, table.num_rows, rows_per_group):
            piece = table.slice(offset, rows_per_group)
            # Flush before the bound is crossed, so a row group exceeds it only if one slice alone does.
            if self._pending and self._pending_bytes + piece.nbytes > self.row_group_bytes:
                self._flush()
            self._pending.append(piece)
            self._pending_bytes += piece.nbytes

    @property
    def pending_bytes(self) -> int:
        """Bytes buffered for the next row group."""
        return self._pending_bytes

    def flush(self) -> None:
        """Write what is buffered as a row group now (to keep the build's total buffer within a budget)."""
        self._flush()

    def _open_part(self) -> pq.ParquetWriter:
        self.folder.mkdir(parents=True, exist_ok=True)
        part = self.folder / f".{self.split}-part-{len(self._parts):05d}.parquet"
        self._parts.append(part)
        self._shard_bytes_written = 0
        sorting = [pq.SortingColumn(self.schema.get_field_index(k)) for k in self.sort_keys]
        return pq.ParquetWriter(part, self.schema, sorting_columns=sorting, **PARQUET_OPTIONS)

    def _flush(self) -> None:
        if not self._pending:
            return
        group = pa.concat_tables(self._pending).combine_chunks()
        self._pending, self._pending_bytes = [], 0
        if self._writer is not None and self._shard_bytes_written + group.nbytes > self.shard_bytes:
            self._writer.close()
            self._writer = None
        if self._writer is None:
            self._writer = self._open_part()
        self._writer.write_table(group, row_group_size=group.num_rows)
        self.arrow_bytes += group.nbytes
        self._shard_bytes_written += group.nbytes

    def close(self) -> list[Path]:
        """Flush, close, fsync and give the parts their final ``-XXXXX-of-YYYYY`` names."""
        self._flush()
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        final: list[Path] = []
        for index, part in enumerate(self._parts):
            target = self.folder / shard_name(self.split, index, len(self._parts))
            with open(part, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(part, target)
            final.append(target)
        return final


def enforce_budget(writers, budget: int = DEFAULT_BUFFER_BUDGET) -> None:
    """Flush the writers holding most until all of them together buffer at most ``budget`` bytes.

    Deterministic: the buffered sizes depend only on the rows written, so the same input flushes the same way."""
    writers = list(writers)
    while sum(w.pending_bytes for w in writers) > budget:
        max(writers, key=lambda w: (w.pending_bytes, str(w.folder))).flush()
