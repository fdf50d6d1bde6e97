"""Event and document families of the spent ninth blind set (issue 14, session 12), on invented sentences: a
project ('Đề án') is a cited document when numbered after 'số', never by a programme's popular name ('Đề án 06'); a
contest reported only by its closing is dated by the closing's day (session-12 convention), one reported from its
opening by its first day."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.extract.lexicon import lexicon
from tests.test_events_families import _events


@pytest.mark.parametrize("text, number", [
    ("Kho được cải tạo theo Đề án số 148/ĐA-BCH ngày 20/3/2017 của Bộ CHQS tỉnh.", "148/ĐA-BCH"),
    ("Cục trưởng chia sẻ về Đề án số 318/ĐA-TCHC-KT nâng cao chất lượng bữa ăn.", "318/ĐA-TCHC-KT"),
    ("thực hiện đề án số 27/ĐA-UBND của tỉnh về dân quân thường trực", "27/ĐA-UBND"),
])
def test_a_numbered_project_after_so_is_cited(text, number):
    found = lexicon().doc_ref.search(text)
    assert found is not None and found.group("number") == number


@pytest.mark.parametrize("text", [
    "triển khai có hiệu quả Đề án 06 của Chính phủ về dữ liệu dân cư",
    "Đề án 5 năm nâng cao chất lượng bữa ăn",
])
def test_a_project_named_by_its_number_without_so_is_no_citation(text):
    assert lexicon().doc_ref.search(text) is None


@pytest.mark.parametrize("closing", [
    "Chiều 24/6, tại Sư đoàn 10, Quân đoàn tổ chức bế mạc Hội thi “Trạm chế biến tập trung” năm 2024.",
    "Chiều 24/6, Bộ Tư lệnh Vùng tổ chức lễ bế mạc Hội thao Quân nhu - Xăng dầu năm 2024.",
])
def test_a_contest_reported_by_its_closing_is_dated_by_the_closing_even_when_its_span_is_told(closing):
    events, _ = _events(closing, "Hội thi diễn ra từ ngày 13 đến 24/6 với sự tham gia của 16 đội.")
    assert events[0].event_type == "hoi_thi" and events[0].event_date == dt.date(2024, 6, 24)


def test_a_contest_reported_from_its_opening_keeps_its_first_day():
    events, _ = _events("Từ ngày 13 đến 16/6, Quân đoàn tổ chức Hội thi “Trạm chế biến tập trung” năm 2024.")
    assert events[0].event_type == "hoi_thi" and events[0].event_date == dt.date(2024, 6, 13)


def test_a_lessons_learned_review_of_a_year_held_in_january_is_in_the_next_year():
    events, _ = _events(
        "Sáng 6-1, tại Hải Phòng, Bộ Tư lệnh Hải quân tổ chức Hội nghị rút kinh nghiệm công tác bảo đảm hậu cần - kỹ "
        "thuật cho các tàu làm nhiệm vụ trực sẵn sàng chiến đấu tại quần đảo Trường Sa năm 2025. Chuẩn Đô đốc Lạc Văn "
        "Tòng chủ trì hội nghị.", stamp="Hải quân")
    assert events[0].event_date == dt.date(2026, 1, 6)


def test_a_season_prepared_for_gives_no_context_year_of_its_own():
    events, _ = _events(
        "Chiều ngày 12/11, Tổng cục tổ chức Hội nghị rút kinh nghiệm công tác bảo đảm cho huấn luyện năm 2025. "
        "Các hoạt động nhằm chuẩn bị tốt nhất cho mùa huấn luyện năm 2026.", stamp="Tin video")
    assert events[0].event_date == dt.date(2025, 11, 12)


@pytest.mark.parametrize("opener", ["Trong khi đó", "Cũng trong thời gian này"])
def test_a_round_up_item_opened_by_meanwhile_is_a_further_event_on_its_own_first_day(opener):
    events, chairs = _events(
        "Chiều ngày 12/6, Tổng cục tổ chức Hội nghị rút kinh nghiệm công tác hậu cần. Trung tướng Mạc Văn Kiên chủ "
        f"trì hội nghị. {opener}, từ ngày 10 đến 14/6, Cục Quân y tổ chức kiểm tra công tác vệ sinh phòng dịch tại 8 "
        "đơn vị; đoàn kiểm tra do Thiếu tướng Lò Văn Nhạn - Cục trưởng Cục Quân y làm trưởng đoàn.")
    assert [e.event_type for e in events] == ["hoi_nghi", "kiem_tra"]
    assert events[1].event_date == dt.date(2024, 6, 10) and chairs == ["Mạc Văn Kiên", "Lò Văn Nhạn"]


@pytest.mark.parametrize("task", [
    "giao Phòng Hậu cần - Kỹ thuật chủ trì khắc phục các tồn tại trước ngày 31/12",
    "giao Phòng Tài chính chủ trì, phối hợp rà soát hồ sơ tài sản",
])
def test_the_host_who_assigns_a_task_to_chu_tri_does_not_chair_the_inspection(task):
    events, chairs = _events(
        "Từ ngày 10 - 12/6/2024, đoàn kiểm tra do Đại tá Ninh Văn Quý – Phó Cục trưởng làm Trưởng đoàn đã kiểm tra "
        "tại Học viện.",
        f"Thay mặt Ban Giám đốc, Thiếu tướng Hà Văn Lượng tiếp thu ý kiến của đoàn kiểm tra và {task}.")
    assert events[0].event_type == "kiem_tra" and chairs[0] == "Ninh Văn Quý"


def test_a_lessons_learned_review_does_not_take_a_plan_year_told_after_it():
    events, _ = _events("Chiều 4-12, Lữ đoàn tổ chức hội nghị rút kinh nghiệm, đề ra biện pháp cho kế hoạch bay "
                        "năm 2026.", stamp="")
    assert events[0].event_date == dt.date(2025, 12, 4)
