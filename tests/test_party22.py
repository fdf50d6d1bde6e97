"""Party roles, session 14 (issue 14, brief pos22, spent set 17). Invented sentences and people.

A commune portal's shorthand names the same committee as its words written out: 'Uỷ viên BTV' beside a commune
military command's office is a seat on the commune's standing committee (set 17: 1049); 'ĐUV' beside a commune's
people's committee or council is a seat on the commune's committee (1051, the annotators' decision, abbreviation
kept); a cell written 'Chi bộ Quân sự' without its commune takes the commune of the command's office (1050).
"""

from __future__ import annotations

import pytest

from tests.support.people import people_in


def _roles(sentence: str, name: str = "Hà Văn Tới") -> tuple[str, ...]:
    return people_in(sentence)[name].party_roles


@pytest.mark.parametrize("seat", ["Uỷ viên BTV", "Ủy viên BTV", "UVBTV"])
def test_an_abbreviated_standing_seat_beside_a_commune_command_is_on_the_communes_committee(seat):
    roles = _roles(f"Dự có đồng chí Hà Văn Tới – {seat}, Chỉ huy trưởng Ban CHQS xã Tân Lập.")
    assert any(r.endswith("Đảng ủy xã Tân Lập") for r in roles), roles


@pytest.mark.parametrize(("chain", "role"), [
    ("ĐUV, Phó Chủ tịch UBND xã Tân Lập", "Đảng ủy viên xã Tân Lập"),
    ("Đảng ủy viên, Chủ tịch HĐND xã Tân Lập", "Đảng ủy viên xã Tân Lập"),
])
def test_a_bare_seat_beside_a_communes_state_office_is_on_the_communes_committee(chain, role):
    assert role in _roles(f"Dự có đồng chí Hà Văn Tới - {chain}.")


def test_a_bare_seat_beside_a_provinces_state_office_stays_as_written():
    assert _roles("Dự có đồng chí Hà Văn Tới - Đảng ủy viên, Phó Chủ tịch UBND tỉnh Sơn La.") == ("Đảng ủy viên",)


def test_a_military_cell_written_without_its_commune_takes_the_commands_commune():
    roles = _roles("Dự có đồng chí Hà Văn Tới – Bí thư Chi bộ Quân sự, Chính trị viên Ban CHQS xã Tân Lập.")
    assert roles == ("Bí thư Chi bộ Quân sự xã Tân Lập",)


def test_a_military_cell_beside_a_units_office_stays_as_written():
    roles = _roles("Dự có đồng chí Hà Văn Tới – Bí thư Chi bộ Quân sự, Trưởng phòng Hậu cần Sư đoàn 9.")
    assert roles == ("Bí thư Chi bộ Quân sự",)


def test_a_province_marked_as_gone_gives_no_bare_tinh_uy_its_name():
    people = people_in("Đảng ủy Quân sự tỉnh tiếp nhận kho tàng, doanh trại của tỉnh Bắc Kạn (cũ) và sắp xếp 7 kho của tỉnh "
                       "Bắc Kạn (cũ). Dự có đồng chí Hà Văn Tới - "
                       "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh.", place="tỉnh Thái Nguyên")
    assert people["Hà Văn Tới"].party_roles == ("Ủy viên Ban Thường vụ Tỉnh ủy Thái Nguyên",)
