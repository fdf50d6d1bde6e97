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
