"""The organisation tail after an office, read by its grammar rather than from lists of organisation names.

After a title ("Chủ nhiệm", "Trung đoàn trưởng", "Giám đốc") pages write the unit the office belongs to as a run
of capitalised syllables and the lower-case syllables of the same words ("Khoa Hậu cần - Kỹ thuật", "Sở Lao động
- Thương binh và Xã hội", "Học viện Chính trị quốc gia Hồ Chí Minh"), numbers and codes ("Trung đoàn 148", "Nhà
máy Z153"), abbreviations ("Trung đoàn CSCĐ Tây Bắc", "TTNĐ Việt - Nga"), places ("UBND tỉnh") and nested units
("Phòng Kế hoạch - Tổng hợp Cục Quân nhu"). The closed lists of organisation words the extractor had before cut
such titles at the first word they lacked (27 of the 47 position misses of the third blind set).

The tail STOPS where the next thing begins: a comma or semicolon (the next office, or a parent unit, which the
README's convention keeps out of the title), a rank, another title, a person's name (a family name followed by
capitalised syllables), a form of address, 'và' before anything but a name's last field, a verb or function word
(rules/entities/org_tail.yml `stops`), a number followed by lower case, or the sentence end. A run of lower-case
words is part of the name only where the run ends at punctuation, 'và', a capital or a number; otherwise only its
first syllable, which completes the capitalised word before it ('Sư đoàn làm Trưởng ban' keeps 'Sư đoàn').
"""

from __future__ import annotations

import re

from haucan.extract.lexicon import DASH, LOWER, UPPER, lexicon
from haucan.extract.org_tail_portfolio import _portfolio, _specialty
from haucan.extract.org_tail_words import (
    _CAPITAL,
    _capital_stop,
    _lower_run,
    _next_is_person,
    _rules,
    area_name_end,
)

# A number opening a date ("… Cảnh sát biển Việt Nam" + " 14/11/2025": a page stamp glued to the line) is no code.
_CODE = re.compile(r"[A-Z]{0,3}\d+[A-Za-z]?(?!\w)(?!/\d{1,2}/\d{2,4}(?!\d))")
_SPACE_OR_DASH = re.compile(rf"{DASH}| ")
_BOUNDARY = re.compile(rf"[,.;:)\n!?\"”]|$| và | ?[-–—] | {UPPER}| \d| \((?={UPPER})")
# An abbreviation in brackets inside a name, the name going on after it: 'Bộ Chỉ huy Quân sự (CHQS) tỉnh' (set 5: 201).
_BRACKETED = re.compile(rf"\({UPPER}[A-ZĐ\d-]{{1,9}}\)")


BEFORE_STOP_SYLLABLES = 1
"""A lower-case run right before a verb or function word is the end of the name only when it is this short: the
second syllable of the capitalised word before it ('Sư đoàn' + ' làm Trưởng ban'). A longer run is the clause
('Kỹ thuật' + ' đối với', 'Vùng' + ' giữ chức'); heads keep their own lower-case syllables ('Tổng công ty')."""

FIELD_SYLLABLES = 3
"""Lower-case syllables of one field a name lists after a comma ('Khoa Cứu nạn, cứu hộ'; ``_listed_fields``)."""

HEADED_FIELD_SYLLABLES = 5
"""The same, right after a head noun written by itself or in the title ('Đội' + ' Quản lý bếp ăn tập thể' + ' kể',
'Ban' + ' Chỉ huy quân sự cơ quan' + ' chủ trì', 'Trưởng khoa' + ' Hậu cần chiến dịch' + ' cho rằng'): a department
or a command names its field in up to five syllables, its first capitalised (session 11, set 6 pages 104, 294, 121)."""


