"""Normalised values of mentions: canonical rank and title spellings, ISO dates and periods, document numbers."""

from __future__ import annotations

import re
from types import MappingProxyType

from haucan.extract.lexicon import lexicon, new_style

_DMY = re.compile(r"^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?$")
_YEAR = re.compile(r"^(?:[Nn]ăm )?((?:19|20)\d\d)$")
_HALF = re.compile(r"^(\d+|một|hai|ba|sáu|chín) tháng (?:(đầu|cuối) )?năm(?: ((?:19|20)\d\d))?$", re.IGNORECASE)
_QUARTER = re.compile(r"^quý (IV|I{1,3}|[1-4])(?:(?:/| năm )((?:19|20)\d\d))?$", re.IGNORECASE)
_RANGE = re.compile(r"^(?:nhiệm kỳ|giai đoạn|năm học) ((?:19|20)\d\d) ?[-–] ?((?:19|20)\d\d)$", re.IGNORECASE)
_DOC_NUMBER = re.compile(r"(?:số )?(\d+(?:[-/][A-ZĐ][A-ZĐa-z]*)*)")
_DASHES = re.compile(r" ?[-–—] ?")
_WORD_NUMBERS = MappingProxyType({"một": 1, "hai": 2, "ba": 3, "sáu": 6, "chín": 9})
_QUARTERS = MappingProxyType({"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4})


def normalize_date(surface: str) -> str | None:
    """'29/10/2012' -> '2012-10-29'; '6/7' -> '--07-06' (ISO 8601, year not stated); 'năm 2023' -> '2023'."""
    match = _DMY.match(surface)
    if match:
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}" if year else f"--{int(month):02d}-{int(day):02d}"
    match = _YEAR.match(surface)
    return match.group(1) if match else None


def normalize_period(surface: str) -> str | None:
    """ISO interval when the year is stated: '6 tháng đầu năm 2023' -> '2023-01/2023-06'; else None."""
    match = _HALF.match(surface)
    if match:
        months_raw, part, year = match.groups()
        months = int(months_raw) if months_raw.isdigit() else _WORD_NUMBERS[months_raw.lower()]
        if not year or not 1 <= months <= 12:
            return None
        # 'N tháng năm Y' (no 'đầu'/'cuối') reports the first N months, like 'N tháng đầu năm Y'.
        first, last = (13 - months, 12) if part and part.lower() == "cuối" else (1, months)
        return f"{year}-{first:02d}/{year}-{last:02d}"
    match = _QUARTER.match(surface)
    if match and match.group(2):
        quarter, year = _QUARTERS[match.group(1).upper()], match.group(2)
        return f"{year}-{3 * quarter - 2:02d}/{year}-{3 * quarter:02d}"
    match = _RANGE.match(surface)
    return f"{match.group(1)}/{match.group(2)}" if match else None


def document_number(surface: str) -> str | None:
    """'Nghị quyết 623-NQ/QUTW ngày 29/10/2012' -> '623-NQ/QUTW'."""
    match = lexicon().doc_ref.match(surface)
    return match.group("number") if match else None


def normalize(label: str, surface: str, full_documents: dict[str, str]) -> str | None:
    """The normalised value for one mention; ``full_documents`` maps a bare number to its full form."""
    lex = lexicon()
    if label == "RANK":
        return lex.rank_canonical.get(surface.casefold())
    if label == "POSITION":
        # The longest known title the span opens with, in its canonical spelling.
        # Any dash inside the span, spaced or not, is the titles' hyphen ('Hậu cần - Kỹ thuật').
        folded = _DASHES.sub("-", new_style(surface)).casefold()
        titles = [t for t in lex.position_canonical if folded == t or folded.startswith(t + " ") or folded.startswith(t + ",")]
        return lex.position_canonical[max(titles, key=len)] if titles else None
    if label == "DATE":
        return normalize_date(surface)
    if label == "PERIOD":
        return normalize_period(surface)
    if label == "DOC_REF":
        number = document_number(surface)
        return full_documents.get(number, number) if number else None
    return None
