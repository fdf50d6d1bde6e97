"""Party roles and offices, session 13 (issue 14, brief pos17, spent set 12). Invented sentences.

- A bare 'Huyện ủy viên' takes the district and a bare 'Thành ủy viên' the city, as a bare 'Tỉnh ủy viên' takes
  the province (README, session-13 coordinator's conventions; set 12: 886; dev 203, 435, 513, 833).
- A job word naming a unit is an office ('chiến sĩ Đại đội Bộ binh 1', set 12: 886), but 'chiến sĩ' before a name
  introduces the person and gives no office.
"""

from __future__ import annotations

import pytest

from tests.support.people import people_in


@pytest.mark.parametrize("written", ["Huyện ủy viên", "Huyện uỷ viên", "HUV"])
def test_a_bare_district_seat_takes_the_district(written):
    people = people_in(f"Trung tá Lò Văn Khiêm - {written}, Chỉ huy trưởng Ban CHQS huyện Mường Tè chủ trì hội nghị. "
                       "Ban CHQS huyện Mường Tè đã hoàn thành kế hoạch.", place="huyện Mường Tè")
    assert "Huyện ủy viên Mường Tè" in people["Lò Văn Khiêm"].party_roles


def test_a_bare_city_seat_takes_the_city():
    people = people_in("Đại tá Mai Văn Thiệp, Thành ủy viên, Chỉ huy trưởng Bộ CHQS thành phố Cần Thơ phát biểu.",
                       place="thành phố Cần Thơ")
    assert "Thành ủy viên Cần Thơ" in people["Mai Văn Thiệp"].party_roles


def test_a_district_seat_stays_bare_on_a_page_naming_no_district():
    people = people_in("Trung tá Lò Văn Khiêm - Huyện ủy viên, Chính trị viên Ban CHQS huyện phát biểu.",
                       place="hội trường")
    assert "Huyện ủy viên" in people["Lò Văn Khiêm"].party_roles


@pytest.mark.parametrize(("written", "title"), [
    ("chiến sĩ Đại đội Bộ binh 2", "chiến sĩ Đại đội Bộ binh 2"),
    ("chiến sĩ Trung đội 3", "chiến sĩ Trung đội 3"),
    ("chiến sĩ Tiểu đoàn 7", "chiến sĩ Tiểu đoàn 7"),
])
def test_a_soldier_of_a_named_unit_holds_that_office(written, title):
    people = people_in(f"Ban CHQS huyện bàn giao nhà cho Trung sĩ Hà Văn Nghĩa, {written}, có hoàn cảnh khó khăn.")
    assert [p.title for p in people["Hà Văn Nghĩa"].positions] == [title]


def test_a_soldier_introducing_a_name_holds_no_office():
    people = people_in("Đại úy Trần Văn Tiệp - Chỉ huy trưởng Ban CHQS xã, cùng chiến sĩ Lường Văn Sáu trực ban.")
    assert "Lường Văn Sáu" not in people or not people["Lường Văn Sáu"].positions


def test_a_soldier_of_no_unit_holds_no_office():
    people = people_in("Trung sĩ Hà Văn Nghĩa, chiến sĩ thi đua năm 2024, cho biết đơn vị đã hoàn thành kế hoạch.")
    assert not people["Hà Văn Nghĩa"].positions


# Congress pages (set 12: 877, 890, 872). The places are invented.

def test_deputies_listed_after_a_secretary_appointed_from_another_committee_take_the_appointed_one():
    people = people_in("Trong đó, đồng chí Hà Thị Lụa – Bí thư Tỉnh ủy được chỉ định giữ chức Bí thư Đảng ủy Quân sự "
                       "tỉnh; Đại tá Vàng Văn Chư – Chính ủy Bộ CHQS tỉnh giữ chức Phó Bí thư Thường trực; Đại tá Giàng "
                       "A Lử – Chỉ huy trưởng Bộ CHQS tỉnh giữ chức Phó Bí thư.", place="tỉnh Điện Biên")
    assert list(people["Vàng Văn Chư"].party_roles) == ["Phó Bí thư Thường trực Đảng ủy Quân sự tỉnh"]
    assert list(people["Giàng A Lử"].party_roles) == ["Phó Bí thư Đảng ủy Quân sự tỉnh"]


