"""What the build's passes hand back, as plain records: one article's entry, a chunk's result, what a worker
returns for a chunk, and what a finished build published.

Record types only (no behaviour), so that haucan/codec.py, which stores and ships them, can import this module
without importing the code that makes them. The field types are named for readers and type checkers only.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

    from haucan.errors import SeedError
    from haucan.gold import Span
    from haucan.knowledge.orgs import Organization
    from haucan.records import Observation, SourceFile
    from haucan.stats import CorpusStats
    from schema.failure import Failure


@dataclass(frozen=True)
class ArticleEntry:
    """What the main process needs of one article besides its rows: compact, never the text."""

    source: SourceFile
    error: SeedError | None
    repairs: tuple[str, ...] = ()
    gold_error: str | None = None
    split: str | None = None
    observations: tuple[Observation, ...] = ()
    affiliations: tuple[str | None, ...] = ()
    """Per observation: the root organisation of its first office that names one (part of the person's id)."""
    orgs: tuple[Organization, ...] = ()
    """Organisations this article's mentions resolved to, other than curated ones."""
    stats: CorpusStats | None = None
    scored: tuple[tuple[Span, ...], tuple[Span, ...], tuple[Span, ...]] | None = None
    """(extractor spans, gold spans, baseline spans) when the article has gold mentions."""
    scored_tags: tuple | None = None
    """(gold, extractor) syllable BIO tag names per sentence when the article has gold mentions (seqeval)."""
    facts_scored: tuple | None = None
    """(extractor facts, gold facts) when the article has fact gold."""


@dataclass(frozen=True)
class ChunkResult:
    """A chunk's entries (in id order) and its validated per-article tables; failures list schema errors."""

    entries: tuple[ArticleEntry, ...]
    tables: dict[str, pa.Table]
    failures: tuple[Failure, ...]


@dataclass(frozen=True)
class ChunkOutcome:
    """What travels back: the encoded ChunkResult (haucan/codec.py), stage seconds, how much came from the
    caches, and what was found damaged in them (haucan/cache/damage.py)."""

    packed: bytes
    seconds: dict[str, float]
    articles: int
    from_cache: int
    chunk_from_cache: bool
    cache_damage: dict[str, int] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class BuildResult:
    """What a finished build published."""

    output_dir: Path
    report_path: Path
    intake: dict
    rows: dict[str, int]
    published_splits: tuple[str, ...]
    stats: dict
    shown: dict[str, list[dict]] = field(default_factory=dict)
    """The first SHOWN_PER_OUTCOME rejected and duplicate file records (all of them are in the report)."""
    notes: tuple[str, ...] = ()
