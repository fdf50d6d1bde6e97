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
