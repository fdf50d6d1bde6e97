"""Position families of the spent second blind set (issue 14, round 8), on invented sentences: civilians with the
rarer family names, a woman's middle name that is also a country ('Thị Mỹ', 'Thị Nga'), standing deputy ministers,
a branch between a unit and its number, hyphenated names ('Kế hoạch - Đầu tư', 'Đài PT-TH'), a city written 'TP
Hồ Chí Minh' after an office, provincial councils and district commands written out, a counted roster ('<unit> có
4 Phó Chủ nhiệm gồm A; B'), a branch shared along a chain, and a biography opening 'Ông <given name>'."""

from __future__ import annotations

import pytest

from tests.test_people_patterns import _people, _titles


@pytest.mark.parametrize("name", ["Bạch Công Lý", "Cam Văn Hội", "Châu Minh Hải", "Tiết Văn Rạng", "Giang Văn Loan",
                                  "Khuất Duy Nam", "Kim Văn Sơn"])
def test_civilians_with_rarer_family_names_are_observed_through_their_office(name):
    people = _people(f"Dự hội nghị có ông {name}, Giám đốc Sở Tài chính và đại diện các sở, ngành.")
    assert _titles(people[name]) == ["Giám đốc Sở Tài chính"]


def test_a_district_opening_with_a_family_name_is_no_person():
    people = _people("Đại tá Lê Văn Tâm, Chỉ huy trưởng Ban CHQS huyện Châu Thành phát biểu tại huyện Châu Thành.")
    assert set(people) == {"Lê Văn Tâm"}


@pytest.mark.parametrize("name", ["Võ Thị Mỹ Tiên", "Lê Thị Nga"])
def test_a_country_after_thi_is_part_of_a_womans_name(name):
    people = _people(f"Tham dự có đồng chí {name} – Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện.")
    assert _titles(people[name]) == ["Chủ tịch HĐND huyện"]


def test_titles_kept_whole_with_their_organisation():
    people = _people("Thượng tướng Lại Văn Hòa, Thứ trưởng Thường trực Bộ Công an dự. Thượng tá Tạ Văn Nghi, Lữ đoàn "
                     "trưởng Lữ đoàn ra-đa 551 báo cáo. Đại tá Hứa Văn Khiêm, Phó Sư đoàn trưởng Sư đoàn Không quân 371; "
                     "Đại tá Lương Thế Kha, Cục trưởng Cục Kế hoạch - Đầu tư; ông Ngô Hữu Tài – Giám đốc Đài PT-TH "
                     "Tiền Giang; ông Lý Thành Tín, Phó Giám đốc Sở Tài chính TP Hồ Chí Minh và Đại tá Triệu Đình Lai, "
                     "Đoàn trưởng Đoàn Kinh tế - Quốc phòng 327 cùng dự.")
    assert _titles(people["Lại Văn Hòa"]) == ["Thứ trưởng Thường trực Bộ Công an"]
    assert _titles(people["Tạ Văn Nghi"]) == ["Lữ đoàn trưởng Lữ đoàn ra-đa 551"]
    assert _titles(people["Hứa Văn Khiêm"]) == ["Phó Sư đoàn trưởng Sư đoàn Không quân 371"]
    assert _titles(people["Lương Thế Kha"]) == ["Cục trưởng Cục Kế hoạch - Đầu tư"]
    assert _titles(people["Ngô Hữu Tài"]) == ["Giám đốc Đài PT-TH Tiền Giang"]
    assert _titles(people["Lý Thành Tín"]) == ["Phó Giám đốc Sở Tài chính TP Hồ Chí Minh"]  # no person 'Hồ Chí Minh'
    assert _titles(people["Triệu Đình Lai"]) == ["Đoàn trưởng Đoàn Kinh tế - Quốc phòng 327"]
    assert "Hồ Chí Minh" not in people


def test_councils_commands_and_academies_written_out():
    people = _people("Ông Đoàn Văn Xuân, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng cung cấp tỉnh chủ trì. Đại tá Huỳnh "
                     "Tấn Lực, Phó Chủ tịch Thường trực Hội đồng cung cấp báo cáo. Ông Đặng Thanh Sang, Chủ tịch Hội "
                     "đồng nghĩa vụ quân sự thị xã dự. Thượng tá Võ Thành Lý- Chỉ huy trưởng Ban Chỉ huy Quân sự huyện "
                     "Tân Châu làm trưởng đoàn. Đại tá Văn Ngọc Lâm, Phó Giám đốc Học viện Chính trị khu vực I dự. "
                     "Thiếu tướng Mạc Đình Nghi, Phó Tư lệnh Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh dự.")
    assert _titles(people["Đoàn Văn Xuân"]) == ["Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng cung cấp tỉnh"]
    assert _titles(people["Huỳnh Tấn Lực"]) == ["Phó Chủ tịch Thường trực Hội đồng cung cấp"]
    assert _titles(people["Đặng Thanh Sang"]) == ["Chủ tịch Hội đồng nghĩa vụ quân sự thị xã"]
    assert _titles(people["Võ Thành Lý"]) == ["Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Tân Châu"]
    assert _titles(people["Văn Ngọc Lâm"]) == ["Phó Giám đốc Học viện Chính trị khu vực I"]
    assert _titles(people["Mạc Đình Nghi"]) == ["Phó Tư lệnh Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh"]
    assert "Hồ Chí Minh" not in people


