"""The periods an event's name reviews or plans ('sơ kết 6 tháng đầu năm 2024', 'triển khai nhiệm vụ năm 2025',
'tổng kết 10 năm thực hiện Nghị quyết 623-NQ/QUTW'), with their first and last days when derivable."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from haucan.extract.normalize import normalize_period
from haucan.records import Mention

_YEARS_OF = re.compile(r"(?i:tổng kết|sơ kết) (?P<years>\d+) năm thực hiện ")


def years_of_implementation(clause: str, offset: int, mentions: Sequence[Mention], event_day: dt.date | None):
    """'tổng kết 10 năm thực hiện Nghị quyết 623-NQ/QUTW ngày 29/10/2012': the period runs from the
    document's issue date to the event."""
    match = _YEARS_OF.search(clause)
    if not match:
        return None
    document = next((m for m in mentions if m.label == "DOC_REF" and m.start == offset + match.end()), None)
    if document is None:
        return None
    issued = next((m.normalized for m in mentions if m.parent_mention_id == document.mention_id and m.label == "DATE"
                   and m.normalized and len(m.normalized) == 10), None)
    as_written = clause[match.start("years"):document.end - offset]
    start, end = (dt.date.fromisoformat(issued) if issued else None), event_day
    if start and end and start > end:  # the text contradicts itself: keep what it says, derive no bounds
        return as_written, None, None
    return as_written, start, end


def period_bounds(normalized: str | None, label: str, year: int | None) -> tuple[dt.date | None, dt.date | None]:
    """Start and end dates of a PERIOD ('2023-01/2023-06') or a year DATE ('2025'); a period written without
    its year ('6 tháng đầu năm') takes the event's year. A period written backwards ('nhiệm kỳ 2020-2016', a
    typo) contradicts itself: no bounds, as years_of_implementation does, rather than rows the contract refuses
    (events.period_bounds_ordered), which would reject the whole article."""
    if label == "DATE" and normalized and len(normalized) == 4:
        return dt.date(int(normalized), 1, 1), dt.date(int(normalized), 12, 31)
    if label == "PERIOD" and normalized and "/" in normalized:
        first, last = normalized.split("/")
        if len(first) == 7:
            y1, m1 = map(int, first.split("-"))
            y2, m2 = map(int, last.split("-"))
            start, end = dt.date(y1, m1, 1), dt.date(y2, m2, calendar.monthrange(y2, m2)[1])
        else:
            start, end = dt.date(int(first), 1, 1), dt.date(int(last), 12, 31)
        return (start, end) if start <= end else (None, None)
    return None, None


def period_after(pattern: re.Pattern[str], name: str, name_start: int, temporal: Sequence[Mention],
                  year: int | None) -> tuple[str | None, dt.date | None, dt.date | None]:
    match = pattern.search(name)
    if not match:
        return None, None, None
    after = name_start + match.end()
    candidates = [m for m in temporal if m.start >= after]
    if not candidates:
        return None, None, None
    first = candidates[0]
    start, end = period_bounds(first.normalized, first.label, year)
    if start is None and first.label == "PERIOD" and year:
        start, end = period_bounds(normalize_period(f"{first.surface} {year}"), "PERIOD", year)
    return first.surface, start, end
