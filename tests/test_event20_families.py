"""Event families of the spent fifteenth blind set (issue 14, session 13), on invented sentences: a lessons-learned
review held with no 'hội nghị' in its words ('tổ chức rút kinh nghiệm', 'buổi rút kinh nghiệm') is a conference
chaired by who 'chủ trì' it; a lead summing up what many units did reports no event of its own, so the led
inspection told on its day is the page's main event, chaired by its head."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events_families import _events


@pytest.mark.parametrize("lead", [
    "Ngày 12/6/2024, Bộ CHQS tỉnh tổ chức rút kinh nghiệm mô hình hậu cần tại chỗ ở xã Tân Lập. Đại tá Lê Văn "
    "Khánh, Chủ nhiệm Hậu cần - Kỹ thuật Bộ CHQS tỉnh chủ trì, đề nghị nhân rộng mô hình.",
    "Ngày 12/6/2024, tại xã Tân Lập, Đại tá Lê Văn Khánh, Chủ nhiệm Hậu cần - Kỹ thuật Bộ CHQS tỉnh chủ trì buổi "
    "rút kinh nghiệm mô hình hậu cần tại chỗ.",
])
def test_a_lessons_learned_review_without_hoi_nghi_is_a_conference(lead):
    events, chairs = _events(lead)
    assert [e.event_type for e in events] == ["hoi_nghi"]
    assert events[0].event_date == dt.date(2024, 6, 12) and chairs == ["Lê Văn Khánh"]


def test_lessons_drawn_as_a_noun_report_no_conference():
    events, _ = _events("Qua diễn tập, đơn vị rút ra nhiều bài học kinh nghiệm về công tác bảo đảm hậu cần.")
    assert all(e.event_type != "hoi_nghi" for e in events)


def test_a_lead_summing_up_many_units_leaves_the_led_inspection_as_the_main_event():
    events, chairs = _events(
        "Trước Tết Nguyên đán, nhiều đơn vị quân đội ở Tây Nguyên đã tổ chức kiểm tra công tác bảo đảm hậu cần.",
        "Ngày 12/6, đoàn kiểm tra của Quân khu 5 do Thiếu tướng Phan Đức Lộc, Phó Tư lệnh Quân khu làm trưởng đoàn "
        "đã kiểm tra công tác chuẩn bị Tết tại Trung đoàn 994.")
    assert [e.event_type for e in events] == ["kiem_tra"]
    assert events[0].event_date == dt.date(2024, 6, 12) and chairs == ["Phan Đức Lộc"]


def test_an_organiser_working_with_many_units_still_reports_its_event():
    events, chairs = _events(
        "Ngày 12/6, Bộ CHQS tỉnh phối hợp với nhiều đơn vị tổ chức Hội thao quân sự năm 2024. Đại tá Lê Văn Khánh, "
        "Chỉ huy trưởng Bộ CHQS tỉnh chủ trì hội thao.")
    assert [e.event_type for e in events] == ["hoi_thi"] and chairs == ["Lê Văn Khánh"]


def test_gifts_a_medical_examinations_own_sentence_hands_over_are_an_award_of_their_own():
    events, chairs = _events(
        "Ngày 16/6, Bệnh viện Quân y 7 phối hợp với Ban CHQS xã Tân Lập tổ chức khám bệnh, cấp thuốc miễn phí và "
        "tặng 150 suất quà cho đồng bào dân tộc thiểu số.")
    assert [e.event_type for e in events] == ["hoat_dong", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 16) and chairs[1] is None


def test_a_ceremonys_own_gifts_stay_the_ceremonys():
    events, _ = _events("Ngày 16/6, Đồn Biên phòng Tân Lập tổ chức Lễ bàn giao 3 căn nhà đồng đội và tặng 20 suất quà.")
    assert [e.event_type for e in events] == ["ban_giao"]
