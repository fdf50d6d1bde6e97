"""The record types that flow through the pipeline, one per stage: SourceFile -> RawArticle -> Article."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A discovered input file: where it is (relative to the input root) and the id it will publish under."""

    relative_path: str
    article_id: str
    url: str | None


@dataclass(frozen=True, slots=True)
class RawArticle:
    """A decoded input file. ``raw_text`` is the file verbatim (only a UTF-8 BOM removed)."""

    source: SourceFile
    raw_text: str
    repairs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Block:
    """A typed piece of an article (title, lead, caption, residue ...), in source order.

    ``line`` is the 1-based line of the decoded file it came from. ``text_start``/``text_end``
    are offsets into ``Article.text`` for lead and body blocks, None for the others.
    """

    block_idx: int
    kind: str
    rule: str
    text: str
    line: int
    text_start: int | None = None
    text_end: int | None = None


@dataclass(frozen=True, slots=True)
class NullReason:
    """Why a metadata field is null: the text does not state it (we never guess)."""

    field: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """One published article with the metadata the text states, and its blocks."""

    article_id: str
    source_file: str
    url: str | None
    outlet: str | None
    outlet_domain: str | None
    outlet_source: str | None
    title: str | None
    lead: str
    text: str
    raw_text: str
    captions: tuple[str, ...]
    authors: tuple[str, ...]
    photo_credits: tuple[str, ...]
    published_date: dt.date | None
    published_date_source: str | None
    event_date: dt.date | None
    event_date_source: str | None
    null_reasons: tuple[NullReason, ...]
    n_chars: int
    n_syllables: int
    text_sha256: str
    split: str
    blocks: tuple[Block, ...]