def _ends_name(source: str, at: int) -> bool:
    """Whether what stands at ``at`` lets a run of lower-case words close a name: punctuation, the end, 'và', a
    dash, a number, or a capitalised word that is no stop."""
    boundary = _BOUNDARY.match(source, at)
    if _rules().names_in_orgs.match(source, at + 1):
        return True  # '… quốc gia' + ' Hồ Chí Minh'
    if boundary is None:
        return False
    if boundary.group()[:1] == " " and boundary.group()[1:2] not in ("v", "-", "–", "—") \
            and not boundary.group()[1].isdigit():
        return not _capital_stop(source, at + 1)
    return True


def _last_field(source: str, at: int, lower_before: bool = False) -> int | None:
    """' và Xã hội' closing a name that lists its fields: 'và', a capitalised word that is no stop, lower-case
    words, then punctuation or the end. Returns the field's end, else None."""
    if not source.startswith(" và ", at) or _capital_stop(source, at + 4) or lexicon().academic.match(source, at + 4):
        return None  # 'và TS Tăng Văn Ích': the next person
    word = _CAPITAL.match(source, at + 4)
    if word is None:
        # 'Hội Cựu chiến binh Khối cơ quan' + ' và doanh nghiệp tỉnh': a last field in lower case after lower-case
        # words, closed by punctuation (session 9).
        # Or closed by what is said of the holder next: 'Cục Kế hoạch và tài chính' + ' trình bày', 'Hội đồng Giáo dục
        # quốc phòng và an ninh tỉnh' + ' chủ trì' (session 10, set 5: 969; 830).
        run = [] if _rules().not_fields.match(source, at + 4) else _lower_run(source, at + 4, _rules().max_lower_run)
        return run[-1].end() if run and lower_before and (_field_closed(source, run[-1].end()) or _rules().verbs.match(
            source, run[-1].end()) or _PARENT_DASH.match(source, run[-1].end())) else None
    end = word.end()
    if source[end:end + 1] == " ":
        run = _lower_run(source, end + 1, _rules().max_lower_run)
        end = run[-1].end() if run else end
    # Punctuation closes the field, or the holder's name after it ('Thứ trưởng Bộ Dân tộc và Tôn giáo Hoàng Thị
    # Tuyết'; session 9, set 4: 828).
    if source[end:end + 1] == " " and (place := lexicon().place.match(source, end + 1)):
        end = place.end()  # '… và Xã hội tỉnh' + ' Nghệ An'
    # Or a verb of what the holder does next ('… Thương binh và Xã hội tỉnh' + ' phát biểu'; session 10).
    closed = re.match(r"[,.;:)\n]|$", source[end:end + 1]) or (source[end:end + 1] == " " and (
        _next_is_person(source, end + 1) or _rules().verbs.match(source, end)))
    return end if closed else None


def _own_head(source: str, end: int, title: str) -> int:
    """'trạm trưởng' + ' trạm chế biến', 'tổ trưởng' + ' tổ tăng gia': a '<head> trưởng' title followed by its head
    in lower case and the lower-case words that name that station, team or cell."""
    words = title.casefold().removeprefix("phó ").split()
    if len(words) != 2 or words[1] != "trưởng" or not source.startswith(f" {words[0]} ", end):
        return end
    run = _lower_run(source, end + 1, 1 + _rules().specialty_words)
    return run[-1].end() if len(run) > 1 else end


def _aspect(source: str, end: int) -> int:
    """'Phó Tổng Giám đốc' + ' về khoa học' before the unit ('… TTNĐ Việt - Nga'): kept only when a unit follows."""
    if not source.startswith(" về ", end):
        return end
    run = _lower_run(source, end + 4, 2)
    if run and source[run[-1].end():run[-1].end() + 1] == " " and _CAPITAL.match(source, run[-1].end() + 1) \
            and not _capital_stop(source, run[-1].end() + 1):
        return run[-1].end()
    return end


# The rest of an office written in square brackets after a name, in lower case ('Đại tá X [giám đốc nhà máy] cho
# biết', '[phó quản đốc phân xưởng đạn con]'): pages that print offices so print them whole (README, session 12
# coordinator: offices in square brackets are positions as printed; set 11: 773).
_BRACKETED_REST = re.compile(rf"(?: (?:{LOWER}[^\W\d_]*|[-–]|\d+)){{1,8}}\]")
_FIELD_END = re.compile(r"[,.;:)\n]|$")


