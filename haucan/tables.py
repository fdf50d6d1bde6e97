"""Turns Article records into Arrow tables (typed by the config's Features) and into the frames pandera checks."""

from __future__ import annotations

from collections.abc import Sequence

import datasets
import pandas as pd
import pyarrow as pa

from haucan.records import AnnotatedArticle, Article
from schema import ConfigSpec


def article_row(article: Article) -> dict:
    """The ``articles`` row of one article."""
    return {
        "article_id": article.article_id,
        "source_file": article.source_file,
        "url": article.url,
        "outlet": article.outlet,
        "outlet_domain": article.outlet_domain,
        "outlet_source": article.outlet_source,
        "title": article.title,
        "lead": article.lead,
        "text": article.text,
        "raw_text": article.raw_text,
        "captions": list(article.captions),
        "authors": list(article.authors),
        "photo_credits": list(article.photo_credits),
        "published_date": article.published_date,
        "published_date_source": article.published_date_source,
        "event_date": article.event_date,
        "event_date_source": article.event_date_source,
        "null_reasons": [{"field": r.field, "reason": r.reason} for r in article.null_reasons],
        "n_chars": article.n_chars,
        "n_syllables": article.n_syllables,
        "text_sha256": article.text_sha256,
        "split": article.split,
    }


def block_rows(article: Article) -> list[dict]:
    """The ``blocks`` rows of one article, in block order."""
    return [
        {
            "article_id": article.article_id,
            "block_idx": b.block_idx,
            "kind": b.kind,
            "rule": b.rule,
            "text": b.text,
            "line": b.line,
            "in_text": b.text_start is not None,
            "text_start": b.text_start,
            "text_end": b.text_end,
        }
        for b in article.blocks
    ]


def mention_rows(annotated: AnnotatedArticle) -> list[dict]:
    """The ``mentions`` rows of one article, ordered by mention id (the published sort key)."""
    rows = [{
        "mention_id": m.mention_id, "article_id": annotated.article.article_id, "field": m.field,
        "caption_idx": m.caption_idx, "sent_idx": m.sent_idx, "start": m.start, "end": m.end, "surface": m.surface,
        "label": m.label, "normalized": m.normalized, "parent_mention_id": m.parent_mention_id, "source": m.source,
        "extractor": m.extractor,
    } for m in annotated.mentions]
    return sorted(rows, key=lambda row: row["mention_id"])


def sentence_rows(annotated: AnnotatedArticle) -> list[dict]:
    """The ``sentences`` rows of one article."""
    return [{
        "article_id": annotated.article.article_id, "sent_idx": s.sent_idx, "field": s.field,
        "caption_idx": s.caption_idx, "start": s.start, "end": s.end, "text": s.text,
        "syllables": list(s.syllables), "words": list(s.words), "segmenter": s.segmenter,
    } for s in annotated.sentences]


def ner_rows(level: str):
    """Row builder for ``ner_syllable`` or ``ner_word``."""

    def rows(annotated: AnnotatedArticle) -> list[dict]:
        tags = annotated.syllable_tags if level == "syllable" else annotated.word_tags
        return [{
            "article_id": annotated.article.article_id, "sent_idx": s.sent_idx,
            "tokens": list(s.syllables if level == "syllable" else s.words), "ner_tags": list(sentence_tags),
        } for s, sentence_tags in zip(annotated.sentences, tags, strict=True)]

    return rows


def observation_rows(annotated: AnnotatedArticle) -> list[dict]:
    """The ``person_observations`` rows of one article."""
    return [{
        "obs_id": o.obs_id, "person_id": o.person_id, "article_id": o.article_id, "name": o.name,
        "observed_on": o.observed_on, "observed_on_basis": o.observed_on_basis, "rank": o.rank,
        "positions": [{"title": p.title, "normalized_title": p.normalized_title, "org_id": p.org_id} for p in o.positions],
        "party_roles": list(o.party_roles), "event_id": o.event_id, "event_role": o.event_role,
        "evidence_field": o.evidence_field, "evidence_caption_idx": o.evidence_caption_idx,
        "evidence_start": o.evidence_start, "evidence_end": o.evidence_end, "source": o.source, "extractor": o.extractor,
    } for o in sorted(annotated.observations, key=lambda o: o.obs_id)]


