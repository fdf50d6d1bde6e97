"""Position families of national dailies and service papers (issue 14, round 6), on invented sentences:
appointments ('được bổ nhiệm giữ chức/làm'), biographies in a sentence of their own ('Ông từng là A; B'),
'của' between a title and its unit, a unit named by its head shared along a chain, 'về Hậu cần - Kỹ thuật',
and the service abbreviation 'PK-KQ'."""

from __future__ import annotations

from tests.test_people_patterns import _people, _titles


def test_appointment_after_a_comma_gives_the_new_office_too():
    people = _people("Thiếu tướng Lưu Văn Hiền, Phó Cục trưởng Cục Vận tải, được bổ nhiệm giữ chức Cục trưởng "
                     "Cục Vận tải. Đại tá Hà Văn Chư, Chính ủy Cục Quân nhu, được điều động, bổ nhiệm làm "
                     "Phó Chủ nhiệm Chính trị Tổng cục Hậu cần.")
    assert _titles(people["Lưu Văn Hiền"]) == ["Phó Cục trưởng Cục Vận tải", "Cục trưởng Cục Vận tải"]
    assert _titles(people["Hà Văn Chư"]) == ["Chính ủy Cục Quân nhu", "Phó Chủ nhiệm Chính trị Tổng cục Hậu cần"]


def test_biography_sentence_gives_former_offices_to_the_person_named_before():
    people = _people("Thiếu tướng Lưu Văn Hiền 54 tuổi, quê Thái Bình. Ông từng là Trưởng phòng Vận tải "
                     "Quân khu 3; Phó Chủ nhiệm Hậu cần Quân đoàn 1. Đại tá Đinh Văn Bảo phát biểu. "
                     "Trước đó, ông là Phó Tham mưu trưởng Tổng cục Hậu cần.")
    hien = people["Lưu Văn Hiền"]
    assert _titles(hien) == ["Trưởng phòng Vận tải Quân khu 3", "Phó Chủ nhiệm Hậu cần Quân đoàn 1"]
    assert all(p.former for p in hien.positions)
    assert _titles(people["Đinh Văn Bảo"]) == ["Phó Tham mưu trưởng Tổng cục Hậu cần"]
    assert people["Đinh Văn Bảo"].positions[0].former


def test_a_name_after_the_cue_is_no_antecedent():
    # 'ông là' must not reach back past a person named later in the same sentence.
    people = _people("Đại tá Lê Văn Ân phát biểu. Theo Trung tá Vy Văn Hùng, ông là Chủ nhiệm Hậu cần Sư đoàn 5.")
    assert _titles(people["Vy Văn Hùng"]) == ["Chủ nhiệm Hậu cần Sư đoàn 5"]
    assert _titles(people["Lê Văn Ân"]) == []


def test_cua_joins_a_bare_title_to_its_unit():
    people = _people("Đại tá Tăng Văn Phúc, Phó Tham mưu trưởng của Cảnh sát biển Việt Nam phát biểu.")
    assert _titles(people["Tăng Văn Phúc"]) == ["Phó Tham mưu trưởng của Cảnh sát biển Việt Nam"]


def test_a_unit_named_by_its_head_is_shared_along_the_chain_but_not_an_event():
    people = _people("Đại tá Bế Văn Khôi, Phó Sư đoàn trưởng, Tham mưu trưởng Sư đoàn làm trưởng đoàn. "
                     "Thượng tá Tạ Văn Quang, Phó Chỉ huy trưởng, Trưởng ban tổ chức hội thao phát biểu.")
    assert _titles(people["Bế Văn Khôi"]) == ["Phó Sư đoàn trưởng Sư đoàn", "Tham mưu trưởng Sư đoàn"]
    assert _titles(people["Tạ Văn Quang"])[0] == "Phó Chỉ huy trưởng"


def test_deputy_for_the_merged_branch_and_the_pkkq_abbreviation_stay_whole():
    people = _people("Thượng tá Giàng A Phử, Phó Trung đoàn trưởng về Hậu cần - Kỹ thuật báo cáo. Thiếu tướng "
                     "Hầu Văn Thắng, Phó Chủ nhiệm Hậu cần - Kỹ thuật Quân chủng PK-KQ dự.")
    assert _titles(people["Giàng A Phử"]) == ["Phó Trung đoàn trưởng về Hậu cần - Kỹ thuật"]
    assert _titles(people["Hầu Văn Thắng"]) == ["Phó Chủ nhiệm Hậu cần - Kỹ thuật Quân chủng PK-KQ"]
