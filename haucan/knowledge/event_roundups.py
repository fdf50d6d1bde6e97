"""Which later reports of an event's own kind tell that event again and which tell events of their own, for
haucan/knowledge/event_reports.py's ``distinct`` (kept apart by job; it passes its readers of a report's name
phrase and first day in, so this module needs none of its rules).

A sapo may name the event with no day and the body tell it again on its day with slightly other words ('đã tổ
chức bàn giao 3 nhà …', then 'Ngày 14/8/2025, … tổ chức lễ bàn giao 3 nhà …'): one event (``told_undated``). A
round-up's lead over a span of days may sum up several bodies' events of one kind, then tell each on its own day
('Từ ngày 8 đến ngày 10/4, Chi bộ Quân sự các xã A, B, C đã tổ chức đại hội', 'Ngày 8/4, … Đại hội Chi bộ … xã
A', 'Ngày 9/4, Đại hội Chi bộ … xã B'): one event per day and none for the lead (``roundup``; coordinator's
convention for set 13: a round-up of several congresses is one `dai_hoi` per congress). A sapo's event told again
in the next paragraph in other words of its type is one event too (``sapo_retold``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from haucan.knowledge.event_cues import cue_rules
from haucan.knowledge.event_rule_types import Report

_CEREMONY = re.compile(r"(?i:(?:buổi )?lễ\s+)")
_NAME_WORDS = 5  # words of two names that must agree: the object, not only the kind ('hội nghị giao ban' ≠ 'học tập')
# Several bodies before the type's words in the lead: 'Chi bộ Quân sự các xã …', '12 chi bộ quân sự', 'các đơn vị'; a
# number alone is no plural ('Sư đoàn 5 tổ chức …' names one unit).
_SEVERAL = re.compile(r"(?<!\w)(?i:các|những) (?!ngày|tháng|năm)\w"
                      r"|(?<!\w)\d+ (?:chi bộ|đảng bộ|đơn vị|cơ quan|xã|phường|đồn|trung đoàn|tiểu đoàn)(?!\w)")
# Words of the sapo's type words and object that its retelling repeats: 'tiếp nhận tàu hậu cần đa năng'.
_OBJECT_WORDS = 6
_WORD = re.compile(r"\d[\d.,]*\d|\w+")  # a number with its separators is one word ('1.500')
_ACTIVITY_WORDS = 3  # words of an activity's type words that make it one: 'khám bệnh, cấp thuốc'
_LEAST_ITEMS = 2  # days told one by one: fewer is a closing day told again, not a round-up


def told_undated(kept: Report, report: Report, phrase: Callable[[Report], str],
                 day: Callable[[Report], tuple[str, str] | None]) -> bool:
    """Whether ``report``, opening on a day of its own, tells again the event ``kept`` named with no day (set 13:
    915): same type and the same first words once a ceremony's 'lễ' is set aside."""
    if kept.rule.event_type != report.rule.event_type or day(kept) is not None:
        return False
    first = [_CEREMONY.sub("", phrase(r), count=1).casefold().split()[:_NAME_WORDS] for r in (kept, report)]
    return len(first[0]) == _NAME_WORDS and first[0] == first[1]


def sapo_retold(text: str, kept: Report, report: Report, day: Callable[[Report], tuple[str, str] | None]) -> bool:
    """Whether ``report``, in the paragraph right after the sapo, tells again the event the sapo (the text's first
    paragraph) named with no day. Either in other words of the same type: 'Chương trình khám bệnh, cấp thuốc miễn
    phí do Cục … tổ chức đã …', then 'Sáng 24-1, … Cục … tổ chức khám, chữa bệnh và cấp thuốc miễn phí …' (set 14:
    234): every word of the sapo's type words comes back in the report's, only for a type named by an activity's
    words (a named kind, 'hội nghị giao ban' then 'hội nghị học tập', is ``told_undated``'s, by its object). Or the
    sapo's event with its object, told again in the report's sentence whatever the type the body's words take: 'vừa
    tổ chức lễ tiếp nhận tàu hậu cần đa năng …', then 'Ngày 12/6/2019, … tổ chức Lễ tiếp nhận và thượng cờ tàu hậu
    cần đa năng …' (set 17: 1057), 'Cục Quân nhu đã bàn giao 1.500 tấn gạo …', then 'Sáng 3/11, … X … chủ trì lễ
    xuất cấp, bàn giao 1.500 tấn gạo …' (1093): one event, the sapo's, which the body's day and chair then tell."""
    if kept.paragraph[0] != 0 or day(kept) is not None:
        return False
    if text[kept.paragraph[1]:report.paragraph[0]].strip() or kept.paragraph == report.paragraph:
        return False
    if _object_told_again(text, kept, report):
        return True
    if kept.rule.event_type != report.rule.event_type or kept.rule.names:
        return False
    words = [set(re.findall(r"\w+", text[r.start:r.end].casefold())) for r in (kept, report)]
    # A kind's noun alone ('hội nghị' told in a round-up's lead, then 'hội nghị học tập' on its day) is too thin.
    return len(words[0]) >= _ACTIVITY_WORDS and words[0] <= words[1]


