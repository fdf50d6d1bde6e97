"""Party roles, session 12 (issue 14, brief pos13): a cell's secretary a cell's congress elects ('được bầu làm Bí thư
Chi bộ') is the secretary of the cell the page reports on, named as the page names it after 'Chi bộ', lower-case
syllables and all ('Chi bộ Phòng Hậu cần', set 8: 017); a page naming no cell leaves the role bare; the commune's
military cell keeps the commune (README, session 12 pos13: set 8's 025 and 029 aligned). Invented sentences."""

from __future__ import annotations

from tests.support.people import people_in


def test_an_elected_cell_secretary_takes_the_cell_of_the_congress():
    people = people_in(
        "Ngày 9/5, Chi bộ Phòng Tham mưu, Công an tỉnh tổ chức Đại hội Chi bộ Phòng Tham mưu nhiệm kỳ 2025 - 2027. "
        "Đồng chí Thượng tá Kha Văn Bình - Trưởng phòng Phòng Tham mưu được bầu làm Bí thư Chi bộ; đồng chí Thiếu tá "
        "Ma Thị Lụa - Phó Trưởng phòng Phòng Tham mưu được bầu làm Phó Bí thư Chi bộ.")
    assert "Bí thư Chi bộ Phòng Tham mưu" in people["Kha Văn Bình"].party_roles
    assert "Phó Bí thư Chi bộ Phòng Tham mưu" in people["Ma Thị Lụa"].party_roles


def test_the_cells_lower_case_syllables_stay_in_its_name():
    people = people_in(
        "Chi bộ Ban Hậu cần tổ chức Đại hội. Đại úy Lò Văn Khang được bầu làm Bí thư Chi bộ.")
    assert "Bí thư Chi bộ Ban Hậu cần" in people["Lò Văn Khang"].party_roles


def test_a_page_naming_no_cell_leaves_the_secretary_bare():
    people = people_in("Đại úy Lò Văn Khang, Bí thư Chi bộ, Trợ lý hậu cần phát biểu tại hội nghị.")
    assert not any(r.startswith("Bí thư Chi bộ ") for r in people["Lò Văn Khang"].party_roles)


def test_the_communes_military_cell_keeps_the_commune():
    people = people_in(
        "Chi bộ Quân sự xã Tân Khê tổ chức hội nghị. Đồng chí Hầu Thị Mận - Bí thư Đảng ủy, Chủ tịch HĐND xã, "
        "Bí thư Chi bộ Quân sự xã chủ trì hội nghị.", place="xã Tân Khê")
    assert "Bí thư Chi bộ Quân sự xã Tân Khê" in people["Hầu Thị Mận"].party_roles


def test_a_signatures_office_line_listing_a_chain_gives_each_office():
    # The officer's name in capitals, the chain on the line under it (set 8: 023).
    people = people_in("Hậu cần phải đi trước một bước.\n\nThiếu tướng LÒ VĂN THẮM\n"
                       "Ủy viên Ban Thường vụ Đảng ủy, Phó Tư lệnh Quân khu 2\n")
    person = next(iter(people.values()))
    assert "Phó Tư lệnh Quân khu 2" in [p.title for p in person.positions]
    assert "Ủy viên Ban Thường vụ Đảng ủy Quân khu 2" in person.party_roles


def test_a_line_of_offices_joined_by_more_than_commas_is_no_signature_chain():
    people = people_in("Hậu cần phải đi trước một bước.\n\nThiếu tướng LÒ VĂN THẮM\n"
                       "Phó Tư lệnh Quân khu 2 và Chính ủy Sư đoàn 316\n")
    person = next(iter(people.values()), None)
    assert person is None or "Chính ủy Sư đoàn 316" not in [p.title for p in person.positions]


def test_a_second_office_after_dong_thoi_la_and_a_bracketed_parent():
    # 'đồng thời là' joins a second office; a unit's bracketed parent is passed over (dev 155).
    people = people_in("Từ năm 2023, Hà Văn Lũy là Trạm trưởng Trạm chế biến, Ban Hậu cần - Kỹ thuật, Sư đoàn 316 "
                       "(Quân khu 2), đồng thời là Bí thư Chi bộ Trạm.")
    assert "Bí thư Chi bộ Trạm" in people["Hà Văn Lũy"].party_roles
