"""Seats on a party committee that a sentence gives by the verb of an election or a table row under the committee's
name, not by a title before the name.

National dailies and provincial papers report a committee's enlargement this way: 'Đại tá A, Chỉ huy trưởng …, và
Đại tá B, Giám đốc Công an tỉnh, được bầu bổ sung vào Ban Thường vụ Tỉnh ủy Hà Tĩnh'; 'Hội nghị đã bầu bổ sung
các ông A, B vào Ban Chấp hành Đảng bộ tỉnh'. Each person so elected holds 'Ủy viên <committee>' (completed with
its place like any role, knowledge/party_places.py). The verbs and committees are data (party.yml elected_into);
the persons are those the sentence names as the subject of the passive verb (after its last ';') or, for the
active verb, between it and 'vào' ('tham gia' for an appointment: 'được chỉ định tham gia Ban Chấp hành …').

A party congress's page may print the elected committee as a table: a caption line 'Ban Thường vụ Đảng ủy Tổng
công ty nhiệm kỳ 2025 - 2030', then 'STT | Họ và tên | Cấp bậc | Chức vụ' and one row per member. Each person of a
row under such a caption holds 'Ủy viên <committee>' (the term is no part of it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import yaml

from haucan.extract.lexicon import ENTITY_RULES
from haucan.knowledge.text import literal_alternation
from haucan.records import Mention


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    doc = yaml.safe_load((ENTITY_RULES / "party.yml").read_text(encoding="utf-8"))["elected_into"]
    committee = (rf"(?P<committee>(?:{literal_alternation(doc['committees'])})(?: [^\W\d_][^.,;:()\n]{{0,60}}?)?)"
                 rf"(?=\s*(?:[.,;:()\n]|(?:{literal_alternation(doc['ends'])})(?!\w)|$))")
    into = rf"(?:{literal_alternation(doc['into'])})"
    passive = re.compile(rf"(?<!\w)(?:{literal_alternation(doc['passive'])}) {into} {committee}")
    # A decision's clause opens with its verb: 'Chuẩn y đồng chí A … tham gia Ban Thường vụ Thành ủy'.
    active = re.compile(rf"(?<!\w)(?i:{literal_alternation(doc['active'])}) (?P<names>[^.;]{{3,200}}?) {into} {committee}")
    return passive, active


@cache
def _next_committee() -> re.Pattern[str]:
    """A second committee joined to the first ('Ban Chấp hành' + ', Ban Thường vụ Đảng ủy phường X'): its committee
    word, then the body both share."""
    doc = yaml.safe_load((ENTITY_RULES / "party.yml").read_text(encoding="utf-8"))["elected_into"]
    return re.compile(rf"(?:,| và) (?P<word>{literal_alternation(doc['committees'])})(?P<body> [^\W\d_][^.,;:()\n]{{0,60}}?)"
                      rf"(?=\s*(?:[.,;:()\n]|(?:{literal_alternation(doc['ends'])})(?!\w)|$))")


_BARE_COMMITTEE = re.compile(r"Ban Chấp hành|Ban Thường vụ|BCH|BTV")
# A committee whose body is named by 'Đảng bộ'/'Đảng ủy' alone: the unit comes with the office the clause goes on to.
_BARE_BODY = re.compile(r"(?:Ban Chấp hành|Ban Thường vụ|BCH|BTV) Đảng (?:bộ|ủy|uỷ)")
# '… tham gia Ban Chấp hành Đảng bộ, Ban Thường vụ Đảng ủy (và|,) giữ chức (vụ) Bí thư Đảng ủy Quân sự tỉnh X': the
# appointment ends with the office it gives, which names the unit of both committees (set 16: 1028; real appointment
# news of provincial secretaries writes 'và giữ chức' and ', giữ chức').
_HELD = re.compile(r"(?:,? và|,) giữ chức(?: vụ)? (?P<role>(?:Phó [Bb]í thư|Bí thư)(?: [Tt]hường trực)? Đảng (?:ủy|uỷ)"
                   r" (?P<unit>[^\W\d_][^.,;:()\n]{0,60}?))(?=\s*(?:[.,;:()\n]|nhiệm kỳ|khóa|$))")


def _seats(match: re.Match[str], string: str) -> list[str]:
    """The seats one election match gives: 'Ủy viên <committee>', and when the committee is a bare committee word
    joined to a second that names the body ('tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy phường X'), a seat on
    each, both with that body (set 14: 464). Committees whose body is a bare 'Đảng bộ'/'Đảng ủy' before the office
    the appointment gives (``_HELD``) take that office's unit; the office is given too."""
    committee = match.group("committee")
    stop, seats = match.end("committee"), [committee]
    if more := _next_committee().match(string, stop):
        if _BARE_COMMITTEE.fullmatch(committee):
            seats, stop = [f"{committee}{more.group('body')}", f"{more.group('word')}{more.group('body')}"], more.end()
        elif _BARE_BODY.fullmatch(committee) and _BARE_BODY.fullmatch(f"{more.group('word')}{more.group('body')}"):
            seats, stop = [committee, f"{more.group('word')}{more.group('body')}"], more.end()
    held = _HELD.match(string, stop) if any(_BARE_BODY.fullmatch(seat) for seat in seats) else None
    if held is None:
        return [f"Ủy viên {seat}" for seat in seats]
    unit = held.group("unit")
    return [f"Ủy viên {seat} {unit}" if _BARE_BODY.fullmatch(seat) else f"Ủy viên {seat}" for seat in seats] + [
        held.group("role")]


