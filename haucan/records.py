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
    fs_path: str = ""
    """The path as the filesystem gives it (may hold surrogate escapes); empty when equal to relative_path."""


@dataclass(frozen=True, slots=True)
class RawArticle:
    """A decoded input file. ``raw_text`` is the file verbatim (only a UTF-8 BOM removed)."""

    source: SourceFile
    raw_text: str
    repairs: tuple[str, ...] = ()
    clean: str = ""
    """The cleaned text (all CLEANERS applied), computed once while recording the repairs."""
    page_published: dt.date | None = None
    """A saved web page's own publication date, from its markup (haucan.html_page); the publication date when
    the text states none. None for a ``.txt``."""


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
class Metadata:
    """Everything an Article states about itself besides its text (haucan/metadata.py reads it off the blocks)."""

    outlet: str | None
    outlet_domain: str | None
    outlet_source: str | None
    title: str | None
    captions: tuple[str, ...]
    authors: tuple[str, ...]
    photo_credits: tuple[str, ...]
    published_date: dt.date | None
    published_date_source: str | None
    event_date: dt.date | None
    event_date_source: str | None
    null_reasons: tuple[NullReason, ...]
    outlet_kind: str | None = None  # the registry kind of ``outlet`` (schema/vocab/outlet_kinds.yml)


@dataclass(frozen=True, slots=True)
class Article:
    """One published article: where it came from, the metadata its text states, its text, and its blocks."""

    article_id: str
    source_file: str
    url: str | None
    metadata: Metadata
    lead: str
    text: str
    raw_text: str
    n_chars: int
    n_syllables: int
    text_sha256: str
    split: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the text (never crossing a paragraph) or a caption sentence, with its tokens.

    ``start``/``end`` index the field's string (``Article.text`` or the caption). ``words`` are
    underthesea's tokens (syllables joined by ``_``); ``syllables`` split them at spaces and hyphens.
    The ``*_spans`` give each token's offsets in the same field string (used for BIO, not published).
    """

    sent_idx: int
    field: str
    caption_idx: int | None
    start: int
    end: int
    text: str
    words: tuple[str, ...]
    word_spans: tuple[tuple[int, int], ...]
    syllables: tuple[str, ...]
    syllable_spans: tuple[tuple[int, int], ...]
    segmenter: str
    """What segmented it: underthesea and its version, or underthesea sentences with whitespace words."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A published entity mention: a labelled span with its normalised value and provenance."""

    mention_id: str
    field: str
    caption_idx: int | None
    sent_idx: int
    start: int
    end: int
    surface: str
    label: str
    normalized: str | None
    parent_mention_id: str | None
    source: str
    extractor: str | None


@dataclass(frozen=True, slots=True)
class PositionHeld:
    """An office as written, its canonical title, the organisation it belongs to (as it was on the
    observation's date), and whether the text says the person held it formerly ('nguyên …')."""

    title: str
    normalized_title: str | None
    org_id: str | None
    former: bool = False


@dataclass(frozen=True, slots=True)
class Observation:
    """What one article says about one person: rank, offices, party roles, role at the event, and where."""

    obs_id: str
    person_id: str
    name: str
    article_id: str
    observed_on: dt.date | None
    observed_on_basis: str | None
    rank: str | None
    academic_titles: tuple[str, ...]
    positions: tuple[PositionHeld, ...]
    party_roles: tuple[str, ...]
    event_id: str | None
    event_role: str | None
    evidence_field: str
    evidence_caption_idx: int | None
    evidence_start: int
    evidence_end: int
    source: str
    extractor: str | None


@dataclass(frozen=True, slots=True)
class Participant:
    """A person at an event and what they did there."""

    person_id: str
    role: str


@dataclass(frozen=True, slots=True)
class Event:
    """An event an article reports (conference, ceremony, congress, visit …), field by field as the text states it."""

    event_id: str
    article_id: str
    event_type: str
    name: str | None
    event_date: dt.date | None
    event_date_precision: str | None
    location: str | None
    organizer_org_id: str | None
    chair_person_id: str | None
    participants: tuple[Participant, ...]
    period_reviewed: str | None
    period_reviewed_start: dt.date | None
    period_reviewed_end: dt.date | None
    period_planned: str | None
    period_planned_start: dt.date | None
    period_planned_end: dt.date | None
    evidence_start: int
    evidence_end: int
    source: str
    extractor: str | None
    event_date_basis: str | None = None
    """How event_date's year was found (stated, day_month+published_year, day_month+context_year); None for gold."""


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """A cited document: which one (doc_id shared across articles) and where it is cited."""

    ref_id: str
    article_id: str
    doc_id: str
    doc_type: str
    number: str
    issuer_code: str | None
    issued_on: dt.date | None
    field: str
    caption_idx: int | None
    start: int
    end: int
    surface: str


@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    """An Article with its sentences and the mentions published for it (gold where gold exists)."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    syllable_tags: tuple[tuple[int, ...], ...]
    """BIO tag ids per sentence over ``Sentence.syllables``."""
    word_tags: tuple[tuple[int, ...], ...]
    """BIO tag ids per sentence over ``Sentence.words``."""
    cut_by_syllables: int
    """Outermost mentions whose start or end falls inside a syllable token."""
    cut_by_words: int
    """Outermost mentions whose start or end falls inside a word token."""
    observations: tuple[Observation, ...] = ()
    events: tuple[Event, ...] = ()
    documents: tuple[DocumentRef, ...] = ()
