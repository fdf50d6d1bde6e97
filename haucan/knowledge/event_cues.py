"""What a sentence that reports an event says about its chairs, and the cue rules its date is read with
(haucan/knowledge/event_dates.py reads the date).

The cue words are data (haucan/rules/knowledge/events.yml); this module finds sentences and pairs each 'chủ
trì' cue with the person named right before it (or right after 'có'); a
council's chair in a list and a congress's presidium are chairs of a lower rank, kept only when no one 'chủ trì'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from haucan import regex_prefilter
from haucan.knowledge.people import events_document
from haucan.records import Mention
from haucan.text_memo import span_memo

# A sentence ends at . ! ? … before a space and a capital, a quote or a digit, unless the word before the stop
# is a short abbreviation ('GS. TS Đặng Văn Hưng', 'TP. Hồ Chí Minh'); a line break always ends one. The
# abbreviation lookbehinds are read after the first stop, each with that stop appended, not before it: the
# same test, but made only where a stop is, not at every character (3x faster; tests/test_sentence_end.py).
# A copy that glued its paragraphs ('… năm 2025.Dịp này, Cục …', set 8: 028) ends one at a stop with no space, between
# a small letter or a digit and a capitalised word, unless the word before is 'Tp', 'Tx', 'Tt' ('Tp.Hồ Chí Minh').
_SENTENCE_END = re.compile(r"[.!?…](?<![\s(][A-ZĐ][.!?…])(?<![\s(][A-ZĐ][A-ZĐa-z][.!?…])"
                           r"(?<![\s(][A-ZĐ][A-ZĐa-z][A-ZĐ][.!?…])[.!?…]*\s+(?=[A-ZĐÀ-Ỹ\"“(\d])|\n+"
                           r"|(?<=[a-zà-ỹđ\d])(?<![\s(][Tt][pxt])[.!?…](?=[A-ZĐÀ-Ỹ][a-zà-ỹ])")

_LIST_JOIN = re.compile(r";|\s(?:và|cùng)\s")  # how co-chairs are joined: "A, … và B", "A, … cùng B, … đồng chủ trì"

# How strongly a sentence names a chair: the lowest rank present wins the event's chair. LEAD, the head of a
# delegation ('do X làm Trưởng đoàn', 'X … dẫn đầu') or the one who inspects, chairs only when no one is said to
# 'chủ trì': the host who chairs a working session outranks the visiting delegation's head.
CHAIR, CO_CHAIR, LEAD, COUNCIL_CHAIR, PRESIDIUM = 0, 1, 2, 3, 4


@dataclass(frozen=True)
class YearSpan:
    take: str
    pattern: re.Pattern[str]

    def year(self, match: re.Match[str], month: int) -> int:
        """The span's year for an event in ``month`` (see year_spans in events.yml)."""
        first = int(match.group("first"))
        last = int(match.group("last")) if match.group("last") else first
        if self.take == "school":
            return first if month >= 8 else last
        if self.take == "review":
            return first if month >= 4 else first + 1
        if self.take == "plan":
            return first if month <= 6 else first - 1
        return first if self.take == "first" else last


@dataclass(frozen=True)
class Reference:
    """The page's publication date, or only its year and month (day None) when the page states no more."""

    year: int
    month: int
    day: int | None = None

    def year_of(self, month: int, day: int) -> int:
        """The year of a day-month written without one: the publication's, or the year before when the day-month
        comes after the publication's (a report in early January about late December); a few days after is a
        report written ahead, still the same year."""
        if self.day is None:
            return self.year - 1 if month > self.month else self.year
        return self.year - 1 if (month, day) > (self.month, self.day + 7) else self.year


