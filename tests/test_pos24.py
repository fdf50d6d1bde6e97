"""Positions, party roles and persons, session 14 (issue 14, brief pos24, spent set 18). Invented sentences and people.

- A border post named after its border gate keeps the gate's words and place ('Đồn Biên phòng Cửa khẩu quốc tế …',
  'Đồn Biên phòng cửa khẩu cảng …'): the office was cut at 'Cửa khẩu', before the place (set 18: 1099; dev 164).
- A unit the grammar reads closed by a level word keeps it ('nhân viên quân y Bệnh xá đặc khu'; set 18: 1124); an
  infirmary ('Bệnh xá') and a team ('Tổ công tác số 3') open the unit a job word names (1099).
- 'Giảng viên' before a faculty or a department is an office ('Giảng viên Bộ môn Quân nhu'; 1108); before a name none.
- 'PBT' is 'Phó Bí thư' (1137; dev 777); a ward's 'Thường trực Đảng ủy' is a party role (1135).
- A bare standing seat beside no office takes the committee a later party role of its chain names ('UVTV, Thường
  trực Đảng ủy phường', 1135); a ward marked gone ('phường X cũ') is no bare committee's ward (1131).
- After a semicolon, an office closed by the next semicolon or the sentence's end is the previous person's ('X - PBT
  Đảng ủy; Chủ tịch UBND phường; đồng chí Y …', 1137); one followed by its holder's name stays his.
- A delegation's head written after a dash ('… Công an tỉnh - Trưởng đoàn') is an event role, no part of the office
  (1113); a deputy's portfolio closed by a comma before a clause is part of the office (pos14; 1118), and so is a
  board member's ('Ủy viên phụ trách bảo đảm hậu cần - kỹ thuật', 1143).
- A regional procuracy or court of the 2025 reform ('Viện KSND khu vực 7') is a numbered unit; a procuracy's
  delegation ('Đoàn kiểm sát của …') completes its head's bare office (1102).
- A retired officer's rank ('Đại tá (đã nghỉ hưu) X') keeps its name and offices (1123).
"""

from __future__ import annotations

import pytest

from tests.support.people import people_in


def _titles(person) -> list[str]:
    return [p.title for p in person.positions]


@pytest.mark.parametrize("gate", ["Cửa khẩu quốc tế Lao Bảo", "cửa khẩu Quốc tế Thanh Thủy", "Cửa khẩu cảng Vũng Áng",
                                  "Cửa khẩu Tịnh Biên"])
def test_a_border_post_named_after_its_gate_keeps_the_gate_and_its_place(gate):
    people = people_in(f"Thượng tá Lò Văn Khiêm, Đồn trưởng Đồn Biên phòng {gate}, cho biết đơn vị tự túc rau xanh.")
    assert f"Đồn trưởng Đồn Biên phòng {gate}" in _titles(people["Lò Văn Khiêm"])


def test_an_infirmary_closed_by_its_level_word_keeps_it():
    people = people_in("Trung úy Hà Thị Mơ, nhân viên quân y Bệnh xá đặc khu chia sẻ, tổ quân y trực 24/24 giờ.")
    assert "nhân viên quân y Bệnh xá đặc khu" in _titles(people["Hà Thị Mơ"])


def test_a_numbered_team_is_the_unit_a_soldier_job_names():
    people = people_in("Trung sĩ Lò Văn Khiêm, chiến sĩ Tổ công tác số 2, Đồn Biên phòng Na Mèo tưới rau.")
    assert "chiến sĩ Tổ công tác số 2" in _titles(people["Lò Văn Khiêm"])


@pytest.mark.parametrize("unit", ["Bộ môn Quân nhu", "Khoa Xăng dầu"])
def test_a_lecturer_of_a_department_holds_an_office(unit):
    people = people_in(f"Thượng tá Hà Thị Mơ, Giảng viên {unit}, Học viện Hậu cần đề xuất xây dựng định mức mới.")
    assert f"Giảng viên {unit}" in _titles(people["Hà Thị Mơ"])


def test_a_lecturer_before_a_name_holds_no_office():
    people = people_in("Giảng viên Hà Thị Mơ trình bày tham luận về bảo đảm quân nhu.")
    assert not any(t.startswith("Giảng viên") for p in people.values() for t in _titles(p))


def test_an_abbreviated_deputy_secretary_and_an_office_after_a_semicolon_are_the_persons():
    people = people_in("Tại phường Tân Lập, cùng đi có đồng chí Lò Văn Khiêm - PBT Đảng ủy; Chủ tịch UBND phường; "
                       "đồng chí Thiếu tá Hà Văn Mạnh - Chỉ huy trưởng Ban CHQS phường.")
    khiem = people["Lò Văn Khiêm"]
    assert "Chủ tịch UBND phường" in _titles(khiem)
    assert any(r.startswith("Phó Bí thư Đảng ủy phường") for r in khiem.party_roles)
    assert "Chủ tịch UBND phường" not in _titles(people["Hà Văn Mạnh"])


