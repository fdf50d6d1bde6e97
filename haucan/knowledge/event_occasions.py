"""Acts told on the occasion of an event already reported, after a clause naming it at the sentence's opening ('Tại
hội nghị, Đảng ủy Cục đã trao Giấy khen …', 'Tại chương trình, đoàn công tác đã bàn giao …'; `at_occasion` under
`further_events` in haucan/rules/knowledge/events.yml): the clause's own words name the occasion, not a new event,
and what is handed over after it is reported as held there, as after 'Dịp này'. Part of
haucan/knowledge/event_reports.py's reading of reports, kept apart by job; so is the clause of time that names the
event just told ('Chiều 27/6, sau khi kết thúc diễn tập, …', ``after_closing``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from haucan.knowledge.event_rule_types import EventRules, Report, TypeRule

Found = tuple[TypeRule, re.Match[str]] | None
_CLAUSE_REACH = 30  # characters: the clause of time opens the sentence, after its day ('Chiều 27/6, ')


def after_closing(text: str, sentence: tuple[int, int], found: Found, rules: EventRules,
                  type_in: Callable[[str, int, int], Found]) -> Found:
    """``found``, or the type after a clause of time opening the sentence that names the event just told ('Chiều
    27/6, sau khi kết thúc diễn tập, Đại tá X … đến thăm, động viên …': the visit); a trip's words stay (its
    closing working session is its own; `after_closing` in events.yml)."""
    if not found or found[0].event_type in rules.trips:
        return found
    clause = rules.after_closing.search(text, sentence[0], sentence[1])
    if clause is None or clause.start() - sentence[0] > _CLAUSE_REACH or not (
            clause.start() <= found[1].start() < clause.end()):
        return found
    return type_in(text, clause.end(), sentence[1]) or found


def told_at(text: str, sentence: tuple[int, int], found: Found, rules: EventRules,
            type_in: Callable[[str, int, int], Found]) -> tuple[Found, bool]:
    """(``found`` or the type told after the clause, whether the sentence reports it). Only what is handed over
    there (`at_occasion_types`: gifts, awards, a handover) is so reported: other events named after the clause
    ('Tại hội nghị, các đại biểu đã thảo luận … điều kiện làm việc tại các phân xưởng', dev 704) are talked about
    there, not held. Gifts' and awards' own openers ('Tại buổi lễ, X trao …') are theirs already."""
    clause = rules.at_occasion.match(text, sentence[0]) if rules.at_occasion else None
    if clause is None or found is None or found[0].same_day or found[0].occasion_of:
        return found, False
    after = type_in(text, clause.end(), sentence[1]) if found[1].start() < clause.end() else found
    if after is None or after[0].event_type not in rules.at_occasion_types:
        return found, False
    return after, True


def held_at(text: str, report: Report, opening: int, rules: EventRules) -> bool:
    """Whether ``report`` is an act of those types told after such a clause (a further event); the clause's own
    words ('Tại hội nghị, các đại biểu …') are none."""
    clause = rules.at_occasion.match(text, opening) if rules.at_occasion else None
    return clause is not None and report.start >= clause.end() and report.rule.event_type in rules.at_occasion_types


# A free act told done ('Tổ quân y … đã khám, tư vấn sức khỏe, cấp thuốc miễn phí cho 260 lượt người dân'): the verb
# right after 'đã', what it gives said to be free after it.
_DONE = re.compile(r"(?<!\w)đã\s+$")
_FREE = re.compile(r"(?i:miễn phí)")


def free_care(text: str, rule: TypeRule, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a verb-like activity (a free medical examination's 'khám, … cấp thuốc') is told done and free in its
    own sentence: it reports itself, as counted gifts handed over do, with no day or cue of its own, on the day of
    the occasion told before it (set 19: 1173, inside a programme's paragraph). A named programme ('chương trình
    "…"') is never such an act, nor an act with no 'đã' ('sẽ khám', 'tổ chức khám' is cued anyway) or not free."""
    return (rule.event_type == "hoat_dong" and not rule.names and _DONE.search(text, sentence[0], start) is not None
            and _FREE.search(text, end, sentence[1]) is not None)
