"""Event families of the spent fourth blind set (issue 14, session 9), on invented sentences: a weekday before
'ngày', inspections by a led team or after a motion verb, funerals, deliveries of counted gifts, signings written as
the verb, a round-up's items of one type on their own days, a named event dated in parentheses, a cited
document's date that reports nothing, chairs who 'làm Chủ tịch Hội đồng' / 'làm Trưởng ban Chỉ đạo', a
delegation's head for what the delegation does next, and a year taken from the headline."""

from __future__ import annotations

import datetime as dt

from haucan.knowledge.events import event_family
from tests.test_events_families import _events


def test_a_weekday_then_ngay_dates_the_event():
    events, chairs = _events("Thứ Năm, ngày 12-3-2026, đoàn kiểm tra của Cục Kho vận do Đại tá Vũ Đình Nguyên, Phó "
                             "Cục trưởng làm trưởng đoàn đã kiểm tra việc quản lý xăng dầu tại Học viện.")
    assert events[0].event_type == "kiem_tra" and events[0].event_date == dt.date(2026, 3, 12)
    assert events[0].event_date_basis == "stated" and chairs[0] == "Vũ Đình Nguyên"


def test_a_led_inspection_team_that_goes_up_to_inspect_reports_an_inspection():
    events, chairs = _events("Trạm Ra đa 545 đóng trên đỉnh núi cao gần 1.600m.",
                             "Ngày 28/5, đoàn kiểm tra của Bộ Tư lệnh Quân chủng do Thiếu tướng Diệp Văn Chiến, Phó "
                             "Tư lệnh Quân chủng làm trưởng đoàn đã lên kiểm tra Trạm 545.")
    assert [e.event_type for e in events] == ["kiem_tra"] and chairs == ["Diệp Văn Chiến"]
    assert events[0].event_date == dt.date(2024, 5, 28)


def test_an_inspection_the_commander_chaired_before_the_ceremony_is_its_own_event():
    events, chairs = _events("Sáng 14/6, Ban CHQS huyện phối hợp với UBND xã tổ chức lễ khánh thành tuyến đường bê tông "
                             "thôn Nà Lừa.",
                             "Trước đó, ngày 10/6, Thượng tá Nông Văn Toán đã chủ trì kiểm tra, nghiệm thu chất lượng "
                             "tuyến đường.")
    assert [e.event_type for e in events] == ["khanh_thanh", "kiem_tra"]
    assert events[1].event_date == dt.date(2024, 6, 10) and chairs[1] == "Nông Văn Toán"


def test_a_funeral_is_an_event_but_the_funeral_board_is_not():
    events, _ = _events("Sáng 6/6, tại Nhà tang lễ Bộ Quốc phòng, Ban Tổ chức lễ tang tổ chức lễ viếng, lễ truy điệu "
                        "Thiếu tướng Mai Văn Lâm, nguyên Cục trưởng Cục Quân nhu.")
    assert events[0].event_type == "le_tang" and event_family("le_tang") == "other"
    assert events[0].name.startswith("lễ viếng, lễ truy điệu") and events[0].event_date == dt.date(2024, 6, 6)
    events, _ = _events("Lễ tang được tổ chức theo nghi thức quân đội.",
                        "Lễ viếng, lễ truy điệu được tổ chức từ 7 giờ 30 phút đến 10 giờ 00 ngày 12/6/2024 tại Nhà "
                        "tang lễ tỉnh.", stamp="")
    assert [e.event_type for e in events] == ["le_tang"] and events[0].event_date == dt.date(2024, 6, 12)


def test_a_delivery_of_counted_gifts_is_an_award_event_and_so_are_gifts_on_the_occasion():
    events, chairs = _events("Chiều 12/6, đoàn công tác của Bộ Quốc phòng do Thượng tướng Tạ Văn Phúc, Thứ trưởng Bộ "
                             "Quốc phòng làm trưởng đoàn đã đến tỉnh Cao Bằng trao 120 tấn lương thực, thuốc men cho "
                             "người dân bị ảnh hưởng bởi lũ quét.")
    assert events[0].event_type == "le_trao_tang" and chairs[0] == "Tạ Văn Phúc"
    events, _ = _events("Sáng 18/6, Học viện Biên phòng tổ chức Lễ báo công dâng Bác tại Khu di tích.",
                        "Dịp này, đoàn đã đến thăm Nhà 67 và trao tặng 20 suất quà cho cán bộ, nhân viên Đoàn 969.")
    # Session-12 convention (event13): counted gifts are an event of their own on any occasion, on its day.
    assert [e.event_type for e in events] == ["le_bao_cong", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 18)