def test_an_office_after_a_semicolon_followed_by_its_holder_stays_his():
    people = people_in("Dự có đồng chí Lò Văn Khiêm - Bí thư Đảng ủy phường Tân Lập; Chủ tịch UBND phường Hà Văn Mạnh.")
    assert "Chủ tịch UBND phường" not in " ".join(_titles(people["Lò Văn Khiêm"]))


def test_a_wards_standing_member_is_a_party_role():
    people = people_in("Dự hội nghị có đồng chí Lò Văn Khiêm, UVTV, Thường trực Đảng ủy phường Tân Lập; đồng chí Hà "
                       "Văn Mạnh, Chỉ huy trưởng Ban CHQS phường.")
    assert any(r.startswith("Thường trực Đảng ủy phường") for r in people["Lò Văn Khiêm"].party_roles)


def test_a_bare_standing_seat_takes_the_committee_of_the_party_role_after_it():
    people = people_in("Dự hội nghị có đồng chí Lò Văn Khiêm, UVTV, Thường trực Đảng ủy phường Tân Lập; đồng chí Hà "
                       "Văn Mạnh, Chỉ huy trưởng Ban CHQS phường.")
    assert any(r.startswith("Ủy viên Ban Thường vụ Đảng ủy phường") for r in people["Lò Văn Khiêm"].party_roles)


def test_a_ward_marked_gone_is_not_the_ward_of_a_bare_committee():
    people = people_in("Phường Hạ Long mới được bố trí trụ sở UBND phường Đông Lâm cũ, trực tiếp là đồng chí Lò Văn "
                       "Khiêm, Bí thư Đảng ủy phường, quan tâm bếp ăn dân quân.", place="phường Hạ Long")
    assert not any("Đông Lâm" in r for r in people["Lò Văn Khiêm"].party_roles)


def test_a_delegation_head_after_a_dash_is_no_part_of_the_office():
    people = people_in("Tham gia đoàn công tác có Thượng tá Lò Văn Khiêm, Phó Giám đốc Công an tỉnh - Trưởng đoàn; "
                       "Trung tá Hà Văn Mạnh, Trưởng phòng Hậu cần.")
    assert "Phó Giám đốc Công an tỉnh" in _titles(people["Lò Văn Khiêm"])
    assert not any("Trưởng đoàn" in t for t in _titles(people["Lò Văn Khiêm"]))


def test_a_deputys_portfolio_after_a_unit_named_by_its_head_ends_at_a_comma_before_a_clause():
    people = people_in("Theo Đại tá Lò Văn Khiêm - Phó Giám đốc Học viện phụ trách hậu cần - kỹ thuật, nhà ăn mới "
                       "giúp rút ngắn thời gian phục vụ.")
    assert "Phó Giám đốc Học viện phụ trách hậu cần - kỹ thuật" in _titles(people["Lò Văn Khiêm"])


def test_a_portfolio_listing_fields_after_a_comma_is_still_left_out():
    people = people_in("Đại tá Lò Văn Khiêm, Phó Chính ủy phụ trách công tác đảng, kỹ thuật, cho biết đơn vị đã sẵn sàng.")
    assert not any("phụ trách" in t for t in _titles(people["Lò Văn Khiêm"]))


def test_a_boards_member_keeps_the_portfolio_listed_with_him():
    people = people_in("Thành phần Ban Chỉ đạo gồm: 4. Thượng tá Lò Văn Khiêm - Chủ nhiệm Hậu cần - Kỹ thuật Bộ CHQS "
                       "tỉnh, Ủy viên phụ trách bảo đảm hậu cần - kỹ thuật; 5. Bà Hà Thị Mơ - Phó Giám đốc Sở Tài chính, "
                       "Ủy viên.")
    assert "Ủy viên phụ trách bảo đảm hậu cần - kỹ thuật" in _titles(people["Lò Văn Khiêm"])
    assert "Ủy viên" in _titles(people["Hà Thị Mơ"])


def test_a_regional_procuracys_head_leading_its_delegation_takes_it():
    people = people_in("Ngày 20/11/2025, Đoàn kiểm sát của Viện KSND khu vực 3 do đồng chí Hà Thị Mơ - Viện trưởng làm "
                       "Trưởng đoàn đã kiểm sát việc bảo đảm chế độ ăn tại Trại tạm giam số 1.")
    assert "Viện trưởng Viện KSND khu vực 3" in _titles(people["Hà Thị Mơ"])


@pytest.mark.parametrize("retired", ["(đã nghỉ hưu)", "(nghỉ hưu)"])
def test_a_retired_officers_name_after_the_bracket_is_found_with_his_former_office(retired):
    people = people_in(f"Đại tá {retired} LÒ VĂN KHIÊM, nguyên Phó Chủ nhiệm Hậu cần Quân khu 2: Giữ nghề nuôi quân\n"
                       "Người chủ nhiệm hậu cần giỏi trước hết phải hiểu bếp ăn của bộ đội.")
    person = next(p for name, p in people.items() if name.casefold() == "lò văn khiêm")
    assert "Phó Chủ nhiệm Hậu cần Quân khu 2" in _titles(person)
