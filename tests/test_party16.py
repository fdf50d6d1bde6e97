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


@pytest.mark.parametrize("office", ["Chủ tịch Hội đồng nhân dân xã", "Chủ tịch Ủy ban nhân dân xã", "Chủ tịch HĐND xã"])
def test_an_open_committee_beside_a_communes_council_written_out_is_the_communes(office):
    people = people_in(f"Ngày 10/3, xã Tân Phú Đông tổ chức lễ. Đồng chí Lâm Văn Tỏ - Bí thư Đảng ủy, {office} chủ trì.",
                       place="xã Tân Phú Đông")
    assert "Bí thư Đảng ủy xã Tân Phú Đông" in people["Lâm Văn Tỏ"].party_roles


def test_a_provinces_council_written_out_gives_the_open_committee_no_commune():
    people = people_in("Ngày 10/3, xã Tân Phú Đông tổ chức lễ. Đồng chí Lâm Văn Tỏ - Bí thư Đảng ủy, Chủ tịch Hội đồng "
                       "nhân dân tỉnh chủ trì.", place="xã Tân Phú Đông")
    assert not any("xã" in role for role in people["Lâm Văn Tỏ"].party_roles)