def event_rows(annotated: AnnotatedArticle) -> list[dict]:
    """The ``events`` rows of one article (at most one)."""
    return [{
        "event_id": e.event_id, "article_id": e.article_id, "event_type": e.event_type, "name": e.name,
        "event_date": e.event_date, "event_date_precision": e.event_date_precision, "location": e.location,
        "organizer_org_id": e.organizer_org_id, "chair_person_id": e.chair_person_id,
        "participants": [{"person_id": p.person_id, "role": p.role} for p in e.participants],
        "period_reviewed": e.period_reviewed, "period_reviewed_start": e.period_reviewed_start,
        "period_reviewed_end": e.period_reviewed_end, "period_planned": e.period_planned,
        "period_planned_start": e.period_planned_start, "period_planned_end": e.period_planned_end,
        "evidence_start": e.evidence_start, "evidence_end": e.evidence_end, "source": e.source, "extractor": e.extractor,
    } for e in annotated.events]


def document_rows(annotated: AnnotatedArticle) -> list[dict]:
    """The ``document_refs`` rows of one article."""
    return [{
        "ref_id": d.ref_id, "article_id": d.article_id, "doc_id": d.doc_id, "doc_type": d.doc_type, "number": d.number,
        "issuer_code": d.issuer_code, "issued_on": d.issued_on, "field": d.field, "caption_idx": d.caption_idx,
        "start": d.start, "end": d.end, "surface": d.surface,
    } for d in sorted(annotated.documents, key=lambda d: d.ref_id)]


def organization_row(org) -> dict:
    """The ``organizations`` row of one organisation."""
    return {
        "org_id": org.org_id, "name": org.name, "abbreviations": list(org.abbreviations), "org_type": org.org_type,
        "parent_org_id": org.parent_org_id, "valid_from": org.valid_from, "valid_to": org.valid_to,
        "successor_org_ids": list(org.successor_org_ids), "origin": org.origin, "sources": list(org.sources),
    }


ROW_BUILDERS = {
    "articles": lambda annotated: [article_row(annotated.article)],
    "blocks": lambda annotated: block_rows(annotated.article),
    "mentions": mention_rows,
    "sentences": sentence_rows,
    "ner_syllable": ner_rows("syllable"),
    "ner_word": ner_rows("word"),
    "person_observations": observation_rows,
    "events": event_rows,
    "document_refs": document_rows,
}


# Features.arrow_schema is a property that datasets rebuilds on every access (the Arrow types and the JSON
# ``huggingface`` metadata, through deep copies): about 1 ms, paid once per config and chunk. Kept here per
# Features object; the object is stored with its schema so that a reused id() can never return a stale one.
_ARROW_SCHEMAS: dict[int, tuple[datasets.Features, pa.Schema]] = {}


def arrow_schema(features: datasets.Features) -> pa.Schema:
    """``features.arrow_schema``, computed once per Features object."""
    cached = _ARROW_SCHEMAS.get(id(features))
    if cached is None or cached[0] is not features:
        cached = _ARROW_SCHEMAS[id(features)] = (features, features.arrow_schema)
    return cached[1]


def to_arrow(spec: ConfigSpec, rows: Sequence[dict]) -> pa.Table:
    """Build the table with the config's exact Arrow schema (which carries the ``huggingface`` metadata)."""
    return pa.Table.from_pylist(list(rows), schema=arrow_schema(spec.features))


_PANDAS_TYPES = {pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}


def to_frame(table: pa.Table) -> pd.DataFrame:
    """The pandas view pandera validates: nullable ints/bools, pandas' default strings, lists and dates as objects."""
    return table.to_pandas(types_mapper=_PANDAS_TYPES.get)