def test_a_signing_written_as_the_verb_is_a_signing_event():
    events, _ = _events("Ngày 24/6, anh Thái Văn Sang - Bí thư Tỉnh Đoàn Nghệ An và Đại tá Hồ Sỹ Vương - Phó Chỉ huy "
                        "trưởng Bộ CHQS tỉnh ký kết chương trình phối hợp giữa hai đơn vị.")
    assert events[0].event_type == "ky_ket" and events[0].event_date == dt.date(2024, 6, 24)


def test_a_round_ups_items_of_one_type_on_their_own_days_are_each_an_event():
    events, chairs = _events("Sáng thứ Hai (10/6), Ban Giám đốc Học viện tổ chức hội nghị giao ban công tác tháng 6. "
                             "Đại tá Bế Văn Chiêm, Giám đốc Học viện chủ trì.",
                             "Chiều 13/6, Đảng ủy Học viện tổ chức hội nghị học tập, quán triệt nghị quyết. Đại tá Chử "
                             "Văn Bình, Phó Bí thư Thường trực Đảng ủy Học viện chủ trì hội nghị.")
    assert [e.event_date for e in events] == [dt.date(2024, 6, 10), dt.date(2024, 6, 13)]
    assert chairs == ["Bế Văn Chiêm", "Chử Văn Bình"]
    # the lead of a round-up names the conference its item then reports on the same day: one event
    events, _ = _events("Điểm tin quốc phòng ngày 13/6: hội nghị tổng kết công tác hậu cần Quân khu 9.",
                        "Sáng 13/6, Bộ Tư lệnh Quân khu 9 tổ chức hội nghị tổng kết công tác hậu cần giai đoạn "
                        "2020-2025.")
    assert len(events) == 1


def test_a_named_event_dated_in_parentheses_in_an_answer_is_a_further_event():
    events, _ = _events("Đại tá Đậu Văn Tú: Ngày 12/6 vừa qua, Bộ CHQS tỉnh đã tổ chức hội nghị rút kinh nghiệm "
                        "công tác hậu cần do tôi chủ trì.",
                        "Đại tá Đậu Văn Tú: Cuộc diễn tập khu vực phòng thủ huyện Kỳ Anh năm 2024 (từ ngày 24 đến "
                        "26/5) cho thấy việc bảo đảm hậu cần theo tình huống sát thực tế là rất cần thiết.")
    assert [e.event_type for e in events] == ["hoi_nghi", "dien_tap"]
    assert events[1].event_date == dt.date(2024, 5, 24)


def test_a_cited_documents_date_reports_no_event():
    events, _ = _events("Nghị quyết số 44-NQ/TW, ngày 24-11-2023, của Hội nghị Trung ương 8 khóa XIII xác định phải "
                        "kết hợp chặt chẽ kinh tế với quốc phòng.",
                        "Tại Hội thảo khoa học \"Hậu cần tại chỗ\" do Học viện Hậu cần tổ chức ngày 10-10-2024, nhiều "
                        "ý kiến chỉ ra hạn chế.", stamp="")
    assert events[0].event_type == "hoi_thao" and events[0].event_date == dt.date(2024, 10, 10)


def test_a_council_chair_and_a_steering_committee_head_chair_when_no_one_else_does():
    _, chairs = _events("Chiều 5/6/2024, tại Học viện Kỹ thuật Quân sự, Hội đồng đánh giá luận án tiến sĩ cấp Học viện "
                        "đã họp để đánh giá luận án của NCS Ninh Văn Dũng.",
                        "Hội đồng gồm 7 thành viên do Thiếu tướng, GS.TS Đỗ Quang Hiệp, Phó Giám đốc Học viện làm Chủ "
                        "tịch Hội đồng.")
    assert chairs == ["Đỗ Quang Hiệp"]
    _, chairs = _events("Từ ngày 10 đến 14/6/2024, Quân đoàn 12 tổ chức diễn tập chiến thuật có bắn đạn thật. Thiếu "
                        "tướng Trịnh Minh Hải, Tư lệnh Quân đoàn làm Trưởng ban Chỉ đạo diễn tập.")
    assert chairs == ["Trịnh Minh Hải"]
    _, chairs = _events("Từ ngày 10 đến 13-6, Cục Hậu cần - Kỹ thuật Quân khu 5 tổ chức Hội thi quân y giỏi năm 2024. "
                        "Đại tá Phan Thanh Hoàng, Phó Tư lệnh, Tham mưu trưởng Quân khu, Trưởng ban Chỉ đạo hội thi "
                        "dự và chỉ đạo lễ bế mạc.")
    assert chairs == ["Phan Thanh Hoàng"]
    _, chairs = _events("Từ ngày 10 đến 13-6, Sư đoàn 5 tổ chức Hội thi quân y giỏi năm 2024. Đại tá Lê Văn Hậu, Phó "
                        "Sư đoàn trưởng, Phó Trưởng ban Chỉ đạo hội thi dự lễ bế mạc.")
    assert chairs == [None]