_CONGRESS = ("Đảng bộ Cục Kỹ thuật Quân khu 3 tổ chức Đại hội đại biểu lần thứ I. Đại hội đã bầu Ban Chấp hành Đảng "
             "bộ Cục gồm 13 đồng chí. Ban Chấp hành đã bầu Đại tá Mạc Văn Tình, Chính ủy Cục Kỹ thuật, giữ chức Bí thư "
             "Đảng ủy; Đại tá Ninh Văn Hào, Cục trưởng Cục Kỹ thuật, giữ chức Phó bí thư. Đảng bộ Cục quyết tâm "
             "hoàn thành nhiệm vụ.")


def test_roles_a_congress_elects_with_giu_chuc_take_the_congress_body_named_in_full():
    people = people_in(_CONGRESS, title="Đại hội Đảng bộ Cục Kỹ thuật")
    assert list(people["Mạc Văn Tình"].party_roles) == ["Bí thư Đảng ủy Cục Kỹ thuật Quân khu 3"]
    assert list(people["Ninh Văn Hào"].party_roles) == ["Phó Bí thư Đảng ủy Cục Kỹ thuật Quân khu 3"]


def test_a_body_named_by_its_head_alone_stays_so_when_the_page_names_two_bodies_of_that_head():
    people = people_in("Đại hội Đảng bộ Cục Kỹ thuật Quân khu 3 có khách mời Đảng bộ Cục Hậu cần Quân khu 3. Đảng bộ Cục "
                       "đã lãnh đạo tốt. Đảng bộ Cục quyết tâm. Đại hội đã bầu Đại tá Mạc Văn Tình, Chính ủy Cục, giữ "
                       "chức Bí thư Đảng ủy.")
    assert list(people["Mạc Văn Tình"].party_roles) == ["Bí thư Đảng ủy Cục"]


def test_an_elected_cell_is_spelled_as_its_secretarys_chain_spells_it():
    people = people_in("Sáng 10-5, Chi bộ Ban Quân nhu Trung đoàn 88 tổ chức Đại hội. Đoàn Chủ tịch gồm Thiếu tá Hà Văn "
                       "Quý, Bí thư Chi bộ, Trưởng ban Quân nhu. Đại úy Lò Thị Hoa được bầu làm Phó Bí thư Chi bộ; "
                       "Thượng úy Vi Văn Khải được bầu làm Chi ủy viên.", title="Đại hội Chi bộ Ban Quân nhu Trung đoàn 88")
    assert list(people["Lò Thị Hoa"].party_roles) == ["Phó Bí thư Chi bộ Ban Quân nhu"]
    assert list(people["Vi Văn Khải"].party_roles) == ["Chi ủy viên Chi bộ Ban Quân nhu"]


def test_a_cell_whose_chains_name_no_shorter_spelling_keeps_its_whole_name():
    people = people_in("Sáng 10-5, Chi bộ Ban Quân nhu Trung đoàn 88 tổ chức Đại hội. Đại úy Lò Thị Hoa được bầu làm Phó "
                       "Bí thư Chi bộ.", title="Đại hội Chi bộ Ban Quân nhu Trung đoàn 88")
    assert list(people["Lò Thị Hoa"].party_roles) == ["Phó Bí thư Chi bộ Ban Quân nhu Trung đoàn 88"]


def test_a_body_the_pages_offices_call_by_its_head_keeps_the_head():
    people = people_in("Đảng bộ Tổng công ty Sông Hồng tổ chức Đại hội đại biểu lần thứ V. Đảng bộ Tổng công ty đã lãnh "
                       "đạo tốt. Đảng bộ Tổng công ty quyết tâm. Đại hội đã bầu Đại tá Mạc Văn Tình, Chính ủy Tổng công "
                       "ty, giữ chức Bí thư Đảng ủy.")
    assert list(people["Mạc Văn Tình"].party_roles) == ["Bí thư Đảng ủy Tổng công ty"]
