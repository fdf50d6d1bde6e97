"""Position families of the spent first blind set (issue 14, round 7), on invented sentences: the 'HC-KT'
abbreviation, an office in brackets after the name, a committee named by its unit's head inside a colon list,
and chains whose next body is a party committee or a council (never shared with a bare title)."""

from __future__ import annotations

from tests.test_people_patterns import _people, _titles


def test_hc_kt_abbreviation_keeps_the_general_department_in_the_title():
    people = _people("Trung tướng Lương Văn Đạt, Chủ nhiệm Tổng cục HC-KT dự. Đại tá Vũ Văn Cường, "
                     "Phó Chủ nhiệm HC-KT Quân khu 4 phát biểu.")
    assert _titles(people["Lương Văn Đạt"]) == ["Chủ nhiệm Tổng cục HC-KT"]
    assert _titles(people["Vũ Văn Cường"]) == ["Phó Chủ nhiệm HC-KT Quân khu 4"]


def test_office_in_brackets_after_the_name_is_his():
    people = _people("Cùng đi có Trung tướng Lương Văn Đạt (Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật) và lãnh đạo "
                     "một số bộ, ngành. Đại tá Hà Văn Út (Học viện Hậu cần) phát biểu.")
    assert _titles(people["Lương Văn Đạt"]) == ["Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật"]
    assert _titles(people["Hà Văn Út"]) == []


def test_committee_named_by_its_head_goes_on_through_a_colon_list_and_takes_the_unit():
    people = _people("Cùng dự có các đồng chí Phó Chủ nhiệm Tổng cục Hậu cần: Thiếu tướng Trịnh Văn Hòe - "
                     "Ủy viên Ban Thường vụ Đảng ủy Tổng cục, Thiếu tướng Bùi Thế Hiền và Thiếu tướng Đặng "
                     "Quốc Toàn; lãnh đạo Bộ Tư lệnh Thủ đô.")
    for name in ("Trịnh Văn Hòe", "Bùi Thế Hiền", "Đặng Quốc Toàn"):
        assert _titles(people[name]) == ["Phó Chủ nhiệm Tổng cục Hậu cần"]
    assert list(people["Trịnh Văn Hòe"].party_roles) == ["Ủy viên Ban Thường vụ Đảng ủy Tổng cục Hậu cần"]


def test_a_bare_title_never_takes_a_party_body_or_a_council():
    people = _people("Đại tá Bùi Văn Thịnh, Phó Bí thư Thường trực Đảng ủy, Chính ủy, Chủ tịch Hội đồng thi đua, "
                     "khen thưởng Bộ CHQS tỉnh chủ trì. Thiếu tá Huỳnh Minh Lâm, Chính trị viên, Phó Bí thư "
                     "Thường trực Đảng ủy Quân sự huyện dự. Đại tá Bế Văn Khải, Phó Sư đoàn trưởng, Tham mưu "
                     "trưởng Sư đoàn dự.")
    assert _titles(people["Bùi Văn Thịnh"]) == ["Chính ủy", "Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh"]
    # the party committee is the unit's, not the council's
    assert list(people["Bùi Văn Thịnh"].party_roles) == ["Phó Bí thư Thường trực Đảng ủy Bộ Chỉ huy Quân sự tỉnh"]
    assert _titles(people["Huỳnh Minh Lâm"]) == ["Chính trị viên"]
    assert _titles(people["Bế Văn Khải"]) == ["Phó Sư đoàn trưởng Sư đoàn", "Tham mưu trưởng Sư đoàn"]
