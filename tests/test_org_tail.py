"""The organisation tail after an office read by its grammar (haucan/extract/org_tail.py), on invented sentences:
each family the third blind set cut short (a head the lists lacked, abbreviations, dashed names, a name's lower-case
syllables, fields joined by 'và', codes, nested units, a staff office's specialty, a deputy's aspect), and each place
where the tail must STOP (comma, rank, next title, a person's name, a verb, 'và' before the next person, a clause
after a one-word unit, a term of office)."""

from __future__ import annotations

import pytest

from haucan.extract.org_tail import tail_end
from tests.test_people_patterns import _people, _titles


def _tail(sentence: str, title: str) -> str:
    end = sentence.index(title) + len(title)
    return sentence[end:tail_end(sentence, end, title)].strip()


@pytest.mark.parametrize("sentence, title, tail", [
    ("Đại tá Hà Văn Tuyên - Chủ nhiệm Khoa Hậu cần - Kỹ thuật; đồng chí", "Chủ nhiệm", "Khoa Hậu cần - Kỹ thuật"),
    ("Trung tá Vi Thị Lan, Đội trưởng Đội Hậu cần, Trung đoàn 9 đã", "Đội trưởng", "Đội Hậu cần"),
    ("Đại tá Lò Văn Khâm, Trung đoàn trưởng Trung đoàn CSCĐ Đông Bắc, cho biết", "Trung đoàn trưởng",
     "Trung đoàn CSCĐ Đông Bắc"),
    ("ông Mẫn Văn Thụ, Giám đốc Sở Lao động - Thương binh và Xã hội. Sau", "Giám đốc",
     "Sở Lao động - Thương binh và Xã hội"),
    ("ông Tạ Minh Quý, Tổng Giám đốc TTNĐ Việt - Lào; đại biểu", "Tổng Giám đốc", "TTNĐ Việt - Lào"),
    ("bà Khúc Thị Nhàn, Trưởng phòng Quản lý doanh trại và đại diện các phòng", "Trưởng phòng", "Quản lý doanh trại"),
    ("ông Vũ Quang Lực, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh và Đại tá Lê Hòa", "Phó Giám đốc",
     "Học viện Chính trị quốc gia Hồ Chí Minh"),
    ("Đại tá Chu Văn Lễ, Phó Viện trưởng Viện Khoa học nghệ thuật quân sự và đồng chí", "Phó Viện trưởng",
     "Viện Khoa học nghệ thuật quân sự"),
    ("từng là Trưởng phòng Kế hoạch - Tổng hợp Cục Quân nhu, Phó Chủ nhiệm", "Trưởng phòng",
     "Kế hoạch - Tổng hợp Cục Quân nhu"),
    ("bà Đàm Thị Thơm, Chủ tịch Công đoàn Tổng công ty đồng chủ trì.", "Chủ tịch", "Công đoàn Tổng công ty"),
    ("Đại úy Lục Văn Sâm, Trợ lý quân nhu Trung đoàn 52 cho biết", "Trợ lý", "quân nhu Trung đoàn 52"),
    ("Đại tá Mai Văn Khuê, Giám đốc Nhà máy Z157 phát biểu", "Giám đốc", "Nhà máy Z157"),
    ("Đại tá Tô Văn Hạ, Phó Tổng Giám đốc về khoa học TTNĐ Việt - Lào; ông", "Phó Tổng Giám đốc",
     "về khoa học TTNĐ Việt - Lào"),
])
def test_the_tail_is_read_by_its_shape(sentence, title, tail):
    assert _tail(sentence, title) == tail


