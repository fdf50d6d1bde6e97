"""Event families of the spent sixteenth blind set (issue 14, session 14), on invented sentences: a second giver's
gifts counted as one thing each ('tặng mỗi tân binh một bộ …') are a second `le_trao_tang`; a misspelt 'xuất quà'
counts as 'suất quà'; gifts after a contest's results take the contest's last day even when the segmenter reads
the results and the gifts as one sentence; a meal held as an occasion ('tổ chức bữa cơm tất niên') is an `other`,
while a kitchen's daily service is no event."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events_families import _events


def test_a_second_giver_handing_one_thing_to_each_recruit_is_a_second_award():
    events, chairs = _events(
        "Ngày 12/6, UBND xã Tân Lập tổ chức gặp mặt thanh niên trúng tuyển nhập ngũ năm 2024. Dịp này, UBND xã trao "
        "tặng 12 suất quà cho các thanh niên; Hội Cựu chiến binh xã tặng mỗi tân binh một bộ dụng cụ cá nhân.")
    assert [e.event_type for e in events].count("le_trao_tang") == 2
    assert all(e.event_date == dt.date(2024, 6, 12) for e in events) and chairs[1:] == [None, None]


@pytest.mark.parametrize("gift", [
    "Dịp này, Đoàn Thanh niên xã tặng mỗi tân binh một suất quà trị giá 500.000 đồng.",
    "Dịp này, Đoàn Thanh niên xã đã trao 15 xuất quà cho các tân binh có hoàn cảnh khó khăn.",
    "Dịp này, Đoàn Thanh niên xã trao tặng mỗi gia đình một chiếc máy lọc nước.",
])
def test_a_count_written_one_or_a_misspelt_xuat_is_still_counted_gifts(gift):
    events, _ = _events("Ngày 12/6, Ban CHQS huyện Tân Lập tổ chức gặp mặt tân binh năm 2024. " + gift)
    assert [e.event_type for e in events][-1] == "le_trao_tang"
    assert events[-1].event_date == dt.date(2024, 6, 12)


def test_one_of_something_that_is_no_gift_is_no_award():
    events, _ = _events("Ngày 12/6, Ban CHQS huyện Tân Lập tổ chức gặp mặt tân binh năm 2024. Dịp này, các đơn vị "
                        "tặng một bộ phận cán bộ giấy mời dự lễ giao quân.", )
    assert "le_trao_tang" not in [e.event_type for e in events]


def test_gifts_after_a_contests_results_in_one_segment_take_its_last_day():
    events, _ = _events(
        "Trong 2 ngày 11 và 12/6, Ban CHQS huyện Tân Lập tổ chức Hội thi nấu ăn giỏi năm 2024.",
        "Kết quả, Ban CHQS xã Tân Hòa đoạt giải Nhất; 2 đội đạt giải Ba. Dịp này, Hội Phụ nữ huyện trao tặng 12 "
        "bộ dụng cụ nhà bếp cho các đội thi.")
    assert [(e.event_type, e.event_date) for e in events] == [
        ("hoi_thi", dt.date(2024, 6, 11)), ("le_trao_tang", dt.date(2024, 6, 12))]


def test_gifts_in_the_middle_of_a_contest_keep_its_first_day():
    events, _ = _events(
        "Trong 2 ngày 11 và 12/6, Ban CHQS huyện Tân Lập tổ chức Hội thi nấu ăn giỏi năm 2024.",
        "Các đội thi thực hành chế biến bữa ăn cho 10 người. Dịp này, Hội Phụ nữ huyện trao tặng 12 bộ dụng cụ nhà "
        "bếp cho các đội thi.")
    assert events[-1].event_type == "le_trao_tang" and events[-1].event_date == dt.date(2024, 6, 11)


@pytest.mark.parametrize("meal", [
    "Chiều 1/2, Trại giam Tân Lập tổ chức bữa cơm tất niên cho các phạm nhân đang chấp hành án.",
    "Chiều 1/2, Lữ đoàn 125 tổ chức liên hoan chia tay quân nhân hoàn thành nghĩa vụ quân sự.",
    "Chiều 1/2, Công đoàn Cục Hậu cần tổ chức bữa cơm ngày Tết cho đoàn viên không về quê.",
])
def test_a_meal_held_as_an_occasion_is_an_other_with_its_gifts_beside_it(meal):
    events, chairs = _events(meal, "Dịp này, Đại tá Lê Văn Khánh đã trao tặng 40 suất quà cho các đối tượng khó khăn.",
                             stamp="02-02-2024 08:00")
    assert [e.event_type for e in events] == ["hoat_dong", "le_trao_tang"]
    assert [e.event_date for e in events] == [dt.date(2024, 2, 1)] * 2 and chairs == [None, None]


@pytest.mark.parametrize("service", [
    "Chiều 23/10, Cục Hậu cần - Kỹ thuật Quân khu 9 triển khai 2 bếp dã chiến, mỗi bữa nấu hơn 1.500 suất cơm cho "
    "người dân phải di dời.",
    "Trong những ngày diễn tập, Ban Hậu cần Trung đoàn tổ chức bữa ăn cho gần 700 cán bộ, chiến sĩ.",
])
def test_a_kitchens_daily_service_is_no_event(service):
    events, _ = _events(service)
    assert "hoat_dong" not in [e.event_type for e in events] and "le_trao_tang" not in [e.event_type for e in events]


@pytest.mark.parametrize("scene", ["Từ sáng sớm 12/6, sân Nhà văn hóa bản Tân Lập đã kín người.",
                                   "Sáng 12/6, sân Nhà văn hóa bản Tân Lập đã kín người."])
def test_a_free_examination_told_from_the_patients_side_after_a_dated_scene_is_reported(scene):
    events, _ = _events(scene + " Hơn 500 lượt người dân được khám tổng quát, đo huyết áp và nhận thuốc miễn phí.",
                        "Cùng với khám bệnh, Bệnh viện Quân y 7 phối hợp với Đồn Biên phòng Tân Lập trao 100 suất quà "
                        "cho các hộ nghèo.")
    assert [(e.event_type, e.event_date) for e in events] == [("hoat_dong", dt.date(2024, 6, 12)),
                                                              ("le_trao_tang", dt.date(2024, 6, 12))]


def test_a_recruits_health_check_is_no_examination_programme():
    events, _ = _events("Sáng 12/6, Hội đồng nghĩa vụ quân sự huyện làm việc tại Trung tâm Y tế. Hơn 300 thanh niên "
                        "được khám sức khỏe nghĩa vụ quân sự năm 2024.")
    assert "hoat_dong" not in [e.event_type for e in events]



@pytest.mark.parametrize("verb", ["trao nhà “Mái ấm đồng đội”", "bàn giao 2 căn nhà đồng đội"])
def test_houses_handed_over_in_a_trips_own_sentence_are_a_handover_its_head_leads(verb):
    events, chairs = _events(
        f"Ngày 12/6, đoàn công tác Công an tỉnh do Đại tá Lê Văn Khánh, Phó Giám đốc Công an tỉnh làm Trưởng đoàn đã "
        f"đến thăm, làm việc và {verb} cho cán bộ Công an xã Tân Lập.",
        "Nhân dịp này, đoàn đã trao tặng 20 suất quà cho cán bộ, chiến sĩ có hoàn cảnh khó khăn.")
    assert [e.event_type for e in events] == ["lam_viec", "ban_giao", "le_trao_tang"]
    assert all(e.event_date == dt.date(2024, 6, 12) for e in events)
    assert chairs == ["Lê Văn Khánh", "Lê Văn Khánh", None]


@pytest.mark.parametrize("recipient", ["nhà văn hóa thôn Tân Lập", "nhà trường"])
def test_nha_heading_a_recipient_is_no_house_handed_over(recipient):
    events, _ = _events("Ngày 12/6, đoàn công tác do Đại tá Lê Văn Khánh làm Trưởng đoàn đã đến thăm, làm việc và trao "
                        f"tặng {recipient} 2 bộ loa cho các hoạt động của bà con.")
    assert "ban_giao" not in [e.event_type for e in events]


def test_a_gift_giving_named_with_its_day_in_parentheses_is_an_award_held_that_day():
    events, _ = _events(
        "Ngày 8/6/2024, Bộ Tư lệnh tổ chức Hội nghị tổng kết công tác hậu cần năm 2024.",
        "“Mong rằng những phần quà nhỏ sẽ động viên các gia đình” - Thiếu tướng Lê Văn Khánh phát biểu tại buổi trao "
        "quà (sáng ngày 05/06/2024).")
    assert [(e.event_type, e.event_date, e.name) for e in events][1:] == [
        ("le_trao_tang", dt.date(2024, 6, 5), "buổi trao quà")]


def test_an_events_name_stops_before_its_day_in_parentheses():
    events, _ = _events("Bộ CHQS tỉnh tổ chức Hội nghị tổng kết công tác hậu cần năm 2024 (ngày 12/6/2024) tại Hội "
                        "trường Bộ CHQS tỉnh.")
    assert events[0].name == "Hội nghị tổng kết công tác hậu cần năm 2024"