def _field_closed(source: str, at: int) -> bool:
    """Whether a name's lower-case last field ends at ``at``: punctuation or the end, or 'và' opening the next
    member of the sentence's list, a person ('… doanh trại và xây dựng cơ bản' + ' và Thiếu tá …', ' và đại diện …';
    set 8: 001, 004), which no field of the name can be."""
    if _FIELD_END.match(source, at):
        return True
    return source.startswith(" và ", at) and bool(
        _capital_stop(source, at + 4) or _rules().not_fields.match(source, at + 4)
        or lexicon().academic.match(source, at + 4))


# A spaced dash before a parent unit closes a name's last field too ('Cục Kế hoạch và tài chính' + ' - Bộ Công an').
_PARENT_DASH = re.compile(r" [-–—] ")
# After a head that opens a unit: a capital or a number ('Bộ Công an', 'Quân khu 7'), not 'Kho' + ' vận'.
_UNIT_NAME_AFTER = re.compile(rf" (?:{UPPER}|\d)")


def _listed_fields(source: str, end: int) -> int:
    """', cứu hộ' after 'Khoa Cứu nạn', ', sinh học và tài liệu nghiệp vụ' after 'Viện Kỹ thuật hóa học': a name that
    lists its fields goes on after a comma in lower case (session 9, set 4: 816; dev 417). Each field is 1-3 lower-case
    syllables, none a stop, a title, a rank or a word of `not_fields`, closed by punctuation; the last may follow
    'và'. A capitalised word after the comma is the next office or a parent unit, which stay out."""
    rules, lex = _rules(), lexicon()
    pos = end
    while source.startswith(", ", pos):
        at = pos + 2
        if lex.position.match(source, at) or lex.rank.match(source, at) or rules.not_fields.match(source, at):
            break
        run = _lower_run(source, at, FIELD_SYLLABLES)
        if not run:
            break
        stop = run[-1].end()
        if source.startswith(" và ", stop) and not rules.not_fields.match(source, stop + 4):
            last = _lower_run(source, stop + 4, rules.max_lower_run)
            stop = last[-1].end() if last else stop
        if not _field_closed(source, stop):
            break
        pos = stop
    return pos


# A numbered defence area ('Ban Chỉ huy Phòng thủ khu vực 4', 'Ban CHPTKV 2', 'PTKV2'): since the 2025 reform its
# name goes on with the place it covers after a dash ('… khu vực 4 - Con Cuông', '… PTKV2 – Thống Nhất').
_AREA_NUMBER = re.compile(r"(?:(?i:khu vực)|KV) ?\d+$")
_AREA_PLACE_END = re.compile(r"[,.;:)\n]| \((?=[A-ZĐ])|$")  # or its parent in brackets: set 15, 483


def _area_place(source: str, start: int, pos: int, at: int) -> int | None:
    """The end of the place after the dash that follows a numbered area's number (``pos``; the place begins at
    ``at``): one to three capitalised syllables, none a stop, a head or a title, and no person's name, closed by punctuation,
    the end, or a verb of what the holder does next. None when the number is no area's or no such place follows."""
    if not _AREA_NUMBER.search(source, start, pos):
        return None
    lex, stop, place_end, count = lexicon(), at, None, 0
    # A form of address opens the next person only as the place's first syllable: later it is the place's own
    # ('Đông Anh', 'Ngã Năm'), which a punctuation mark or a verb still has to close.
    while count < 3 and (word := _CAPITAL.match(source, stop)) and not _rules().heads.match(source, stop) and not (
            (count == 0 and _rules().capital_stops.match(source, stop)) or lex.rank.match(source, stop)
            or lex.position.match(source, stop)):
        place_end, count, stop = word.end(), count + 1, word.end() + 1
        if source[place_end:stop] != " ":
            break
    # A place of two syllables may open with a family name ('Thạch Thành', 'Lương Sơn'); three are a person's name.
    if place_end is None or (count > 2 and _next_is_person(source, at)):
        return None
    return place_end if _AREA_PLACE_END.match(source, place_end) or _rules().verbs.match(source, place_end) \
        or _rules().stops.match(source, place_end + 1) else None

