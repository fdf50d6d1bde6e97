"""Event families of the spent second blind set (issue 14, round 8), on invented sentences: a list of days across
two months, a year from a cited decision's issue date or outside a biography when the page has no date, 'dự và
chủ trì', a past 'từng chủ trì', traditional get-togethers, 'Trước hội nghị, …' inspections, and further
activities opening 'Dịp này, …' (get-togethers, visits with gifts)."""

from __future__ import annotations

import datetime as dt

from haucan.knowledge.event_dates import event_date
from haucan.knowledge.events import event_family
from tests.test_events_families import _events


def test_a_list_of_days_over_two_months_gives_its_first_day():
    text = "Trong 3 ngày (30, 31-1 và 1-2-2026), đoàn công tác đã kiểm tra đơn vị."
    found = event_date(text, (0, len(text)), (0, len(text)), None, ())
    assert found.day == dt.date(2026, 1, 30) and found.basis == "stated"
    events, chairs = _events("Trong 3 ngày (29, 30-5 và 1-6-2024), đoàn công tác Quân khu do Thiếu tướng Hà Minh "
                             "Toản, Phó Tư lệnh Quân khu làm trưởng đoàn đã kiểm tra công tác hậu cần tại Sư đoàn 9.")
    assert events[0].event_date == dt.date(2024, 5, 29) and chairs[0] == "Hà Minh Toản"
    # a range inside one month is still read greedily ('5-7/6' is 5 June, not 5 July)
    text = "Từ ngày 5-7/6/2024, Sư đoàn 9 tổ chức hội thao."
    assert event_date(text, (0, len(text)), (0, len(text)), None, ()).day == dt.date(2024, 6, 5)


def test_without_a_page_date_the_year_comes_from_the_decision_issued_before():
    events, _ = _events("Chiều 3-10, tại TP Cần Thơ, Bộ Tư lệnh Quân khu 9 tổ chức lễ bàn giao nhiệm vụ Chủ nhiệm Hậu "
                        "cần - Kỹ thuật Quân khu.",
                        "Tại buổi lễ, đại diện Cục Cán bộ công bố Quyết định số 3311/QĐ-BQP ngày 26-9-2025 của Bộ "
                        "trưởng Bộ Quốc phòng.", stamp="")
    assert events[0].event_date == dt.date(2025, 10, 3) and events[0].event_date_basis == "day_month+context_year"
    # a day-month before the issue day is the next year's
    events, _ = _events("Sáng 5-1, Bộ Tư lệnh Quân khu 9 tổ chức lễ bàn giao nhiệm vụ.",
                        "Tại buổi lễ, đại diện Cục Cán bộ công bố Quyết định số 3311/QĐ-BQP ngày 26-12-2025.", stamp="")
    assert events[0].event_date == dt.date(2026, 1, 5)


def test_a_biography_year_is_never_the_context_year():
    events, _ = _events("Ngày 12/12, Bộ Quốc phòng tổ chức lễ công bố quyết định bổ nhiệm Thiếu tướng Đỗ Văn Quyết.",
                        "Thiếu tướng Đỗ Văn Quyết sinh năm 1969, quê Nam Định. Ông từng giữ chức Cục trưởng Cục "
                        "Quân nhu năm 2019.",
                        "Bộ trưởng đề nghị ông cùng tập thể hoàn thành tốt nhiệm vụ năm 2024.", stamp="")
    assert events[0].event_date == dt.date(2024, 12, 12)


def test_attending_and_chairing_is_chairing_but_having_chaired_long_ago_is_not():
    _, chairs = _events("Sáng 15/5, Bộ Tư lệnh Vùng 4 tổ chức Hội nghị hiệp đồng bảo đảm hậu cần. Thiếu tướng Đinh Công "
                        "Hậu - Phó Tư lệnh, Tham mưu trưởng Cảnh sát biển dự và chủ trì hội nghị.")
    assert chairs[0] == "Đinh Công Hậu"
    _, chairs = _events("Vừa qua, Hội đồng Khoa học tổ chức phiên họp thường kỳ. Trung tướng Lê Bá Toàn, Chủ tịch Hội "
                        "đồng chủ trì phiên họp.",
                        "Năm 1950, Đại tá Hồ Văn Cảnh, lúc đó là Cục trưởng Cục Quân nhu, từng chủ trì biên soạn "
                        "tài liệu đầu tiên.")
    assert chairs[0] == "Lê Bá Toàn"


def test_a_traditional_get_together_is_an_anniversary_and_others_are_their_own_events():
    events, chairs = _events("Chiều ngày 16-5-2024, tại Hà Nội, Hội Cựu chiến binh tổ chức buổi gặp mặt truyền thống. "
                             "Thiếu tướng Mai Văn Khởi - Chủ tịch Hội chủ trì buổi gặp mặt.",
                             "Dịp này, Cục Hậu cần cũng tổ chức gặp mặt các thế hệ cán bộ đã nghỉ hưu.")
    assert [e.event_type for e in events] == ["le_ky_niem", "gap_mat"] and chairs[0] == "Mai Văn Khởi"
    assert events[1].event_date == events[0].event_date == dt.date(2024, 5, 16)
    assert event_family("gap_mat") == event_family("tham_tang_qua") == "other"


def test_a_visit_with_gifts_on_the_occasion_is_a_further_event_on_the_main_day():
    events, _ = _events("Sáng 18/6, đoàn công tác Quân khu 4 do Thiếu tướng Lê Văn Tùng làm trưởng đoàn đã kiểm tra "
                        "công tác hậu cần tại Bộ CHQS tỉnh.",
                        "Dịp này, đoàn công tác đã thăm, tặng quà Đại đội Bộ binh 2.")
    assert [e.event_type for e in events] == ["kiem_tra", "tham_tang_qua"]
    assert events[1].event_date == dt.date(2024, 6, 18)


def test_an_inspection_before_the_conference_is_its_own_event_with_its_own_day():
    events, chairs = _events("Sáng ngày 17/6, Bộ CHQS tỉnh tổ chức Hội nghị tổng kết công tác hậu cần. Đại tá Phan Văn "
                             "Lợi, Chỉ huy trưởng Bộ CHQS tỉnh chủ trì hội nghị.",
                             "Trước hội nghị, đoàn kiểm tra của Bộ CHQS tỉnh (từ ngày 5/6 đến 12/6/2024) đã kiểm tra "
                             "công tác hậu cần tại 12 đơn vị, do Đại tá Phan Văn Lợi làm trưởng đoàn.")
    assert [e.event_type for e in events] == ["tong_ket", "kiem_tra"]
    assert events[1].event_date == dt.date(2024, 6, 5) and chairs == ["Phan Văn Lợi", "Phan Văn Lợi"]
