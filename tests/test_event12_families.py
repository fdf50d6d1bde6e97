"""Event families of the spent seventh blind set (issue 14, session 12), on invented sentences: counted gifts told
with their total ('đã trao tổng cộng 42 suất quà') or counted in sets or machines after a recipient that carries a
number ('trao tặng Lữ đoàn 162 hai máy lọc nước'), a second event on the trip's day (but never an award); the
visiting delegation carrying out a trip's act of another kind ('Đoàn đã kiểm tra thực tế kho …' after the host
'đã tiếp và làm việc với đoàn …'), a further event on the visit's day led by the delegation's head; an event of
another kind told with its own chairs and day (a signing 'đồng chủ trì ngày 28/11' in an interview); and counted
gifts in a further visit's own words ('đã đến thăm, tặng 200 suất quà'); a cited plan's subject ('Thực hiện Kế hoạch …
về tổ chức đại hội chi bộ …') reports nothing; 'Lễ ra mắt mô hình …' is a launch ceremony."""

from __future__ import annotations

import datetime as dt

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


def test_an_event_of_another_kind_with_its_own_chairs_and_day_in_an_answer_is_a_further_event():
    events, _ = _events(
        "Thượng tá Lò Văn Sáng: Ngày 14/10 vừa qua, Bộ CHQS tỉnh đã tổ chức tập huấn hậu cần tại chỗ cho 120 cán bộ "
        "Ban CHQS xã. Sở Y tế và Bộ CHQS tỉnh đã ký kết quy chế phối hợp quân dân y, do Đại tá Lò Văn Sáng và bác "
        "sĩ Cầm Thị Hoa, Giám đốc Sở Y tế, đồng chủ trì ngày 28/11.")
    assert [e.event_type for e in events] == ["tap_huan", "ky_ket"]
    assert (events[1].event_date.month, events[1].event_date.day) == (11, 28)


def test_another_kind_chaired_on_the_main_day_is_no_further_event():
    events, _ = _events("Ngày 14/10, Bộ CHQS tỉnh tổ chức tập huấn hậu cần tại chỗ cho 120 cán bộ Ban CHQS xã. "
                        "Hai bên cũng đã ký kết quy chế phối hợp, do Đại tá Lò Văn Sáng chủ trì ngày 14/10.")
    assert [e.event_type for e in events][:1] == ["tap_huan"] and "ky_ket" not in [e.event_type for e in events[1:]]


def test_counted_gifts_in_a_further_visit_own_words_are_its_second_event():
    events, chairs = _events(
        "Ngày 18/11, Đảng ủy Quân sự tỉnh tổ chức hội nghị chuyên đề lãnh đạo công tác hậu cần năm 2024. "
        "Đồng chí Hồ Văn Mạnh, Bí thư Đảng ủy Quân sự tỉnh chủ trì hội nghị.",
        "Ngày 20/11, đoàn công tác của Bộ CHQS tỉnh do Thượng tá Lê Văn Khải, Phó Chỉ huy trưởng làm trưởng đoàn "
        "đã đến thăm, tặng 150 suất quà cho các gia đình chính sách xã A Ngo.")
    # A led delegation's 'đến thăm' is a working visit whatever its purpose words (session-10 convention; event15).
    assert [e.event_type for e in events] == ["hoi_nghi", "lam_viec", "le_trao_tang"]
    assert events[2].event_date == events[1].event_date and chairs[2] is None


def test_the_subject_of_a_cited_plan_is_no_report_of_its_own():
    events, _ = _events(
        "Thực hiện Kế hoạch số 07-KH/ĐU, ngày 10/7/2025 của Đảng ủy xã Tân Lập về tổ chức đại hội chi bộ trực thuộc "
        "tiến tới Đại hội Đảng bộ xã, nhiệm kỳ 2025 - 2030. Sáng ngày 30/7/2025, Chi bộ Quân sự xã Tân Lập tổ chức "
        "Đại hội lần thứ II, nhiệm kỳ 2025 - 2027.")
    assert [e.event_type for e in events] == ["dai_hoi"]
    assert events[0].event_date == dt.date(2025, 7, 30) and events[0].name.startswith("Đại hội lần thứ II")


def test_the_launch_of_a_model_is_a_launch_ceremony_chaired_as_said():
    events, chairs = _events(
        "Sáng 18/7/2023, UBND xã Tân Thành tổ chức Lễ ra mắt mô hình \"Bếp ăn dân quân an toàn\". Đồng chí Hoàng "
        "Văn Đức, Bí thư Đảng ủy xã chủ trì buổi lễ.")
    assert events[0].event_type == "le_ra_quan" and events[0].event_date == dt.date(2023, 7, 18)
    assert chairs[0] == "Hoàng Văn Đức"


def test_a_free_medical_examination_is_an_activity():
    events, _ = _events(
        "Sáng 26/7/2024, Hội Chữ thập đỏ huyện phối hợp với Bệnh viện Quân y 105 tổ chức khám, tư vấn sức khỏe, cấp "
        "thuốc miễn phí cho 180 đối tượng chính sách của xã.")
    assert events[0].event_type == "hoat_dong" and events[0].event_date == dt.date(2024, 7, 26)
