"""Position families of the spent first blind set (issue 14, round 7), on invented sentences: the 'HC-KT'
abbreviation, an office in brackets after the name, a colon list sharing an office (a committee named by its unit's head stays as written),
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


def test_colon_list_shares_the_office_and_a_committee_named_by_its_head_stays_as_written():
    people = _people("Cùng dự có các đồng chí Phó Chủ nhiệm Tổng cục Hậu cần: Thiếu tướng Trịnh Văn Hòe - "
                     "Ủy viên Ban Thường vụ Đảng ủy Tổng cục, Thiếu tướng Bùi Thế Hiền và Thiếu tướng Đặng "
                     "Quốc Toàn; lãnh đạo Bộ Tư lệnh Thủ đô.")
    for name in ("Trịnh Văn Hòe", "Bùi Thế Hiền", "Đặng Quốc Toàn"):
        assert _titles(people[name]) == ["Phó Chủ nhiệm Tổng cục Hậu cần"]
    # session-8 convention: a unit named by its head noun alone is written as the page writes it
    assert list(people["Trịnh Văn Hòe"].party_roles) == ["Ủy viên Ban Thường vụ Đảng ủy Tổng cục"]


def test_a_bare_title_never_takes_a_party_body_or_a_council():
    people = _people("Đại tá Bùi Văn Thịnh, Phó Bí thư Thường trực Đảng ủy, Chính ủy, Chủ tịch Hội đồng thi đua, "
                     "khen thưởng Bộ CHQS tỉnh chủ trì. Thiếu tá Huỳnh Minh Lâm, Chính trị viên, Phó Bí thư "
                     "Thường trực Đảng ủy Quân sự huyện dự. Đại tá Bế Văn Khải, Phó Sư đoàn trưởng, Tham mưu "
                     "trưởng Sư đoàn dự.")
    # the council's unit, not the council (session 9: the gold of 642 and 340 agree on it)
    assert _titles(people["Bùi Văn Thịnh"]) == ["Chính ủy Bộ CHQS tỉnh", "Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh"]
    # the party committee is the unit's, not the council's
    assert list(people["Bùi Văn Thịnh"].party_roles) == ["Phó Bí thư Thường trực Đảng ủy Bộ Chỉ huy Quân sự tỉnh"]
    assert _titles(people["Huỳnh Minh Lâm"]) == ["Chính trị viên"]
    assert _titles(people["Bế Văn Khải"]) == ["Phó Sư đoàn trưởng Sư đoàn", "Tham mưu trưởng Sư đoàn"]


def test_a_board_title_takes_its_event_written_in_lower_case():
    people = _people("Đại tá Hồ Sỹ Lâm, Chủ nhiệm Hậu cần Quân khu, Trưởng ban Chỉ đạo hội thao chủ trì lễ khai mạc. "
                     "Đại tá Phan Đại Nghị, Chỉ huy trưởng Bộ CHQS tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo diễn "
                     "tập tỉnh chủ trì hội nghị. Đại tá Trương Công Đình, Phó Chủ nhiệm Hậu cần Quân khu, làm "
                     "Trưởng ban bảo đảm hậu cần diễn tập, đánh giá cao. Đại tá Nguyễn Thành Chương, Phó Tham mưu "
                     "trưởng TCHC, Ủy viên thư ký Hội đồng cùng các ủy viên dự.")
    assert _titles(people["Hồ Sỹ Lâm"])[1] == "Trưởng ban Chỉ đạo hội thao"
    assert _titles(people["Phan Đại Nghị"])[1] == "Phó Trưởng ban Thường trực Ban Chỉ đạo diễn tập tỉnh"
    assert _titles(people["Trương Công Đình"]) == ["Phó Chủ nhiệm Hậu cần Quân khu", "Trưởng ban bảo đảm hậu cần diễn tập"]
    assert _titles(people["Nguyễn Thành Chương"])[1] == "Ủy viên thư ký Hội đồng"


def test_a_name_after_its_head_ends_before_and_the_next_people():
    people = _people("Đại tá Tạ Quang Lộc, nay là Trưởng Ban Tổ chức Hội TSVN và đại diện các ban chuyên môn của Hội "
                     "dự. Thiếu tướng Vương Thị Hồng Nhàn, Cục trưởng Cục Trang bị và kho vận cho biết. Đại tá Lê Văn "
                     "Lâm, Cục trưởng Cục Quản lý trang bị và kho vận phát biểu.")
    assert _titles(people["Tạ Quang Lộc"]) == ["Trưởng Ban Tổ chức Hội TSVN"]
    assert _titles(people["Vương Thị Hồng Nhàn"]) == ["Cục trưởng Cục Trang bị và kho vận"]
    assert _titles(people["Lê Văn Lâm"]) == ["Cục trưởng Cục Quản lý trang bị và kho vận"]


def test_biography_with_tung_needs_no_pronoun_and_reads_nhu_lists():
    people = _people("Thiếu tướng Cao Xuân Quý sinh tháng 5-1969; quê Nam Định; từng là Chủ nhiệm Hậu cần Quân khu 3, "
                     "Sư đoàn trưởng Sư đoàn 395. Thiếu tướng Bùi Thế Hào sinh năm 1968. Ông từng giữ nhiều chức vụ "
                     "trong ngành hậu cần quân đội như Cục trưởng Cục Vận tải, Tham mưu trưởng Tổng cục Hậu cần "
                     "trước khi được bổ nhiệm. Thiếu tướng Vũ Minh Đạt sinh năm 1970, là Phó giáo sư; từng giữ các "
                     "chức vụ Cục trưởng Cục Quân nhu, Phó Chủ nhiệm Tổng cục Hậu cần.")
    assert _titles(people["Cao Xuân Quý"]) == ["Chủ nhiệm Hậu cần Quân khu 3", "Sư đoàn trưởng Sư đoàn 395"]
    assert all(p.former for p in people["Cao Xuân Quý"].positions)
    assert _titles(people["Bùi Thế Hào"]) == ["Cục trưởng Cục Vận tải", "Tham mưu trưởng Tổng cục Hậu cần"]
    assert _titles(people["Vũ Minh Đạt"]) == ["Cục trưởng Cục Quân nhu", "Phó Chủ nhiệm Tổng cục Hậu cần"]


def test_roman_numerals_lower_case_branches_and_units_by_their_head():
    people = _people("Thiếu tướng Vi Văn Đoan, Phó Tham mưu trưởng Quân khu I, dự. Đại tá Vũ Đình Khải - Cục trưởng "
                     "Cục hậu cần Quân khu làm trưởng đoàn. Thượng tá Trần Thị Mai Hà, Trưởng phòng Vật tư của Nhà "
                     "máy chủ trì.")
    assert _titles(people["Vi Văn Đoan"]) == ["Phó Tham mưu trưởng Quân khu I"]
    assert _titles(people["Vũ Đình Khải"]) == ["Cục trưởng Cục hậu cần Quân khu"]
    assert _titles(people["Trần Thị Mai Hà"]) == ["Trưởng phòng Vật tư"]


def test_a_station_name_with_its_fields_and_province_and_more_family_names():
    people = _people("Tham dự có ông Huỳnh Thanh Phương – Giám đốc Đài Phát thanh và Truyền hình Tiền Giang, đại diện "
                     "các sở. Ông Lê Văn Tám, Giám đốc Sở Văn hóa, Thể thao và Du lịch dự. Tiếp đoàn có các đồng chí: "
                     "Cầm Văn Dương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Lữ Thị Hoa - Trưởng ban Tuyên giáo Tỉnh ủy.")
    assert _titles(people["Huỳnh Thanh Phương"]) == ["Giám đốc Đài Phát thanh và Truyền hình Tiền Giang"]
    assert _titles(people["Lê Văn Tám"]) == ["Giám đốc Sở Văn hóa, Thể thao và Du lịch"]
    assert _titles(people["Cầm Văn Dương"]) == ["Chủ tịch UBND tỉnh"]
    assert "Lữ Thị Hoa" in people


def test_a_unit_roster_shares_its_bare_offices_but_a_bare_office_alone_does_not():
    people = _people("Tổng cục Hậu cần có Chủ nhiệm là Trung tướng Phạm Đức Tường; 3 Phó Chủ nhiệm gồm Thiếu tướng Mai "
                     "Xuân Trọng; Thiếu tướng Trịnh Văn Hải. Người được giao Phó Chủ nhiệm là Đại tá Lê Văn Hợi.")
    # each title takes the unit the roster names once (session 9: the gold of 319, 424, 581, 626 and 845 agree on it)
    assert _titles(people["Phạm Đức Tường"]) == ["Chủ nhiệm Tổng cục Hậu cần"]
    assert _titles(people["Mai Xuân Trọng"]) == _titles(people["Trịnh Văn Hải"]) == ["Phó Chủ nhiệm Tổng cục Hậu cần"]
    assert _titles(people["Lê Văn Hợi"]) == []


def test_a_bracket_naming_the_body_now_does_not_end_the_chain():
    people = _people("Cùng dự có Đại tướng Quan Minh Đạt, nguyên Ủy viên Bộ Chính trị, nguyên Phó Bí thư Đảng ủy Quân "
                     "sự Trung ương (nay là Quân ủy Trung ương), nguyên Bộ trưởng Bộ Quốc phòng; Thượng tướng Võ Sơn "
                     "dự. Thượng tá Trương Văn Bảy, Chủ nhiệm Hậu cần - Kỹ thuật Vùng cùng lãnh đạo các cơ quan.")
    dat = people["Quan Minh Đạt"]
    assert _titles(dat) == ["Bộ trưởng Bộ Quốc phòng"] and dat.positions[0].former
    assert "Phó Bí thư Đảng ủy Quân sự Trung ương" in dat.party_roles
    assert _titles(people["Trương Văn Bảy"]) == ["Chủ nhiệm Hậu cần - Kỹ thuật Vùng"]


def test_an_unlisted_place_opening_with_an_accented_capital_then_its_holder():
    people = _people("Tại hội nghị, Chỉ huy trưởng Ban CHQS huyện Thới Lai Trầm Văn Út và Chính trị viên Ban CHQS quận "
                     "Ô Môn Lý Thanh Phúc trình bày tham luận. Đại tá Lê Văn Mười, Chỉ huy trưởng Ban CHQS huyện Ứng "
                     "Hòa dự.")
    assert _titles(people["Trầm Văn Út"]) == ["Chỉ huy trưởng Ban CHQS huyện Thới Lai"]
    assert _titles(people["Lý Thanh Phúc"]) == ["Chính trị viên Ban CHQS quận Ô Môn"]
    assert _titles(people["Lê Văn Mười"]) == ["Chỉ huy trưởng Ban CHQS huyện Ứng Hòa"]


def test_giu_chuc_after_a_comma_needs_no_pronoun_and_the_capital_command_stays_whole():
    people = _people("Thiếu tướng Đinh Công Bào 60 tuổi, giữ chức Cục trưởng Cục Vận tải từ tháng 6/2019. Trung tướng "
                     "Lưu Văn Hà, Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội chủ trì hội nghị.")
    assert _titles(people["Đinh Công Bào"]) == ["Cục trưởng Cục Vận tải"]
    assert _titles(people["Lưu Văn Hà"]) == ["Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội"]


def test_office_before_doi_voi_and_a_workshop_head():
    people = _people("Thủ tướng ký quyết định thôi giữ chức Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật đối với Trung tướng "
                     "Phạm Đức Khanh để nghỉ hưu. Trung tá Đoàn Văn Mươi, Trưởng xưởng sửa chữa Cục Hậu cần - Kỹ thuật "
                     "Quân khu 7 nhận bằng khen. Đại tá Lê Văn Bình trao quà đối với Thượng tá Lê Văn An.")
    assert _titles(people["Phạm Đức Khanh"]) == ["Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật"]
    assert _titles(people["Đoàn Văn Mươi"]) == ["Trưởng xưởng sửa chữa Cục Hậu cần - Kỹ thuật Quân khu 7"]
    assert _titles(people["Lê Văn An"]) == []
