"""Persons and offices, session 12 (issue 14, brief pos14): the families the spent ninth set missed. Names of the
Central Highlands' peoples joined by an apostrophe ("H'Bia", "K’Lang", "Y'Sơn"), read whole whatever apostrophe the
page prints. Invented sentences."""

from __future__ import annotations

import pytest

from tests.support.people import people_in


@pytest.mark.parametrize(("sentence", "name"), [
    ("Đoàn trao quà cho gia đình Thiếu úy Ksor H'Mai, nhân viên Ban Hậu cần Trung đoàn 95.", "Ksor H'Mai"),
    ("Tham dự có Đại úy Y'Krông Niê, Chính trị viên Đồn Biên phòng Ia Lốp.", "Y'Krông Niê"),
    ("Thượng úy K’Brơi Ha, Đội trưởng Đội Quân khí, báo cáo kết quả.", "K’Brơi Ha"),
    ("Trung úy Rơ Mah Hʼ Dơng phát biểu tại hội nghị.", "Rơ Mah Hʼ Dơng"),
])
def test_a_name_joined_by_an_apostrophe_is_whole(sentence, name):
    people = people_in(sentence)
    assert name in people
    assert not any(other != name and name.startswith(other) for other in people)  # no 'Ksor H' beside it
