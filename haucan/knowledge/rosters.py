"""Offices a sentence states once for several people it lists by name, read off the sentence's outer mentions:
a unit's counted roster ('Tổng cục Hậu cần - Kỹ thuật có 4 Phó Chủ nhiệm gồm Thiếu tướng A; Thiếu tướng B …') and
an appointment of several people to one office ('Thủ tướng bổ nhiệm Thiếu tướng A, Thiếu tướng B và Thiếu tướng C
làm Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật', which provincial papers reprint from national ones). An office
stated before a colon list is haucan/knowledge/groups.py's (shared_offices).
"""

from __future__ import annotations

import re

from haucan.extract.lexicon import DASH, UPPER
from haucan.knowledge.groups import _LIST_OPEN, _list_members
from haucan.records import Mention

# '<unit> có 4 Phó Chủ nhiệm gồm …', '<unit> hiện có hai Phó Tư lệnh là …': the unit a counted roster belongs to.
# The count may be left out ('Tổng cục Hậu cần - Kỹ thuật có Chủ nhiệm là Trung tướng A; Chính ủy là Trung tướng B;
# các Phó Chủ nhiệm gồm: …'; the roster goes on after each semicolon: session 9, set 4: 845).
_ROSTER_UNIT = re.compile(r"\s(?:hiện\s|nay\s)?có\s(?:(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy)\s)?")
_ROSTER_NEXT = re.compile(r";\s(?:các\s)?(?:(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy)\s)?")
# What opens a list of people appointed together, and what joins the list to their one office.
_APPOINTS = re.compile(r"(?i:bổ nhiệm|điều động|bầu|giao)\s(?:(?:các\s)?(?:đồng chí|ông|bà)\s)?$")
_LISTED = re.compile(r",\s|\s(?:và|cùng)\s|,\s(?:và|cùng)\s")
_TO_OFFICE = re.compile(r"\s(?:làm|giữ chức(?: vụ)?|giữ các chức vụ)\s")
# A colon list of names sharing one office after a dash ('các đồng chí: Trung tá A, Thiếu tá B - Trợ lý Xăng dầu Bộ
# CHQS tỉnh; Đại úy C, …'): the office is each listed name's (session-13 convention; set 12: 866).
_LIST_OPENS = re.compile(r":\s$")
_DASH_OFFICE = re.compile(r"\s[-–]\s")


def roster_units(outer: list[Mention], string: str) -> dict[str, Mention]:
    """PER mention_id -> the unit (ORG mention) of a counted roster the person is listed in: 'Tổng cục Hậu cần - Kỹ
    thuật có 4 Phó Chủ nhiệm gồm Thiếu tướng A; Thiếu tướng B …' makes each 'Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ
    thuật' (shared_offices gives the bare title; the caller completes it with this unit)."""
    units: dict[str, Mention] = {}
    unit: Mention | None = None
    for i, office in enumerate(outer[1:-1], start=1):
        before = outer[i - 1]
        if office.label != "POSITION":
            continue
        if before.label == "ORG" and _ROSTER_UNIT.fullmatch(string[before.end:office.start]):
            unit = before
        elif unit is None or not _ROSTER_NEXT.fullmatch(string[before.end:office.start]):
            unit = None  # the roster ended: an office after a semicolon belongs to it only while it goes on
            continue
        if _LIST_OPEN.fullmatch(string[office.end:outer[i + 1].start]):
            for member in _list_members(outer, string, i + 1, office.end):
                units[member.mention_id] = unit
    return units


# '<unit> do <rank> <name> làm <title>': the unit a person heads, written before him and often named by no
# organisation mention ('Khoa Quân nhu do Trung tá, TS X làm Chủ nhiệm Khoa đã biên soạn …', 'Đội Tăng gia do Trung úy
# Y làm Đội trưởng'; interviews and reportage name a section so; set 8: 014).
# The office may follow the name in apposition too ('Phòng Hậu cần - Đời sống do Trung tá X, Trưởng phòng, trực tiếp
# tham mưu'; set 10: 654), and the unit's name may join its fields with a dash.
_HEADS_IT = re.compile(r"\slàm\s|,\s")
# The person's own office in apposition before 'làm' and the office that leads the unit; the same list's next
# members after ';' are led by the same 'do' (set 13: 923, 'Ban Tổ chức hội thi do A - …; B - … làm Phó Trưởng ban').
_OWN_OFFICE, _THEN_LEADS = re.compile(r"\s[-–]\s|,\s"), re.compile(r",?\slàm\s")


