"""Positions, session 13 (issue 14, brief pos20, spent set 15). Invented sentences and people.

A section head's office names its section by its kind in lower case and then the section's own name in capitals
('Trưởng bếp khu tập trung Miếu Môn', 'Trưởng bếp ăn tập thể Phân xưởng A3'): the name is part of the office, up to
punctuation or what the holder does next (set 15: 574, 236).
"""

from __future__ import annotations

import pytest

from tests.support.people import people_in


@pytest.mark.parametrize(("sentence", "office"), [
    ("Thiếu tá QNCN Mông Thị Lụa, Trưởng bếp khu tập trung Đồng Bèn cho biết bếp phục vụ 300 suất.",
     "Trưởng bếp khu tập trung Đồng Bèn"),
    ("Thiếu tá QNCN Mông Thị Lụa, Trưởng bếp ăn tập thể Phân xưởng B7, giới thiệu thực đơn.",
     "Trưởng bếp ăn tập thể Phân xưởng B7"),
])
def test_a_sections_own_name_after_its_kind_stays_in_the_office(sentence, office):
    assert office in [p.title for p in people_in(sentence)["Mông Thị Lụa"].positions]


def test_a_person_after_the_sections_kind_is_no_name_of_it():
    people = people_in("Trưởng bếp ăn tập thể Nông Văn Tới cho biết bếp phục vụ 300 suất.")
    assert all("Nông" not in p.title for person in people.values() for p in person.positions)


def test_a_defence_areas_place_before_its_parent_in_brackets_stays():
    people = people_in("Đồng chí Lý Văn Sủng - Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ Khu vực 2 - Quỳ Hợp (Bộ CHQS "
                       "tỉnh Nghệ An) phát biểu.")
    assert "Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ Khu vực 2 - Quỳ Hợp" in [
        p.title for p in people["Lý Văn Sủng"].positions]


def test_an_areas_place_opening_with_a_family_name_stays_in_the_office():
    people = people_in("Trung úy Vi Văn Sáng, cán bộ Đội Cảnh sát PCCC và CNCH khu vực Lương Sơn và hai chiến sĩ "
                       "đã có mặt.")
    assert "cán bộ Đội Cảnh sát PCCC và CNCH khu vực Lương Sơn" in [p.title for p in people["Vi Văn Sáng"].positions]


def test_a_date_glued_after_a_units_name_is_no_part_of_it():
    people = people_in("Thiếu tướng Lục Văn Bảo - Tham mưu trưởng Cảnh sát biển Việt Nam 03/12/2025 08:40")
    assert "Tham mưu trưởng Cảnh sát biển Việt Nam" in [p.title for p in people["Lục Văn Bảo"].positions]
