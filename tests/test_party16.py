"""Party roles, session 12 (issue 14, brief pos16, spent set 11): a bare 'Tỉnh ủy viên' is a seat on the provincial
committee and takes the province like 'Tỉnh ủy' (README, coordinator's session-12 conventions; set 11: 775, 776,
785), old-style tone marks included; a district's or a unit's committee beside it keeps its own words. Invented
sentences."""

from __future__ import annotations

from functools import partial

import pytest

from tests.support.people import people_in

_people = partial(people_in, title="Hội nghị quân sự tỉnh Lạng Sơn", place="tỉnh Lạng Sơn", date="2/5/2025")


@pytest.mark.parametrize("written", ["Tỉnh ủy viên", "Tỉnh uỷ viên", "TUV"])
def test_a_bare_provincial_seat_takes_the_province(written):
    people = _people(f"Đại tá Hoàng Văn Páo - {written}, Chỉ huy trưởng Bộ CHQS tỉnh Lạng Sơn chủ trì hội nghị.")
    assert "Tỉnh ủy viên Lạng Sơn" in people["Hoàng Văn Páo"].party_roles


def test_the_seat_beside_a_district_secretary_keeps_each_its_own_place():
    people = _people("Ông Nông Văn Kết, Tỉnh ủy viên, Bí thư Huyện ủy Tràng Định phát biểu.")
    assert set(people["Nông Văn Kết"].party_roles) >= {"Tỉnh ủy viên Lạng Sơn", "Bí thư Huyện ủy Tràng Định"}


def test_a_unit_committee_named_by_tinh_stays_bare_beside_the_seat():
    people = _people("Đại tá Lý Văn Hùng, Tỉnh ủy viên, Bí thư Đảng ủy Quân sự tỉnh phát biểu.")
    assert "Bí thư Đảng ủy Quân sự tỉnh" in people["Lý Văn Hùng"].party_roles
    assert "Tỉnh ủy viên Lạng Sơn" in people["Lý Văn Hùng"].party_roles