@pytest.mark.parametrize("sentence, title, tail", [
    ("Phó Chủ tịch UBND tỉnh Âu Văn Tín tặng quà", "Phó Chủ tịch", "UBND tỉnh"),  # a person's name
    ("ông Hà Văn Bốn, Giám đốc Sở Y tế và Đại tá Lê Thanh", "Giám đốc", "Sở Y tế"),  # 'và' + rank
    ("Đại tá Vũ Văn Toản, Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn làm Trưởng ban.", "Chủ nhiệm",
     "Hậu cần - Kỹ thuật Sư đoàn"),  # a verb after the second syllable
    ("thôi giữ chức Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật đối với Trung tướng Lê Văn Độ", "Chủ nhiệm",
     "Tổng cục Hậu cần - Kỹ thuật"),  # a clause of several lower-case words
    ("Đại tá Lý Văn Sỹ giữ chức Bí thư Đảng ủy Cục Quân nhu nhiệm kỳ 2025-2030.", "Bí thư",
     "Đảng ủy Cục Quân nhu"),  # a term of office
    ("Đại tá Kha Văn Lộc, Phó Chủ nhiệm Hậu cần - Kỹ thuật Vùng giữ chức Chủ nhiệm", "Phó Chủ nhiệm",
     "Hậu cần - Kỹ thuật Vùng"),  # a verb after a one-word unit
    ("Đại tướng Tào Văn Khởi, nguyên Bộ trưởng Bộ Quốc phòng từng nhấn mạnh", "Bộ trưởng", "Bộ Quốc phòng"),
    ("Đại tá Tăng Văn Bảo, Chỉ huy trưởng Bộ CHQS tỉnh, Phó Trưởng ban", "Chỉ huy trưởng", "Bộ CHQS tỉnh"),
    ("Đại tá Lê Văn Pháp - Chính ủy Sư đoàn 3; Đại tá Lã Văn Hào - Sư đoàn trưởng", "Chính ủy", "Sư đoàn 3"),
    ("Đại tá Ninh Văn Thạc - Chủ nhiệm - phát biểu", "Chủ nhiệm", ""),  # a dash after a bare title opens nothing
])
def test_the_tail_stops_where_the_next_thing_begins(sentence, title, tail):
    assert _tail(sentence, title) == tail


def test_titles_reach_the_people_whole():
    people = _people("Tham gia có Đại tá Hà Văn Tuyên - Chủ nhiệm Khoa Hậu cần - Kỹ thuật; Trung tá Vi Thị Lan, Đội "
                     "trưởng Đội Hậu cần, Trung đoàn CSCĐ Đông Bắc và ông Mẫn Văn Thụ, Giám đốc Sở Lao động - "
                     "Thương binh và Xã hội.")
    assert _titles(people["Hà Văn Tuyên"]) == ["Chủ nhiệm Khoa Hậu cần - Kỹ thuật"]
    assert _titles(people["Vi Thị Lan"]) == ["Đội trưởng Đội Hậu cần"]  # the parent unit after a comma stays out
    assert _titles(people["Mẫn Văn Thụ"]) == ["Giám đốc Sở Lao động - Thương binh và Xã hội"]


def test_a_steering_board_keeps_its_place_before_a_semicolon():
    people = _people("Dự có Đại tá Bế Văn Tài - Chỉ huy trưởng Bộ CHQS tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo "
                     "diễn tập tỉnh; Thiếu tướng Lê Văn Lực - Phó Tư lệnh Quân khu 2.")
    assert "Phó Trưởng Ban Thường trực Ban Chỉ đạo diễn tập tỉnh" in _titles(people["Bế Văn Tài"])


def test_staff_offices_keep_their_specialty_after_any_dash():
    people = _people("Lễ bàn giao nhà cho Thượng sĩ Lò Văn Tư – nhân viên quân nhu Ban CHQS huyện Trà Cú. Thượng úy "
                     "Hạng A Páo, nhân viên nấu ăn, là người Mông. Đại úy Lục Văn Sâm, Trợ lý kỹ thuật, Phòng Hậu cần "
                     "- Kỹ thuật Sư đoàn 10 cho biết.")
    assert _titles(people["Lò Văn Tư"]) == ["nhân viên quân nhu Ban CHQS huyện Trà Cú"]
    assert _titles(people["Hạng A Páo"]) == ["nhân viên nấu ăn"]
    assert _titles(people["Lục Văn Sâm"]) == ["Trợ lý kỹ thuật"]


