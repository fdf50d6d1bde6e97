"""Event families of the spent thirteenth blind set (issue 14, session 13), on invented sentences: a soldiers'
congress ('Đại hội quân nhân') is a `dai_hoi`; awards handed over at a meeting named first ('Tại hội nghị, …
trao Bằng khen cho … có thành tích … trong năm 2024') are a `le_trao_tang` though the period they honour follows."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.knowledge.events import event_family
from tests.test_events_families import _events


@pytest.mark.parametrize("lead", [
    "Chiều 12/6, Hải đội 3 tổ chức Đại hội quân nhân nhiệm kỳ 2024 - 2026.",
    "Sáng 12/6, Tiểu đoàn 17 long trọng tổ chức đại hội quân nhân năm 2024.",
])
def test_a_soldiers_congress_is_a_congress(lead):
    events, chairs = _events(lead, "Thiếu tá Hà Minh Phúc, Chính trị viên Hải đội chủ trì Đại hội.")
    assert events[0].event_type == "dai_hoi" and events[0].event_date == dt.date(2024, 6, 12)
    assert chairs[0] == "Hà Minh Phúc"


def test_a_soldiers_council_meeting_is_no_congress():
    """Only the congress: the council the congress elects, told alone, names no event of its kind."""
    events, _ = _events("Hội đồng quân nhân Tiểu đoàn 17 giám sát chặt chẽ bếp ăn của đơn vị.")
    assert all(e.event_type != "dai_hoi" for e in events)


@pytest.mark.parametrize("award", [
    "Tại hội nghị, thừa ủy quyền của Bộ trưởng, đồng chí Chính ủy đã trao Bằng khen cho 3 tập thể có thành tích "
    "xuất sắc trong năm học 2023 - 2024.",
    "Cũng tại hội nghị, Cục trưởng trao Giấy khen cho 5 cá nhân đạt thành tích tốt trong năm 2023.",
])
def test_awards_at_a_meeting_honouring_a_past_period_are_handed_over_that_day(award):
    events, chairs = _events("Sáng 12/6/2024, Học viện Hậu cần tổ chức Hội nghị tổng kết năm học 2023 - 2024.", award)
    assert [event_family(e.event_type) for e in events] == ["hoi_nghi", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 12) and chairs[1] is None


def test_awards_handed_over_in_a_year_looked_back_on_are_no_event():
    """The look back before the verb still tells a past year's awards, not this meeting's."""
    events, _ = _events("Sáng 12/6/2024, Học viện Hậu cần tổ chức Hội nghị tổng kết năm học 2023 - 2024.",
                        "Năm 2023, tại hội nghị thi đua, Học viện đã trao Bằng khen cho 3 tập thể.")
    assert [e.event_type for e in events if e.event_type == "le_trao_tang"] == []


def test_a_sapo_without_a_day_and_the_bodys_dated_report_are_one_event():
    events, chairs = _events(
        "Nhân dịp Ngày truyền thống, Công an tỉnh đã tổ chức bàn giao 2 nhà “Mái ấm đồng đội” cho cán bộ khó khăn.",
        "Ngày 14/6/2024, Công an tỉnh tổ chức lễ bàn giao 2 nhà “Mái ấm đồng đội” cho cán bộ tại xã Yên Lạc. "
        "Đại tá Trịnh Văn Tâm, Phó Giám đốc Công an tỉnh chủ trì buổi lễ.")
    assert [e.event_type for e in events] == ["ban_giao"]
    assert events[0].event_date == dt.date(2024, 6, 14) and chairs == ["Trịnh Văn Tâm"]


def test_two_meetings_of_one_kind_with_other_objects_stay_two():
    """Only the same object makes the retelling: 'hội nghị giao ban' then 'hội nghị học tập' are two meetings."""
    events, _ = _events(
        "Tuần qua, Đảng ủy Sư đoàn đã tổ chức hội nghị giao ban công tác hậu cần quý II.",
        "Chiều 13/6, Đảng ủy Sư đoàn tổ chức hội nghị học tập, quán triệt nghị quyết của cấp trên.")
    assert len(events) == 2


def test_a_roundup_of_congresses_is_one_congress_per_day():
    events, chairs = _events(
        "Từ ngày 8 đến ngày 10/6, Chi bộ Quân sự các xã Yên Lạc, Đồng Tâm, Hòa Bình đã tổ chức đại hội nhiệm kỳ "
        "2024 - 2026.",
        "Ngày 8/6, Chi bộ Quân sự xã Yên Lạc tổ chức Đại hội Chi bộ Quân sự xã Yên Lạc lần thứ V, nhiệm kỳ 2024 - 2026.",
        "Ngày 9/6, Đại hội Chi bộ Quân sự xã Đồng Tâm lần thứ IV do đồng chí Lê Thị Hạnh, Phó Bí thư Đảng ủy xã chủ trì.",
        "Ngày 10/6, Chi bộ Quân sự xã Hòa Bình tổ chức Đại hội lần thứ VI.")
    assert [(e.event_type, e.event_date) for e in events] == [
        ("dai_hoi", dt.date(2024, 6, d)) for d in (8, 9, 10)]
    assert chairs[1] == "Lê Thị Hạnh"


def test_a_contest_over_days_told_again_on_its_closing_day_stays_one():
    """One body's contest over a span of days, its opening and closing days told: one event, not a round-up."""
    events, _ = _events(
        "Từ ngày 9 đến 11/6, các đơn vị của Sư đoàn 5 tham gia Hội thi cấp dưỡng giỏi năm 2024.",
        "Sáng 9/6, Sư đoàn 5 tổ chức khai mạc Hội thi cấp dưỡng giỏi năm 2024.",
        "Chiều 11/6, Sư đoàn 5 tổ chức bế mạc Hội thi cấp dưỡng giỏi năm 2024.")
    assert len([e for e in events if event_family(e.event_type) == "hoi_thi"]) == 1


