"""Positions, session 11 (issue 14, brief pos11): where an office phrase ends and which offices the vocabulary
knows. A department's field after its head runs up to five syllables before the verb; a verb of saying before a
quotation ends the unit; a unit named in lower case by its kind ('đảo', 'đồn'); deputies written after the title
('Chính trị viên phó'); the press, post and merged-board offices; an office addressed as 'đồng chí' before the rank
and name. Invented sentences."""

from __future__ import annotations

import pytest

from tests.support.people import people_in


def _titles(sentence: str, name: str) -> list[str]:
    return [p.title for p in people_in(sentence)[name].positions]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    # A department's or a command's field after its head, closed by the verb (set 6: 104, 294, 121).
    ("Thiếu tá Nông Thị Dự, Đội trưởng Đội Quản lý bếp ăn tập thể kể, có đêm chị thức trắng.",
     "Nông Thị Dự", "Đội trưởng Đội Quản lý bếp ăn tập thể"),
    ("Đồng chí Vương Thị Nhạn, Chỉ huy trưởng Ban Chỉ huy quân sự cơ quan chủ trì buổi khai mạc.",
     "Vương Thị Nhạn", "Chỉ huy trưởng Ban Chỉ huy quân sự cơ quan"),
    ("Đại tá Hoàng Thị Hiên, Trưởng khoa Hậu cần chiến dịch cho rằng cần sớm hoàn thiện cơ chế.",
     "Hoàng Thị Hiên", "Trưởng khoa Hậu cần chiến dịch"),
    # A verb of saying before the quotation is no part of the unit (set 6: 118).
    ("Đại tá Văn Đình Khởi, Chính ủy Lữ đoàn xác định: \"Hậu cần phải đi trước một bước\".",
     "Văn Đình Khởi", "Chính ủy Lữ đoàn"),
    ("Đại tá Văn Đình Khởi, Chính ủy Lữ đoàn nhận xét: \"Bộ đội ăn no, mặc ấm\".", "Văn Đình Khởi", "Chính ủy Lữ đoàn"),
    # Units named in lower case by their kind (set 6: 134).
    ("Đại úy Hà Minh Tuấn, Chính trị viên đảo cho biết cả đơn vị cùng gói bánh chưng.",
     "Hà Minh Tuấn", "Chính trị viên đảo"),
    # A deputy written after the title (set 6: 115).
    ("Thiếu tá Đinh Văn Khiêm, Chính trị viên phó Đồn Biên phòng Pò Mã cùng chiến sĩ thu hoạch rau.",
     "Đinh Văn Khiêm", "Chính trị viên phó Đồn Biên phòng Pò Mã"),
    # A post's head, a merged party board, the press (set 6: 267, 281, 135).
    ("Thiếu tá Giàng A Páo, Trưởng Đồn Công an Xín Chải cảm ơn lãnh đạo Công an tỉnh.",
     "Giàng A Páo", "Trưởng Đồn Công an Xín Chải"),
    ("Cùng dự có bà Lạc Thị Uyển, Trưởng Ban Tuyên giáo và Dân vận Thành ủy Hà Nội; các đại biểu.",
     "Lạc Thị Uyển", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy Hà Nội"),
    ("Nhà báo Kiều Thanh Lam, phóng viên Báo Sức khỏe và Đời sống đoạt giải B.",
     "Kiều Thanh Lam", "phóng viên Báo Sức khỏe và Đời sống"),
    ("Trao giải có ông Đặng Hồng Lân, Phó Tổng Biên tập Báo Quân đội nhân dân, Trưởng ban Giám khảo.",
     "Đặng Hồng Lân", "Phó Tổng Biên tập Báo Quân đội nhân dân"),
    # An office addressed as 'đồng chí' before the rank and name (set 6: 118).
    ("Đồng chí Lữ đoàn trưởng, Đại tá Phó Đức Chánh thường xuyên kiểm tra các phân đội.",
     "Phó Đức Chánh", "Lữ đoàn trưởng"),
])
def test_the_office_is_read_whole(sentence, name, title):
    assert title in _titles(sentence, name)


def test_a_field_longer_than_five_syllables_or_after_a_units_own_name_stays_the_clause():
    # After a unit's own name (no head right before), a lower-case run before the verb is the clause.
    assert "Chính ủy Quân khu 4" in _titles("Trung tướng Lê Văn Tư, Chính ủy Quân khu 4 nhiều năm gắn bó chia sẻ.",
                                              "Lê Văn Tư")


def test_an_office_addressed_after_a_preposition_stays_someone_elses():
    people = people_in("Báo cáo với đồng chí Phó Thủ tướng, Trung tướng Lê Văn Tám nêu rõ kết quả.")
    assert "Phó Thủ tướng" not in [p.title for p in people["Lê Văn Tám"].positions]


def test_a_unit_named_for_its_information_field_is_not_cut_at_thong_tin():
    titles = _titles("Đại tá Bùi Văn Lộc, Cục trưởng Cục Công nghệ thông tin phát biểu.", "Bùi Văn Lộc")
    assert "Cục trưởng Cục Công nghệ thông tin" in titles


@pytest.mark.parametrize(("office", "canonical"), [
    ("Tiểu đoàn phó Tiểu đoàn 2", "Tiểu đoàn phó"), ("Đại đội phó Đại đội 5", "Đại đội phó"),
    ("Đồn phó Đồn Biên phòng Nà Bủng", "Đồn phó"), ("Chỉ huy phó Ban CHQS xã Tả Van", "Chỉ huy phó"),
])
def test_a_deputy_written_after_the_title_is_its_own_office(office, canonical):
    held = people_in(f"Thiếu tá Hà Văn Lịch, {office} kiểm tra bếp ăn.")["Hà Văn Lịch"].positions
    assert [(p.title, p.normalized_title) for p in held] == [(office, canonical)]
