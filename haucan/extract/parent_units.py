"""Parent units written after a title behind a dash: 'Trưởng phòng Hậu cần - Bộ Tư lệnh CSCĐ', 'Trưởng phòng Hậu
cần-Công an tỉnh Thanh Hóa', 'Phó Cục trưởng Cục Kế hoạch và tài chính - Bộ Công an' (police and army pages write the
parent so, as others write it after a comma). The README's convention keeps a parent unit out of the title; the
lists of name words join over the dash ('Hậu cần-Công an'), so the title's span is cut where the parent opens (session
10, set 5: 968)."""

from __future__ import annotations

import re

from haucan.extract.lexicon import DASH, lexicon
from haucan.extract.org_tail import _UNIT_NAME_AFTER, _rules

_DASH = re.compile(DASH)


def before_parent_dash(source: str, start: int, end: int) -> int:
    """``end`` cut before a dash inside ``source[start:end]`` that opens a parent unit (a head, then a capital, a number
    or a place word: '… Hậu cần' + '-Công an tỉnh Thanh Hóa', '… Hậu cần' + ' - Bộ Tư lệnh CSCĐ'); ``end`` when none.
    Only the title's own span is searched (searching from the field's start made a field's time quadratic)."""
    lex = lexicon()
    for dash in _DASH.finditer(source, start + 1, end):
        if not source[dash.start() - 1:dash.start()].isalpha():
            continue
        head = _rules().heads.match(source, dash.end())
        if head and head.end() < end and (_UNIT_NAME_AFTER.match(source, head.end())
                                          or lex.org_local_suffix.match(source, head.end())):
            return dash.start()
    return end

