"""Persons the name model missed on the third blind set (session 8): the service category 'QNCN' between a
rank and a name, and Tày, Nùng and Stiêng family names; the category is never part of a name."""

from __future__ import annotations

import pytest

from tests.support.people import people_in


@pytest.mark.parametrize("rank", ["Thượng úy", "Đại úy", "Thiếu tá"])
def test_qncn_between_rank_and_name_is_no_part_of_the_name(rank):
    people = people_in(f"{rank} QNCN Hoàng Thị Lan, trạm trưởng trạm chế biến, hướng dẫn chiến sĩ mới.")
    assert "Hoàng Thị Lan" in people
    assert not any(name.startswith("QNCN") for name in people)
    assert people["Hoàng Thị Lan"].rank == rank


@pytest.mark.parametrize("name", ["Mông Văn Khải", "Nịnh Thị Lụa", "Lộc Văn Sinh", "Điểu Văn Thanh", "Ma Thị Hoa"])
def test_minority_family_names_open_a_name_without_a_rank(name):
    people = people_in(f"Tham dự có bà Hà Thị Vân, Phó Giám đốc Sở; {name}, Phó Chủ tịch UBND huyện.")
    assert name in people


def test_qncn_alone_in_prose_is_no_person():
    people = people_in("Đơn vị có 12 QNCN được khen thưởng trong năm qua.")
    assert not any("QNCN" in name for name in people)
