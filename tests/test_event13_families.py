"""Event families of the spent eighth blind set (issue 14, session 12), on invented sentences: counted gifts handed
over are an event of their own at every kind of occasion (a launch, a conference, a round-up's visit), dated by the
event they follow or by the day the text has moved on to; a commendation decision stays none; a main event no one
chairs takes no chair of a later event; a directive's year right after its verb and a deadline give no context year;
a party committee's resolution qualified before 'số' is cited; a copy that glued its paragraphs ends a sentence at a
stop with no space; a deadline's day dates nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.extract.lexicon import lexicon
from haucan.knowledge.event_cues import sentences
from tests.test_events_families import _events

LAUNCH = "Sáng 14/6, Đảng ủy xã Tà Xùa tổ chức lễ ra mắt mô hình “Bếp ăn dân quân”. Bà Lò Thị Dung chủ trì buổi lễ."


@pytest.mark.parametrize("gifts", [
    "Dịp này, Đảng ủy xã trao 30 suất quà cho các chiến sĩ dân quân có hoàn cảnh khó khăn.",
    "Nhân dịp này, Hội Phụ nữ xã tặng 25 phần quà cho gia đình dân quân.",
    "Dịp này, đoàn đã trao tặng 3 bộ thiết bị nhà bếp và 40 suất quà cho dân quân.",
])
def test_counted_gifts_after_a_launch_are_a_second_event_on_its_day_with_no_chair(gifts):
    events, chairs = _events(LAUNCH, gifts)
    assert [e.event_type for e in events] == ["le_ra_quan", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 14) and chairs == ["Lò Thị Dung", None]


def test_gifts_in_a_round_up_take_the_day_of_the_visit_they_follow_not_the_first_item():
    events, _ = _events(
        "Ngày 10/6, Đoàn Thanh niên Lữ đoàn tổ chức Hội thi gói bánh “Mừng xuân”.",
        "Ngày 12/6, đoàn công tác Lữ đoàn do Đại tá Vì Văn Sáng làm trưởng đoàn đã đến thăm, chúc mừng Tiểu đoàn 3. "
        "Nhân dịp này, đoàn đã trao 50 suất quà cho chiến sĩ.",
        "Ngày 14/6, Lữ đoàn tổ chức Hội nghị tổng kết công tác hậu cần. Đại tá Cầm Văn Lự chủ trì hội nghị.")
    by_type = {e.event_type: e for e in events}
    assert by_type["le_trao_tang"].event_date == dt.date(2024, 6, 12)
    assert by_type["tong_ket"].event_date == dt.date(2024, 6, 14)


def test_a_main_event_no_one_chairs_does_not_take_the_chair_of_a_later_event():
    events, chairs = _events(
        "Ngày 10/6, Đoàn Thanh niên Lữ đoàn tổ chức Hội thi gói bánh “Mừng xuân”.",
        "Ngày 14/6, Lữ đoàn tổ chức Hội nghị tổng kết công tác hậu cần. Đại tá Cầm Văn Lự chủ trì hội nghị.")
    assert [e.event_type for e in events] == ["hoi_thi", "tong_ket"] and chairs == [None, "Cầm Văn Lự"]


def test_gifts_on_a_contest_closing_day_take_the_closing_day():
    events, _ = _events(
        "Từ ngày 3-5/6/2024, Cục Hậu cần tổ chức Hội thi “Nhân viên quân y giỏi”.",
        "Chiều 5/6, Ban Tổ chức đã tổng kết, trao giải hội thi.",
        "Dịp này, Công đoàn Cục tặng 30 suất quà cho thí sinh có hoàn cảnh khó khăn.")
    assert [e.event_type for e in events] == ["hoi_thi", "le_trao_tang"]
    assert events[0].event_date == dt.date(2024, 6, 3) and events[1].event_date == dt.date(2024, 6, 5)


def test_gifts_at_an_award_ceremony_are_that_ceremony_and_a_commendation_decision_is_no_event():
    events, _ = _events("Sáng 12/6, Sư đoàn tổ chức Lễ trao tặng Huân chương Bảo vệ Tổ quốc.",
                        "Dịp này, Sư đoàn tặng 20 suất quà cho gia đình chính sách.")
    assert [e.event_type for e in events] == ["le_trao_tang"]
    events, _ = _events("Sáng 12/6, Bộ CHQS tỉnh tổ chức hội nghị tổng kết công tác hậu cần.",
                        "Dịp này, Bộ CHQS tỉnh khen thưởng 6 tập thể và 11 cá nhân có thành tích xuất sắc.")
    assert [e.event_type for e in events] == ["tong_ket"]


@pytest.mark.parametrize("conclusion", [
    "Kết luận hội nghị, Thiếu tướng Hà Văn Tùng yêu cầu năm 2026 ngành doanh trại tập trung hoàn thiện quy hoạch.",
    "Thiếu tướng Hà Văn Tùng đề nghị năm 2026 tiếp tục nâng cao chất lượng vải.",
    "Thiếu tướng Hà Văn Tùng yêu cầu hoàn thành cơ sở dữ liệu đất quốc phòng trước ngày 30.6.2026.",
    "Thiếu tướng Hà Văn Tùng yêu cầu các đơn vị hoàn thành việc rà soát trong quý 1/2026.",
])
def test_a_directive_year_or_deadline_in_the_paragraph_gives_no_context_year(conclusion):
    events, _ = _events("Chiều 19/12, Cục Doanh trại tổ chức hội nghị tổng kết công tác doanh trại năm 2025. "
                        + conclusion, stamp="")
    assert events[0].event_date == dt.date(2025, 12, 19)
    assert events[0].event_date_basis == "day_month+context_year"


def test_the_task_of_the_year_in_a_directive_still_gives_the_year():
    events, _ = _events("Sáng 8/1, Bộ CHQS tỉnh tổ chức hội nghị triển khai công tác hậu cần. Đại tá Vừ A Lềnh yêu cầu "
                        "các đơn vị hoàn thành tốt nhiệm vụ năm 2024.", stamp="")
    assert events[0].event_date == dt.date(2024, 1, 8)


@pytest.mark.parametrize("text, number", [
    ("Đảng ủy Tổng công ty đã ban hành Nghị quyết chuyên đề số 36-NQ/ĐU ngày 8/1/2025 về", "36-NQ/ĐU"),
    ("thực hiện Nghị quyết lãnh đạo số 112-NQ/ĐU của Đảng ủy Quân sự tỉnh", "112-NQ/ĐU"),
    ("theo Kế hoạch thực hiện số 45/KH-BCH của Ban CHQS huyện", "45/KH-BCH"),
    ("ban hành nghị quyết chuyên đề về công tác hậu cần", None),
])
def test_a_resolution_named_by_its_kind_before_so_is_cited(text, number):
    found = lexicon().doc_ref.search(text)
    assert (found.group("number") if found else None) == number


def test_a_copy_that_glued_its_paragraphs_still_has_an_award_on_the_occasion():
    events, chairs = _events(
        "Theo báo cáo của Cục Doanh trại, năm 2025 toàn quân hoàn thành 412 công trình.Ngày 16.12, tại Hà Nội, Cục "
        "Doanh trại tổ chức hội nghị tổng kết công tác doanh trại năm 2025. Thiếu tướng Hà Văn Tùng chủ trì hội nghị."
        "Kết luận hội nghị, Thiếu tướng Hà Văn Tùng yêu cầu hoàn thành cơ sở dữ liệu trước ngày 30.6.2026.Dịp này, Cục "
        "Doanh trại đã trao bằng khen cho 12 tập thể và 27 cá nhân.", stamp="")
    assert [e.event_type for e in events] == ["tong_ket", "le_trao_tang"] and chairs[0] == "Hà Văn Tùng"
    assert events[0].event_date == events[1].event_date == dt.date(2025, 12, 16)


@pytest.mark.parametrize("place", ["TP.Hồ Chí Minh", "Tp.Hồ Chí Minh"])
def test_a_city_abbreviation_glued_to_its_name_ends_no_sentence(place):
    text = f"Sáng 5/6, tại {place}, Quân khu tổ chức hội nghị."
    assert sentences(text) == [(0, len(text))]


def test_a_sum_of_money_handed_over_is_an_award_event_but_a_prize_is_not():
    events, chairs = _events("Chiều 21/6, Ủy ban MTTQ tỉnh phối hợp với Bộ CHQS tỉnh tổ chức trao kinh phí hỗ trợ xây "
                             "dựng nhà ở cho dân quân. Bà Lò Thị Dung chủ trì buổi trao kinh phí.")
    assert [e.event_type for e in events] == ["le_trao_tang"] and chairs == ["Lò Thị Dung"]
    events, _ = _events(LAUNCH, "Dịp này, Mặt trận xã trao 30 triệu đồng hỗ trợ tổ dân quân.")
    assert [e.event_type for e in events] == ["le_ra_quan", "le_trao_tang"]
    events, _ = _events("Sáng 20/6, Sư đoàn tổ chức Hội thi nấu ăn giỏi.",
                        "Ban Tổ chức trao giải Nhất trị giá 5 triệu đồng cho đội Tiểu đoàn 2.")
    assert [e.event_type for e in events] == ["hoi_thi"]
