"""Event families of the spent fifth blind set (issue 14, session 10), on invented sentences: events typed by the
head noun or verb a report uses without 'lễ' or 'hội nghị' (a tournament named by its sport, a handover or a
drill course after 'tổ chức', a handover told as verb-object-recipient, a supervision led by a delegation head, an
activity no type names), a past event told in passing with its own span of days, the organising committee's head
who chairs only when said to, a context year bounded by the cited documents' issue dates, a plan's year with a
word between, and document kinds qualified before 'số'."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.extract.lexicon import lexicon
from haucan.knowledge.events import event_family
from tests.test_events_families import _events


def test_a_tournament_named_by_its_sport_is_a_competition_chaired_by_who_chairs_its_opening():
    events, chairs = _events("Từ ngày 24-26/9/2025, tại Trung đoàn 654, Cục Hậu cần - Kỹ thuật tổ chức Giải bóng chuyền "
                             "nam, nữ chào mừng Ngày truyền thống.",
                             "Đại tá Mạc Văn Tình, Phó Chủ nhiệm, Trưởng ban Tổ chức giải chủ trì lễ khai mạc.",
                             "Ban Tổ chức trao giải Nhất cho Kho KV2.")
    assert [e.event_type for e in events] == ["hoi_thi"] and chairs == ["Mạc Văn Tình"]
    assert events[0].event_date == dt.date(2025, 9, 24) and events[0].event_date_basis == "stated"


def test_the_organising_committee_head_alone_chairs_nothing_but_a_steering_head_does():
    _, chairs = _events("Ngày 12/6, Sư đoàn 5 tổ chức Hội thao quân sự. Thượng tá Ninh Văn Quả, Phó Sư đoàn trưởng, "
                        "Trưởng ban Tổ chức hội thao cho biết, có 9 đội tham gia.")
    assert chairs == [None]
    _, chairs = _events("Ngày 12/6, xã Tân Lập tổ chức diễn tập chiến đấu phòng thủ năm 2024. Đồng chí Khúc Văn Nhẫn, "
                        "Bí thư Huyện ủy, Trưởng ban Chỉ đạo diễn tập huyện chỉ đạo cuộc diễn tập.")
    assert chairs == ["Khúc Văn Nhẫn"]


@pytest.mark.parametrize("lead, chair", [
    ("Chiều 17/6, Sở Nông nghiệp tỉnh tổ chức bàn giao kho vật tư phòng thủ dân sự cho Bộ CHQS tỉnh. Ông Tạ Văn "
     "Khuyến, Phó Giám đốc Sở chủ trì buổi bàn giao.", "Tạ Văn Khuyến"),
    ("Ngày 17/6, Bộ CHQS tỉnh bàn giao kho dự trữ vật chất hậu cần cho 3 huyện ven biển. Đại tá Lý Văn Kha, Chỉ huy "
     "trưởng chủ trì.", "Lý Văn Kha"),
])
def test_a_handover_written_as_the_verb_is_a_handover(lead, chair):
    events, chairs = _events(lead)
    assert events[0].event_type == "ban_giao" and chairs[0] == chair
    assert events[0].event_date == dt.date(2024, 6, 17)


def test_counted_gifts_handed_over_stay_an_award_and_a_send_off_is_no_handover():
    # Houses handed over are the handover itself (dev 092, 839 and set 10's 670 write 'ban_giao'; gift15).
    events, _ = _events("Ngày 10/6, Công đoàn Tổng cục bàn giao 200 suất quà cho đoàn viên khó khăn.")
    assert events[0].event_type == "le_trao_tang"
    events, _ = _events("Ngày 10/6, Công đoàn Tổng cục bàn giao 2 \"Mái ấm Công đoàn\" cho đoàn viên khó khăn.")
    assert events[0].event_type == "ban_giao"
    events, _ = _events("Sáng 15/6, huyện Bình Lục tổ chức Lễ giao, nhận quân năm 2024.")
    assert events[0].event_type == "le_ra_quan"


def test_a_further_handover_the_same_day_is_its_own_event():
    events, _ = _events("Sáng 17/6, Ban Thường vụ Thành ủy tổ chức Hội nghị công bố Quyết định về công tác cán bộ.",
                        "Cùng ngày, Bộ CHQS thành phố bàn giao kho dự trữ vật chất hậu cần cho 3 huyện ven biển.")
    assert [e.event_type for e in events] == ["hoi_nghi", "ban_giao"]
    assert events[1].event_date == dt.date(2024, 6, 17)


def test_a_drill_course_after_to_chuc_is_training_but_a_launch_is_not():
    events, chairs = _events("Trong 5 ngày, từ ngày 10 đến 14/6, Ban CHQS huyện tổ chức huấn luyện dân quân thường trực "
                             "năm 2024. Trung tá Ma Văn Cừ, Chỉ huy trưởng chủ trì khai mạc lớp huấn luyện.")
    assert events[0].event_type == "tap_huan" and chairs[0] == "Ma Văn Cừ"
    assert events[0].event_date == dt.date(2024, 6, 10)
    events, _ = _events("Ngày 10/6, Lữ đoàn 125 tổ chức Lễ ra quân huấn luyện năm 2024.")
    assert events[0].event_type == "le_ra_quan"


def test_a_supervision_led_by_a_delegation_head_is_an_inspection():
    events, chairs = _events("Chiều 20/5, Đoàn giám sát của Thường trực HĐND tỉnh do đồng chí Lầu A Dình, Phó Chủ tịch "
                             "HĐND tỉnh làm Trưởng đoàn đã giám sát việc bảo đảm hậu cần cho dân quân.")
    assert events[0].event_type == "kiem_tra" and chairs[0] == "Lầu A Dình"
    assert events[0].event_date == dt.date(2024, 5, 20)


def test_an_activity_no_type_names_is_an_other_event_and_a_conference_after_it_its_own():
    events, _ = _events("Chiều ngày 12/6, Chi bộ Phòng Vật tư tổ chức sinh hoạt chuyên đề \"Tiết kiệm xăng dầu\".")
    assert events[0].event_type == "hoat_dong" and event_family("hoat_dong") == "other"
    assert events[0].name.startswith("sinh hoạt chuyên đề") and events[0].event_date == dt.date(2024, 6, 12)
    events, chairs = _events("Trong 3 ngày (từ 2 đến 4-6), Lữ đoàn Không quân 918 tổ chức các ban bay huấn luyện.",
                             "Chiều 4-6, Lữ đoàn tổ chức hội nghị rút kinh nghiệm do Đại tá Vi Văn Hạp chủ trì.")
    assert [e.event_type for e in events] == ["hoat_dong", "hoi_nghi"] and chairs[1] == "Vi Văn Hạp"
    assert [e.event_date for e in events] == [dt.date(2024, 6, 2), dt.date(2024, 6, 4)]
    events, _ = _events("Ngày 12/6, Bộ CHQS tỉnh ký Chương trình phối hợp số 3/CTPH với Tỉnh đoàn.")
    assert all(e.event_type != "hoat_dong" for e in events)


def test_a_past_event_told_in_passing_with_its_own_span_of_days_is_a_further_event():
    events, _ = _events("Ngày 15-6-2024, Bộ CHQS tỉnh tổ chức Hội nghị rút kinh nghiệm bảo đảm hậu cần cho diễn tập "
                        "khu vực phòng thủ tỉnh năm 2024.",
                        "Theo báo cáo, từ ngày 8 đến 10/5, cơ quan hậu cần các cấp đã huy động 900 tấn vật chất phục "
                        "vụ diễn tập.")
    assert [e.event_type for e in events] == ["hoi_nghi", "dien_tap"]
    assert events[1].event_date == dt.date(2024, 5, 8)


def test_a_year_read_beyond_the_paragraph_is_never_before_a_cited_documents_issue_date():
    events, _ = _events("Sáng 11/4, Bộ CHQS tỉnh tổ chức lễ bàn giao công trình nhà ăn cho Đại đội 2.",
                        "Công trình khởi công từ tháng 10/2024 theo Quyết định số 2412/QĐ-BCH ngày 16/9/2024.",
                        stamp="")
    assert events[0].event_date == dt.date(2025, 4, 11)
    assert events[0].event_date_basis == "day_month+context_year"
    events, _ = _events("Thượng úy Lò Văn Sa vừa đạt giải Nhì Hội thi \"Thủ kho giỏi\" năm 2024 tổ chức ngày 10 và "
                        "11/12 tại Hải Dương.",
                        "Thời gian tới, đơn vị triển khai Kế hoạch 46/KH-BCH ngày 15/1/2025 về xây dựng kho.", stamp="")
    assert events[0].event_date == dt.date(2024, 12, 10)


def test_a_plan_named_with_a_word_between_is_a_plan_year():
    events, _ = _events("Chiều 4-12, Lữ đoàn tổ chức hội nghị rút kinh nghiệm, đề ra biện pháp cho kế hoạch bay "
                        "năm 2026.", stamp="")
    assert events[0].event_date == dt.date(2025, 12, 4)


@pytest.mark.parametrize("text, number", [
    ("thực hiện Thông tư liên tịch số 20/2019/TTLT-BQP-BYT về kết hợp quân dân y", "20/2019/TTLT-BQP-BYT"),
    ("Theo Kế hoạch hiệp đồng số 215/KH-BTL, hai bên thống nhất", "215/KH-BTL"),
    ("theo kế hoạch phối hợp số 12/KH-BCH của hai đơn vị", "12/KH-BCH"),
    ("xây dựng kế hoạch phối hợp 5 năm", None),
    ("Thông tư liên tịch 20/2019 về", None),
])
def test_a_kind_qualified_before_so_is_still_a_citation(text, number):
    found = lexicon().doc_ref.search(text)
    assert (found.group("number") if found else None) == number


def test_a_handover_in_a_clause_of_time_leaves_the_report_to_the_main_verb():
    events, _ = _events("Sáng 18/6, sau khi bàn giao kho xăng dầu cho các đơn vị, Cục Vận tải tổ chức hội nghị rút "
                        "kinh nghiệm công tác vận tải.")
    assert [e.event_type for e in events] == ["hoi_nghi"]


def test_a_launch_after_to_chuc_without_le_is_a_send_off_event_not_training():
    events, _ = _events("Ngày 21/5, Ban CHQS huyện tổ chức ra quân huấn luyện tự vệ khối cơ quan năm 2024.")
    assert [e.event_type for e in events] == ["le_ra_quan"] and event_family("le_ra_quan") == "other"
    assert events[0].event_date == dt.date(2024, 5, 21)
