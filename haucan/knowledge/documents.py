"""Cited documents: a DOC_REF mention becomes a reference to a canonical document shared across articles.

A document is its kind and number ('Nghị quyết' 623); its id is the kind's slug and the full number as the
article writes it ('nghi-quyet:623-NQ/QUTW'). Every citation of one kind and number in an article takes the
full number and the issue date that any of its citations gives, so 'Nghị quyết 623' and 'Nghị quyết số
623-NQ/QUTW ngày 29/10/2012' in one article are one document. An article that never writes the issuer code
keeps the bare number ('quyet-dinh:366').
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from haucan.extract.lexicon import lexicon
from haucan.knowledge.text import slug
from haucan.records import DocumentRef, Mention
from schema.vocab import load_vocab

_NUMBER = re.compile(r"^(?P<number>\d+)(?:[-/](?P<issuer>.+))?$")
_DAY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def _kind(surface: str) -> tuple[str, str] | None:
    """(kind as the vocabulary spells it, doc_type) of a citation; the longest kind it opens with."""
    folded = surface.casefold()
    entries = sorted(load_vocab("doc_types"), key=lambda e: -len(e["kind"]))
    return next(((e["kind"], e["doc_type"]) for e in entries if folded.startswith(e["kind"].casefold())), None)


def _issued(date: str | None, nested: Sequence[Mention]) -> dt.date | None:
    """The issue date the citation writes ('29/10/2012', '10-4-2009', '29.12.2023'), else its nested DATE's."""
    match = _DAY.match(re.sub(r"\s", "", date)) if date else None
    if match:
        day, month, year = map(int, match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return next((dt.date.fromisoformat(m.normalized) for m in nested if m.normalized and len(m.normalized) == 10), None)


def page_document(title: str | None, lines: Sequence[str]) -> tuple[str, str] | None:
    """(kind, number) of the document the page itself is: a legal database's copy, headlined by the document's
    kind and number ('Thông tư 112/2025/TT-BQP quy định …', set 14: 235; dev 385, 936) and printing the document's
    own header line ('Số: 112/2025/TT-BQP', 'Số hiệu: …') or the document naming itself ('Thông tư này quy định
    …'). Its own number is no citation (coordinator, set 14). A news page headlined by a document shows neither.
    When the headline read is a site's line ('Lingo.vn - Tra cứu văn bản pháp luật'), the document's own headline is
    the text's first line, and is read there (set 17: 1094)."""
    first_line = lines[0].lstrip().split("\n", 1)[0] if lines else ""
    cited = lexicon().doc_ref.match(title or "") or lexicon().doc_ref.match(first_line)
    kind = _kind(cited.group(0)) if cited else None
    match = _NUMBER.match(re.sub(r"\s", "", cited.group("number"))) if cited else None
    if not kind or not match:
        return None
    page = "\n".join(lines)
    header = re.compile(r"(?m)^Số(?: hiệu)?:\s*" + re.escape(match.group(0)) + r"\s*$")
    itself = re.compile(r"(?<!\w)" + re.escape(kind[0]) + r" này(?!\w)", re.IGNORECASE)
    return (kind[0], match.group("number")) if header.search(page) or itself.search(page) else None


def document_refs(article_id: str, mentions: Sequence[Mention],
                  itself: tuple[str, str] | None = None) -> tuple[DocumentRef, ...]:
    """One reference per DOC_REF mention; a short citation ('Nghị quyết 623') takes the full number and date
    that the article gives elsewhere for the same kind and number (before or after it). The document the page
    itself is (``itself``, from ``page_document``) is never cited by it."""
    # Each citation's nested dates, grouped in one pass (not one scan of every mention per citation).
    dates_in: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.label == "DATE" and mention.parent_mention_id:
            dates_in.setdefault(mention.parent_mention_id, []).append(mention)
    # (kind, number) -> (full number as written, issue date), from the citations that give them.
    full: dict[tuple[str, str], tuple[str | None, dt.date | None]] = {}
    parsed = []
    for mention in mentions:
        if mention.label != "DOC_REF":
            continue
        kind = _kind(mention.surface)
        cited = lexicon().doc_ref.match(mention.surface)
        written = re.sub(r"\s", "", cited.group("number")) if cited else ""
        match = _NUMBER.match(written)
        if not kind or not match:
            continue
        issued = _issued(cited.group("date"), dates_in.get(mention.mention_id, []))
        key = (kind[0], match.group("number"))
        if key == itself:
            continue
        known_number, known_date = full.get(key, (None, None))
        full[key] = (written if match.group("issuer") else known_number, issued or known_date)
        parsed.append((mention, kind, key, issued, written))
    refs = []
    for mention, kind, key, issued, written in parsed:
        full_number, known_date = full[key]
        full_number = full_number or written
        refs.append(DocumentRef(
            ref_id=mention.mention_id, article_id=article_id, doc_id=f"{slug(kind[0])}:{full_number}",
            doc_type=kind[1], number=key[1], issuer_code=_NUMBER.match(full_number).group("issuer"),
            issued_on=issued or known_date, field=mention.field, caption_idx=mention.caption_idx,
            start=mention.start, end=mention.end, surface=mention.surface))
    return tuple(refs)
