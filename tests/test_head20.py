"""Session 13, head20 (issue 14, spent set 15): registry names without notes (a copy site goes by its host),
a source line printing the paper's name twice."""

from __future__ import annotations

import re

from haucan.outlets import decide_outlet
from haucan.records import Block
from haucan.rules import load_rules

# A parenthesis saying what a site IS ("copy of …", "spam copy", "machine-translated copies") is a note: it goes in
# `why`. An abbreviation or a place in parentheses ("(VOV)", "(Bình Dương)") is part of how the outlet is named.
_NOTE = re.compile(r"\((?=[^)]*\b(?:copy|copies|mirror|spam|hijacked|look-alike|rewritten|translated|not)\b)[^)]*\)",
                   re.IGNORECASE)


def _blocks(*lines: tuple[str, str]) -> list[Block]:
    return [Block(block_idx=i, kind=kind, rule="t", text=text, line=i + 1) for i, (kind, text) in enumerate(lines)]


def test_no_registry_name_carries_a_note() -> None:
    noted = [o.name for o in load_rules().outlets if _NOTE.search(o.name)]
    assert noted == []


def test_a_mirror_naming_no_source_is_its_own_outlet_by_its_host() -> None:
    # The registry knows whose text it copies (mirror_of), but the page credits nobody: set 11's convention.
    blocks = _blocks(("title", "Bộ đội giúp dân dựng lại nhà sau lũ"),
                     ("lead", "Sáng 3-11, Trung đoàn 9 điều 120 cán bộ, chiến sĩ giúp bà con xã Hòa Bình dọn bùn."))
    decision = decide_outlet(blocks, load_rules(), "https://m.xosobinhdinh.org/video/bo-doi-giup-dan-12345.htm")
    assert decision.outlet == "m.xosobinhdinh.org"


def test_a_rewritten_copy_stays_its_own_outlet() -> None:
    blocks = _blocks(("title", "Thăm, chúc Tết lực lượng vũ trang huyện miền núi"),
                     ("lead", "Đoàn công tác đã thăm, tặng quà cán bộ, chiến sĩ Ban CHQS huyện."))
    decision = decide_outlet(blocks, load_rules(), "https://tracuuquyhoach.com/tin-tuc/tham-chuc-tet-1234")
    assert decision.outlet == "tracuuquyhoach.com"


def test_a_source_line_printing_the_paper_twice_credits_it() -> None:
    blocks = _blocks(("residue", "Vietnam.vn - Nền tảng quảng bá Việt Nam"),
                     ("title", "Bếp ăn dã chiến phục vụ bộ đội huấn luyện"),
                     ("residue", "Báo Quân đội nhân dânBáo Quân đội nhân dân"),
                     ("lead", "Những ngày cao điểm huấn luyện, các bếp ăn đã bổ sung định lượng cho bộ đội."))
    decision = decide_outlet(blocks, load_rules(), "https://thongtin.vietnam.vn/bep-an-da-chien")
    assert decision.outlet == "Báo Quân đội nhân dân"


def test_a_copyright_line_names_its_owner_without_the_formula() -> None:
    blocks = _blocks(("title", "Chăm lo bữa ăn cho chiến sĩ trên đảo"),
                     ("lead", "Những năm qua, bếp ăn của đơn vị luôn bảo đảm đủ định lượng cho bộ đội."),
                     ("residue", "Bình luận"),
                     ("residue", "Bản quyền thuộc về Sông Lam Quê Tôi"))
    decision = decide_outlet(blocks, load_rules(), "https://songlamquetoi.vn/cham-lo-bua-an-81342.html")
    assert decision.outlet == "Sông Lam Quê Tôi"
