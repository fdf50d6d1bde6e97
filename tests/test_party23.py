"""Party roles, session 14 (issue 14, brief pos23: the coordinator's bare 'Đảng ủy viên' convention). Invented text.

A bare seat ('Đảng ủy viên', 'ĐUV') chained with an office of a unit that has a party committee of its own is a seat
on that unit's committee, the unit as the chain writes it (set 15's 588, set 17's 1084; dev 202, 205, 452, 795
aligned); on a party body's own congress page the seat is that body's (pos14), and beside a commune's office the
commune's (session 13). A department's office ('Trưởng phòng …') names no committee the seat is on. A body named
only in a resolution's title ('Nghị quyết Đại hội Đảng bộ Quân khu') makes no page a congress page.
"""

from __future__ import annotations

import pytest

from tests.support.people import people_in


def _roles(body: str, name: str = "Lò Văn Khiêm", **kwargs) -> tuple[str, ...]:
    return people_in(body, **kwargs)[name].party_roles


@pytest.mark.parametrize("seat", ["Đảng ủy viên", "ĐUV"])
def test_a_bare_seat_beside_a_units_office_is_on_that_units_committee(seat):
    roles = _roles(f"Thượng tá Lò Văn Khiêm - {seat}, Chủ nhiệm Hậu cần - Kỹ thuật Bộ CHQS tỉnh trình bày báo cáo.")
    assert roles == ("Đảng ủy viên Bộ Chỉ huy Quân sự tỉnh",)


def test_the_unit_is_taken_as_the_chain_writes_it():
    roles = _roles("Trung tá Lò Văn Khiêm, Đảng ủy viên, Phó Tổng Giám đốc Tổng Công ty Đông Hải phát biểu.")
    assert roles == ("Đảng ủy viên Tổng Công ty Đông Hải",)


def test_a_bare_seat_before_the_office_on_the_other_side_takes_it_too():
    roles = _roles("Đại tá Lò Văn Khiêm, Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn 7, Đảng ủy viên, dự hội nghị.")
    assert roles == ("Đảng ủy viên Sư đoàn 7",)


@pytest.mark.parametrize("office", ["Trưởng phòng Quân nhu", "Phó Chỉ huy trưởng"])
def test_a_departments_or_a_bare_office_leaves_the_seat_as_written(office):
    assert _roles(f"Thượng tá Lò Văn Khiêm, Đảng ủy viên, {office} phát biểu tham luận.") == ("Đảng ủy viên",)


def test_on_a_branch_congress_page_the_seat_is_the_branchs_not_the_offices_unit():
    body = ("Đảng bộ Phòng Hậu cần - Kỹ thuật Sư đoàn 7 đã tổ chức Đại hội lần thứ V. Đoàn Chủ tịch Đại hội gồm các "
            "đồng chí: Thiếu tá Lò Văn Khiêm - Đảng ủy viên, Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn 7.")
    roles = _roles(body, title="Đại hội Đảng bộ Phòng Hậu cần - Kỹ thuật Sư đoàn 7")
    assert roles == ("Đảng ủy viên Phòng Hậu cần-Kỹ thuật Sư đoàn 7",)  # not the division's ('Sư đoàn 7')


def test_beside_a_communes_office_the_seat_is_the_communes():
    roles = _roles("Dự có đồng chí Lò Văn Khiêm - Đảng ủy viên, Chỉ huy trưởng Ban CHQS xã Mường Chanh.")
    assert roles == ("Đảng ủy viên xã Mường Chanh",)


def test_a_resolution_of_an_upper_bodys_congress_makes_no_congress_page():
    body = ("Đảng ủy Lữ đoàn 99 tổ chức Hội nghị ra nghị quyết lãnh đạo năm 2026. Hội nghị quán triệt Nghị quyết Đại hội "
            "Đảng bộ Quân khu 5 lần thứ XII. Thượng tá Lò Văn Khiêm - Đảng ủy viên, Chủ nhiệm Hậu cần - Kỹ thuật Lữ "
            "đoàn 99 trình bày tham luận.")
    assert _roles(body) == ("Đảng ủy viên Lữ đoàn 99",)