def led_units(outer: list[Mention], string: str, floor: int) -> dict[str, str]:
    """PER mention_id -> the unit's name written before 'do' and the person, who 'làm' an office right after whose
    title names the unit's head noun ('Chủ nhiệm Khoa', 'Đội trưởng', 'Trưởng phòng'): the caller completes it. A
    deputy's unit a roster leaves out is one too (``deputy_units``)."""
    units: dict[str, str] = {}
    for i, person in enumerate(outer[:-1]):
        office, between = outer[i + 1], string[person.end:outer[i + 1].start]
        after = i + 2  # the own office may name its parent unit after a comma ('X, Trưởng phòng Quân lương, Cục
        # Quân nhu làm Trưởng ban': set 17: 1061, dev 176), as a parent after a comma is no part of a title
        if after + 1 < len(outer) and outer[after].label == "ORG" and _OWN_OFFICE.fullmatch(
                string[office.end:outer[after].start]):
            after += 1
        if person.label == "PER" and after < len(outer) and _OWN_OFFICE.fullmatch(between) \
                and _THEN_LEADS.fullmatch(string[outer[after - 1].end:outer[after].start]):
            office, between = outer[after], " làm "  # '… do Đại tá X - Phó Giám đốc Công an tỉnh làm Trưởng ban' (set 13: 923)
        joint = _HEADS_IT.fullmatch(between) if person.label == "PER" else None
        if joint is None or office.label != "POSITION":
            continue
        if joint.group().strip() != "làm" and office.surface.split()[-1][:1].isupper():
            continue  # '… do Thiếu tá X, Chính trị viên Đồn': a unit named by its head stays as written (dev 716)
        words = office.surface.split()
        heads = {w.capitalize() for w in (words[-1], words[0]) if w[:1].isalpha()} - {"Phó"}
        opening = outer[i - 1].start if i and outer[i - 1].label == "RANK" else person.start
        for head in sorted(heads):
            named = re.search(rf"(?<!\w){re.escape(head)} {UPPER}[^\W\d_]*(?: (?:[^\W\d_]+|{DASH})){{0,6}}(?= do (?:[^.;]*;\s)*$)",
                              string[floor:opening])
            if named:
                units[person.mention_id] = named.group(0)
    return deputy_units(outer, string) | delegation_units(outer, string) | units


def appointed_together(outer: list[Mention], string: str) -> dict[str, Mention]:
    """PER mention_id -> the one office a list of people is appointed to ('bổ nhiệm Thiếu tướng A, Thiếu tướng B và
    Thiếu tướng C làm Phó Chủ nhiệm …' gives it to A, B and C). Only names joined by commas or 'và' (each with its
    rank) count; a name with an office of its own between ends the list. A list after a colon shares the office
    written after a dash behind its last name ('các đồng chí: Trung tá A, Thiếu tá B - Trợ lý …')."""
    given: dict[str, Mention] = {}
    for i, mention in enumerate(outer):
        if mention.label not in ("RANK", "PER"):
            continue
        listed = _LIST_OPENS.search(string, max(0, mention.start - 2), mention.start)
        if not listed and not _APPOINTS.search(string, max(0, mention.start - 40), mention.start):
            continue
        names, j = [], i
        while j < len(outer):
            if outer[j].label == "RANK" and j + 1 < len(outer) and outer[j + 1].label == "PER" and (
                    not string[outer[j].end:outer[j + 1].start].strip(" ,")):
                j += 1
            if outer[j].label != "PER":
                break
            names.append(outer[j])
            if j + 1 < len(outer) and _LISTED.fullmatch(string[outer[j].end:outer[j + 1].start]):
                j += 1
                continue
            break
        office = outer[j + 1] if names and j + 1 < len(outer) else None
        if len(names) > 1 and office is not None and office.label == "POSITION" and (
                _DASH_OFFICE if listed else _TO_OFFICE).fullmatch(string[names[-1].end:office.start]):
            given.update({name.mention_id: office for name in names})
    return given | counted_appointment(outer, string)


# 'Bộ trưởng vừa ký quyết định bổ nhiệm 3 Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật, gồm: Thiếu tướng A; Thiếu tướng B
# và Đại tá C': a counted office after the verb of an appointment, then its holders after 'gồm'/'là' (national dailies'
# appointment news; set 14: 466). The count shows the office is each listed person's.
_COUNTED_APPOINTMENT = re.compile(r"(?i:bổ nhiệm|điều động, bổ nhiệm|điều động)\s(?:lại\s)?(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy)\s$")
_HOLDERS_FOLLOW = re.compile(r",?\s(?:gồm|là)(?:\scó)?:?\s(?:(?:các\s)?(?:đồng chí|ông|bà)\s?:?\s)?")


def counted_appointment(outer: list[Mention], string: str) -> dict[str, Mention]:
    """PER mention_id -> the counted office the sentence appoints its listed people to (``_COUNTED_APPOINTMENT``)."""
    given: dict[str, Mention] = {}
    for i, office in enumerate(outer[:-1]):
        if office.label != "POSITION" or not _COUNTED_APPOINTMENT.search(string, max(0, office.start - 40), office.start):
            continue
        opener = _HOLDERS_FOLLOW.match(string, office.end)
        if opener is None or opener.end() != outer[i + 1].start:
            continue
        given.update({member.mention_id: office for member in _list_members(outer, string, i + 1, opener.end())})
    return given


# '<office> là <rank> <name>' opening a sentence: 'Trạm trưởng là Đại úy QNCN Mông Thị Hiền, người đã gắn bó …'
# (reportage names a section's head so; session 10, set 3: 718). The rank after 'là' shows the holder follows.
_HOLDER_AFTER = re.compile(r"\slà\s")


