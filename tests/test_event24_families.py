"""Event families of the spent nineteenth blind set (issue 14, session 14, event24), on invented sentences: a
round-up's sapo naming several delegations with no head, then each delegation with its own head, is one visit per
head (the first head told again after the sapo still counts as told); a camp held or opened ('tổ chức Hội trại tòng
quân …', 'khai mạc “Hội trại …”') is an `other` of its own, its counted gifts a `le_trao_tang` beside it, and a camp
only planned is none."""

from __future__ import annotations

import datetime as dt

from tests.test_events_families import _events

_SAPO = ("Những ngày cuối tháng 6/2024, các đoàn công tác của Bộ Tư lệnh Vùng 5 Hải quân đã đến thăm, chúc Tết cán "
         "bộ, chiến sĩ các đơn vị đóng quân trên địa bàn.")
_FIRST = ("Ngày 14/6, đoàn công tác số 1 do Chuẩn Đô đốc Trần Văn Hòa, Chính ủy Vùng làm trưởng đoàn đã đến thăm, "
          "chúc Tết cán bộ, chiến sĩ đảo Hòn Khoai và Trạm Ra đa 600.")
_SECOND = ("Chiều cùng ngày, đoàn công tác số 2 do Đại tá Lê Minh Tâm, Phó Tư lệnh Vùng làm trưởng đoàn đã đến thăm "
           "Lữ đoàn 162.")


def test_each_head_after_a_sapo_with_no_head_is_a_visit_of_its_own():
    events, chairs = _events(_SAPO, _FIRST, "Dịp này, đoàn đã trao tặng các đơn vị 80 suất quà.", _SECOND)
    day = dt.date(2024, 6, 14)
    assert [(e.event_type, e.event_date) for e in events] == [
        ("lam_viec", day), ("le_trao_tang", day), ("lam_viec", day)]
    assert chairs[0] == "Trần Văn Hòa" and chairs[2] == "Lê Minh Tâm"


def test_the_first_head_told_again_is_no_second_visit():
    again = ("Chiều cùng ngày, đoàn công tác do Chuẩn Đô đốc Trần Văn Hòa, Chính ủy Vùng làm trưởng đoàn đã đến "
             "thăm Lữ đoàn 162.")
    events, _ = _events(_SAPO, _FIRST, again)
    assert [e.event_type for e in events] == ["lam_viec"]


def test_a_camp_held_is_an_other_and_its_gifts_an_award_beside_it():
    events, _ = _events(
        "Ngày 12/6, Hội đồng nghĩa vụ quân sự huyện Tân Lập tổ chức Hội trại tòng quân năm 2024 cho 95 thanh niên "
        "trúng tuyển nghĩa vụ quân sự.",
        "Dịp này, Hội đồng nghĩa vụ quân sự huyện trao 95 phần quà cho các tân binh.")
    day = dt.date(2024, 6, 12)
    assert [(e.event_type, e.event_date) for e in events] == [("hoat_dong", day), ("le_trao_tang", day)]
    assert events[0].name.startswith("Hội trại tòng quân năm 2024")


def test_a_camp_opened_in_quotes_is_an_event():
    events, _ = _events("Chiều 12/6, Huyện đoàn Tân Lập khai mạc “Hội trại tòng quân năm 2024” tại sân vận động huyện.")
    assert [e.event_type for e in events] == ["hoat_dong"]


def test_a_camp_only_planned_or_a_word_in_passing_is_none():
    held = "Ngày 12/6, Huyện đoàn Tân Lập tổ chức Hội thi cấp dưỡng giỏi năm 2024."
    planned, _ = _events(held, "Theo kế hoạch, ngày 20/6, huyện Tân Lập sẽ tổ chức Hội trại tòng quân năm 2024.")
    venue, _ = _events(held, "Ngày 13/6, các tân binh dựng lều tại khu hội trại của huyện Tân Lập.")
    assert [e.event_type for e in planned] == ["hoi_thi"] and [e.event_type for e in venue] == ["hoi_thi"]


def test_an_unquoted_programme_named_by_its_activity_is_an_other_dated_by_its_span():
    events, chairs = _events(
        "Những ngày cuối năm, Phòng Hậu cần phối hợp với Hội Phụ nữ Nhà trường tổ chức chương trình gói bánh chưng "
        "gây quỹ hỗ trợ người lao động có hoàn cảnh khó khăn.",
        "Năm nay chương trình kéo dài 3 ngày, từ ngày 3 đến ngày 5/6/2024.",
        "Sáng ngày 7/6/2024, Đại tá Phạm Văn Lợi, Phó Hiệu trưởng Nhà trường đã chủ trì buổi trao quà cho người lao "
        "động. Nhà trường đã trao tặng 40 suất quà cho người lao động hợp đồng.")
    assert [(e.event_type, e.event_date) for e in events] == [
        ("hoat_dong", dt.date(2024, 6, 3)), ("le_trao_tang", dt.date(2024, 6, 7))]
    assert chairs[1] == "Phạm Văn Lợi"


def test_an_unquoted_programme_that_hands_over_or_trains_is_no_programme_event():
    gifts, _ = _events("Ngày 12/6, Đồn Biên phòng Ia Lốp tổ chức chương trình gói bánh chưng tặng 30 hộ nghèo.")
    training, _ = _events("Ngày 12/6, Tiểu đoàn 3 tổ chức Hội thao quân sự.",
                          "Ngày 13/6, Tiểu đoàn 3 tổ chức chương trình huấn luyện cho chiến sĩ mới.")
    assert "hoat_dong" not in [e.event_type for e in gifts]
    assert [e.event_type for e in training] == ["hoi_thi"]


def test_a_free_medical_examination_told_done_inside_a_programme_is_an_activity_of_its_own_on_its_day():
    events, _ = _events(
        "Ngày 12/6, Đồn Biên phòng Ia Lốp phối hợp với UBND xã tổ chức chương trình “Xuân ấm biên cương”.",
        "Chương trình có nhiều hoạt động như gói bánh chưng, giao lưu văn nghệ. Tổ quân y của Đồn đã khám, tư vấn "
        "sức khỏe, cấp thuốc miễn phí cho 150 lượt người dân.",
        "Tại chương trình, Đồn Biên phòng Ia Lốp đã trao 200 suất quà cho hộ nghèo.")
    day = dt.date(2024, 6, 12)
    assert [(e.event_type, e.event_date) for e in events] == [
        ("hoat_dong", day), ("hoat_dong", day), ("le_trao_tang", day)]


def test_an_examination_not_free_or_not_told_done_is_no_second_activity():
    programme = "Ngày 12/6, Đồn Biên phòng Ia Lốp tổ chức chương trình “Xuân ấm biên cương”."
    paid, _ = _events(programme, "Tổ quân y của Đồn đã khám, cấp thuốc cho 150 lượt người dân.")
    planned, _ = _events(programme, "Tổ quân y của Đồn sẽ khám, cấp thuốc miễn phí cho 150 lượt người dân.")
    assert [e.event_type for e in paid] == ["hoat_dong"] and [e.event_type for e in planned] == ["hoat_dong"]