@cache
def _caption() -> re.Pattern[str]:
    """A table's caption naming a committee; group 'committee' without the term ('nhiệm kỳ …', 'khóa …')."""
    doc = yaml.safe_load((ENTITY_RULES / "party.yml").read_text(encoding="utf-8"))
    committees = literal_alternation(doc["elected_into"]["committees"])
    terms = literal_alternation(doc["member_lists"]["terms"])
    return re.compile(rf"(?:(?i:danh sách) )?(?P<committee>(?:{committees}) [^|\n]{{1,80}}?)"
                      rf"(?: (?:{terms})(?!\w)[^|\n]*)?[.:]?")


def _line(string: str, at: int) -> tuple[int, int]:
    start = string.rfind("\n", 0, at) + 1
    end = string.find("\n", at)
    return start, len(string) if end < 0 else end


def table_committee(string: str, at: int, above: Sequence[str] = ()) -> str | None:
    """The committee a table's caption names when ``at`` lies in a row ('… | … | …') of that table, else None:
    the first line above the table's rows that is no row. ``above``: the strings printed before ``string`` (the
    captions before a caption): a page whose rows are each a line of their own has them as captions, one a row, the
    committee's line the caption before the first (set 4 page 806 as the session-10 build lays it out)."""
    start, end = _line(string, at)
    if string.count("|", start, end) < 2:
        return None
    lines = [line for earlier in above for line in earlier.split("\n")] + string[:start].split("\n")[:-1]
    for line in reversed(lines):
        if line.count("|") < 2:
            caption = _caption().fullmatch(line.strip())
            return caption.group("committee") if caption else None
    return None


def elected_seats(outer: list[Mention], string: str, start: int, end: int,
                  above: Sequence[str] = ()) -> dict[str, list[str]]:
    """PER mention_id -> the seats ('Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh') the sentence ``string[start:end]``
    elects them to; ``outer``: the sentence's outer mentions; ``above``: the strings before ``string``
    (``table_committee``)."""
    seats: dict[str, list[str]] = {}
    persons = [m for m in outer if m.label == "PER"]
    if not persons:
        return seats
    passive, active = _patterns()
    for match in passive.finditer(string, start, end):
        subject = string.rfind(";", start, match.start()) + 1 or start
        for person in persons:
            if subject <= person.start and person.end <= match.start():
                seats.setdefault(person.mention_id, []).extend(_seats(match, string))
    for match in active.finditer(string, start, end):
        for person in persons:
            if match.start("names") <= person.start and person.end <= match.end("names"):
                seats.setdefault(person.mention_id, []).extend(_seats(match, string))
    for person in persons:  # a row of a table captioned with the committee
        committee = table_committee(string, person.start, above)
        if committee:
            seats.setdefault(person.mention_id, []).append(f"Ủy viên {committee}")
    return seats
