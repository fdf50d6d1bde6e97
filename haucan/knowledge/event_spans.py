"""Days a page tells after an event's report: an inspection's first day, a round-up lead's event retold, the last
day of a span that gifts after the event's conclusion take (``last_day``), and the day an undated main event is
told again on (``dated_again``).

A page may report an inspection by its closing day ('Chiều ngày 16/10, Đoàn công tác … đã kiểm tra công tác hậu
cần tại …') and tell only further down that the checking ran over several days ('Qua kiểm tra thực tế từ ngày 14
đến 16/10 tại …'). The inspection is one event dated by its first day (coordinator's convention for set 12: an
inspection over several days closed by a working session is one `kiem_tra` dated by its first day). Gifts handed
over after the closing keep the closing's day: this runs after every event is dated, so their host's day is the
one the report gave.

A round-up's lead opening on a span of days sums up events it then tells day by day; an event of the lead told
again on its own day is that day's report (``retold``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from haucan.records import Event

# 'từ ngày 14 đến 16/10', 'từ 14 - 16-10': a span of days in one month whose last day and month are written.
_SPAN = re.compile(r"(?i:từ(?: ngày)?\s*(?P<first>\d{1,2})\s*(?:-|–|đến(?: ngày)?)\s*(?P<last>\d{1,2})\s*[/.-]\s*"
                   r"(?P<month>\d{1,2}))(?![/.-]?\d)")
# The span must be the inspection's own checking ('Qua kiểm tra thực tế từ ngày …', 'Đoàn đã khảo sát từ …').
_CHECKING = re.compile(r"(?i:kiểm tra|khảo sát)")
_LONGEST = 15  # days: a span longer than this is a campaign, not one inspection's visits


def first_days(text: str, events: Sequence[Event], types: frozenset[str] = frozenset({"kiem_tra"})) -> tuple[Event, ...]:
    """``events`` with each inspection dated by the first day of a span told after its report that ends on its
    day, in the stretch of text before the next event's report; the others unchanged."""
    starts = sorted(e.evidence_start for e in events)
    out = []
    for event in events:
        day = event.event_date
        if event.event_type not in types or day is None:
            out.append(event)
            continue
        until = next((s for s in starts if s > event.evidence_start), len(text))
        first = None
        for match in _SPAN.finditer(text, event.evidence_end, until):
            if int(match.group("last")) != day.day or int(match.group("month")) != day.month:
                continue
            sentence_start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
            if not _CHECKING.search(text, sentence_start, match.start()):
                continue
            try:
                candidate = dt.date(day.year, day.month, int(match.group("first")))
            except ValueError:
                continue
            if 0 < (day - candidate).days <= _LONGEST:
                first = candidate
                break
        out.append(replace(event, event_date=first) if first else event)
    return tuple(out)


# A lead opening on a span of days ('Trong 2 ngày 28 và 29-11, …', 'Từ ngày 3 đến 5/6, …').
_LEAD_SPAN = re.compile(r"(?i:(?:trong )?(?:\d|hai|ba|bốn|năm) ngày \d{1,2}(?:,| và| -| –|-|–)\s*\d{1,2}"
                        r"|từ(?: ngày)?\s*\d{1,2}\s*(?:-|–|đến(?: ngày)?)\s*\d{1,2})")
_LEAD_REACH = 40  # characters: the span opens the lead, after an outlet's prefix ('(GLO)- ')
_GIFTS = frozenset({"le_trao_tang"})


