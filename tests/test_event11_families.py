"""Event families of the spent sixth blind set (issue 14, session 11), on invented sentences: counted gifts handed
over on a visit or an inspection (a second event on the trip's day, with no chair; on a ceremony's occasion too
since session 12),
a reward handed over on the occasion, congresses named by their term or body, a send-off of ships, an earlier event
of the main's type on a day of its own ('Trước đó, …'), a named event said to have been held on its own days in the
report of the conference that reviews it (but not the competition the main report closes), a closing dated by the
span it ends, and a directive's period to come that gives no context year."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events_families import _events

VISIT = ("Ngày 3/6, đoàn công tác của Tỉnh ủy do đồng chí Mạch Văn Tường, Phó Bí thư Tỉnh ủy làm trưởng đoàn đã đến "
         "thăm, chúc mừng cán bộ, chiến sĩ Bộ CHQS tỉnh.")
INSPECTION = ("Sáng 4/6, đoàn công tác Cục Hậu cần Quân khu do Đại tá Lò Văn Khiêm, Phó Chủ nhiệm Hậu cần Quân khu "
              "làm trưởng đoàn đã kiểm tra công tác hậu cần tại Ban CHQS huyện Mường Tè.")


@pytest.mark.parametrize("lead, gifts, trip", [
    (VISIT, "Dịp này, đoàn trao 40 suất quà cho cán bộ, chiến sĩ có hoàn cảnh khó khăn.", "lam_viec"),
    (VISIT, "Dịp này, đoàn công tác trao tặng các đơn vị 60 suất quà, mỗi suất trị giá 1 triệu đồng.", "lam_viec"),
    (INSPECTION, "Nhân dịp này, đoàn kiểm tra đã tặng 15 suất quà cho gia đình quân nhân khó khăn.", "kiem_tra"),
])
def test_counted_gifts_on_a_trip_are_a_second_event_on_its_day_with_no_chair(lead, gifts, trip):
    events, chairs = _events(lead, "Đồng chí trưởng đoàn ghi nhận kết quả của đơn vị.", gifts)
    assert [e.event_type for e in events] == [trip, "le_trao_tang"]
    assert events[1].event_date == events[0].event_date and chairs[1] is None and chairs[0] is not None


def test_counted_gifts_on_a_ceremony_occasion_are_an_event_of_their_own_too():
    # Session-12 convention (event13): counted gifts are a le_trao_tang wherever they are handed over.
    events, chairs = _events("Sáng 11/6, Ban CHQS huyện tổ chức gặp mặt kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân.",
                             "Dịp này, Ban CHQS huyện tặng 20 suất quà cho gia đình chính sách.")
    assert [e.event_type for e in events] == ["le_ky_niem", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 11) and chairs[1] is None


def test_a_reward_handed_over_on_the_occasion_is_an_award_but_a_commendation_decision_is_not():
    lead = "Sáng 12/6, Xí nghiệp 26 tổ chức lễ bàn giao quân trang đợt 2 năm 2024. Ông Vi Đức Toản chủ trì buổi lễ."
    events, _ = _events(lead, "Dịp này, Xí nghiệp trao thưởng cho 4 tập thể, 11 cá nhân có thành tích xuất sắc.")
    assert [e.event_type for e in events] == ["ban_giao", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 12)
    events, _ = _events(lead, "Dịp này, Xí nghiệp khen thưởng 4 tập thể, 11 cá nhân có thành tích xuất sắc.")
    assert [e.event_type for e in events] == ["ban_giao"]


@pytest.mark.parametrize("congress", ["Đại hội nhiệm kỳ 2024 - 2029", "Đại hội Công đoàn cơ sở lần thứ V",
                                      "Đại hội Hội Cựu chiến binh Cục Quân nhu"])
def test_a_congress_named_by_its_term_or_body_is_a_further_congress(congress):
    events, _ = _events("Sáng thứ Bảy (15/6), Phòng Hậu cần tổ chức Hội thi nấu ăn giỏi năm 2024.",
                        f"Trước đó, chiều 14/6, Phòng Hậu cần đã tổ chức {congress}.")
    assert [e.event_type for e in events] == ["hoi_thi", "dai_hoi"]
    assert events[1].event_date == dt.date(2024, 6, 14)


def test_a_send_off_of_ships_is_a_send_off():
    events, chairs = _events("Ngày 10/6, Bộ Tư lệnh Vùng 2 tổ chức lễ tiễn các biên đội tàu chở hàng ra nhà giàn. "
                             "Chuẩn Đô đốc Kha Văn Lượng, Phó Tư lệnh Vùng chủ trì buổi lễ.")
    assert events[0].event_type == "le_ra_quan" and chairs == ["Kha Văn Lượng"]


def test_the_same_kind_of_event_held_earlier_on_its_own_days_is_a_further_event_led_by_the_same_head():
    events, chairs = _events(INSPECTION, "Trước đó, trong hai ngày 2 và 3/6, đoàn đã kiểm tra tại Kho K24.")
    assert [e.event_type for e in events] == ["kiem_tra", "kiem_tra"]
    assert [e.event_date for e in events] == [dt.date(2024, 6, 4), dt.date(2024, 6, 2)]
    assert chairs == ["Lò Văn Khiêm", "Lò Văn Khiêm"]
    events, _ = _events(INSPECTION, "Trước đó, đoàn đã kiểm tra tại Kho K24.")  # no day of its own: the same trip
    assert [e.event_type for e in events] == ["kiem_tra"]


def test_an_exercise_said_to_be_held_on_its_own_days_is_a_further_event_of_the_review_conference():
    events, chairs = _events("Sáng 14/6, Bộ CHQS tỉnh tổ chức Hội nghị rút kinh nghiệm diễn tập khu vực phòng thủ huyện "
                             "Tương Dương năm 2024. Đại tá Đinh Văn Quảng, Chỉ huy trưởng chủ trì hội nghị.",
                             "Cuộc diễn tập được tổ chức từ ngày 3 đến 5/6, dưới sự chỉ đạo của đồng chí Vi Văn Thắm, "
                             "Trưởng ban Chỉ đạo diễn tập huyện.")
    assert [e.event_type for e in events] == ["hoi_nghi", "dien_tap"]
    assert events[1].event_date == dt.date(2024, 6, 3) and chairs == ["Đinh Văn Quảng", "Vi Văn Thắm"]
    assert events[1].name == "diễn tập"  # the name stops before 'được tổ chức từ ngày …'


def test_the_competition_the_main_report_closes_is_not_a_second_event():
    events, _ = _events("Sáng 16/6, Bộ CHQS tỉnh tổ chức tổng kết, trao giải hội thi \"Nhà ăn chính quy\" năm 2024.",
                        "Hội thi được tổ chức từ ngày 1 - 15/6 tại 12 Ban CHQS huyện.")
    assert len(events) == 1 and events[0].event_date == dt.date(2024, 6, 16)


@pytest.mark.parametrize("closing, day", [  # session-12 convention: a report of the closing only, the closing's day
    ("Chiều 19/6, Bộ CHQS tỉnh tổ chức bế mạc Hội thao quân y năm 2024.", dt.date(2024, 6, 19)),
    ("Chiều 19/6, Bộ CHQS tỉnh tổ chức lễ bế mạc Hội thao quân y năm 2024.", dt.date(2024, 6, 19)),
    ("Chiều 19/6, Bộ CHQS tỉnh tổ chức Hội thao quân y năm 2024.", dt.date(2024, 6, 19)),
])
def test_a_closing_is_dated_by_its_own_day_not_the_first_day_of_the_span_it_ends(closing, day):
    events, _ = _events(closing, "Trong 3 ngày (17 đến 19/6), các vận động viên thi tài qua 6 nội dung.")
    assert events[0].event_type == "hoi_thi" and events[0].event_date == day


def test_a_directive_period_to_come_gives_no_context_year_but_its_task_of_the_year_does():
    lead = ("Ngày 7/10, đoàn công tác Bộ CHQS tỉnh do Đại tá Ka Văn Sang làm trưởng đoàn đã kiểm tra công tác hậu cần "
            "theo Quyết định số 1850/QĐ-UBND ngày 25/7/2025 của UBND tỉnh.")
    events, _ = _events(lead, "Đại tá Ka Văn Sang yêu cầu rà soát doanh trại để đề xuất đầu tư trong năm 2026.",
                        stamp="Quốc phòng - An ninh")
    assert events[0].event_date == dt.date(2025, 10, 7)
    events, _ = _events("Ngày 7/10, đoàn công tác Bộ CHQS tỉnh do Đại tá Ka Văn Sang làm trưởng đoàn đã kiểm tra công "
                        "tác hậu cần.", "Đại tá Ka Văn Sang yêu cầu đơn vị hoàn thành tốt nhiệm vụ năm 2023.",
                        stamp="Quốc phòng - An ninh")
    assert events[0].event_date == dt.date(2023, 10, 7)


def test_an_exercise_only_planned_for_its_days_is_no_further_event():
    events, _ = _events("Chiều 24/9, đồng chí Tôn Văn Khải, Phó Chủ tịch UBND tỉnh đã đi kiểm tra công tác chuẩn bị "
                        "hậu cần phục vụ diễn tập khu vực phòng thủ tỉnh năm 2024.",
                        "Theo kế hoạch, cuộc diễn tập dự kiến diễn ra từ ngày 14 đến 17/10.")
    assert [e.event_type for e in events] == ["kiem_tra"]


def test_a_trip_continued_on_days_of_its_own_is_a_further_event_but_the_same_day_is_not():
    events, chairs = _events(INSPECTION, "Trong 2 ngày, 6 và 7/6, đoàn công tác tiếp tục kiểm tra tại Sư đoàn 316.")
    assert [(e.event_type, e.event_date) for e in events] == [("kiem_tra", dt.date(2024, 6, 4)),
                                                               ("kiem_tra", dt.date(2024, 6, 6))]
    assert chairs == ["Lò Văn Khiêm", "Lò Văn Khiêm"]
    events, _ = _events(INSPECTION, "Chiều 4/6, đoàn công tác tiếp tục kiểm tra tại Kho K24.")
    assert [e.event_type for e in events] == ["kiem_tra"]


def test_an_exercise_no_one_chairs_is_chaired_by_its_steering_head_named_anywhere():
    events, chairs = _events("Sáng 8/11, Học viện tổ chức hội nghị rút kinh nghiệm diễn tập chỉ huy - cơ quan năm 2024. "
                             "Trung tướng Đàm Văn Khuê, Giám đốc Học viện, Trưởng Ban Chỉ đạo diễn tập chủ trì hội nghị.",
                             "Cuộc diễn tập diễn ra từ ngày 21 đến 25/10 tại thao trường của Học viện.",
                             stamp="10-11-2024 08:00")
    assert [e.event_type for e in events] == ["hoi_nghi", "dien_tap"]
    assert chairs == ["Đàm Văn Khuê", "Đàm Văn Khuê"] and events[1].event_date == dt.date(2024, 10, 21)
    events, chairs = _events("Sáng 8/11, Học viện tổ chức hội nghị rút kinh nghiệm diễn tập chỉ huy - cơ quan năm 2024. "
                             "Thiếu tướng Đàm Văn Khuê, Phó Giám đốc Học viện, Phó Trưởng Ban Chỉ đạo diễn tập chủ trì.",
                             "Cuộc diễn tập diễn ra từ ngày 21 đến 25/10 tại thao trường của Học viện.")
    assert chairs == ["Đàm Văn Khuê", None]  # a deputy chairs no exercise


def test_an_inspection_held_to_approve_is_an_inspection_chaired_by_who_chairs_it():
    events, chairs = _events("Ngày 14/6, Trường Sĩ quan Phòng hóa tổ chức kiểm tra và thông qua văn kiện diễn tập cho "
                             "Đại đội 2, Tiểu đoàn 1. Chủ trì buổi kiểm tra và thông qua có đồng chí Đại tá Hà Văn Khoan, "
                             "Phó Hiệu trưởng Nhà trường.")
    assert events[0].event_type == "kiem_tra" and chairs[0] == "Hà Văn Khoan"
    assert events[0].event_date == dt.date(2024, 6, 14)


def test_counted_gifts_told_by_their_verb_alone_on_a_trip_are_its_second_event_but_a_look_back_is_not():
    events, chairs = _events(VISIT, "Đoàn đã trao tặng 60 suất quà Tết cho dân quân thường trực của xã.")
    assert [e.event_type for e in events] == ["lam_viec", "le_trao_tang"] and chairs[1] is None
    assert events[1].event_date == dt.date(2024, 6, 3)
    events, _ = _events(VISIT, "Năm 2023, Bộ CHQS tỉnh đã trao tặng 300 suất quà cho gia đình chính sách.")
    assert [e.event_type for e in events] == ["lam_viec"]


def test_counted_gifts_handed_at_a_round_of_visits_to_families_date_from_its_first_day():
    events, _ = _events("Trong 2 ngày 28 và 29/5, Bộ CHQS tỉnh đến thăm, tặng quà các gia đình có con em đang công tác "
                        "tại quần đảo Trường Sa.",
                        "Tại các nơi đến thăm, Trung tá Mẫn Hữu Khiêm trao 85 suất quà (mỗi suất trị giá 2 triệu đồng) "
                        "cho các gia đình.")
    assert [e.event_type for e in events] == ["tham_tang_qua", "le_trao_tang"]
    assert [e.event_date for e in events] == [dt.date(2024, 5, 28)] * 2


def test_a_plan_carried_out_gives_its_own_year_not_the_year_before():
    events, _ = _events("Sáng 7/11, Học viện tổ chức hội nghị rút kinh nghiệm diễn tập chỉ huy - cơ quan.",
                        "Cuộc diễn tập diễn ra từ ngày 27 đến 31/10, theo Kế hoạch huấn luyện năm 2025 của Học viện.",
                        stamp="Quốc phòng - An ninh")
    assert [e.event_date for e in events] == [dt.date(2025, 11, 7), dt.date(2025, 10, 27)]


def test_a_conference_continued_on_its_next_day_is_the_same_conference():
    events, _ = _events("Ngày 12/6, Bộ CHQS tỉnh tổ chức Hội nghị tổng kết công tác hậu cần năm 2023. Đại tá Lò Văn "
                        "Páo chủ trì hội nghị.", "Ngày 13/6, hội nghị tiếp tục thảo luận các giải pháp.")
    assert len(events) == 1


@pytest.mark.parametrize("text, number", [
    ("đã quán triệt nghiêm Chỉ thị diễn tập số 12/CT-HT của Hiệu trưởng", "12/CT-HT"),
    ("theo Kế hoạch huấn luyện số 45/KH-BCH của Bộ CHQS tỉnh", "45/KH-BCH"),
    ("theo Kế hoạch huấn luyện năm 2025 của Học viện", None),
])
def test_an_exercise_or_course_document_named_with_its_subject_before_so_is_a_citation(text, number):
    from haucan.extract.lexicon import lexicon
    found = lexicon().doc_ref.search(text)
    assert (found.group("number") if found else None) == number


def test_counted_gifts_in_the_trip_sentence_itself_are_its_second_event():
    events, chairs = _events("Ngày 3/6, đoàn công tác của Tỉnh ủy do đồng chí Mạch Văn Tường, Phó Bí thư Tỉnh ủy làm "
                             "trưởng đoàn đã đến thăm, chúc mừng và trao 200 suất quà cho cán bộ, chiến sĩ Bộ CHQS tỉnh.")
    assert [e.event_type for e in events] == ["lam_viec", "le_trao_tang"]
    assert chairs == ["Mạch Văn Tường", None] and events[1].event_date == dt.date(2024, 6, 3)
    events, _ = _events("Ngày 3/6, Hội Cựu chiến binh tỉnh tổ chức gặp mặt kỷ niệm 80 năm Ngày thành lập Quân đội và "
                        "trao 200 suất quà cho hội viên.")
    assert [e.event_type for e in events] == ["le_ky_niem"]  # no trip: the gifts are the ceremony's
