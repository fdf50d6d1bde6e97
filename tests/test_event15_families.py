"""Event and document families of the spent tenth blind set (issue 14, session 12), on invented sentences: a plan
numbered with a unit code that ends in a day-month name ('KH-BV30-4', Bệnh viện 30-4) is cited whole; free medical
examinations and similar programmes are `other` events chaired by the delegation's head."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.extract.lexicon import lexicon
from tests.test_events_families import _events


@pytest.mark.parametrize("text, number", [
    ("Căn cứ Kế hoạch số 205/KH-BV30-4 ngày 15/9/2025 của Giám đốc Bệnh viện;", "205/KH-BV30-4"),
    ("thực hiện Công văn số 77/CV-CT19-5 của Công ty.", "77/CV-CT19-5"),
    ("theo Quyết định số 12/QĐ-BV30-4.", "12/QĐ-BV30-4"),
])
def test_a_unit_code_ending_in_a_day_month_name_is_part_of_the_number(text, number):
    found = lexicon().doc_ref.search(text)
    assert found is not None and found.group("number") == number


@pytest.mark.parametrize("text, number", [
    ("theo Kế hoạch số 15/KH-BCH-4/2025 của Ban", None),           # a date-like tail is no code
    ("Quyết định số 12/QĐ-BQP ngày 1-4-2024 của Bộ", "12/QĐ-BQP"),  # the issue date stays the date
])
def test_digits_after_a_code_that_are_a_date_are_not_taken(text, number):
    found = lexicon().doc_ref.search(text)
    assert (found.group("number") if found else None) == number


@pytest.mark.parametrize("lead", [
    "Từ ngày 3 đến 5-6, hai đội quân y đã khám, cấp thuốc cho hơn 1.200 lượt người dân xã Tân Lập.",
    "Từ ngày 3 đến 7-6, Cục Quân y phối hợp với Sở Y tế tổ chức khám, chữa bệnh (KCB), cấp thuốc miễn phí cho nhân dân.",
    "Ngày 3-6, Bệnh viện Quân y 91 tiến hành khám bệnh, cấp phát thuốc miễn phí cho 500 người dân.",
    "Ngày 3-6, Bộ CHQS tỉnh khám, chữa bệnh và cấp thuốc miễn phí cho 400 hộ nghèo xã Hòa Bình.",
])
def test_a_free_medical_examination_is_an_other_event_on_its_first_day(lead):
    events, _ = _events(lead)
    assert [e.event_type for e in events][:1] == ["hoat_dong"]
    assert events[0].event_date == dt.date(2024, 6, 3)


def test_patients_examined_report_no_event():
    events, _ = _events("Trong năm, người dân trong xã được khám, cấp thuốc thường xuyên tại trạm y tế.")
    assert not events


@pytest.mark.parametrize("later", [
    "Theo Trưởng đoàn công tác, Đại tá Lò Văn Khiêm, Phó Cục trưởng Cục Quân y, lực lượng tham gia gồm 60 y, bác sĩ.",
    "Trưởng đoàn là Thượng tá, BSCKII Lò Văn Khiêm, Phó Giám đốc Bệnh viện Quân y 91.",
])
def test_the_delegation_head_named_after_the_office_chairs_the_programme(later):
    events, chairs = _events(
        "Từ ngày 3 đến 7-6, Cục Quân y tổ chức khám, chữa bệnh, cấp thuốc miễn phí cho nhân dân xã Tân Lập.", later)
    assert events[0].event_type == "hoat_dong" and chairs[0] == "Lò Văn Khiêm"


def test_a_deputy_head_of_the_delegation_does_not_chair():
    _, chairs = _events(
        "Từ ngày 3 đến 7-6, Cục Quân y tổ chức khám, chữa bệnh, cấp thuốc miễn phí cho nhân dân xã Tân Lập.",
        "Phó Trưởng đoàn công tác, Trung tá Lò Văn Khiêm, cho biết lực lượng tham gia gồm 60 y, bác sĩ.")
    assert chairs[0] is None


def test_a_led_delegation_visiting_with_gifts_is_a_working_visit_beside_its_gifts():
    events, chairs = _events(
        "Ngày 5-6, Bộ CHQS tỉnh tổ chức lễ khởi công nhà đồng đội tại xã Tân Lập.",
        "Chiều 6-6, tại xã Hòa Bình, đoàn công tác của Bộ CHQS tỉnh do Đại tá Lò Văn Khiêm, Phó Chỉ huy trưởng làm "
        "trưởng đoàn đã đến thăm, trao 200 suất quà cho các hộ nghèo.")
    types = [e.event_type for e in events]
    assert "lam_viec" in types and "le_trao_tang" in types
    visit = types.index("lam_viec")
    assert chairs[visit] == "Lò Văn Khiêm" and events[visit].event_date == dt.date(2024, 6, 6)


def test_several_delegations_each_with_its_head_are_visits_of_their_own_on_the_day():
    events, chairs = _events(
        "Ngày 14-6, Bộ CHQS tỉnh tổ chức 3 đoàn công tác đến thăm, tặng quà các đơn vị hậu cần trên địa bàn.",
        "Đoàn thứ nhất do Đại tá Lò Văn Khiêm, Chính ủy Bộ CHQS tỉnh làm trưởng đoàn, đến thăm Kho K12.",
        "Đoàn thứ hai do Đại tá Đinh Công Tráng, Tham mưu trưởng Bộ CHQS tỉnh làm trưởng đoàn, đến thăm Tiểu đoàn 5.",
        "Đoàn thứ ba do Thượng tá Hà Thị Mến, Chủ nhiệm Hậu cần - Kỹ thuật làm trưởng đoàn, đến thăm Bệnh xá.")
    visits = [(c, e.event_date) for e, c in zip(events, chairs, strict=True) if e.event_type == "lam_viec"]
    assert visits == [(name, dt.date(2024, 6, 14)) for name in ("Lò Văn Khiêm", "Đinh Công Tráng", "Hà Thị Mến")]


def test_one_delegation_told_twice_is_one_visit():
    events, _ = _events(
        "Ngày 14-6, đoàn công tác do Đại tá Lò Văn Khiêm, Chính ủy Bộ CHQS tỉnh dẫn đầu đã đến thăm Kho K12.",
        "Tại kho, đoàn đã đến thăm nhà ăn, bếp nấu của đơn vị.")
    assert [e.event_type for e in events].count("lam_viec") == 1


def test_an_activity_the_organiser_held_successfully_is_still_reported():
    events, _ = _events("Ngày 12/6, Trung đoàn Không quân 935 tổ chức thành công ban bay huấn luyện đêm với nhiều bài "
                        "bay phức tạp.")
    assert [e.event_type for e in events] == ["hoat_dong"] and events[0].event_date == dt.date(2024, 6, 12)