def test_an_office_at_the_event_after_lam_without_a_comma():
    people = _people("Ban giám khảo do Thượng tá Triệu Văn Khánh, Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn làm Trưởng ban.")
    assert _titles(people["Triệu Văn Khánh"]) == ["Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn", "Trưởng ban"]


def test_a_school_named_in_lower_case_and_a_research_lead():
    people = _people("Thượng tá Đinh Công Lực, Phó Hiệu trưởng nhà trường cho biết, 100% học viên tốt nghiệp. Đại tá "
                     "Giang Thị Lụa, Viện trưởng Viện Độ bền nhiệt đới, chủ nhiệm đề tài trình bày báo cáo.")
    assert _titles(people["Đinh Công Lực"]) == ["Phó Hiệu trưởng nhà trường"]
    assert _titles(people["Giang Thị Lụa"]) == ["Viện trưởng Viện Độ bền nhiệt đới", "chủ nhiệm đề tài"]


def test_nhan_vien_as_prose_is_no_office_of_the_person_before():
    people = _people("Đại tá Lê Văn Hùng kiểm tra bếp ăn, nơi các nhân viên nấu ăn làm việc.")
    assert _titles(people["Lê Văn Hùng"]) == []


def test_a_professional_soldiers_qualifier_stands_between_rank_and_name():
    people = _people("Thiếu tá QNCN Đàm Thị Nhàn, trạm trưởng trạm chế biến Trung đoàn 41 hướng dẫn chiến sĩ. Thượng úy "
                     "QNCN Ma Văn Lợi, nhân viên trạm, cho biết.")
    assert set(people) == {"Đàm Thị Nhàn", "Ma Văn Lợi"}  # no 'QNCN Đàm Thị Nhàn'
    assert people["Đàm Thị Nhàn"].rank == "Thiếu tá"
    assert _titles(people["Đàm Thị Nhàn"]) == ["trạm trưởng trạm chế biến Trung đoàn 41"]
    assert _titles(people["Ma Văn Lợi"]) == ["nhân viên trạm"]


@pytest.mark.parametrize("sentence, title, tail", [
    ("Đại tá Lê Văn Ba, Đội trưởng đội xe.", "Đội trưởng", "đội xe"),
    ("Đại tá Lê Văn Ba, Đội trưởng đã báo cáo.", "Đội trưởng", ""),  # no head repeated: nothing taken
    ("Đại tá Lê Văn Ba, Trạm trưởng trạm.", "Trạm trưởng", ""),  # the head alone is no station's name
])
def test_a_head_title_takes_its_head_in_lower_case(sentence, title, tail):
    assert _tail(sentence, title) == tail


def test_squad_and_company_leaders_and_a_spelled_out_qualifier():
    people = _people("Đại úy Quân nhân chuyên nghiệp (QNCN) Đào Thị Thúy, Tiểu đội trưởng nuôi quân bếp ăn Tiểu đoàn 1, "
                     "Lữ đoàn Pháo binh 38 cùng chiến sĩ sơ chế thực phẩm. Trung úy Lê Văn Tám, Đại đội trưởng Đại đội 2 "
                     "cho biết.")
    assert set(people) == {"Đào Thị Thúy", "Lê Văn Tám"}
    assert _titles(people["Đào Thị Thúy"]) == ["Tiểu đội trưởng nuôi quân bếp ăn Tiểu đoàn 1"]
    assert _titles(people["Lê Văn Tám"]) == ["Đại đội trưởng Đại đội 2"]


def test_a_lowercase_title_after_a_collective_noun_is_a_staff_category_not_an_office():
    from haucan.extract.lexicon import lexicon

    position = lexicon().position
    assert position.search("tư tưởng của cán bộ, nhân viên, chiến sĩ cơ quan") is None
    assert position.search("để cán bộ, nhân viên yên tâm công tác") is None
    assert position.search("Thượng úy Hạng A Páo, nhân viên nấu ăn, là người Mông").group(0) == "nhân viên"
    assert position.search("Đại tá Lê Văn Hùng, chính ủy Lữ đoàn 971").group(0) == "chính ủy"