# Two fields abbreviated and joined by 'và' ('Cảnh sát PCCC và CNCH', 'Phòng CSGT và TT'): one name; the fire police's
# units are all named so. 'và' after a word in lower case or a name keeps closing the name (the next member of a list).
_ABBREVIATED_FIELDS = re.compile(r" và [A-ZĐ]{2,}(?!\w)")
_ABBREVIATION_BEFORE = re.compile(r"(?<!\w)[A-ZĐ]{2,}$")

# A standing deputy ('Phó Trưởng ban Thường trực', 'Phó Chủ tịch thường trực', 'Phó Giám đốc Thường trực'): the word
# belongs to the title, before the unit or alone (set 8: 042; real: 'Phó Trưởng ban Thường trực Ban Chỉ đạo …').
_STANDING = re.compile(r" [Tt]hường trực(?!\w)")


# A military teaching hospital's joint department, at once the academy's teaching section and the hospital's clinical
# department: 'Chủ nhiệm Bộ môn - Khoa Dinh dưỡng', 'Bộ môn-Khoa Nhi' (set 10: 669; real HVQY pages print both
# spacings). Its dash joins the two heads; it opens no parent unit.
_JOINT_SECTION = re.compile(rf" ?{DASH} ?Khoa(?= {UPPER})")


