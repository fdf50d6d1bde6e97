"""What a sentence that reports an event says about it: its date (and how the year was found) and its chairs.

The cue words are data (haucan/rules/knowledge/events.yml); this module finds sentences, reads the first dated
cue of a sentence and pairs each 'chủ trì' cue with the person named right before it (or right after 'có').
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

import yaml

from haucan.knowledge.people import EVENTS_RULES
from haucan.records import Mention

# A sentence ends at . ! ? … before a space and a capital, a quote or a digit, unless the word before the stop
# is a short abbreviation ('GS. TS Đặng Văn Hưng', 'TP. Hồ Chí Minh'); a line break always ends one.
_SENTENCE_END = re.compile(r"(?<![\s(][A-ZĐ])(?<![\s(][A-ZĐ][A-ZĐa-z])(?<![\s(][A-ZĐ][A-ZĐa-z][A-ZĐ])[.!?…]+\s+"
                           r"(?=[A-ZĐÀ-Ỹ\"“(\d])|\n+")

_LIST_JOIN = re.compile(r";|\svà\s")  # how a list of co-chairs joins its names

DATE_STATED = "stated"
DATE_PUBLISHED_YEAR = "day_month+published_year"
DATE_CONTEXT_YEAR = "day_month+context_year"


@dataclass(frozen=True)
class CueRules:
    date: re.Pattern[str]
    date_not_after: re.Pattern[str]
    context_year: re.Pattern[str]
    chair_before: re.Pattern[str]
    chair_after: re.Pattern[str]
    gap_stop: re.Pattern[str]
    max_gap: int


@cache
def cue_rules() -> CueRules:
    doc = yaml.safe_load(EVENTS_RULES.read_text(encoding="utf-8"))
    date, chairs = doc["date"], doc["chairs"]
    return CueRules(
        date=re.compile(f"(?<!\\w)(?P<cue>{date['cue']})(?:{date['expression']})"),
        date_not_after=re.compile(date["not_after"]), context_year=re.compile(date["context_year"]),
        chair_before=re.compile(chairs["before"]), chair_after=re.compile(chairs["after"]),
        gap_stop=re.compile(chairs["gap_stop"]), max_gap=int(chairs["max_gap"]))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of ``text`` (a paragraph of the clean text)."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return [span for span in spans if text[span[0]:span[1]].strip()]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, spaces trimmed."""
    spans, start = [], 0
    for stop in _SENTENCE_END.finditer(text):
        spans.append((start, stop.start() + len(stop.group(0).rstrip())))
        start = stop.end()
    spans.append((start, len(text)))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans if text[s:e].strip()]


@dataclass(frozen=True)
class EventDate:
    day: dt.date
    basis: str
    start: int
    end: int


def _context_year(text: str, paragraph: tuple[int, int], skip: Sequence[tuple[int, int]]) -> int | None:
    """The latest year written in the event's paragraph ('6 tháng đầu năm 2025', '(1951-2021)', 'năm học
    2023 - 2024'), else the year the article writes most often (the first written of a tie: a later one is
    usually a plan, 'chuẩn bị cho năm 2025'). Years inside cited documents ('82/2016/NĐ-CP') do not count."""
    def years(start: int, end: int) -> list[int]:
        return [int(m.group(0)) for m in cue_rules().context_year.finditer(text, start, end)
                if not any(s <= m.start() < e for s, e in skip)]

    if in_paragraph := years(*paragraph):
        return max(in_paragraph)
    written = years(0, len(text))
    counts = Counter(written)
    return max(counts, key=lambda y: (counts[y], -written.index(y))) if counts else None


def event_date(text: str, sentence: tuple[int, int], paragraph: tuple[int, int], published: dt.date | None,
               skip: Sequence[tuple[int, int]]) -> EventDate | None:
    """The first cued date of the sentence (outside the ``skip`` spans: cited documents), with its year: as
    written, else the publication's (a day after the publication is the year before), else the context's."""
    rules = cue_rules()
    for match in rules.date.finditer(text, *sentence):
        if any(s <= match.start("d") < e for s, e in skip) or rules.date_not_after.search(text, sentence[0], match.start()):
            continue
        day, month = int(match.group("d")), int(match.group("m"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if match.group("y"):
            year, basis = int(match.group("y")), DATE_STATED
        elif published is not None:
            year, basis = published.year, DATE_PUBLISHED_YEAR
            if (month, day) > (published.month, published.day + 7):  # reported in January about late December
                year -= 1
        else:
            year, basis = _context_year(text, paragraph, skip), DATE_CONTEXT_YEAR
            if year is None:
                continue
        try:
            return EventDate(dt.date(year, month, day), basis, match.start("cue"), match.end())
        except ValueError:  # 31/2: not a date
            continue
    return None


def _named_before(text: str, cue_start: int, people: Sequence[Mention], sentence_start: int) -> int | None:
    """Index in ``people`` of the person named right before the cue: the last name before it in the sentence,
    with only titles between (no other role verb, no ';', at most max_gap characters)."""
    rules = cue_rules()
    before = [i for i, p in enumerate(people) if sentence_start <= p.start and p.end <= cue_start]
    if not before:
        return None
    index = before[-1]
    gap = text[people[index].end:cue_start]
    if len(gap) > rules.max_gap or rules.gap_stop.search(gap):
        return None
    return index


def chairs(text: str, sentence: tuple[int, int], people: Sequence[Mention]) -> list[tuple[Mention, bool]]:
    """The persons the sentence says chair (mention, is_co_chair), in text order: 'X … chủ trì', 'do X …
    làm trưởng đoàn', 'X … và Y … đồng chủ trì', 'Đồng chủ trì buổi làm việc có X; Y'."""
    rules = cue_rules()
    start, end = sentence
    found: dict[int, bool] = {}
    after = rules.chair_after.match(text[start:end])
    if after:
        named = [i for i, p in enumerate(people) if start + after.end() <= p.start < end]
        if named:
            co = bool(after.group("co"))
            found[named[0]] = co
            for previous, i in pairwise(named):  # co-chairs listed: 'có X, …; Y, …' or '… và Y'
                if not co or not _LIST_JOIN.search(text[people[previous].end:people[i].start]):
                    break
                found[i] = True
    for cue in rules.chair_before.finditer(text, start, end):
        index = _named_before(text, cue.start(), people, start)
        if index is None:
            continue
        co = bool(cue.group("co"))
        found.setdefault(index, co)
        if co and index and people[index - 1].start >= start:  # 'A, … và B, … đồng chủ trì'
            gap = text[people[index - 1].end:people[index].start]
            if _LIST_JOIN.search(gap) and not rules.gap_stop.search(gap) and len(gap) <= rules.max_gap:
                found.setdefault(index - 1, True)
    return [(people[i], found[i]) for i in sorted(found)]