def test_what_the_delegation_does_next_is_led_by_its_head():
    events, chairs = _events("Sáng 15/6, tại xã Mường Nhé, Tổng cục Hậu cần - Kỹ thuật phối hợp với UBND tỉnh tổ chức "
                             "chương trình \"Xuân biên giới\", trao tặng 500 suất quà cho cán bộ, chiến sĩ.",
                             "Tham dự chương trình có Thiếu tướng Lò Văn Tuấn, Phó Chủ nhiệm Tổng cục Hậu cần - Kỹ "
                             "thuật, Trưởng đoàn công tác; Đại tá Quàng Văn Mạnh, Chỉ huy trưởng Bộ CHQS tỉnh.",
                             "Cùng ngày, đoàn đến thăm, kiểm tra công tác sẵn sàng chiến đấu tại Đồn Biên phòng Sen "
                             "Thượng.")
    assert [e.event_type for e in events] == ["le_trao_tang", "kiem_tra"]
    assert chairs[1] == "Lò Văn Tuấn" and events[1].event_date == dt.date(2024, 6, 15)


def test_without_a_page_date_the_headlines_school_year_gives_the_year():
    events, _ = _events("Sáng 12/7, tại Hà Nội, Học viện Chính trị tổ chức Lễ tốt nghiệp cho 612 học viên.",
                        "Thực hiện Quyết định số 1650/QĐ-TM ngày 25-3-2024 của Tổng Tham mưu trưởng, Học viện đổi mới "
                        "chương trình.",
                        title="Học viện Chính trị tổ chức Lễ tốt nghiệp cho 612 học viên năm học 2024 - 2025", stamp="")
    assert events[0].event_date == dt.date(2025, 7, 12) and events[0].event_date_basis == "day_month+context_year"


def test_a_planned_ceremony_is_no_event_and_the_preparations_inspector_leads():
    events, chairs = _events("Sáng 31-5, Đại tá Đinh Văn Thạc-Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh "
                             "đã về kiểm tra công tác chuẩn bị cho Lễ viếng, truy điệu và an táng hài cốt liệt sĩ.",
                             "Theo kế hoạch của UBND tỉnh, sáng 10-6, UBND tỉnh sẽ tổ chức Lễ cầu siêu cho các liệt sĩ. "
                             "Chiều cùng ngày, các hài cốt được đưa về Nghĩa trang liệt sĩ để tổ chức Lễ viếng, truy "
                             "điệu và an táng.")
    assert [e.event_type for e in events] == ["kiem_tra"] and chairs == ["Đinh Văn Thạc"]


def test_an_exercises_board_or_preparation_is_not_the_exercise():
    events, chairs = _events("Sáng ngày 05/6/2024, Ban Tổ chức diễn tập khu vực phòng thủ huyện Tháp Mười tổ chức họp "
                             "báo cáo công tác chuẩn bị diễn tập. Bà Mạc Thị Lan – Chủ tịch UBND huyện – Trưởng Ban Tổ "
                             "chức diễn tập chủ trì.")
    assert events[0].event_type == "hoi_nghi" and chairs == ["Mạc Thị Lan"]
    events, chairs = _events("Sáng ngày 11/6/2024, đồng chí Khúc Văn Thịnh – Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo "
                             "diễn tập huyện kiểm tra công tác chuẩn bị diễn tập khu vực phòng thủ huyện Bạch Thông.")
    assert events[0].event_type == "kiem_tra" and chairs == ["Khúc Văn Thịnh"]
    events, _ = _events("Sáng 12/6, Bộ CHQS tỉnh tổ chức họp mặt truyền thống.")
    assert events[0].event_type == "le_ky_niem"