def test_teaching_department_heads_and_technical_directors():
    people = _people("Đại tá Cao Thị Duyên, Chủ nhiệm bộ môn Quân nhu dự. Ông Kiều Quang Bình, Phó Giám đốc kỹ thuật "
                     "báo cáo.")
    assert _titles(people["Cao Thị Duyên"]) == ["Chủ nhiệm bộ môn Quân nhu"]
    assert _titles(people["Kiều Quang Bình"]) == ["Phó Giám đốc kỹ thuật"]


def test_a_counted_roster_gives_each_member_the_title_with_its_unit():
    people = _people("Với quyết định này, Tổng cục Hậu cần - Kỹ thuật có 4 Phó Chủ nhiệm gồm Thiếu tướng Hầu Văn Lộc; "
                     "Thiếu tướng La Đức Thành; Thiếu tướng Mẫn Công Tài và Thiếu tướng Đàm Hữu Phúc.")
    for name in ("Hầu Văn Lộc", "La Đức Thành", "Mẫn Công Tài", "Đàm Hữu Phúc"):
        assert _titles(people[name]) == ["Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật"]


def test_a_branch_written_before_the_unit_is_shared_along_the_chain():
    people = _people("Bổ nhiệm Đại tá Chung Thanh Khải, Phó Chủ nhiệm, Tham mưu trưởng Hậu cần - Kỹ thuật Quân khu 9 "
                     "giữ chức mới. Đại tá Bế Văn Khởi, Phó Sư đoàn trưởng, Tham mưu trưởng Sư đoàn 5 dự.")
    assert _titles(people["Chung Thanh Khải"])[:2] == ["Phó Chủ nhiệm Hậu cần - Kỹ thuật Quân khu 9",
                                                       "Tham mưu trưởng Hậu cần - Kỹ thuật Quân khu 9"]
    assert _titles(people["Bế Văn Khởi"]) == ["Phó Sư đoàn trưởng Sư đoàn 5", "Tham mưu trưởng Sư đoàn 5"]


def test_a_biography_opening_with_the_given_name_is_that_persons():
    people = _people("Đại tá Đào Đức Nhân, Chính ủy Bộ CHQS tỉnh được bầu giữ chức Phó Bí thư Tỉnh ủy. Dự hội nghị có "
                     "Thiếu tướng Lưu Quang Ánh, Phó Chính ủy Quân khu 4. Ông Nhân 51 tuổi, quê Hà Tĩnh; từng là Chính "
                     "ủy Trung đoàn 18, Phó Chính ủy Sư đoàn 324.")
    assert _titles(people["Đào Đức Nhân"])[1:] == ["Chính ủy Trung đoàn 18", "Phó Chính ủy Sư đoàn 324"]
    assert _titles(people["Lưu Quang Ánh"]) == ["Phó Chính ủy Quân khu 4"]


def test_several_people_appointed_to_one_office_each_hold_it():
    people = _people("Thủ tướng Chính phủ bổ nhiệm Thiếu tướng Lã Văn Tuấn, Thiếu tướng Mông Đức Hải và Thiếu tướng "
                     "Đặng Hữu Lực làm Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật. Trước khi được bổ nhiệm, Thiếu tướng "
                     "Lã Văn Tuấn là Cục trưởng Cục Quân nhu; Thiếu tướng Mông Đức Hải là Cục trưởng Cục Xe máy - Vận tải.")
    assert _titles(people["Lã Văn Tuấn"]) == ["Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật", "Cục trưởng Cục Quân nhu"]
    assert _titles(people["Mông Đức Hải"])[1] == "Cục trưởng Cục Xe máy - Vận tải"
    assert _titles(people["Đặng Hữu Lực"]) == ["Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật"]


def test_la_after_a_name_in_a_list_of_holders_opens_the_next_holder_not_an_office():
    people = _people("Chủ nhiệm Tổng cục là Trung tướng Mạc Quang Vinh, Phó Chủ nhiệm là Thiếu tướng Lê Văn Hai.")
    assert "Chủ nhiệm Tổng cục" not in _titles(people["Lê Văn Hai"])


def test_a_roster_unit_repeating_the_titles_head_is_written_once_and_any_branch_may_precede_a_number():
    people = _people("Hiện Phòng Hậu cần - Kỹ thuật có 2 Phó Trưởng phòng gồm Trung tá Đinh Văn Lực và Thiếu tá Hà Thị "
                     "Ngọc. Thượng tá Lạc Văn Kiên, Lữ đoàn trưởng Lữ đoàn Vận tải 652 và Trung tá Nguyễn Hữu Phúc, Chủ "
                     "nhiệm Kho Kỹ thuật K57 báo cáo.")
    assert _titles(people["Đinh Văn Lực"]) == _titles(people["Hà Thị Ngọc"]) == ["Phó Trưởng phòng Hậu cần - Kỹ thuật"]
    assert _titles(people["Lạc Văn Kiên"]) == ["Lữ đoàn trưởng Lữ đoàn Vận tải 652"]
    assert _titles(people["Nguyễn Hữu Phúc"]) == ["Chủ nhiệm Kho Kỹ thuật K57"]
