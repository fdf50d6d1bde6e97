"""Cited documents: a DOC_REF mention becomes a reference to a canonical document shared across articles."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from haucan.knowledge.text import slug
from haucan.records import DocumentRef, Mention
from schema.vocab import load_vocab

_NUMBER = re.compile(r"^(?P<number>\d+)(?:(?P<sep>[-/])(?P<issuer>[A-ZĐ][A-ZĐa-z]*(?:[-/][A-ZĐ][A-ZĐa-z]*)*))?$")


def _kind(surface: str) -> tuple[str, str] | None:
    for entry in load_vocab("doc_types"):
        if surface.lower().startswith(entry["kind"].lower()):
            return entry["kind"], entry["doc_type"]
    return None


def document_refs(article_id: str, mentions: Sequence[Mention]) -> tuple[DocumentRef, ...]:
    """One reference per DOC_REF mention; a short citation ('Nghị quyết 623') takes the full number and
    date that the article gives elsewhere for the same kind and number."""
    # (doc_type, number) -> (full number as written, issue date), from the citations that give them.
    full: dict[tuple[str, str], tuple[str | None, dt.date | None]] = {}
    parsed = []
    # Each citation's nested dates, grouped in one pass (not one scan of every mention per citation).
    dates_in: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.label == "DATE" and mention.parent_mention_id:
            dates_in.setdefault(mention.parent_mention_id, []).append(mention)
    for mention in mentions:
        if mention.label != "DOC_REF" or not mention.normalized:
            continue
        kind = _kind(mention.surface)
        match = _NUMBER.match(mention.normalized)
        if not kind or not match:
            continue
        nested = dates_in.get(mention.mention_id, [])
        issued = dt.date.fromisoformat(nested[0].normalized) if nested and nested[0].normalized and len(
            nested[0].normalized) == 10 else None
        key = (kind[1], match.group("number"))
        known_number, known_date = full.get(key, (None, None))
        full[key] = (mention.normalized if match.group("issuer") else known_number, issued or known_date)
        parsed.append((mention, kind, key, issued))
    refs = []
    for mention, kind, key, issued in parsed:
        full_number, known_date = full[key]
        full_number = full_number or mention.normalized
        issuer = _NUMBER.match(full_number).group("issuer")
        refs.append(DocumentRef(
            ref_id=mention.mention_id, article_id=article_id, doc_id=f"{slug(kind[0])}:{full_number}",
            doc_type=kind[1], number=key[1], issuer_code=issuer, issued_on=issued or known_date, field=mention.field,
            caption_idx=mention.caption_idx, start=mention.start, end=mention.end, surface=mention.surface))
    return tuple(refs)
