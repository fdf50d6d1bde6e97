"""Event and document families of the spent twelfth blind set (issue 14, session 13), on invented sentences: a law
cited by its name before 'số' ('Luật Đấu thầu số 22/2023/QH15') is a cited document; a page with no stamp and no
year written dates a day-month by the year a cited document's number carries ('Thông tư số 203/2025/TT-BQP')."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events_families import _events
from tests.test_events_patterns import _facts


@pytest.mark.parametrize("sentence, doc_id", [
    ("Học viên được phổ biến Luật Ngân sách nhà nước số 83/2015/QH13 và các văn bản hướng dẫn.",
     "luat:83/2015/QH13"),
    ("Đơn vị quán triệt Luật nghĩa vụ quân sự số 78/2015/QH13 tới toàn thể chiến sĩ.", "luat:78/2015/QH13"),
    ("Cán bộ được học tập Luật Phòng, chống ma túy số 73/2021/QH14.", "luat:73/2021/QH14"),
    ("Đơn vị thực hiện Pháp lệnh Dân số số 06/2003/UBTVQH11 ở địa phương.", "phap-lenh:06/2003/UBTVQH11"),
])
def test_a_law_cited_by_its_name_before_so_is_a_document(sentence, doc_id):
    _article, _names, _events, documents = _facts("Sáng 12/6, Cục Tài chính tổ chức tập huấn nghiệp vụ.", sentence)
    assert doc_id in {d.doc_id for d in documents}


def test_a_name_before_so_needs_a_national_assembly_number():
    """'Luật và Nghị định số …' in running text is the decree alone, never a law numbered like a decree."""
    _article, _names, _events, documents = _facts(
        "Sáng 12/6, Cục Tài chính tổ chức tập huấn nghiệp vụ.",
        "Các đơn vị thực hiện đúng Luật và Nghị định số 24/2024/NĐ-CP của Chính phủ.")
    assert {d.doc_id for d in documents} == {"nghi-dinh:24/2024/NĐ-CP"}


def test_a_law_cited_twice_by_its_name_counts_two_citations_of_one_document():
    _article, _names, _events, documents = _facts(
        "Sáng 12/6, Cục Tài chính phổ biến Luật Đấu thầu số 22/2023/QH15 cho cán bộ.",
        "Kết luận, Thiếu tướng Lê Văn Bảo yêu cầu thực hiện nghiêm Luật Đấu thầu số 22/2023/QH15.")
    assert [d.doc_id for d in documents] == ["luat:22/2023/QH15"] * 2


def test_with_no_year_written_a_document_numbers_year_dates_the_day():
    events, _ = _events(
        "Ngày 26-11, tại Hà Nội, Học viện Hậu cần tổ chức Hội thảo khoa học về hậu cần tại chỗ.",
        "Các ý kiến sẽ được kiến nghị bổ sung vào Thông tư số 118/2025/TT-BQP của Bộ Quốc phòng.", stamp="")
    assert events[0].event_date == dt.date(2025, 11, 26)
    assert events[0].event_date_basis == "day_month+context_year"


def test_a_year_written_in_the_paragraph_still_wins_over_a_document_numbers_year():
    events, _ = _events(
        "Ngày 26-11, Học viện Hậu cần tổ chức hội thảo tổng kết công tác năm 2025.",
        "Hội thảo kiến nghị sửa đổi Thông tư số 118/2019/TT-BQP.", stamp="")
    assert events[0].event_date == dt.date(2025, 11, 26)


def test_gifts_after_the_conclusion_of_a_span_of_days_take_its_last_day():
    events, chairs = _events(
        "Trong 2 ngày 11 và 12/6, đoàn công tác Bộ Tư lệnh Công binh do Đại tá Mai Văn Thịnh, Phó Tư lệnh làm "
        "trưởng đoàn đã kiểm tra công tác hậu cần tại Lữ đoàn 229.",
        "Phát biểu kết luận, Đại tá Mai Văn Thịnh đánh giá cao kết quả của lữ đoàn.",
        "Dịp này, đoàn công tác đã trao tặng 12 suất quà cho quân nhân có hoàn cảnh khó khăn.")
    gifts = next(e for e in events if e.event_type == "le_trao_tang")
    assert events[0].event_date == dt.date(2024, 6, 11) and gifts.event_date == dt.date(2024, 6, 12)


def test_gifts_in_the_middle_of_a_span_with_no_conclusion_keep_the_first_day():
    events, _ = _events(
        "Từ ngày 11 đến 14/6, Cục Quân y phối hợp với Sở Y tế tổ chức khám bệnh, cấp thuốc miễn phí cho nhân dân. "
        "Đoàn do Đại tá Lò Văn Sính, Phó Cục trưởng làm Trưởng đoàn.",
        "Trong 4 ngày, đoàn đã khám cho hơn 900 lượt người. Dịp này, Cục Quân y đã trao tặng 80 suất quà cho hộ nghèo.")
    gifts = next(e for e in events if e.event_type == "le_trao_tang")
    assert gifts.event_date == dt.date(2024, 6, 11)


def test_a_day_after_a_closing_clause_dates_the_gifts_that_follow():
    events, _ = _events(
        "Trong 3 ngày, từ 8/6 đến 10/6, Đoàn kiểm tra của Công an tỉnh do Đại tá Vi Thị Hoa, Phó Giám đốc làm "
        "Trưởng đoàn đã kiểm tra công tác hậu cần tại Công an 9 xã.",
        "Kết thúc đợt kiểm tra, chiều 10/6, Đoàn làm việc với đại diện Công an các xã được kiểm tra.",
        "Dịp này, Đoàn kiểm tra trao tặng Công an các phường, xã được kiểm tra mỗi đơn vị 1 tủ bảo quản thực phẩm.")
    assert [e.event_type for e in events] == ["kiem_tra", "le_trao_tang"]
    assert events[0].event_date == dt.date(2024, 6, 8) and events[1].event_date == dt.date(2024, 6, 10)


def test_a_date_after_a_clause_that_is_no_closing_does_not_move_the_gifts():
    events, _ = _events(
        "Sáng 10/6, Ban Liên lạc cựu chiến binh tổ chức gặp mặt kỷ niệm 60 năm Ngày truyền thống đơn vị.",
        "Từ đó, ngày 12/6 trở thành Ngày truyền thống của đơn vị.",
        "Nhân dịp này, Ban Liên lạc trao tặng 15 suất quà cho các cựu chiến binh có hoàn cảnh khó khăn.")
    gifts = next(e for e in events if e.event_type == "le_trao_tang")
    assert gifts.event_date == dt.date(2024, 6, 10)


def test_one_officer_visiting_to_encourage_after_an_exercise_is_a_visit_and_gifts():
    events, chairs = _events(
        "Trong 3 ngày, từ 10 đến 12/6, Trung đoàn 42 tổ chức diễn tập chiến thuật có bắn đạn thật.",
        "Chiều 12/6, sau khi kết thúc diễn tập, Đại tá Nông Văn Lực, Phó Sư đoàn trưởng Sư đoàn 3 đến thăm, động "
        "viên và tặng 8 suất quà cho tổ nuôi quân của Trung đoàn.")
    assert [e.event_type for e in events] == ["dien_tap", "lam_viec", "le_trao_tang"]
    assert [e.event_date for e in events[1:]] == [dt.date(2024, 6, 12)] * 2
    assert chairs[1:] == [None, None]  # one officer's visit has no chair (coordinator's convention for set 13)


@pytest.mark.parametrize("visit", [
    "Đại tá Hồ Văn Cường, Chính ủy Sư đoàn tới thăm và động viên cán bộ, chiến sĩ tổ nuôi quân.",
    "Đại tá Hồ Văn Cường, Chính ủy Sư đoàn đến thăm, hỏi, động viên cán bộ, chiến sĩ tổ nuôi quân.",
])
def test_a_visit_to_encourage_is_a_working_visit(visit):
    events, _ = _events("Sáng 14/6, " + visit)
    assert [e.event_type for e in events][:1] == ["lam_viec"]


def test_a_trips_closing_clause_keeps_the_trip_no_second_working_visit():
    events, _ = _events(
        "Từ ngày 8 đến 10/6, Đoàn kiểm tra của Công an tỉnh do Đại tá Vi Thị Hoa, Phó Giám đốc làm Trưởng đoàn đã "
        "kiểm tra công tác hậu cần tại Công an 9 xã.",
        "Kết thúc đợt kiểm tra, chiều 10/6, Đoàn làm việc với đại diện Công an các xã được kiểm tra.")
    assert [e.event_type for e in events] == ["kiem_tra"]


def test_a_clause_of_time_with_nothing_after_it_keeps_its_type():
    events, _ = _events("Sáng 14/6, sau khi kết thúc hội thao, Ban Tổ chức công bố kết quả.",
                        title="Sư đoàn 5 tổ chức Hội thao quân sự")
    assert events and events[0].event_type != "lam_viec"


def test_the_steering_head_chairs_an_exercise_over_the_grading_delegations_head():
    events, chairs = _events(
        "Ngày 17/6, UBND xã Tân Lập tổ chức diễn tập chiến đấu phòng thủ năm 2024. Đồng chí Lý Văn Sáu, Bí thư "
        "Đảng ủy xã, Trưởng ban Chỉ đạo diễn tập chỉ đạo cuộc diễn tập; Trung tá Đinh Văn Mạnh, Chỉ huy trưởng Ban "
        "CHQS huyện làm Trưởng đoàn kiểm tra, đánh giá.")
    assert events[0].event_type == "dien_tap" and chairs[0] == "Lý Văn Sáu"


def test_whoever_chairs_an_exercise_still_chairs_it_over_the_steering_head():
    events, chairs = _events(
        "Ngày 17/6, UBND xã Tân Lập tổ chức diễn tập chiến đấu phòng thủ năm 2024. Đồng chí Lý Văn Sáu, Bí thư "
        "Đảng ủy xã, Trưởng ban Chỉ đạo diễn tập dự. Đồng chí Hà Thị Nụ, Chủ tịch UBND xã chủ trì cuộc diễn tập.")
    assert chairs[0] == "Hà Thị Nụ"


def test_a_vessel_received_on_a_round_ups_day_is_a_handover_chaired_by_who_chairs_its_ceremony():
    events, chairs = _events(
        "Tuần qua (từ ngày 3 đến 8/6/2024), các đơn vị thuộc Vùng 3 Hải quân tổ chức nhiều hoạt động hậu cần.",
        "Ngày 3/6, Phòng Hậu cần - Kỹ thuật Vùng tổ chức tập huấn nghiệp vụ quân nhu cho 40 nhân viên nuôi quân.",
        "Ngày 5/6, Lữ đoàn 172 tiếp nhận tàu vận tải mới đóng từ Nhà máy Z173. Đại tá Vi Văn Tiến, Phó Tư lệnh "
        "Vùng chủ trì lễ tiếp nhận.")
    handover = [(e, c) for e, c in zip(events, chairs, strict=True) if e.event_type == "ban_giao"]
    assert [(e.event_date, c) for e, c in handover] == [(dt.date(2024, 6, 5), "Vi Văn Tiến")]


def test_vehicles_received_told_in_a_quote_of_the_past_are_no_event():
    events, _ = _events(
        "Sáng 12/6, đoàn công tác Quân khu do Đại tá Lò Minh Sơn làm trưởng đoàn kiểm tra công tác hậu cần tại "
        "Bộ CHQS tỉnh.",
        "Báo cáo với đoàn, Đại tá Hà Văn Nam cho biết, năm qua đơn vị đã tiếp nhận 64 xe các loại.")
    assert "ban_giao" not in [e.event_type for e in events]


def test_a_dispatch_and_a_commands_order_are_cited_documents():
    _article, _names, _events, documents = _facts(
        "Sáng 12/6, Bộ CHQS tỉnh triển khai lực lượng ứng phó bão số 2.",
        "Đơn vị thực hiện theo Công điện số 118/CĐ-TTg của Thủ tướng Chính phủ và Mệnh lệnh 907/ML-BQP của Bộ trưởng.")
    found = {d.doc_id: d.doc_type for d in documents}
    assert found == {"cong-dien:118/CĐ-TTg": "dispatch", "menh-lenh:907/ML-BQP": "order"}


def test_an_order_in_running_text_is_no_document():
    _article, _names, _events, documents = _facts(
        "Sáng 12/6, Bộ CHQS tỉnh tổ chức hội nghị.", "Chiến sĩ chấp hành mệnh lệnh 2 năm liền không vi phạm.")
    assert documents == ()


def test_a_second_delegation_named_with_its_kind_is_a_visit_of_its_own():
    events, chairs = _events(
        "Từ ngày 11 đến 13/6, Bộ CHQS tỉnh tổ chức các đoàn công tác đến thăm, kiểm tra công tác hậu cần tại các xã.",
        "Đoàn công tác do Đại tá Lục Văn Phong, Phó Chỉ huy trưởng làm trưởng đoàn đã đến thăm Ban CHQS xã Tân Lập.",
        "Đoàn công tác thứ hai do Đại tá Ma Văn Tùng, Phó Chính ủy làm trưởng đoàn đã đến thăm Ban CHQS xã Hòa Bình.")
    visits = [c for e, c in zip(events, chairs, strict=True) if e.event_type == "lam_viec"]
    assert visits == ["Lục Văn Phong", "Ma Văn Tùng"]


def test_an_undated_heading_report_takes_the_day_of_the_same_event_told_again():
    events, chairs = _events(
        "THÔNG BÁO",
        "Kết luận của đồng chí Lò Văn Hưng, Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác bảo đảm hậu cần diễn tập.",
        "Ngày 12/6/2024, đồng chí Lò Văn Hưng, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về công tác bảo đảm hậu cần "
        "cho diễn tập khu vực phòng thủ tỉnh.", stamp="")
    assert events[0].event_type == "hoi_nghi" and events[0].event_date == dt.date(2024, 6, 12)
    assert chairs[0] == "Lò Văn Hưng"


def test_a_course_told_as_just_held_is_not_dated_by_a_later_day_of_its_closing():
    events, _ = _events("Vừa qua, Bộ CHQS tỉnh tổ chức lớp tập huấn công tác quân nhu năm 2024.",
                        "Ngày 12/6, lớp tập huấn kiểm tra kết quả của học viên.")
    assert events[0].event_type == "tap_huan" and events[0].event_date is None


def test_a_delegations_head_still_chairs_its_visit_to_encourage():
    events, chairs = _events(
        "Sáng 14/6, đoàn công tác Bộ CHQS tỉnh do Đại tá Hồ Văn Cường, Chính ủy làm trưởng đoàn đã đến thăm, động "
        "viên cán bộ, chiến sĩ Đại đội 2.")
    assert events[0].event_type == "lam_viec" and chairs[0] == "Hồ Văn Cường"


@pytest.mark.parametrize("lead, day", [
    ("Từ sáng sớm 12/6, Bệnh viện Quân y 4 tổ chức khám bệnh, cấp thuốc miễn phí cho 850 lượt người dân.",
     dt.date(2024, 6, 12)),
    ("Tối muộn 13/6, Lữ đoàn 125 tổ chức Lễ xuất quân làm nhiệm vụ cứu hộ.", dt.date(2024, 6, 13)),
])
def test_an_early_or_late_part_of_the_day_still_cues_the_date(lead, day):
    events, _ = _events(lead)
    assert events[0].event_date == day and events[0].event_date_basis == "day_month+published_year"