def test_an_award_written_in_lower_case_is_handed_over_all_the_same():
    events, _ = _events("Sáng 12/6/2024, Bộ CHQS tỉnh tổ chức Hội nghị tổng kết công tác quốc phòng năm 2023.",
                        "Thiếu tướng Lê Văn Bảo đã trao bằng khen của Bộ trưởng cho 7 tập thể và 12 cá nhân.")
    assert [event_family(e.event_type) for e in events] == ["hoi_nghi", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 12)


def test_an_award_received_in_lower_case_is_still_no_event():
    events, _ = _events("Sáng 12/6/2024, Bộ CHQS tỉnh tổ chức Hội nghị tổng kết công tác quốc phòng năm 2023.",
                        "Đơn vị vinh dự được Bộ trưởng tặng bằng khen vì thành tích xuất sắc.")
    assert [e.event_type for e in events if e.event_type == "le_trao_tang"] == []


def test_a_units_number_is_no_roundup_of_several_bodies():
    """'Sư đoàn 5 tổ chức Hội thi …' over days names one body: the lead stays the main event (a round-up would drop
    it for its days)."""
    events, _ = _events(
        "Từ ngày 9 đến 11/6, Sư đoàn 5 tổ chức Hội thi cấp dưỡng giỏi năm 2024.",
        "Ngày 9/6, Sư đoàn 5 tổ chức Hội thi cấp dưỡng giỏi vòng sơ khảo.",
        "Ngày 11/6, Sư đoàn 5 tổ chức Hội thi cấp dưỡng giỏi vòng chung kết.")
    assert events[0].name == "Hội thi cấp dưỡng giỏi năm 2024" and events[0].event_date == dt.date(2024, 6, 9)


def test_a_roundup_counted_by_its_bodies_is_one_event_per_day():
    events, _ = _events(
        "Từ ngày 3 đến 5/6, 3 chi bộ quân sự của huyện đã tổ chức đại hội nhiệm kỳ 2024 - 2026.",
        "Ngày 3/6, Chi bộ Quân sự xã An Phú tổ chức Đại hội Chi bộ Quân sự xã An Phú lần thứ III.",
        "Ngày 5/6, Chi bộ Quân sự xã Tân Lập tổ chức Đại hội Chi bộ Quân sự xã Tân Lập lần thứ IV.")
    assert [e.event_date for e in events] == [dt.date(2024, 6, 3), dt.date(2024, 6, 5)]
