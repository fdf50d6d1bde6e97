"""Event families of the spent seventeenth blind set (issue 14, session 14), on invented sentences: an exhibition
opened or held is an `other` chaired by its co-chairs, documents and artefacts given to a museum are counted gifts;
a sapo's event told again with its object in the next paragraph on its day is one event, the body's chair its
chair, whatever type the body's words take; a second delegation with a head of its own on another occasion is a
visit of its own, and a body led by its head that 'đã thăm' is a visit with or without 'đến'; a legal database's
own document is read from the text's first line when the headline read is the site's."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.knowledge.documents import page_document
from tests.test_events_families import _events


@pytest.mark.parametrize("verb", ["khai mạc trưng bày", "khai mạc Triển lãm", "tổ chức triển lãm"])
def test_an_exhibition_opened_is_an_other_chaired_by_its_co_chairs(verb):
    events, chairs = _events(
        f"Sáng 9/6, tại Hà Nội, Bảo tàng Hậu cần phối hợp với Cục Quân nhu {verb} “Quân nhu trong kháng chiến”. "
        "Đại tá Phan Minh Khải - Giám đốc Bảo tàng Hậu cần và Đại tá Lê Quốc Tuấn - Phó Cục trưởng Cục Quân nhu "
        "đồng chủ trì lễ khai mạc.",
        "Dịp này, Cục Quân nhu đã trao tặng Bảo tàng Hậu cần 42 tài liệu, hiện vật gốc về công tác quân nhu.")
    assert [(e.event_type, e.event_date) for e in events] == [
        ("hoat_dong", dt.date(2024, 6, 9)), ("le_trao_tang", dt.date(2024, 6, 9))]
    assert chairs[0] in {"Phan Minh Khải", "Lê Quốc Tuấn"} and chairs[1] is None


def test_an_exhibition_hall_or_venue_is_no_exhibition():
    events, _ = _events("Sáng 9/6, Cục Quân nhu tổ chức hội nghị tổng kết tại Trung tâm Hội chợ triển lãm quốc gia. "
                        "Các đại biểu đã tham quan khu trưng bày ngoài trời.")
    assert "hoat_dong" not in [e.event_type for e in events] and len(events) == 1


def test_a_sapos_ceremony_told_again_with_its_object_is_one_event_with_the_bodys_chair():
    events, chairs = _events(
        "Lữ đoàn 125 vừa tổ chức lễ tiếp nhận tàu vận tải đa năng HQ 571, phương tiện mới của đơn vị.",
        "Ngày 14/6/2024, tại quân cảng, Lữ đoàn 125 tổ chức Lễ tiếp nhận và thượng cờ tàu vận tải đa năng HQ 571. "
        "Chuẩn đô đốc Trần Văn Hưng - Phó Tư lệnh Quân chủng dự và chủ trì buổi lễ.")
    assert [(e.event_type, e.event_date) for e in events] == [("ban_giao", dt.date(2024, 6, 14))]
    assert chairs == ["Trần Văn Hưng"]


def test_a_sapos_gifts_told_again_as_a_named_handover_keep_the_sapos_type_and_take_the_chair():
    events, chairs = _events(
        "Cục Quân nhu đã bàn giao 800 tấn gạo dự trữ cho tỉnh Tân Lập để cứu trợ người dân vùng lũ.",
        "Sáng 5/6, tại Kho K99, Thiếu tướng Ngô Đức Minh, Cục trưởng Cục Quân nhu chủ trì lễ xuất cấp, bàn giao "
        "800 tấn gạo cho tỉnh.")
    assert [e.event_type for e in events] == ["le_trao_tang"] and chairs == ["Ngô Đức Minh"]
    assert events[0].event_date == dt.date(2024, 6, 5)


def test_a_sapo_naming_only_the_kind_keeps_the_days_other_event_apart():
    events, _ = _events(
        "Bộ CHQS tỉnh vừa tổ chức hội nghị học tập nghị quyết của Đảng ủy Quân khu.",
        "Sáng 5/6, Bộ CHQS tỉnh tổ chức hội nghị triển khai nhiệm vụ công tác hậu cần năm 2024.")
    assert len(events) == 2


def test_another_delegation_with_its_own_head_on_another_occasion_is_a_visit_of_its_own():
    events, chairs = _events(
        "Sáng 18/6, đoàn công tác của Tỉnh ủy do đồng chí Vũ Thị Lan - Phó Bí thư Tỉnh ủy làm trưởng đoàn đã đến "
        "thăm, chúc mừng Bộ CHQS tỉnh. Dịp này, đoàn đã trao tặng Bộ CHQS tỉnh 100 triệu đồng.",
        "Chiều cùng ngày, đoàn công tác của Huyện ủy Tân Lập do đồng chí Đinh Văn Hòa - Bí thư Huyện ủy làm trưởng "
        "đoàn đã đến thăm Kho K85.",
        "Sáng 19/6, Hội Cựu chiến binh tỉnh do Đại tá Mai Xuân Trường, Chủ tịch Hội làm trưởng đoàn đã thăm, tặng "
        "30 suất quà cho cán bộ, chiến sĩ Trung đoàn 42.")
    assert [(e.event_type, e.event_date) for e in events] == [
        ("lam_viec", dt.date(2024, 6, 18)), ("le_trao_tang", dt.date(2024, 6, 18)),
        ("lam_viec", dt.date(2024, 6, 18)), ("lam_viec", dt.date(2024, 6, 19)), ("le_trao_tang", dt.date(2024, 6, 19))]
    assert chairs == ["Vũ Thị Lan", None, "Đinh Văn Hòa", "Mai Xuân Trường", None]


def test_the_same_delegation_told_again_on_another_occasion_is_no_second_visit():
    events, chairs = _events(
        "Sáng 18/6, đoàn công tác của Tỉnh ủy do đồng chí Vũ Thị Lan - Phó Bí thư Tỉnh ủy làm trưởng đoàn đã đến "
        "thăm, chúc mừng Bộ CHQS tỉnh.",
        "Chiều cùng ngày, đoàn công tác do bà Vũ Thị Lan, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã đến thăm Kho K85.")
    assert [e.event_type for e in events] == ["lam_viec"] and chairs == ["Vũ Thị Lan"]


def test_a_legal_database_page_whose_headline_is_the_sites_reads_its_document_from_the_first_line():
    lines = ["Quyết định 512/QĐ-UBND 2024 phê duyệt kế hoạch bảo đảm hậu cần diễn tập\n\nỦY BAN NHÂN DÂN TỈNH\n"
             "Số: 512/QĐ-UBND\n…\nĐiều 3. Các cơ quan chịu trách nhiệm thi hành Quyết định này./."]
    assert page_document("Tracuu.vn - Tra cứu văn bản pháp luật", lines) == ("Quyết định", "512")
    news = ["UBND tỉnh vừa ban hành Quyết định 512/QĐ-UBND phê duyệt kế hoạch bảo đảm hậu cần diễn tập."]
    assert page_document("Tracuu.vn - Tin tức", news) is None