def tail_end(source: str, end: int, title: str) -> int:
    """The end of the organisation tail of the title ``title`` that ends at ``end`` (``end`` itself when none)."""
    rules, lex = _rules(), lexicon()
    if source[end - len(title) - 1:end - len(title)] == "[" and (bracket := _BRACKETED_REST.match(source, end)):
        return bracket.end() - 1  # '[giám đốc' + ' nhà máy]': an office in square brackets runs to the bracket
    if title.casefold().endswith("bộ môn") and (joint := _JOINT_SECTION.match(source, end)):
        end = joint.end()
    if standing := _STANDING.match(source, end):
        end = standing.end()  # 'Phó Trưởng ban' + ' Thường trực' + ' Ban Tuyên giáo Tỉnh ủy': 'trực' is no stop here
    end = _aspect(source, _own_head(source, _specialty(source, end, title), title))
    unit = rules.lower_units.match(source, end)
    if unit and (local := lex.org_local_suffix.match(source, unit.end())) and (place := lex.org_local_place.match(source, local.end())):
        return place.end()  # '… Dân quân thường trực' + ' phường Yên Nghĩa' (set 19: 1169)
    if unit and (_ends_name(source, unit.end()) or rules.stops.match(
            source, unit.end() + 1) or _next_is_person(source, unit.end() + 1)):  # '… dân quân thường trực' + ' Lâm Văn Hậu'
        return unit.end()  # 'Phó Hiệu trưởng' + ' nhà trường' + ' cho biết'
    # proper: capitalised syllables in a row, two or more a proper name ('Cà Roòng'); a dash ends it ('Hóa - Môi').
    taken, pos, tokens, last, after_head, proper = end, end, 0, "title", False, 0
    while tokens < rules.max_tokens:
        sep = _SPACE_OR_DASH.match(source, pos)
        if sep is None:
            break
        at, dashed, proper = sep.end(), sep.group() != " ", proper if sep.group() == " " else 0
        if (pair := _ABBREVIATED_FIELDS.match(source, pos)) and _ABBREVIATION_BEFORE.search(source, end, pos):
            pos = taken = pair.end()  # 'Đội Cảnh sát PCCC' + ' và CNCH' + ' khu vực …' (set 10: 651)
            last, tokens = "capital", tokens + 1
            continue
        if dashed and last == "number" and (place_end := _area_place(source, end, pos, at)):
            taken = place_end
            break
        if dashed and last not in ("capital", "lower", "head"):
            break  # 'Nguyễn Văn A - Chủ nhiệm': a dash after a title opens no unit
        named = rules.names_in_orgs.match(source, at) if last != "title" else None
        place = lex.place.match(source, at)
        if named or (place and not dashed):
            pos = taken = (named or place).end()
            last, tokens = "capital", tokens + len((named or place).group().split())
            proper = len((named or place).group().split())  # 'Việt Nam', not 'Pháp' (in 'Ban Pháp chế')
            continue
        if (bracket := _BRACKETED.match(source, at)) and not dashed and last in ("capital", "lower") and (
                lex.org_local_suffix.match(source, bracket.end()) or (
                    _CAPITAL.match(source, bracket.end() + 1) and not _capital_stop(source, bracket.end() + 1))):
            pos = taken = bracket.end()
            last, tokens = "capital", tokens + 1
            continue
        if _capital_stop(source, at):
            break
        head = rules.heads.match(source, at)
        if dashed and head and (_UNIT_NAME_AFTER.match(source, head.end()) or lex.org_local_suffix.match(source, head.end())):
            break  # 'Trưởng phòng Hậu cần' + ' - Bộ Tư lệnh CSCĐ': a parent unit, like one after a comma (set 5: 968)
        word = head or _CAPITAL.match(source, at) or _CODE.match(source, at)
        if word:
            pos = taken = word.end()
            after_head = last == "head" or (last == "title" and bool(rules.section_title.search(title)))
            last, tokens = ("number" if word.group()[-1:].isdigit() else "head" if head else "capital"), tokens + 1
            proper = proper + 1 if last == "capital" and word.group()[:1].isupper() and word.group()[1:].islower() else 0
            continue
        if dashed and last == "lower" and (run := _lower_run(source, at, rules.max_lower_run)) and _ends_name(
                source, run[-1].end()):
            pos = taken = run[-1].end()  # 'Tiểu ban Bảo đảm hậu cần' + ' - kỹ thuật': a name's lower-case pair (set 9: 081)
            tokens, proper = tokens + len(run), 0
            continue
        if dashed:
            break
        field = _last_field(source, pos, last == "lower") if last in ("capital", "lower", "head") else None
        if field:
            taken = field
            break
        if last not in ("capital", "head"):
            break
        run = _lower_run(source, at, rules.max_lower_run)
        if not run or (proper >= 2 and len(run) >= 2):  # after a place's name ('Cà Roòng'): the clause (set 13: 903)
            break
        if _ends_name(source, run[-1].end()):
            pos = taken = run[-1].end()
            last, tokens, proper = "lower", tokens + len(run), 0
            continue
        if area := area_name_end(source, run[-1].end()):  # '… khu vực' + ' Mai Châu': a place, not a person
            taken = area
            break
        # Before a stop word or the next person a one-syllable run completes the word ('Sư đoàn' + ' làm'); a longer
        # one is the clause, except after a department's field right after its head ('Khoa Hồi' + ' sức tích cực' +
        # ' chia sẻ'): a field is named by up to HEADED_FIELD_SYLLABLES. After a unit's own name ('Quân khu 4 …',
        # 'Hội Cựu chiến binh …') such a run is the clause.
        after = run[-1].end() + 1
        limit = HEADED_FIELD_SYLLABLES if last == "capital" and after_head else BEFORE_STOP_SYLLABLES
        if len(run) <= limit and source[after - 1:after] == " " and (
                rules.stops.match(source, after) or _capital_stop(source, after)):  # 'UBND tỉnh' + ' Âu Văn Tín
            taken = run[-1].end()
        break
    taken = _listed_fields(source, taken) if last in ("capital", "lower") else taken
    return _portfolio(source, taken, title)
