"""Gift and award families of the spent ninth blind set (issue 14, session 12, gift14), on invented sentences:
supplies counted in cabinets or vehicles are counted gifts; an award handed over by its giver at a conference is
an event of its own with no 'Dịp này' before it, but not one received, decided or proposed; gifts told after the
occasion's own words ('Cũng tại hội nghị, …') are one; an award the main ceremony receives in its own name is that
ceremony's, another award on its occasion is not; a day the text looks back to does not date gifts on the
occasion; a handover ceremony's own houses are no gift; a contest's prizes are the contest's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events_families import _events

CONFERENCE = ("Ngày 19/6, Bộ Tư lệnh Sư đoàn 7 tổ chức Hội nghị tổng kết công tác hậu cần năm 2024. "
              "Đại tá Nông Văn Thạch chủ trì hội nghị.")


@pytest.mark.parametrize("gifts", [
    "Cũng tại hội nghị, Sư đoàn đã trao tặng 15 tủ thuốc quân y cho các tiểu đoàn.",
    "Dịp này, Công ty Hòa Phát tặng đơn vị 2 tủ nấu cơm công nghiệp và 30 bộ bàn ghế.",
    "Dịp này, đoàn tặng Trung đoàn 1 xe chở thực phẩm, 20 bộ chăn màn và 10 triệu đồng.",
])
def test_supplies_counted_in_cabinets_or_vehicles_are_a_gift_event_on_the_conference_day(gifts):
    events, chairs = _events(CONFERENCE, gifts)
    assert [e.event_type for e in events] == ["tong_ket", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 19) and chairs == ["Nông Văn Thạch", None]


@pytest.mark.parametrize("award", [
    "Thừa ủy quyền của Bộ trưởng, Thiếu tướng Lục Văn Hải đã trao Bằng khen của Bộ trưởng cho 4 tập thể và 6 cá nhân "
    "có thành tích xuất sắc.",
    "Tại hội nghị, Thiếu tướng Lục Văn Hải trao Cờ thi đua của Bộ Quốc phòng cho Trung đoàn 1.",
    "Hội nghị đã trao Giấy khen cho 8 tập thể, 15 cá nhân có thành tích xuất sắc.",
])
def test_an_award_handed_over_at_a_conference_without_dip_nay_is_an_event_of_its_own(award):
    events, chairs = _events(CONFERENCE, award)
    assert [e.event_type for e in events] == ["tong_ket", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 19) and chairs[1] is None


@pytest.mark.parametrize("told", [
    "Năm 2023, đơn vị được Bộ Quốc phòng tặng Bằng khen vì thành tích xuất sắc.",
    "Chủ tịch UBND tỉnh quyết định tặng Bằng khen cho 5 tập thể có thành tích xuất sắc.",
    "Hội nghị đề nghị tặng Giấy khen cho 3 tập thể và 7 cá nhân.",
    "Dịp này, Sư đoàn khen thưởng 4 tập thể và 9 cá nhân.",
    "Đơn vị vinh dự được Chủ tịch nước trao tặng Huân chương Bảo vệ Tổ quốc hạng Nhì.",
    "Sư đoàn sẽ trao Bằng khen cho các tập thể xuất sắc tại hội nghị tổng kết năm.",
])
def test_an_award_received_decided_proposed_or_only_commended_is_no_event(told):
    events, _ = _events(CONFERENCE, told)
    assert [e.event_type for e in events] == ["tong_ket"]


def test_the_ceremonys_own_award_is_the_ceremony_another_award_on_its_occasion_is_an_event():
    ceremony = ("Ngày 10-6-2024, Kho K99 tổ chức Lễ kỷ niệm 50 năm Ngày thành lập và đón nhận Huân chương Bảo vệ "
                "Tổ quốc hạng Ba. Đại tá Hà Văn Tuấn dự và trao Huân chương cho đơn vị.")
    events, _ = _events(ceremony)
    assert [e.event_type for e in events] == ["le_ky_niem"]
    events, _ = _events(ceremony, "Dịp này, Cục Hậu cần tặng Giấy khen cho 4 tập thể, 9 cá nhân.")
    assert [e.event_type for e in events] == ["le_ky_niem", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 10)


def test_a_day_the_text_looks_back_to_does_not_date_the_award_on_the_occasion():
    events, _ = _events(
        "Ngày 15/6, Bộ CHQS tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện Cuộc vận động 50.",
        "Từ ngày 1/7/2023, khi các Ban Chỉ huy Phòng thủ khu vực đi vào hoạt động, công tác bàn giao vũ khí được "
        "thực hiện chặt chẽ.",
        "Dịp này, Bộ CHQS tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc.")
    assert [e.event_type for e in events] == ["so_ket", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 15)


def test_a_handover_ceremonys_own_houses_are_no_second_event_gifts_later_in_its_sentence_are():
    events, _ = _events("Ngày 2/12, Bộ CHQS tỉnh tổ chức lễ bàn giao 3 Nhà đồng đội cho quân nhân có hoàn cảnh khó "
                        "khăn.")
    assert [e.event_type for e in events] == ["ban_giao"]


def test_a_contests_prizes_are_the_contest_s_own():
    events, _ = _events("Ngày 12/9, Bộ Tư lệnh Vùng tổ chức Hội thao Quân nhu - Xăng dầu năm 2024.",
                        "Kết thúc hội thao, Ban Tổ chức trao 1 giải Nhất, 1 giải Nhì, 2 giải Ba toàn đoàn.")
    assert [e.event_type for e in events] == ["hoi_thi"]


def test_gifts_promised_in_a_speech_after_the_occasions_words_are_no_event():
    events, _ = _events(CONFERENCE, "Phát biểu tại hội nghị, bà Lý Thị Hoa cho biết Hội sẽ phối hợp tặng 30 "
                                    "“Mái ấm tình thương” cho nữ quân nhân.")
    assert [e.event_type for e in events] == ["tong_ket"]


def test_a_profile_page_whose_only_award_was_received_reports_no_event():
    events, _ = _events("Bếp ăn của Đội Hậu cần luôn sạch sẽ, bảo đảm bữa ăn cho hơn 300 cán bộ.",
                        "Năm 2023, Đội được Bộ trưởng Bộ Công an tặng Bằng khen vì thành tích xuất sắc.")
    assert events == ()