def office_then_holder(outer: list[Mention], string: str, floor: int) -> dict[str, Mention]:
    """PER mention_id -> the office written before it at the sentence's start, joined by 'là' and the holder's rank
    (a bare title too: shared_offices takes after 'là' only an office naming its unit, or a roster's)."""
    given: dict[str, Mention] = {}
    if len(outer) >= 3 and outer[0].label == "POSITION" and not string[floor:outer[0].start].strip() and (
            outer[1].label == "RANK" and outer[2].label == "PER" and _HOLDER_AFTER.fullmatch(
                string[outer[0].end:outer[1].start])):
        given[outer[2].mention_id] = outer[0]
    return given


def deputy_units(outer: list[Mention], string: str) -> dict[str, str]:
    """PER mention_id -> the unit a bare deputy's title leaves out because the sentence wrote it with the head's
    title before ('Trưởng Ban Tổ chức hội thi là Đại tá A, …; Phó Trưởng ban là Thượng tá B' gives B 'Tổ chức hội
    thi': a committee's roster, its deputy written short; set 12: 855). Only a deputy's title followed by 'là' and its
    holder, and a head's title of the same words naming more; the caller completes the bare title with it."""
    units: dict[str, str] = {}
    for k, office in enumerate(outer[:-1]):
        title = " ".join(office.surface.split())
        if office.label != "POSITION" or not title.startswith("Phó "):
            continue
        holder = outer[k + 2] if outer[k + 1].label == "RANK" and k + 2 < len(outer) else outer[k + 1]
        if holder.label != "PER" or not _HOLDER_AFTER.fullmatch(string[office.end:outer[k + 1].start]):
            continue
        head = title.removeprefix("Phó ").casefold()
        stated = [" ".join(m.surface.split()) for m in outer[:k] if m.label == "POSITION"]
        named = [s[len(head) + 1:] for s in stated if s.casefold().startswith(head + " ")]
        if named:
            units[holder.mention_id] = named[-1]
    return units


# 'Đoàn đại biểu <unit> do Đại tá X - Chỉ huy trưởng làm trưởng đoàn', 'đoàn công tác <unit> do Thiếu tướng X, Cục
# trưởng làm trưởng đoàn': a delegation is sent by the unit it names, so the office its head holds, written bare, is
# that unit's (set 14: 456, 457; set 11's 752 aligned). Only a title naming no branch of its own ('Cục trưởng',
# 'Phó Chỉ huy trưởng'), only the unit right before 'do' after 'đoàn' (its kind between), and only an office
# followed by 'làm/là trưởng đoàn': another person's office or a place between breaks it.
_DELEGATION = re.compile(r"(?i:đoàn)(?:\s(?:đại\sbiểu|công\stác|kiểm\stra|cán\sbộ|khảo\ssát|giám\ssát|kiểm\ssát|liên\sngành))?"
                         r"(?:\s(?:của|thuộc))?\s$")
_SENT_BY = re.compile(r"\s(?:do|dưới\ssự\sdẫn\sđầu\scủa)\s(?:đồng\schí\s)?")
_HEADS_DELEGATION = re.compile(r",?\s(?:làm|là)\s(?i:trưởng\sđoàn)(?!\w)")


def delegation_units(outer: list[Mention], string: str) -> dict[str, str]:
    """PER mention_id -> the unit whose delegation the person heads ('Đoàn đại biểu Bộ Chỉ huy BĐBP tỉnh X do Đại tá
    A - Chỉ huy trưởng làm trưởng đoàn'); the caller completes the person's bare office with it."""
    units: dict[str, str] = {}
    for i, person in enumerate(outer):
        if person.label != "PER" or i + 1 >= len(outer) or outer[i + 1].label != "POSITION":
            continue
        j = i - 1 if i and outer[i - 1].label == "RANK" else i
        office = outer[i + 1]
        if j < 1 or outer[j - 1].label != "ORG" or not _SENT_BY.fullmatch(string[outer[j - 1].end:outer[j].start]):
            continue
        unit = outer[j - 1]
        # 'đoàn công tác Cục Quân nhu, Tổng cục Hậu cần - Kỹ thuật do …': the parent after a comma is no part of the
        # sending unit's name (session 6), the unit before it sends the delegation (set 17: 1064)
        if j >= 2 and outer[j - 2].label == "ORG" and string[outer[j - 2].end:unit.start] == ", " \
                and _DELEGATION.search(string, max(0, outer[j - 2].start - 40), outer[j - 2].start):
            unit = outer[j - 2]
        if not _DELEGATION.search(string, max(0, unit.start - 40), unit.start):
            continue
        words = office.surface.split()
        if any(w[:1].isupper() for w in words[2 if words[0] == "Phó" else 1:]):
            continue  # 'Phó Chủ nhiệm Hậu cần - Kỹ thuật' names its branch: it stays as written (set 9: 078)
        if _OWN_OFFICE.fullmatch(string[person.end:office.start]) and _HEADS_DELEGATION.match(string, office.end):
            units[person.mention_id] = unit.surface
    return units
