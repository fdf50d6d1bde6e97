"""An event's date as the sentence reporting it writes it, and how its year was found.

The first cued date of the sentence counts (cue words and forms are data: `date` in
haucan/rules/knowledge/events.yml); its year is the one written, else the publication's, else the context's:
the latest year of the event's paragraph, the article's most written year outside biographies, or, with none,
the latest issue date of a cited document. A later sentence saying when the event took place gives it too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from haucan.knowledge.event_cues import Reference, cue_rules, paragraphs, sentences

DATE_STATED = "stated"
DATE_PUBLISHED_YEAR = "day_month+published_year"
DATE_CONTEXT_YEAR = "day_month+context_year"


@dataclass(frozen=True)
class EventDate:
    day: dt.date
    basis: str
    start: int
    end: int


def _years(text: str, start: int, end: int, skip: Sequence[tuple[int, int]], month: int) -> list[int]:
    """The years text[start:end] writes, in order, for an event in ``month``: a span of years counts once, with
    the year its kind gives (year_spans); a planned year ('triển khai nhiệm vụ năm 2025') and a year inside a
    cited document ('82/2016/NĐ-CP') do not count."""
    rules = cue_rules()
    found: list[tuple[int, int]] = []
    taken: list[tuple[int, int]] = []
    for span in rules.year_spans:
        for match in span.pattern.finditer(text, start, end):
            if not any(s <= match.start() < e or match.start() <= s < match.end() for s, e in (*skip, *taken)):
                taken.append(match.span())
                found.append((match.start(), span.year(match, month)))
    for match in rules.context_year.finditer(text, start, end):
        if any(s <= match.start() < e for s, e in (*skip, *taken)):
            continue
        if rules.plan_year_before.search(text, max(start, match.start() - 40), match.start()):
            continue
        found.append((match.start(), int(match.group(0))))
    return [year for _, year in sorted(found)]


def _context_year(text: str, paragraph: tuple[int, int], skip: Sequence[tuple[int, int]], month: int, day: int,
                  issued: Sequence[str] = (), headline: str = "") -> int | None:
    """The latest year written in the event's paragraph ('6 tháng đầu năm 2025', '(1951-2021)', 'năm học
    2023 - 2024' read by the event's month), else in the headline, which names the event the lead reports ('… Lễ
    tốt nghiệp cho 612 học viên năm học 2024 - 2025' for 'Sáng 12/7': 2025), else the year the article writes most often (the first written of a
    tie: a later one is usually a plan, 'chuẩn bị cho năm 2025'); years of a biography sentence ('sinh năm 1968',
    'từng giữ … năm 2021') are history, never the event's. A year read beyond the paragraph and the headline is
    bounded from below by the cited documents: a report cites what was issued before the event, so the day is
    never before the latest issue date ('Quyết định số 3318/QĐ-BQP ngày 26-9-2025' for 'Chiều 3-10': 2025, with
    no year written at all; 'Sáng 11/4' beside 'Quyết định số 2412/QĐ-BCH ngày 16/9/2024' and 'khởi công từ tháng
    10/2024': 2025, dev 995; a day-month before the issue day is the next year). A year in the paragraph stands: a
    plan cited for later ('thời gian tới … triển khai Kế hoạch 46/KH-BCH ngày 15/1/2025') bounds nothing (dev 996)."""
    if in_paragraph := _years(text, *paragraph, [*skip, *_planned(text, *paragraph)], month):
        return max(in_paragraph)
    if in_headline := _years(headline, 0, len(headline), (), month):
        return max(in_headline)
    year = _article_year(text, skip, month)
    latest = max((dt.date.fromisoformat(d) for d in issued if _ISO_DAY.fullmatch(d)), default=None)
    if latest is None:
        return year
    after_issue = latest.year + ((month, day) < (latest.month, latest.day))
    return after_issue if year is None or year < after_issue else year


def _article_year(text: str, skip: Sequence[tuple[int, int]], month: int) -> int | None:
    """The year the article writes most often outside biographies and a directive's periods to come (the first
    written of a tie)."""
    rules = cue_rules()
    history = [sentence for sentence in sentences(text) if rules.history.search(text, *sentence)]
    # A biography tells the past; a directive's period to come ('yêu cầu … đề xuất đầu tư trong năm 2026') the
    # future, though its task of the year ('hoàn thành tốt nhiệm vụ năm 2024') is this year's.
    written = _years(text, 0, len(text), [*skip, *history, *_planned(text, 0, len(text))], month)
    counts = Counter(written)
    return max(counts, key=lambda y: (counts[y], -written.index(y))) if counts else None


def _planned(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The years of text[start:end] that a directive's sentence sets as its period to come or its deadline ('đề
    xuất đầu tư trong năm 2026', 'yêu cầu năm 2026 tập trung …', 'hoàn thành … trước ngày 30.6.2026'): never the
    year of the day reported (a conference's paragraph that ends on its conclusion, dev 031, 028 of set 8)."""
    rules = cue_rules()
    return [year.span() for sentence in sentences(text[start:end])
            if rules.directive.search(text, start + sentence[0], start + sentence[1])
            for year in rules.context_year.finditer(text, start + sentence[0], start + sentence[1])
            if rules.directive_plan.search(text, max(start + sentence[0], year.start() - 24), year.start())]


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def event_date(text: str, sentence: tuple[int, int], paragraph: tuple[int, int], reference: Reference | None,
               skip: Sequence[tuple[int, int]], issued: Sequence[str] = (), headline: str = "") -> EventDate | None:
    """The first cued date of the sentence (outside the ``skip`` spans: cited documents), with its year: as
    written, else the publication's (Reference.year_of), else the context's (``issued``: the cited documents'
    issue dates, the last resort; the ``headline``'s years before the article's). A list of days over two months ('29, 30-5 và 1-6-2024') takes the first month
    written; so does one the greedy reading makes no date of ('30, 31-1 và 1-2-2026' as day 30 of month 2)."""
    rules = cue_rules()
    for match in rules.date.finditer(text, *sentence):
        if any(s <= match.start("d") < e for s, e in skip) or rules.date_not_after.search(text, sentence[0], match.start()):
            continue
        if rules.date_not_before.match(text, match.end(), sentence[1]):
            continue
        fewest = rules.date_first_month.match(text, match.start(), sentence[1])
        # '29, 30-5 và 1-6-2024': days of two months, the first month right after the first days.
        listed = fewest is not None and fewest.group("until") and fewest.group("y") and fewest.end() >= match.end()
        found = _dated(text, fewest, paragraph, reference, skip, issued, headline) if listed else None
        found = found or _dated(text, match, paragraph, reference, skip, issued, headline)
        if found is None and fewest is not None:
            found = _dated(text, fewest, paragraph, reference, skip, issued, headline)
        if found is not None:
            return found
    return None


