"""Persons and offices, session 12 (issue 14, brief pos15): the families the spent tenth set missed. A teaching
hospital's joint department ('Bộ môn - Khoa'), fields abbreviated and joined by 'và' ('Cảnh sát PCCC và CNCH'), and
a unit named before 'do <name>, <title>' that the title heads. Invented sentences."""

from __future__ import annotations

import pytest

from tests.support.people import people_in


def _titles(sentence: str, name: str) -> list[str]:
    return [p.title for p in people_in(sentence)[name].positions]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Đại tá, TS Khúc Văn Long, Chủ nhiệm Bộ môn - Khoa Truyền nhiễm cho biết bệnh nhân đã ổn định.",
     "Khúc Văn Long", "Chủ nhiệm Bộ môn - Khoa Truyền nhiễm"),
    ("Thượng tá Ninh Thị Hoa, Phó Chủ nhiệm Bộ môn-Khoa Nhi, Bệnh viện Quân y 103 phát biểu.",
     "Ninh Thị Hoa", "Phó Chủ nhiệm Bộ môn-Khoa Nhi"),
    # A bare joint department keeps the bare title: no unit's name follows.
    ("Đại tá Khúc Văn Toàn, Chủ nhiệm Bộ môn - Khoa cho biết như vậy.", "Khúc Văn Toàn", "Chủ nhiệm Bộ môn"),
])
def test_a_joint_teaching_department_is_one_unit(sentence, name, title):
    assert _titles(sentence, name) == [title]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Thiếu tá Ông Văn Lực - Đội trưởng Đội Cảnh sát PCCC và CNCH khu vực Ngân Sơn cảm ơn đoàn.",
     "Ông Văn Lực", "Đội trưởng Đội Cảnh sát PCCC và CNCH khu vực Ngân Sơn"),
    ("Trung tá Kiều Văn Tấn, Trưởng phòng Cảnh sát PCCC và CNCH Công an tỉnh Cao Bằng phát biểu.",
     "Kiều Văn Tấn", "Trưởng phòng Cảnh sát PCCC và CNCH Công an tỉnh Cao Bằng"),
])
def test_abbreviated_fields_joined_by_va_are_one_name(sentence, name, title):
    assert _titles(sentence, name) == [title]


def test_va_after_a_word_in_lower_case_still_opens_the_next_person():
    people = people_in("Dự có Đại tá Hà Văn Bảy, Chỉ huy trưởng Bộ CHQS tỉnh và Đại tá Lò Văn Chín, Chính ủy.")
    assert [p.title for p in people["Hà Văn Bảy"].positions] == ["Chỉ huy trưởng Bộ CHQS tỉnh"]
    assert "Lò Văn Chín" in people


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Năm qua, Phòng Hậu cần - Đời sống do Thiếu tá Mẫn Thị Thu, Trưởng phòng, trực tiếp tham mưu, đã tổ chức tốt.",
     "Mẫn Thị Thu", "Trưởng phòng Hậu cần - Đời sống"),
    ("Khoa Quân nhu do Trung tá Lê Văn Bốn làm Chủ nhiệm Khoa biên soạn bộ tài liệu mới.",
     "Lê Văn Bốn", "Chủ nhiệm Khoa Quân nhu"),
    # In apposition a unit named by its head stays as written (session 8's convention; dev 716).
    ("Mô hình ở Đồn Biên phòng Pa Náng do Thiếu tá Thào A Lử, Chính trị viên Đồn làm tổ trưởng tổ tăng gia.",
     "Thào A Lử", "Chính trị viên Đồn"),
    # The office names another kind of unit: the unit before 'do' is no unit of his.
    ("Đoàn công tác do Đại tá Lê Văn Năm, Phó Cục trưởng, dẫn đầu đã kiểm tra kho.", "Lê Văn Năm", "Phó Cục trưởng"),
])
def test_a_unit_led_by_a_person_in_apposition_completes_the_title(sentence, name, title):
    assert _titles(sentence, name)[0] == title
