"""Party roles of provincial civilians and officers: abbreviations written out, completed with the province
(rules/entities/party.yml role_words; positions.yml). Invented sentences, round 3 of issue 14."""

from __future__ import annotations

from functools import partial

import pytest

from haucan.rules import load_rules
from tests.support.people import people_in

RULES = load_rules()


_people = partial(people_in, title="Hội nghị quân sự tỉnh Lạng Sơn", place="tỉnh Lạng Sơn", date="2/5/2025")



@pytest.mark.parametrize(("written", "role"), [
    ("Ủy viên BTV Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy Lạng Sơn"),
    ("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy Lạng Sơn"),
    # A military or police party committee named by 'tỉnh' alone is kept as written (README, session-8 convention:
    # only Tỉnh ủy/Thành ủy/Huyện ủy/Thị ủy take the page's place); its abbreviation is still written out.
    ("Bí thư Đảng ủy Quân sự tỉnh", "Bí thư Đảng ủy Quân sự tỉnh"),
    ("Phó Bí thư ĐUQS tỉnh", "Phó Bí thư Đảng ủy Quân sự tỉnh"),
    ("Ủy viên dự khuyết BCH Trung ương Đảng", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"),
    ("Ủy viên BCH TƯ Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"),
])
def test_abbreviated_party_roles_are_written_out(written, role):
    people = _people(f"Dự có Đại tá Hoàng Văn Páo - {written}, Chỉ huy trưởng Bộ CHQS tỉnh.")
    assert role in people["Hoàng Văn Páo"].party_roles
    assert "Chỉ huy trưởng Bộ CHQS tỉnh" in [p.title for p in people["Hoàng Văn Páo"].positions]


def test_a_lone_abbreviated_body_stays_as_written():
    people = _people("Thượng tướng Lục Văn Sử, Bí thư Đảng ủy CATW, Thứ trưởng Bộ Công an phát biểu.")
    assert "Bí thư Đảng ủy CATW" in people["Lục Văn Sử"].party_roles