def test_an_inspection_is_its_verb_after_a_subject_or_a_motion_but_never_the_noun():
    events, chairs = _events("Sáng 12/6, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng kiểm tra công tác hậu cần "
                             "tại Lữ đoàn 573.")
    assert events[0].event_type == "kiem_tra" and chairs == ["Hoàng Xuân Chiến"]
    _, chairs = _events("Sáng 20-5, đoàn kiểm tra Quân khu 9 do Thiếu tướng Lý Văn Phước, Phó Chủ nhiệm Chính trị Quân "
                        "khu đã đến kiểm tra công tác tổ chức hội trại tòng quân.")
    assert chairs == ["Lý Văn Phước"]
    _, chairs = _events("Chiều ngày 13/6, đồng chí Lê Văn Chiêu, Phó Chủ tịch Thường trực UBND tỉnh đã đi kiểm tra tiến "
                        "độ xây dựng khu căn cứ chiến đấu.")
    assert chairs == ["Lê Văn Chiêu"]
    events, _ = _events("Sáng 12/6, Cục Hậu cần tổ chức hội nghị sơ kết công tác kiểm tra tài chính 6 tháng đầu năm.")
    assert [e.event_type for e in events] == ["so_ket"]


def test_whoever_has_worked_with_the_unit_leads_the_working_session():
    _, chairs = _events("Ngày 5/6, Đại tướng Phan Văn Giảng, Bộ trưởng Bộ Quốc phòng đã làm việc với Tổng cục Hậu cần - "
                        "Kỹ thuật về công tác bảo đảm hậu cần năm 2024.")
    assert chairs == ["Phan Văn Giảng"]


def test_a_reception_of_remains_and_a_memorial_are_funerals_not_handovers():
    events, chairs = _events("Sáng 21/5, tại Nghĩa trang liệt sĩ tỉnh, Bộ CHQS tỉnh tổ chức Lễ tiếp nhận, truy điệu và an "
                             "táng 8 hài cốt liệt sĩ. Đại tá Đặng Hữu Khang, Phó Chỉ huy trưởng Bộ CHQS tỉnh chủ trì buổi "
                             "lễ.")
    assert events[0].event_type == "le_tang" and chairs == ["Đặng Hữu Khang"]
    events, _ = _events("Tối 20/6, Tỉnh đoàn tổ chức Lễ thắp nến tri ân các anh hùng liệt sĩ tại Nghĩa trang.")
    assert events[0].event_type == "le_tang"
    events, _ = _events("Sáng 15/6, Cục Quân nhu tổ chức Lễ dâng hương, báo công dâng Bác.")
    assert events[0].event_type == "le_bao_cong"


def test_at_a_funeral_a_visiting_delegations_head_is_no_chair():
    events, chairs = _events("Sáng 6/6, tại Nhà tang lễ Bộ Quốc phòng, Ban Tổ chức lễ tang tổ chức lễ viếng, lễ truy điệu "
                             "Thiếu tướng Mai Văn Lực.",
                             "Đến viếng có đoàn đại biểu tỉnh Thanh Hóa do đồng chí Lê Anh Toàn, Phó Bí thư Tỉnh ủy dẫn "
                             "đầu.")
    assert events[0].event_type == "le_tang" and chairs == [None]


def test_an_anniversary_span_in_parentheses_dates_no_named_event():
    events, _ = _events("Sáng 9/6, đoàn công tác của Cục do Đại tá Lương Thế Hào làm trưởng đoàn đã kiểm tra Học viện.",
                        "Phát biểu kết luận, Đại tá Lương Thế Hào đề nghị chủ động chuẩn bị hậu cần phục vụ Lễ bế giảng "
                        "khóa D45 và các hoạt động kỷ niệm 80 năm Ngày truyền thống (19/8/1945 - 19/8/2025).")
    assert [e.event_type for e in events] == ["kiem_tra"]


def test_the_headline_dates_an_event_the_text_says_was_held_lately():
    events, _ = _events("Bộ CHQS tỉnh vừa tổ chức hội nghị tổng kết công tác hậu cần năm 2024.",
                        title="Ngày 18/6: Bộ CHQS tỉnh tổng kết công tác hậu cần")
    assert events[0].event_date == dt.date(2024, 6, 18)
    events, _ = _events("Bộ CHQS tỉnh vừa tổ chức hội nghị tổng kết công tác hậu cần năm 2024.")
    assert events[0].event_date is None


def test_a_visitor_who_brings_new_year_wishes_leads_the_visit():
    _, chairs = _events("Sáng 20/1, Thiếu tướng Lê Văn Hưng, Phó Chủ nhiệm Tổng cục Hậu cần đã đến thăm, chúc Tết cán "
                        "bộ, chiến sĩ Kho 708.")
    assert chairs == ["Lê Văn Hưng"]
