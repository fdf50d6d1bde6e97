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


@pytest.mark.parametrize(("sentence", "asker", "expert", "title"), [
    ("Bạn đọc Lữ Văn Khải (Gia Lai) hỏi: cháu có được hưởng trợ cấp không?\n\nLuật sư Đàm Thị Hạnh, Đoàn Luật sư "
     "tỉnh Bình Dương, trả lời: theo quy định, cháu được hưởng.", "Lữ Văn Khải", "Đàm Thị Hạnh", "Luật sư"),
    ("Độc giả Kha Minh Tú hỏi về chế độ hậu phương quân đội. Luật gia Cù Văn Lợi - Công ty Luật Minh Tâm trả lời như "
     "sau.", "Kha Minh Tú", "Cù Văn Lợi", "Luật gia"),
])
def test_a_question_and_answer_page_names_its_asker_and_its_expert(sentence, asker, expert, title):
    people = people_in(sentence)
    assert asker in people and not people[asker].positions  # the asker is a person with no office
    assert [p.title for p in people[expert].positions] == [title]


def test_a_lawyer_without_a_name_is_no_person():
    assert people_in("Đề nghị luật sư tư vấn giúp trường hợp của gia đình tôi.") == {}