@dataclass(frozen=True)
class CueRules:
    date: re.Pattern[str]
    date_first_month: re.Pattern[str]
    date_not_after: re.Pattern[str]
    date_later: re.Pattern[str]
    date_not_before: re.Pattern[str]
    context_year: re.Pattern[str]
    history: re.Pattern[str]
    directive: re.Pattern[str]
    directive_plan: re.Pattern[str]
    year_spans: tuple[YearSpan, ...]
    plan_year_before: re.Pattern[str]
    publication_month: tuple[re.Pattern[str], ...]
    chair_before: re.Pattern[str]
    chair_after: re.Pattern[str]
    chair_after_anywhere: re.Pattern[str]
    council_chair: re.Pattern[str]
    presidium: re.Pattern[str]
    gap_stop: re.Pattern[str]
    organising_head: re.Pattern[str]
    head_after: re.Pattern[str]
    head_after_gap: int
    max_gap: int


@cache
def cue_rules() -> CueRules:
    doc = events_document()
    date, chairs = doc["date"], doc["chairs"]
    greedy, fewest = (date["expression"].replace("FURTHER_DAYS", date["further_days"] + q) for q in ("*", "*?"))
    return CueRules(
        date=re.compile(f"(?<!\\w)(?P<cue>{date['cue']})(?:{greedy})"),
        date_first_month=re.compile(f"(?<!\\w)(?P<cue>{date['cue']})(?:{fewest})"),
        history=re.compile(date["history"]), directive=re.compile(date["directive"]),
        directive_plan=re.compile(date["directive_plan"]),
        date_not_after=re.compile(date["not_after"]), date_later=re.compile(date["later"]),
        date_not_before=re.compile(date["not_before"]), context_year=re.compile(date["context_year"]),
        year_spans=tuple(YearSpan(y["take"], re.compile(y["pattern"])) for y in date["year_spans"]),
        plan_year_before=re.compile(date["plan_year_before"]),
        publication_month=tuple(re.compile(p) for p in date["publication_month"]),
        chair_before=re.compile(chairs["before"]), chair_after=re.compile(chairs["after"]),
        chair_after_anywhere=re.compile(chairs["after_anywhere"]), council_chair=re.compile(chairs["council_chair"]),
        presidium=re.compile(chairs["presidium"]), gap_stop=re.compile(chairs["gap_stop"]),
        organising_head=re.compile(chairs["organising_head"]),
        head_after=re.compile(chairs["head_after"]), head_after_gap=int(chairs["head_after_gap"]),
        max_gap=int(chairs["max_gap"]))


def publication_month(stamps: Sequence[str]) -> Reference | None:
    """The year and month a month-only publication stamp states (' date 2020-08', 'Tháng 8/2020'), if any."""
    for stamp in stamps:
        for pattern in cue_rules().publication_month:
            if match := pattern.search(stamp.strip()):
                year, month = int(match.group("year")), int(match.group("month"))
                if 1 <= month <= 12:
                    return Reference(year, month)
    return None


@span_memo()  # the event readers split the same text again and again (haucan/text_memo.py)
def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of ``text`` (a paragraph of the clean text)."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return [span for span in spans if text[span[0]:span[1]].strip()]