def _object_told_again(text: str, kept: Report, report: Report) -> bool:
    """Whether the sapo's first words from its type's words on ('tiếp nhận tàu hậu cần đa năng', 'bàn giao 1.500 tấn
    gạo dự trữ', a ceremony's 'lễ' set aside) all but one come back in the report's sentence: the kind and its object, not the
    kind alone (a sapo's 'tổ chức hội nghị' then a day's 'hội nghị học tập' differ by the object)."""
    told = _CEREMONY.sub("", text[kept.start:kept.sentence[1]], count=1)
    first = _WORD.findall(told.casefold())[:_OBJECT_WORDS]
    again = set(_WORD.findall(text[slice(*report.sentence)].casefold()))
    # One word may differ: the sapo's 'dự trữ' or 'đợt' the body leaves out ('bàn giao 800 tấn gạo dự trữ cho …').
    return len(first) == _OBJECT_WORDS and sum(word in again for word in first) >= _OBJECT_WORDS - 1


# The head a delegation's sentence names: 'do X, … làm trưởng đoàn', 'do X dẫn đầu' (the words between 'do' and the cue).
_NAME_TAIL = 3  # words of a head's name compared: a Vietnamese name's usual three
_HEAD = re.compile(r"(?<!\w)do\s+(?P<head>[^.;]{3,200}?)\s+(?i:làm trưởng đoàn|dẫn đầu)(?!\w)")


def another_head(text: str, kept: Sequence[Report], report: Report, further: re.Pattern[str], opening: int) -> bool:
    """Whether ``report``, a trip opening on another occasion ('Chiều cùng ngày, …', ``further``) or a day of its own,
    is another delegation's visit: its sentence names a head no kept report of its type named ('Sáng 18/12, đoàn …
    do X làm trưởng đoàn đã đến thăm …', then 'Chiều cùng ngày, đoàn công tác của Huyện ủy … do Y làm trưởng đoàn
    đã đến thăm Kho …', set 17: 1085): a visit of its own, which Y chairs, not the first told again."""
    if further.match(text, opening) is None and cue_rules().date.match(text, opening) is None:
        return False
    head = _HEAD.search(text, *report.sentence)
    if head is None:
        return False
    heads = {_head_name(h) for k in kept if k.rule.event_type == report.rule.event_type
             and (h := _HEAD.search(text, *k.sentence))}
    return bool(heads) and _head_name(head) not in heads


def _head_name(head: re.Match[str]) -> str:
    """The head's name as two tellings of one delegation share it: the last words before his office ('đồng chí Vũ
    Thị Lan - Phó Bí thư …' and 'Đại tá Vũ Thị Lan, Phó Bí thư …' are both 'vũ thị lan')."""
    return " ".join(re.split(r"\s[-–(]\s?|,", head.group("head"), maxsplit=1)[0].casefold().split()[-_NAME_TAIL:])


def roundup(text: str, main: Report, found: Sequence[Report], span: re.Pattern[str],
            phrase: Callable[[Report], str], day: Callable[[Report], tuple[str, str] | None]) -> bool:
    """Whether the named ``main`` report is a round-up's lead: it opens on a span of days, names several bodies
    before its type's words, and at least two later reports of its type open on days of their own, each day and
    each name told once (a contest's opening and closing days name one 'Hội thi …': no round-up)."""
    if not main.rule.names or not span.match(text, main.sentence[0]) or not _SEVERAL.search(
            text, main.sentence[0], main.start):
        return False
    items = [r for r in found if r.start > main.sentence[1] and not r.occasion
             and r.rule.event_type == main.rule.event_type and day(r) is not None
             and cue_rules().date.match(text, r.sentence[0]) is not None]
    days, names = [day(r) for r in items], [phrase(r).casefold() for r in items]
    return len(items) >= _LEAST_ITEMS and len(set(days)) == len(days) and len(set(names)) == len(names)