def retold(text: str, events: Sequence[Event], event_id) -> tuple[Event, ...]:
    """``events`` without a round-up lead's own report of an event it tells again on its own day: a lead opening on
    a span of days that sums up events of several kinds ('Trong 2 ngày 28 và 29-11, Công an tỉnh đón đoàn kiểm tra …
    và tổ chức bàn giao 2 căn nhà …', then 'Sáng 29-11, … tổ chức bàn giao …, X chủ trì') reports the handover on
    the 29th, chaired by X, not on the span's first day. ``event_id(index)`` re-numbers what is left."""
    if len(events) < 3 or events[0].event_date is None:
        return tuple(events)
    lead = events[0]
    if not _LEAD_SPAN.search(text, lead.evidence_start, min(lead.evidence_start + _LEAD_REACH, lead.evidence_end)):
        return tuple(events)
    later = [e for e in events[1:] if e.event_type == lead.event_type and e.event_date is not None
             and 0 < (e.event_date - lead.event_date).days <= _LONGEST and e.evidence_start > lead.evidence_end]
    others = [e for e in events[1:] if e.event_type not in _GIFTS | {lead.event_type} and e.event_date is not None
              and 0 <= (e.event_date - lead.event_date).days <= _LONGEST]
    if not later or not others:
        return tuple(events)
    return tuple(replace(e, event_id=event_id(i)) for i, e in enumerate(events[1:]))


# A span of days an event ran over, as its report writes it: 'Trong 2 ngày 16 và 17/4', 'từ ngày 4 - 6/6',
# 'từ 30/10 đến 1/11', 'từ ngày 3 đến 8/11/2025'; the last day and its month are written, the first month may be.
_RUN = re.compile(r"(?i:(?:từ|ngày)\s*(?:ngày\s*)?\d{1,2}(?:\s*[/.-]\s*(?P<first_month>\d{1,2}))?\s*"
                  r"(?:-|–|đến(?: ngày)?|và)\s*(?:ngày\s*)?(?P<last>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2}))"
                  r"(?!\d)")


# The event's conclusion told before the gifts ('Phát biểu kết luận, …', 'Kết thúc đợt kiểm tra, …', 'bế mạc'); a
# contest's results and prizes are its close ('Kết quả, Ban tổ chức trao giải Nhất cho …', set 14: 212): prizes are
# given once the last round is judged.
_CONCLUDED = re.compile(r"(?i:kết luận|kết thúc|bế mạc|bế giảng|tổng kết|trao giải|công bố kết quả)"
                        r"|(?:^|(?<=[.!?…]\s)|(?<=\n))Kết quả,")


def last_day(text: str, start: int, end: int, first: dt.date | None, gifts: int) -> dt.date | None:
    """The last day of the span of days text[start:end] (an event's report) says the event ran over, from its
    ``first`` day ('Trong 2 ngày 16 và 17/4' -> 17/4): the day gifts handed over after its conclusion (told
    between ``end`` and ``gifts``) take when the text names no later day (coordinator's convention for set 13).
    None without such a span or conclusion: gifts told in the middle of the days ('Trong 4 ngày, đoàn đã khám … .
    Dịp này, …', set 12: 887) keep the event's first day."""
    if first is None or not _CONCLUDED.search(text, end, gifts):
        return None
    for match in _RUN.finditer(text, start, end):
        try:
            last = dt.date(first.year, int(match.group("month")), int(match.group("last")))
        except ValueError:
            continue
        if last < first and (first.month, last.month) == (12, 1):  # 'từ 30/12 đến 2/1': into the next year
            last = last.replace(year=first.year + 1)
        if 0 < (last - first).days <= _LONGEST:
            return last
    return None


def dated_again(events: Sequence[Event], found: Sequence, kept: Sequence, date_of) -> tuple[Event, ...]:
    """``events`` with an undated main event given the day of the first later report of its type that the page
    drops as that same event (``found`` but not ``kept``): a pasted notice's heading 'Kết luận của đồng chí X … tại
    cuộc họp về …', then 'Ngày 12/6/2024, đồng chí X … chủ trì cuộc họp về …' (dev 091). ``date_of(report)`` reads a
    report's own sentence (an EventDate or None; the caller reads only a sentence opening on its day)."""
    if not events or events[0].event_date is not None or not kept:
        return tuple(events)
    main = kept[0]
    for report in found:
        if report in kept or report.sentence[0] <= main.sentence[0] or report.rule.event_type != main.rule.event_type:
            continue
        if (day := date_of(report)) is not None:
            return (replace(events[0], event_date=day.day, event_date_precision="day", event_date_basis=day.basis),
                    *events[1:])
    return tuple(events)
