"""Positions, session 12 (issue 14, brief pos13): where an office phrase ends on the families set 8 missed. A
numbered defence area's place after a dash; a standing deputy's 'Thường trực'; a department's lower-case last field
after 'và' when the next member of the list follows; a faculty listing its fields after a comma; police forces
named with a lower-case word; event committees of courses and campaigns. Invented sentences."""

from __future__ import annotations

import pytest

from tests.support.people import people_in


def _titles(sentence: str, name: str) -> list[str]:
    return [p.title for p in people_in(sentence)[name].positions]


@pytest.mark.parametrize(("sentence", "name", "title"), [
    # A numbered defence area names the place it covers after a dash (post-2025; set 8: 047, 025; dev 289, 198).
    ("Dự có Thượng tá Lò Văn Khiêm - Chính ủy Ban Chỉ huy Phòng thủ khu vực 3 - Tương Dương; các đồng chí khác.",
     "Lò Văn Khiêm", "Chính ủy Ban Chỉ huy Phòng thủ khu vực 3 - Tương Dương"),
    ("Trung tá Hà Đức Lượng, Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 5 – Yên Thành, Bộ CHQS tỉnh dự.",
     "Hà Đức Lượng", "Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 5 – Yên Thành"),
    ("Thiếu tá Lục Văn Phong, Chỉ huy trưởng Ban CHQS khu vực 7 - Thạch Thành cho biết đơn vị đã sẵn sàng.",
     "Lục Văn Phong", "Chỉ huy trưởng Ban CHQS khu vực 7 - Thạch Thành"),
    # A standing deputy keeps 'Thường trực' with the title and the unit after it (set 8: 042).
    ("Dự có bà Tạ Thị Quyên, Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy.",
     "Tạ Thị Quyên", "Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
    # A department's last field after 'và', closed by the next member of the list (set 8: 001).
    ("Thiếu tá Khúc Văn Tâm - Đội trưởng Đội Quản lý doanh trại và xây dựng cơ bản và đại diện các cơ quan dự.",
     "Khúc Văn Tâm", "Đội trưởng Đội Quản lý doanh trại và xây dựng cơ bản"),
    # A faculty listing its fields after a comma, the next person after 'và' (set 8: 004).
    ("Gồm Trung tá Ông Văn Dũng - Trưởng khoa Quân sự, võ thuật và thể dục thể thao và Thiếu tá Mạc Thị Hoa.",
     "Ông Văn Dũng", "Trưởng khoa Quân sự, võ thuật và thể dục thể thao"),
    # A police force named with a lower-case word (set 8: 003).
    ("Đoàn do Đại tá Lã Văn Thông, Phó Tư lệnh Cảnh sát cơ động dẫn đầu đã đến thăm đơn vị.",
     "Lã Văn Thông", "Phó Tư lệnh Cảnh sát cơ động"),
    # An event committee of a course or a campaign, with its event words (set 8: 009, 036; dev 162).
    ("Đại tá Mạc Văn Thành - Phó Giám đốc Bệnh viện, Trưởng ban Chỉ đạo lớp tập huấn chủ trì khai mạc.",
     "Mạc Văn Thành", "Trưởng ban Chỉ đạo lớp tập huấn"),
    ("Bà Kha Thị Nhàn, Phó Hiệu trưởng, Phó Trưởng Ban Tổ chức lớp bồi dưỡng chủ trì lễ khai giảng.",
     "Kha Thị Nhàn", "Phó Trưởng Ban Tổ chức lớp bồi dưỡng"),
])
def test_the_office_is_read_whole(sentence, name, title):
    assert title in _titles(sentence, name)


@pytest.mark.parametrize(("sentence", "name", "title"), [
    # A dash after a number that is no area's opens no place: the parent unit stays out (set 5: 968's rule).
    ("Đại úy Vi Văn Sáng, Trưởng ban Hậu cần Trung đoàn 148 - Sư đoàn 316 phát biểu.",
     "Vi Văn Sáng", "Trưởng ban Hậu cần Trung đoàn 148"),
    # After the area's dash, the next office is no place.
    ("Thượng tá Nông Văn Bảy, Chính ủy Ban Chỉ huy Phòng thủ khu vực 1 - Chỉ huy trưởng Ban CHQS xã dự.",
     "Nông Văn Bảy", "Chính ủy Ban Chỉ huy Phòng thủ khu vực 1"),
    # A lower-case word after 'và' that goes on as the clause is no field ('và đơn vị làm tốt').
    ("Thiếu tá Khúc Văn Tâm - Đội trưởng Đội Quản lý doanh trại và bộ đội cùng tham gia.",
     "Khúc Văn Tâm", "Đội trưởng Đội Quản lý doanh trại"),
])
def test_the_office_stops_where_the_next_thing_begins(sentence, name, title):
    assert title in _titles(sentence, name)


@pytest.mark.parametrize(("sentence", "name", "title"), [
    # A biography's age, or the trade before 'nguyên', between the name and the former office (set 8: 039, 043).
    ("Ông Lê Văn Khuê, năm nay 86 tuổi, nguyên Trưởng ban Hậu cần Huyện đội Quỳnh Lưu, vẫn nhớ những chuyến xe.",
     "Lê Văn Khuê", "Trưởng ban Hậu cần Huyện đội Quỳnh Lưu"),
    ("Ông Đàm Văn Tiến, chuyên gia kinh tế, nguyên Phó Viện trưởng Viện Kinh tế quân sự, cho rằng cần đổi mới.",
     "Đàm Văn Tiến", "Phó Viện trưởng Viện Kinh tế quân sự"),
])
def test_an_age_or_a_trade_before_a_former_office_is_passed_over(sentence, name, title):
    assert title in _titles(sentence, name)


def test_a_trade_before_anything_but_a_former_office_ends_the_group():
    people = people_in("Ông Đàm Văn Tiến, chuyên gia kinh tế, Phó Viện trưởng Viện Kinh tế quân sự Mạc Văn Lý dự.")
    held = [p.title for p in people["Đàm Văn Tiến"].positions] if "Đàm Văn Tiến" in people else []
    assert "Phó Viện trưởng Viện Kinh tế quân sự" not in held


@pytest.mark.parametrize(("sentence", "name", "title"), [
    # A unit written before 'do' and the person who 'làm' its head (set 8: 014).
    ("Học viện có nhiều khoa mạnh. Khoa Xăng dầu do Thượng tá, TS Mông Văn Khải làm Chủ nhiệm Khoa đã soạn 8 giáo trình.",
     "Mông Văn Khải", "Chủ nhiệm Khoa Xăng dầu"),
    ("Đội Tăng gia do Trung úy Vi Văn Sơn làm Đội trưởng đã thu hoạch 3 tấn rau.", "Vi Văn Sơn", "Đội trưởng Đội Tăng gia"),
])
def test_a_unit_led_by_the_person_completes_his_title(sentence, name, title):
    assert title in _titles(sentence, name)


def test_an_event_before_do_is_no_unit():
    titles = _titles("Hội thao do Đại tá Lục Văn Hòa làm Trưởng ban chỉ đạo.", "Lục Văn Hòa")
    assert not any("Hội thao" in t for t in titles)


def test_an_office_right_before_the_name_is_his_after_cua():
    # 'của' before an office written right before the name (set 8: 007).
    assert "Chủ tịch" in _titles("Cán bộ bệnh viện thực hiện lời dạy của Chủ tịch Hồ Chí Minh \"Lương y phải như từ "
                                 "mẫu\".", "Hồ Chí Minh")


def test_an_office_after_cua_across_a_comma_is_someone_elses():
    people = people_in("Theo quyết định của Bộ trưởng Bộ Quốc phòng, Trung tướng Mạc Văn Lương giữ chức Chính ủy.")
    held = [p.title for p in people["Mạc Văn Lương"].positions] if "Mạc Văn Lương" in people else []
    assert "Bộ trưởng Bộ Quốc phòng" not in held
