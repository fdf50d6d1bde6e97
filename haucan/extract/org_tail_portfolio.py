"""A deputy's portfolio after the office ('Phó Trung đoàn trưởng' + ' phụ trách hậu cần') and a staff office's or a
section head's lower-case specialty ('Trợ lý quân nhu', 'Trưởng bếp ăn tập thể Phân xưởng A3'), read after the
organisation tail (haucan/extract/org_tail.py) and kept apart from it so that each module stays one job and short."""

from __future__ import annotations

import re

from haucan.extract.lexicon import DASH, UPPER, lexicon
from haucan.extract.org_tail_words import _capital_stop, _lower_run, _next_is_person, _rules, named_end

_FIELD_END = re.compile(r"[,.;:)\n]|$")


_PORTFOLIO = re.compile(r" phụ trách ")
_BARE_HEAD = re.compile(r" (?:Phòng|Ban|Cục|Trung đoàn|Lữ đoàn|Sư đoàn|Học viện|Trường|Bệnh viện|Nhà máy)(?!\w)")
_PORTFOLIO_DASH = re.compile(rf" ?{DASH} ?")
PORTFOLIO_SYLLABLES = 4
"""Lower-case syllables of a deputy's portfolio ('hậu cần', 'công tác kỹ thuật', 'khối văn hóa - xã hội')."""


# A board's bare member listed with what he answers for ('Ủy viên phụ trách bảo đảm hậu cần - kỹ thuật' in a steering
# committee's list; set 18: 1143): his portfolio tells the members apart, as a deputy's does.
BOARD_MEMBERS = frozenset({"ủy viên", "uỷ viên", "thành viên"})
# A programme's secretary names it in lower case after the title ('thư ký chương trình quân - dân y kết hợp tỉnh';
# set 10: 683): the programme is part of the office, read like a portfolio.
_PROGRAMME = re.compile(r" chương trình ")
PROGRAMME_TITLES = frozenset({"thư ký", "phó thư ký"})
PROGRAMME_SYLLABLES = 8


def _portfolio(source: str, end: int, title: str) -> int:
    """'Phó Trung đoàn trưởng' + ' phụ trách hậu cần': a deputy's portfolio is part of the office, telling deputies
    of one unit apart (set 9: 059), and so is a board member's (``BOARD_MEMBERS``). Taken only after such a title
    and when the portfolio's lower-case words end at punctuation, the sentence end or the next verb ('… phụ trách hậu cần đang kiểm tra'); 'X phụ trách công tác
    …' after any other title is the verb of the clause."""
    if (title.startswith("Phó ") or title.casefold() in BOARD_MEMBERS) and (opening := _PORTFOLIO.match(source, end)):
        limit = PORTFOLIO_SYLLABLES
    elif title.casefold() in PROGRAMME_TITLES and (opening := _PROGRAMME.match(source, end)):
        limit = PROGRAMME_SYLLABLES
    else:
        return end
    run = _lower_run(source, opening.end(), limit)
    if not run:
        return end
    after = run[-1].end()
    if (dash := _PORTFOLIO_DASH.match(source, after)) and (more := _lower_run(source, dash.end(), limit)):
        after = more[-1].end()  # '… phụ trách hậu cần' + ' - kỹ thuật'
    first = run[0].group()
    if source.startswith(f", {first} ", after) and (more := _lower_run(source, after + 2, limit)):
        after = more[-1].end()  # 'công tác đảng' + ', công tác chính trị': each field opens with the same word (set 11: 785)
        if (head := _BARE_HEAD.match(source, after)) and _FIELD_END.match(source, head.end()):
            after = head.end()  # '… công tác chính trị' + ' Phòng': the unit named by its head alone
    elif re.match(rf", (?!{UPPER})", source[after:after + 3]) and _next_field(source, after + 2, limit):
        return end  # '… phụ trách công tác đảng, kỹ thuật': a list of fields, whose end is not known
    closed = _FIELD_END.match(source, after) or (source[after:after + 1] == " " and (
        _rules().stops.match(source, after + 1) or _capital_stop(source, after + 1) or _next_is_person(source, after + 1)))
    return after if closed else end


def _next_field(source: str, at: int, limit: int) -> bool:
    """Whether the lower-case words at ``at`` after a portfolio's comma are its next field: a branch's name ('kỹ thuật
    phát biểu'), or words closed by punctuation or 'và'. A clause is none ('… hậu cần - kỹ thuật, nhà ăn mới giúp …';
    set 18: 1118)."""
    field = _lower_run(source, at, limit)
    head = source[at:at + 40]
    return bool(field) and bool(lexicon().org_name_words.match(head[:1].upper() + head[1:]) or _FIELD_END.match(
        source, field[-1].end()) or source.startswith(" và ", field[-1].end()))


def _specialty(source: str, end: int, title: str) -> int:
    """'Trợ lý' + ' quân nhu', 'nhân viên' + ' nấu ăn': a staff office's lower-case specialty. A title that ends with
    the kind of section it heads ('Trưởng xưởng sửa chữa' + ' khí tài', 'Trưởng khoa' + ' nội tim mạch') takes one
    too, when punctuation closes it (session 9; dev 606)."""
    if source[end:end + 1] != " ":
        return end
    if title.casefold().removeprefix("phó ") in _rules().staff_titles:
        run = _lower_run(source, end + 1, _rules().specialty_words)
        return run[-1].end() if run else end
    if _rules().section_title.search(title):
        run = _lower_run(source, end + 1, _rules().specialty_words)
        # Closed by punctuation, or by what the holder does next ('Trưởng Bếp ăn tập trung' + ' cho biết'; set 11: 754).
        return run[-1].end() if run and (_FIELD_END.match(source, run[-1].end()) or _rules().verbs.match(
            source, run[-1].end()) or _rules().heads.match(source, run[-1].end() + 1)) else (
            # or by the section's own name after its kind ('Trưởng bếp khu tập trung' + ' Miếu Môn'; set 15: 574, 236).
            run and named_end(source, run[-1].end()) or end)
    return end
