"""How the mentions around a person's name are read: the rank and academic titles before it, the chain of
offices after it (or one office before it), and an office stated once for a colon list of names.

The separators are the ones real pages write (issue 14): a comma (also after the person's age: 'Ông X, 57 tuổi,
Phó bí thư Thường trực Tỉnh ủy', national dailies, dev 648), a colon, any dash with or without spaces
('Name- Office', 'Name -Office', 'Name – Office', 'Name—Office'), and the words 'nguyên' ('lúc đó là', 'khi đó
là', 'từng là' after a comma: a former office:
it and the offices after it in the same chain are marked former until 'nay là') and 'nay là'/'hiện là'/
'giữ chức' (an appointment: 'bổ nhiệm X, Phó Chủ nhiệm … giữ chức Chủ nhiệm …'; also 'X, Phó Cục trưởng …, được
(điều động,) bổ nhiệm giữ chức/làm Cục trưởng …', which national dailies write; 'X, Trưởng phòng …, được bầu giữ chức Bí thư
Đảng ủy', which party congress reports write; 'X được chỉ định (tiếp tục) giữ chức Bí thư Đảng ủy Quân sự tỉnh', a
committee's appointment, round 8, dev 628), and 'kiêm' (two offices held
together: 'Phó Chỉ huy trưởng kiêm Tham mưu trưởng Ban CHQS huyện'), and a bare 'là' right after the name ('Trước khi
được bổ nhiệm, Thiếu tướng A là Cục trưởng Cục Quân nhu; Thiếu tướng B là …'; round 8). An opening bracket is a separator too:
'Trung tướng X (Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật) và …' (ministry and provincial pages; round 7, dev 320);
a bracket saying what a body is called now is passed over ('nguyên Phó Bí thư Đảng ủy Quân sự Trung ương (nay là Quân ủy Trung ương), nguyên Bộ trưởng Bộ Quốc phòng'); 'làm' before an office at the event, with or without a comma: 'X, Phó Chủ nhiệm Hậu cần Quân khu, làm Trưởng ban bảo đảm hậu cần diễn tập', 'Ban giám khảo do X, Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn làm Trưởng ban' (session 8, set 3: 714).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from haucan.extract.lexicon import LOWER, lexicon
from haucan.knowledge.party_rules import party_rules
from haucan.records import Mention

_NOW_BRACKET = re.compile(r"\s?\((?i:nay là|nay|trước đây là|trước đây)\s[^()\n]{1,50}\)")
# '(nay là Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn 346)' after his earlier office: his office now, a second office
# (coordinator, set 10's decisions: "nay là" gives both offices; 685).
_NOW_OFFICE = re.compile(r"\s?\((?i:nay là|hiện là)\s")
_CHAIN_SEP = re.compile(r"(?i:(?:\s?\((?:(?:nay là|nay|trước đây là|trước đây)\s[^()\n]{1,50}|[^()\n]{0,30}?(?<!\w)(?:trái|phải|giữa)(?!\w)[^()\n]{0,20})\))?(?:,\s\d{2,3}\stuổi)?\s?[-–—:,(\[|]\s?(?:(?P<former>nguyên|(?:lúc|khi) đó là|từng là)\s|(?P<now>(?:nay|hiện) là)\s|làm\s)?"
                        r"|,?\s(?:(?P<former2>nguyên(?:\slà)?)|(?P<now2>(?:nay|hiện) là|giữ chức(?: vụ)?"
                        r"|(?:được\s)?(?:điều động,?\s)?(?:bổ nhiệm|bầu|chỉ định)\s(?:tiếp tục\s)?(?:giữ chức(?: vụ)?|làm))|kiêm|làm"
                        r"|đồng\sthời(?:\s(?:là|kiêm|giữ\schức))?)\s)")
# A caption's place in the photo after the name ('X (thứ 4 từ trái qua), Phó Giám đốc …'; set 19: 1168) opens the
# chain as the name would. 'đồng thời là' ('…, Sư đoàn 312, đồng thời là Bí thư Chi bộ Trạm'): a second office (155).
# ' đối với ': an appointment written office first ('thôi giữ chức Chủ nhiệm … đối với Trung tướng X'; 429).
# A bare 'là' right after the name opens its chain (never inside a list of names, where 'là' opens the next holder);
# after an office it goes on with his role at the event ('X, Chủ nhiệm Tổng cục Hậu cần là Trưởng Ban Tổ chức lễ
# tang'; session 9, set 4: 847).
_COPULA = re.compile(r"\slà\s")
# 'Ban Chấp hành đã bầu Đại tá A, Chính ủy Cục …, giữ chức Bí thư Đảng ủy; Đại tá B, …, giữ chức Phó bí thư': a
# sentence electing its list of holders, each reaching his role through 'giữ chức' (set 12: 890).
_ELECTING = re.compile(r"(?<!\w)bầu(?!\w)")
# 'X - PBT Đảng ủy; Chủ tịch UBND phường; đồng chí Y': after ';', an office closed by ';' or the end is X's (set 18: 1137).
_HOLDERLESS = re.compile(r"\s?(?:[;.]|$)")
_BEFORE_SEP = re.compile(r"(?:,|\s?[-–—])?\s|\sđối với\s")
_RANK_OFFICE_SEP = re.compile(r",? ")
_BARE = re.compile(r"[A-ZĐ]")  # 'X Bí Thư Đảng ủy xã': a first office after a bare space, capitalised (set 16: 1025)
# What a biography writes between a name and its offices: the birth year and the home province ('Trung tướng X sinh
# năm 1968, quê Nam Định, nguyên Chủ nhiệm Tổng cục Hậu cần'; national dailies; session 9, set 4: 845).
# His age and a former office's holder's trade too ('Ông X, năm nay 84 tuổi, nguyên Trưởng ban Hậu cần Huyện đội …',
# 'Ông X, chuyên gia kinh tế, nguyên Phó Viện trưởng …'; set 8: 039, 043), the trade only before 'nguyên'.
_BIRTH_AND_HOME = re.compile(
    r"(?:,?\s(?:sinh\s(?:năm|ngày)\s[\d/]{4,10}|SN\s\d{4}|quê(?:\squán)?:?\s[^,;.()\n]{1,30}"
    r"|(?:năm\snay\s|nay\s(?:đã\s)?)?(?:ngoài\s)?\d{2,3}\stuổi"
    r"|(?:chuyên\sgia|nhà\snghiên\scứu|nhà\sbáo|nhà\sgiáo|cựu\schiến\sbinh|thương\sbinh)(?:\s[^\W\d_]+){0,3}(?=,\snguyên\s)))+"
    r"(?=[,;]\s)")
# Between the cells of a table row pasted as text ('4 | Doãn Minh Hiển | Thượng tá | Phó Tổng Giám đốc …'; session 9, set 4:
# 806); 'Đồng chí X, là thiếu tướng, nguyên Phó Chính ủy Quân khu 9' (a daily's appointment news) writes the rank there too.
_CELL = re.compile(r" ?\| ?|,\slà\s")
# An office after these words is someone else's: 'Theo quyết định của Bộ trưởng Bộ Quốc phòng, Trung tướng X'.
_NOT_HIS = re.compile(r"(?i:của|với|theo|thay mặt|ủy quyền|uỷ quyền|lên|gặp|tặng|gửi) $")
# 'Đồng chí Lữ đoàn trưởng, Đại tá X': an office addressed as 'đồng chí' is the apposition of the name after the comma, though it
# names no unit (session 11, set 6: 118); only opening the clause ('Báo cáo với đồng chí Phó Thủ tướng, …' is someone else).
_ADDRESSED = re.compile(r"(?:^|[,;:] )(?i:đồng chí) $")
# What opens a list of the holders of one office: a colon, 'gồm' ('Phó Chủ nhiệm Tổng cục Hậu cần gồm A; B; C'; with
# 'ông'/'bà' before each name in national dailies: 'ba Phó bí thư Tỉnh ủy gồm ông A, ông B và bà C', round 8, dev 648), 'là' ('Chủ nhiệm Tổng cục là Thiếu tướng A'). After a word, only
# an office naming its organisation is shared: a bare 'Phó Chủ nhiệm' would give its holders no unit at all.
# A unit's roster ('Tổng cục Hậu cần có Chủ nhiệm là Trung tướng A; 3 Phó Chủ nhiệm gồm B; C'): the sentence named
# the unit, so a bare office before 'là'/'gồm' is shared as written (national dailies; round 7, dev 319, 424).
_ROSTER = re.compile(r"(?:(?<!\w)có|(?<!\w)\d{1,2}|;(?: các)?) $")
_LIST_OPEN = re.compile(r"(?:\s?:\s?|(?P<word>\s(?:gồm(?: có)?:?|là)\s))(?:(?:ông|bà)\s)?")
_LIST_SEP = re.compile(r"(?:\)|\s?\([^()\n]{1,60}\))?(?:\s?[,;]\s?|\s)(?:cùng\s|(?:(?:và|các đồng chí|đồng chí)\s)?(?:(?:ông|bà)\s)?)"
                       r"|\s?[-–—]\s?")
# A member's unit in brackets inside a colon list (an ORG mention, or text the vocabulary lacks: _LIST_SEP) ('Người hướng dẫn: Đại tá A (Học viện KTQS) và Thượng tá B').
_LIST_UNIT_OPEN = re.compile(r" ?\(")
# Text between two offices that names an office the vocabulary lacks ('Trợ lý Kế hoạch, …'): skipped once
# so the chain goes on, when it is short and opens with a capital.
_UNKNOWN_OFFICE = re.compile(r"(?:,|\s?[-–—])?\s[A-ZĐ][^,.;:()\n]{1,60}, ")
# The lower-case rest of a unit's name the vocabulary cut ('Viện Kỹ thuật' + ' cơ giới quân sự'), up to a comma.
_UNIT_TAIL = re.compile(r"(?: " + LOWER + r"[^\W\d_]*){1,6}(?=, )")
# A unit's parent in brackets after it ('Sư đoàn 312 (Quân đoàn 12)'; dev 155).
_PARENT_BRACKET = re.compile(r"\s\([^()\n]{1,40}\)")
MAX_SKIPPED_ORGS = 2  # organisations between a name and its role passed over ('X – Học viện KTQS, Chủ tịch …')
MAX_CHAIN = 8  # offices one person's chain takes at most (real chains have up to five)


@dataclass
class Group:
    """What the mentions around one name say: its span, rank, academic titles and offices (with former)."""

    start: int
    end: int
    rank: str | None
    academic_titles: list[str]
    offices: list[tuple[Mention, bool]]
    units: list[Mention]
    """Organisations written between the name and its role ('X – Học viện KTQS, Chủ tịch Hội đồng')."""
    elected: frozenset[str] = frozenset()
    """The offices (mention ids) the chain reaches through an election ('X, Chủ nhiệm … được bầu làm Bí thư Đảng ủy')."""


def academic_titles(run: str) -> list[str]:
    """'PGS, TS' -> ['PGS', 'TS'] (canonical abbreviations, in order)."""
    lex = lexicon()
    return [lex.academic_canonical[m.group(0).casefold()] for m in lex.academic_one.finditer(run)]


def _titles_before(string: str, start: int, floor: int) -> tuple[list[str], int]:
    """Academic titles written right before ``start`` without a rank ('PGS.TS Trần B'), and where they open."""
    window = string[max(floor, start - 40):start]
    offset = start - len(window)
    for match in lexicon().academic.finditer(window):
        if re.fullmatch(r",? ", window[match.end():]):
            return academic_titles(match.group(0)), offset + match.start()
    return [], start


def read_group(outer: list[Mention], index: int, string: str, floor: int, consumed: set[str],
               with_org: Collection[str]) -> Group:
    """The group around the PER mention ``outer[index]`` (``floor``: the sentence's start). Offices taken by
    an earlier person of the sentence (``consumed``) are not taken again; the ones this group takes are added.
    ``with_org``: the POSITION mentions that contain an organisation."""
    person = outer[index]
    start, rank, titles = person.start, None, []
    previous = outer[index - 1] if index else None
    gap = lexicon().name_gap.fullmatch(string[previous.end:start]) if previous and previous.label == "RANK" else None
    if gap:
        rank, start = previous.normalized, previous.start
        titles = academic_titles(gap.group("titles") or "")
    else:
        titles, start = _titles_before(string, start, floor)
    offices: list[tuple[Mention, bool]] = []
    end, former, skipped, units, elected = person.end, False, False, [], set()
    following = outer[index + 1:]
    if following and following[0].label == "RANK" and not rank and _CELL.fullmatch(string[end:following[0].start]):
        rank, end = following[0].normalized, following[0].end  # a table row: 'Name | Thượng tá | Office', or ', là <rank>'
    if bio := _BIRTH_AND_HOME.match(string, end):
        end = bio.end()  # 'Trung tướng X sinh năm 1968, quê Nam Định, nguyên Chủ nhiệm …': the chain goes on after
    for k, mention in enumerate(following):
        if mention.start < end:
            continue  # passed over with the text of an unknown office or unit
        if (bracket := _NOW_BRACKET.match(string, end)) and mention.start < bracket.end() and not (
                mention.label == "POSITION" and _NOW_OFFICE.fullmatch(string, end, mention.start)):
            continue  # '(nay là Quân ủy Trung ương)': what the body is called now is no office of his
        between = string[end:mention.start]
        sep = _CHAIN_SEP.fullmatch(between) or (None if units else _COPULA.fullmatch(between)) or (_CHAIN_SEP.fullmatch(", ") if (
            k == 0 and between == " " and _BARE.match(string, mention.start)) or (
            offices and between == "; " and _HOLDERLESS.match(string, mention.end)) else None)
        if not sep and not skipped:
            # An office or unit the vocabulary lacks, read up to the next office ('X – Trường Đại học Bách
            # khoa Hà Nội, Phản biện 3': the place inside it is no end of the chain).
            office = next((m for m in following[k:] if m.label in ("POSITION", "PER", "RANK")), None)
            if office is not None and office.label == "POSITION" and _UNKNOWN_OFFICE.fullmatch(
                    string[end:office.start]):
                sep, skipped, mention = _CHAIN_SEP.fullmatch(", "), True, office
        if mention.label == "ORG" and (sep or between == "/") and len(units) < MAX_SKIPPED_ORGS:
            units.append(mention)  # the person's unit, written before the role
            tail = _UNIT_TAIL.match(string, mention.end)  # 'Viện Kỹ thuật cơ giới quân sự, Phản biện 2'
            end = tail.end() if tail else mention.end
            if bracket := _PARENT_BRACKET.match(string, end):
                end = bracket.end()  # 'Sư đoàn 312 (Quân đoàn 12), đồng thời là …': its own parent, passed over too
            continue
        if mention.label != "POSITION" or not sep or len(offices) >= MAX_CHAIN:
            break
        groups = sep.groupdict()  # the copula has none
        if "bầu" in between or ("giữ chức" in between and _ELECTING.search(string, floor, person.start)):
            elected.add(mention.mention_id)
        if groups.get("now") or groups.get("now2"):
            former = False
        former = former or bool(groups.get("former") or groups.get("former2"))
        offices.append((mention, former))
        end = mention.end
    # 'Chủ nhiệm Tổng cục Hậu cần, Trung tướng X': an office right before the rank (or the name).
    # After a comma, only an office that names its organisation, if only by its head ('Giám đốc Học viện, Trung
    # tướng, PGS.TS X'; session 9, set 4: 809) ('Báo cáo với Phó Thủ tướng, Trung tướng X': the office is someone else's).
    before = index - (2 if rank else 1)
    ranked = _rank_before_office(outer, index, string) if not rank else None
    if ranked is not None:  # 'Đại tá, Giám đốc Công an tỉnh X': the rank stands before the office
        rank, before = ranked.normalized, index - 1
    gap_before = string[outer[before].end:start] if before >= 0 else ""
    if (before >= 0 and outer[before].label == "POSITION" and outer[before].mention_id not in consumed
            and _BEFORE_SEP.fullmatch(gap_before) and (gap_before == " " or outer[before].mention_id in with_org
                                                        or _names_a_unit(outer[before]) or _ADDRESSED.search(
                                                            string[max(floor, outer[before].start - 11):outer[before].start]))
            # Right before the name the office is his, whoever's words stand before it ('lời dạy của Chủ tịch Hồ Chí
            # Minh', 'gặp Bộ trưởng X'; set 8: 007): only across a comma is it someone else's.
            and (gap_before == " " or not _NOT_HIS.search(string[max(floor, outer[before].start - 12):outer[before].start]))):
        offices.insert(0, (outer[before], False))
        # 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Tây Ninh Nguyễn Thành Tâm': the whole chain before the name.
        while (before := before - 1) >= 0 and _chained_before(outer, before, string, consumed, floor):
            offices.insert(0, (outer[before], False))
    consumed.update(m.mention_id for m, _ in offices)
    if ranked is not None and offices and offices[0][0] is outer[index - 1]:
        start = ranked.start
    elif ranked is not None:
        rank = None  # the office was not his: neither is the rank before it
    return Group(start, end, rank, titles, offices, units if offices else [], frozenset(elected))


def _names_a_unit(office: Mention) -> bool:
    """Whether the office writes words after its title ('Giám đốc Học viện'), not the bare title ('Phó Thủ tướng')."""
    written = lexicon().position.match(office.surface)
    return bool(written) and bool(office.surface[written.end():].strip())


def _chained_before(outer: list[Mention], k: int, string: str, consumed: set[str], floor: int) -> bool:
    """Whether the office ``outer[k]`` opens the chain the office after it goes on ('Ủy viên Bộ Chính trị, Bí thư
    Thành ủy Hà Nội X'): joined to it by ', ', not taken by an earlier person, nobody else's ('của …')."""
    office = outer[k]
    return (office.label == "POSITION" and office.mention_id not in consumed
            and string[office.end:outer[k + 1].start] == ", "
            and not _NOT_HIS.search(string[max(floor, office.start - 12):office.start]))


def _rank_before_office(outer: list[Mention], index: int, string: str) -> Mention | None:
    """The rank written before the office that stands right before the name ('Thiếu tướng, Phó Tư lệnh Quân khu 7
    Nguyễn Văn X'), when the three are joined by ', ' (or a space) and a space."""
    if index < 2 or outer[index - 1].label != "POSITION" or outer[index - 2].label != "RANK":
        return None
    rank, office, person = outer[index - 2], outer[index - 1], outer[index]
    if _RANK_OFFICE_SEP.fullmatch(string[rank.end:office.start]) and string[office.end:person.start] == " ":
        return rank
    return None


def shared_offices(outer: list[Mention], string: str) -> dict[str, list[Mention]]:
    """PER mention_id -> offices stated once for a colon list ('các đồng chí Ủy viên Trung ương Đảng: A, B, C'
    gives each of A, B and C the office). Inside the list, ranks and each member's own offices are passed over."""
    shared: dict[str, list[Mention]] = {}
    for i, office in enumerate(outer):
        opener = _LIST_OPEN.fullmatch(string[office.end:outer[i + 1].start]) if i + 1 < len(outer) else None
        if office.label != "POSITION" or not opener or (
                opener.group("word") and office.surface.casefold() in lexicon().position_canonical
                and not _ROSTER.search(string, max(0, office.start - 40), office.start)):
            continue
        # 'các đồng chí Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng: A; B': the whole chain is shared.
        chain, k = [office], i - 1
        while k >= 0 and outer[k].label == "POSITION" and string[outer[k].end:outer[k + 1].start] == ", ":
            chain.insert(0, outer[k])
            k -= 1
        for member in _list_members(outer, string, i + 1, office.end):
            shared.setdefault(member.mention_id, []).extend(chain)
    return shared


# 'các đồng chí trong Ban Thường vụ Tỉnh ủy: ông A, …; bà B, …' (provincial papers; round 8, dev 563).
_HONORIFIC_GAP = re.compile(r"\s*(?:(?:ông|bà)\s)?")


def member_roles(outer: list[Mention], string: str) -> dict[str, list[str]]:
    """PER mention_id -> party roles stated once for a colon list of committee members ('các đồng chí trong BTV
    Tỉnh ủy: A, Phó Chủ tịch UBND tỉnh; B, …' gives A and B 'Ủy viên BTV Tỉnh ủy'; party.yml member_lists)."""
    roles: dict[str, list[str]] = {}
    if not outer:
        return roles
    rules, since = party_rules(), max(0, outer[0].start - 80)
    for match in [*rules.member_list.finditer(string, since, outer[-1].end),
                  *rules.standing_list.finditer(string, since, outer[-1].end)]:
        first = next((j for j, m in enumerate(outer) if m.start >= match.end()), None)
        if first is None or not _HONORIFIC_GAP.fullmatch(string[match.end():outer[first].start]):
            continue
        # A standing committee written alone is the congress's own committee: 'Đảng ủy' is left bare for
        # party_places to give it the body the article names after 'Đảng bộ' (session 11, set 6 page 123).
        role = f"Ủy viên {match.group('role')}" + (" Đảng ủy" if match.re is rules.standing_list else "")
        for member in _list_members(outer, string, first, match.end()):
            roles.setdefault(member.mention_id, []).append(role)
    return roles


def _list_members(outer: list[Mention], string: str, first: int, end: int) -> list[Mention]:
    """The PER mentions of a list opening at ``outer[first]`` (``end``: the opener's end; the caller checked the
    gap before the first), passing over ranks, each member's own offices and a member's unit in brackets."""
    members = []
    for j, mention in enumerate(outer[first:], start=first):
        between = string[end:mention.start]
        if j > first and not (
                _LIST_SEP.fullmatch(between) or _CHAIN_SEP.fullmatch(between)
                or (mention.label == "PER" and lexicon().name_gap.fullmatch(between))):
            break
        if mention.label == "PER":
            members.append(mention)
        elif mention.label == "ORG" and _LIST_UNIT_OPEN.fullmatch(between):
            pass
        elif mention.label not in ("RANK", "POSITION"):
            break
        end = mention.end
    return members


def own_title(position: Mention, children: list[Mention]) -> str:
    """The office as written up to its own organisation: 'Cục trưởng Cục Doanh trại, Tổng cục Hậu cần' is the
    title 'Cục trưởng Cục Doanh trại' (the comma-joined parent units still resolve its org_id). ``children``:
    the organisations nested in the position, in order."""
    if children and position.surface[children[0].end - position.start:].startswith(", "):
        return position.surface[:children[0].end - position.start]
    return position.surface
