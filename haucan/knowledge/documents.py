"""Cited documents: a DOC_REF mention becomes a reference to a canonical document shared across articles."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from haucan.knowledge.text import slug
from haucan.records import DocumentRef, Mention
from schema.vocab import load_vocab

_NUMBER = re.compile(r"^(?P<number>\d+)(?:[-/](?P<issuer>[A-ZĐ][A-ZĐa-z]*(?:[-/][A-ZĐ][A-ZĐa-z]*)*))?$")


def _kind(surface: str) -> tuple[str, str] | None:
    for entry in load_vocab("doc_types"):
        if surface.lower().startswith(entry["kind"].lower()):
            return entry["kind"], entry["doc_type"]
    return None


def document_refs(article_id: str, mentions: Sequence[Mention]) -> tuple[DocumentRef, ...]:
    """One reference per DOC_REF mention; a short citation ('Nghị quyết 623') takes the full number and
    date that the article gives elsewhere for the same kind and number."""
    full: dict[tuple[str, str], tuple[str | None, dt.date | None]] = {}
    parsed = []
    for mention in mentions:
        if mention.label != "DOC_REF" or not mention.normalized:
            continue
        kind = _kind(mention.surface)
        match = _NUMBER.match(mention.normalized)
        if not kind or not match:
            continue
        nested = [m for m in mentions if m.parent_mention_id == mention.mention_id and m.label == "DATE"]
        issued = dt.date.fromisoformat(nested[0].normalized) if nested and nested[0].normalized and len(
            nested[0].normalized) == 10 else None
        key = (kind[1], match.group("number"))
        if match.group("issuer"):
            known = full.get(key, (None, None))
            full[key] = (match.group("issuer"), issued or known[1])
        parsed.append((mention, kind, match, key, issued))
    refs = []
    for mention, kind, match, key, issued in parsed:
        issuer, known_date = full.get(key, (match.group("issuer"), None))
        number = match.group("number")
        doc_id = f"{slug(kind[0])}:{number}" + (f"-{issuer}" if issuer else "")
        refs.append(DocumentRef(
            ref_id=f"{mention.mention_id}", article_id=article_id, doc_id=doc_id, doc_type=kind[1], number=number,
            issuer_code=issuer, issued_on=issued or known_date, field=mention.field,
            caption_idx=mention.caption_idx, start=mention.start, end=mention.end, surface=mention.surface))
    return tuple(refs)
