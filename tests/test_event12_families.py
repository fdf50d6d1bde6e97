"""Event families of the spent seventh blind set (issue 14, session 12), on invented sentences: counted gifts told
with their total ('đã trao tổng cộng 42 suất quà') or counted in sets or machines after a recipient that carries a
number ('trao tặng Lữ đoàn 162 hai máy lọc nước'), a second event on the trip's day (but never an award); and the
visiting delegation carrying out a trip's act of another kind ('Đoàn đã kiểm tra thực tế kho …' after the host
'đã tiếp và làm việc với đoàn …'), a further event on the visit's day led by the delegation's head."""

from __future__ import annotations

import pytest

from haucan.knowledge.event_reports import event_rules
from tests.test_event11_families import INSPECTION, VISIT
from tests.test_events_families import _events


@pytest.mark.parametrize("lead, gifts, trip", [
    (VISIT, "Tại các đơn vị, đoàn đã trao tổng cộng 36 suất quà của Tỉnh ủy cho cán bộ, chiến sĩ.", "lam_viec"),
    (INSPECTION, "Dịp này, đoàn công tác đã trao tặng Lữ đoàn 147 hai máy lọc nước và 30 suất quà.", "kiem_tra"),
    (INSPECTION, "Nhân dịp này, đoàn công tác đã trao tặng Kho K27 15 bộ trang phục bảo hộ lao động.", "kiem_tra"),
])
def test_counted_gifts_by_their_total_or_in_sets_are_a_second_event_on_the_trip_day(lead, gifts, trip):
    events, chairs = _events(lead, "Đồng chí trưởng đoàn ghi nhận kết quả của đơn vị.", gifts)
    assert [e.event_type for e in events] == [trip, "le_trao_tang"]
    assert events[1].event_date == events[0].event_date and chairs[1] is None


@pytest.mark.parametrize("sentence", [
    "Dịp này, đoàn tặng Bằng khen cho Lữ đoàn 147 và 3 bộ phận có thành tích.",
    "Đoàn trao Giấy khen cho Đại đội 2 và 5 chiến sĩ có thành tích xuất sắc.",
])
def test_an_award_to_a_numbered_unit_is_no_counted_gift(sentence):
    gifts = next(rule for rule in event_rules().types if rule.occasion_of)
    assert gifts.pattern.search(sentence) is None


def test_the_visiting_delegation_inspecting_is_a_second_event_on_the_visit_day_led_by_its_head():
    events, chairs = _events(
        "Sáng 13/8, tại Phòng họp UBND tỉnh, đồng chí Giàng Seo Khái, Phó Chủ tịch UBND tỉnh đã tiếp và làm việc "
        "với đoàn kiểm tra của Bộ Tư lệnh Quân khu 2 do Đại tá Nông Đình Thịnh, Phó Chủ nhiệm Hậu cần - Kỹ thuật "
        "Quân khu làm Trưởng đoàn.",
        "Đoàn đã kiểm tra thực tế kho quân nhu, bếp ăn tập thể tại cơ quan Bộ CHQS tỉnh.")
    assert [e.event_type for e in events] == ["lam_viec", "kiem_tra"]
    assert events[1].event_date == events[0].event_date and chairs[1] == "Nông Đình Thịnh"


def test_the_delegation_inspecting_again_on_an_inspection_is_the_same_event():
    events, _ = _events(INSPECTION, "Đoàn đã kiểm tra thực tế nhà ăn, kho quân nhu và khu tăng gia của đơn vị.")
    assert [e.event_type for e in events] == ["kiem_tra"]
