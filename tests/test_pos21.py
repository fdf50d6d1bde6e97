"""Positions, party roles and persons, session 14 (issue 14, brief pos21, spent set 16). Invented sentences and people.

- A numbered defence area's place after the dash keeps a later syllable that is also a form of address ('… khu vực
  3 - Đông Anh', 'Ngã Năm'): such a word opens the next person only as the place's first syllable (set 16: 1042).
"""

from __future__ import annotations

import pytest

from tests.support.people import people_in


@pytest.mark.parametrize("place", ["Đông Anh", "Ngã Năm", "Yên Bà"])
def test_an_area_place_keeps_a_later_syllable_that_is_a_form_of_address(place):
    people = people_in(f"Dự buổi lễ có Trung tá Lò Văn Khiêm, Phó Chỉ huy trưởng, Chủ nhiệm Hậu cần - Kỹ thuật Ban Chỉ "
                       f"huy phòng thủ khu vực 3 - {place}; đồng chí Hà Thị Mơ, Chủ tịch UBND xã.")
    titles = [p.title for p in people["Lò Văn Khiêm"].positions]
    assert f"Chủ nhiệm Hậu cần - Kỹ thuật Ban Chỉ huy phòng thủ khu vực 3 - {place}" in titles
    assert f"Phó Chỉ huy trưởng Ban Chỉ huy phòng thủ khu vực 3 - {place}" in titles


def test_an_area_place_still_stops_before_a_form_of_address_that_opens_it():
    people = people_in("Trung tá Lò Văn Khiêm, Chỉ huy trưởng Ban Chỉ huy phòng thủ khu vực 3 - Anh Mạc Văn Tư cùng dự.")
    assert "Chỉ huy trưởng Ban Chỉ huy phòng thủ khu vực 3 - Anh Mạc Văn Tư" not in [
        p.title for p in people["Lò Văn Khiêm"].positions]
