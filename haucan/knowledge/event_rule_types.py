"""The shapes the event readers share: a type's rule (``TypeRule``), the loaded rules of every type and of further
events (``EventRules``, built by haucan/knowledge/event_reports.py from haucan/rules/knowledge/events.yml) and one
place the text reports an event (``Report``). Apart from the readers so that event_reports.py and the gift reader
(event_gifts.py) both import them and neither imports the other's types."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TypeRule:
    event_type: str
    pattern: re.Pattern[str]
    names: bool
    same_day: bool = False  # a further event held on the main event's occasion ('Dịp này, X trao Bằng khen …')
    unless_main: re.Pattern[str] | None = None  # a same-day event is the main's own when its sentence says this
    unless_opens: re.Pattern[str] | None = None  # no report when its sentence opens so ('Dịp này, … trao 20 suất quà')
    occasion_of: frozenset[str] = frozenset()  # … unless it follows an event of these types: then one of its own
    unless_before: re.Pattern[str] | None = None  # no report when the clause before it says so ('được Bộ … tặng')


@dataclass(frozen=True)
class EventRules:
    types: tuple[TypeRule, ...]
    report: re.Pattern[str]
    name_end: re.Pattern[str]
    reviewed_after: re.Pattern[str]
    planned_after: re.Pattern[str]
    further: re.Pattern[str]
    main_day: re.Pattern[str]
    undated: re.Pattern[str]
    summary: re.Pattern[str]
    itinerary: re.Pattern[str]
    speaker: re.Pattern[str]
    dated_name: re.Pattern[str]
    future: re.Pattern[str]
    earlier: re.Pattern[str]
    retrospect: re.Pattern[str]
    trips: frozenset[str]
    held_on: re.Pattern[str]
    closes: re.Pattern[str]
    after_closing: re.Pattern[str]
    gifts_apart: frozenset[str]  # types whose own sentence's counted gifts are an event of their own
    # Every type's pattern in one alternation, each wrapped in a group named t<index>: one search per sentence
    # instead of one per type (the facts stage's largest cost). At each position a regex tries the alternatives
    # in order, so the leftmost match, ties to the earlier rule, is exactly what the per-type loop chose.
    any_type: re.Pattern[str]
    any_type_starts: re.Pattern[str] | None = None
    """Where a type's words can begin (haucan/regex_prefilter.py): ``any_type`` is tried only there."""
    at_occasion: re.Pattern[str] | None = None  # 'Tại hội nghị, …' opening a sentence: the act after it, held there
    at_occasion_types: frozenset[str] = frozenset()  # … when the act is of these types (gifts, handovers)


@dataclass(frozen=True)
class Report:
    """Where the text reports one event: the type's match and the sentence and paragraph holding it."""

    rule: TypeRule
    start: int
    end: int
    sentence: tuple[int, int]
    paragraph: tuple[int, int]
    occasion: bool = False  # it opens on the main event's occasion (``TypeRule.occasion_of``): on its day, no chair