def _dated(text: str, match: re.Match[str], paragraph: tuple[int, int], reference: Reference | None,
           skip: Sequence[tuple[int, int]], issued: Sequence[str], headline: str = "") -> EventDate | None:
    """The date one cued match gives, or None when it is none (31/2, month 13, no year to be had)."""
    day, month = int(match.group("d")), int(match.group("m"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if match.group("y"):
        year, basis = int(match.group("y")), DATE_STATED
    elif reference is not None:
        year, basis = reference.year_of(month, day), DATE_PUBLISHED_YEAR
    else:
        year, basis = _context_year(text, paragraph, skip, month, day, issued, headline), DATE_CONTEXT_YEAR
        if year is None:
            return None
    try:
        return EventDate(dt.date(year, month, day), basis, match.start("cue"), match.end())
    except ValueError:  # 31/2: not a date
        return None


def later_date(text: str, after: int, paragraph: tuple[int, int], reference: Reference | None,
               skip: Sequence[tuple[int, int]], issued: Sequence[str] = (), headline: str = "") -> EventDate | None:
    """The date a later sentence of the event's paragraph (past ``after``), or the next paragraph's first, gives
    the event when it says when it took place ('Hội nghị diễn ra sáng 5/7'; `later` in events.yml)."""
    spans = [(paragraph[0] + a, paragraph[0] + b, paragraph)
             for a, b in sentences(text[paragraph[0]:paragraph[1]]) if paragraph[0] + a > after]
    following = next((p for p in paragraphs(text) if p[0] > paragraph[1]), None)
    if following:
        first = sentences(text[following[0]:following[1]])[0]
        spans.append((following[0] + first[0], following[0] + first[1], following))
    for start, end, where in spans:
        if cue_rules().date_later.search(text, start, end):
            if found := event_date(text, (start, end), where, reference, skip, issued, headline):
                return found
    return None