@span_memo()
def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, spaces trimmed."""
    spans, start = [], 0
    for stop in _SENTENCE_END.finditer(text):
        spans.append((start, stop.start() + len(stop.group(0).rstrip())))
        start = stop.end()
    spans.append((start, len(text)))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans if text[s:e].strip()]


def named_before(text: str, cue_start: int, people: Sequence[Mention], sentence_start: int) -> int | None:
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


def _listed_after(text: str, from_: int, end: int, people: Sequence[Mention], rank: int,
                  every: bool) -> dict[int, int]:
    """The first person named after ``from_`` in the sentence and, when ``every``, each one listed after them
    ('A, …; B, … và C': a comma, ';' or 'và' between, no verb), each with ``rank``."""
    rules = cue_rules()
    named = [i for i, p in enumerate(people) if from_ <= p.start < end]
    found = dict.fromkeys(named[:1], rank)
    for previous, i in pairwise(named if every else ()):
        gap = text[people[previous].end:people[i].start]
        # ';' separates the list's items here: only a verb ends the list.
        if len(gap) > rules.max_gap or not re.search(r"[,;]|\svà\s", gap) or rules.gap_stop.search(gap.replace(";", ",")):
            break
        found[i] = rank
    return found


def chairs(text: str, sentence: tuple[int, int], people: Sequence[Mention]) -> list[tuple[Mention, int]]:
    """The persons the sentence says chair (mention, rank: CHAIR … PRESIDIUM), in text order: 'X … chủ trì', 'do
    X … làm trưởng đoàn', 'X … và Y … đồng chủ trì', 'Đồng chủ trì buổi làm việc có X; Y', 'dưới sự chủ trì của
    X', 'Tham dự và chủ trì Hội thảo có X', a list item 'X – …, Chủ tịch Hội đồng;', 'X, …, Trưởng ban Tổ chức
    hội thi', 'Đoàn Chủ tịch gồm các đồng chí: A, B, C'."""
    rules = cue_rules()
    start, end = sentence
    found: dict[int, int] = {}
    after = rules.chair_after.match(text[start:end])
    if after:
        co = bool(after.group("co"))
        named = [i for i, p in enumerate(people) if start + after.end() <= p.start < end]
        if named:
            found[named[0]] = CO_CHAIR if co else CHAIR
            for previous, i in pairwise(named):  # co-chairs listed: 'có X, …; Y, …' or '… và Y'
                if not co or not _LIST_JOIN.search(text[people[previous].end:people[i].start]):
                    break
                found[i] = CO_CHAIR
    for cue in rules.chair_after_anywhere.finditer(text[start:end]):  # on the slice: its '^' is the sentence's start
        for i, rank in _listed_after(text, start + cue.end(), end, people, CO_CHAIR if cue.group("co") else CHAIR,
                                     False).items():
            found.setdefault(i, rank)
    for cue in regex_prefilter.finditer(rules.chair_before, text, start, end):
        index = named_before(text, cue.start(), people, start)
        if index is None:
            continue
        co = bool(cue.group("co"))
        found.setdefault(index, CO_CHAIR if co else LEAD if cue.group("lead") else CHAIR)
        if co and index and people[index - 1].start >= start:  # 'A, … và B, … đồng chủ trì'
            gap = text[people[index - 1].end:people[index].start]
            if _LIST_JOIN.search(gap) and not rules.gap_stop.search(gap) and len(gap) <= rules.max_gap:
                found.setdefault(index - 1, CO_CHAIR)
    named = [i for i, p in enumerate(people) if start <= p.start < end]
    if named and rules.council_chair.search(text[people[named[0]].end:end]):
        found.setdefault(named[0], COUNCIL_CHAIR)
    for at, i in enumerate(named):  # 'X, Phó Giám đốc, Trưởng ban Tổ chức hội thi': up to the next name
        head = rules.organising_head.match(text, people[i].end, people[named[at + 1]].start if at + 1 < len(named) else end)
        if head:  # a delegation's head ('X, …, Trưởng đoàn công tác') leads as 'làm trưởng đoàn' does
            found.setdefault(i, LEAD if head.group(0).casefold().endswith("trưởng đoàn") else COUNCIL_CHAIR)
    for cue in rules.head_after.finditer(text, start, end):  # 'Trưởng đoàn công tác, Đại tá X': he leads
        after = next((i for i, p in enumerate(people) if cue.end() <= p.start < end), None)
        if after is not None and people[after].start - cue.end() <= rules.head_after_gap:
            found.setdefault(after, LEAD)
    for cue in rules.presidium.finditer(text, start, end):
        for i, rank in _listed_after(text, cue.end(), end, people, PRESIDIUM, True).items():
            found.setdefault(i, rank)
    return [(people[i], found[i]) for i in sorted(found)]
