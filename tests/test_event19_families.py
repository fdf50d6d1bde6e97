"""Event families of the spent fourteenth blind set (issue 14, session 13), on invented sentences: a delegation
received to work on a subject and talks between two delegations are working sessions (their gifts an event of
their own); an award a trip's own sentence hands over is the visitors' award, not the trip's; a contest's results
and prizes close it (gifts after them take the span's last day); a lead summing up many delegations' visits is no
event, and food counted in tonnes handed over to units is a gift."""

from __future__ import annotations

import datetime as dt

import pytest

from haucan.knowledge.events import event_family
from tests.test_events_families import _events


@pytest.mark.parametrize("lead", [
    "Chiều 12/6, đồng chí Bí thư Tỉnh ủy Lò Thị Hằng đã tiếp đoàn công tác Cục Hậu cần Quân khu 2 do Đại tá Mạc "
    "Văn Tú, Cục trưởng làm trưởng đoàn, đến làm việc về công tác bảo đảm hậu cần cho lực lượng vũ trang tỉnh.",
    "Chiều 12/6, Đoàn đại biểu Bộ Chỉ huy BĐBP tỉnh do Đại tá Mạc Văn Tú làm trưởng đoàn đã tiến hành hội đàm "
    "với Đoàn đại biểu Tỉnh đội Luang Namtha do Đại tá Khăm Phon làm trưởng đoàn.",
])
def test_a_working_session_named_by_its_subject_or_talks_keeps_its_gifts_apart(lead):
    events, _ = _events(lead, "Dịp này, đoàn đã trao tặng 40 bộ quân phục và 10 tủ thuốc cho các đơn vị.")
    assert [e.event_type for e in events] == ["lam_viec", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 12)


def test_a_record_of_talks_reports_no_talks():
    events, _ = _events("Năm 2023, hai bên đã ký Biên bản hội đàm về phối hợp quản lý biên giới.")
    assert all(e.event_type != "lam_viec" for e in events)


def test_an_award_a_trips_own_sentence_hands_over_is_an_event_of_its_own():
    events, chairs = _events(
        "Sáng 12/6, Thiếu tướng Hồ Văn Lâm, Thứ trưởng dẫn đầu đoàn công tác đến kiểm tra công tác hậu cần tại "
        "Công an tỉnh; đồng thời trao tặng Bằng khen của Bộ trưởng cho các tập thể, cá nhân.",
        "Dịp này, Thứ trưởng Hồ Văn Lâm đã trao tặng Bằng khen cho 4 tập thể và 9 cá nhân.")
    assert [e.event_type for e in events] == ["kiem_tra", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 12) and chairs[1] is None


def test_an_award_a_ceremony_receives_stays_the_ceremonys():
    """Only a trip gives: a ceremony that receives the award in its own words still owns it."""
    events, _ = _events(
        "Sáng 12/6, Lữ đoàn 971 tổ chức Lễ kỷ niệm 50 năm Ngày truyền thống và đón nhận Huân chương Bảo vệ Tổ quốc.",
        "Dịp này, Thượng tướng Vũ Hải Hà trao Huân chương Bảo vệ Tổ quốc hạng Nhì cho Lữ đoàn.")
    assert [event_family(e.event_type) for e in events] == ["le_ky_niem"]


@pytest.mark.parametrize("close", [
    "Kết quả, Ban tổ chức trao giải Nhất cho đội Trung đoàn 8; giải Nhì cho đội Ban CHQS huyện Tân Phú.",
    "Ban tổ chức đã trao giải Nhất cho đội Trung đoàn 8.",
])
def test_gifts_after_a_contests_results_take_its_last_day(close):
    events, _ = _events(
        "Trong 2 ngày 11 và 12-6, Bộ CHQS tỉnh tổ chức Hội thi cấp dưỡng giỏi năm 2024.",
        close + " Dịp này, Công đoàn cơ sở tặng 14 bộ dụng cụ nhà bếp cho các đội tham gia.")
    assert [e.event_type for e in events] == ["hoi_thi", "le_trao_tang"]
    assert events[0].event_date == dt.date(2024, 6, 11) and events[1].event_date == dt.date(2024, 6, 12)


def test_gifts_in_the_middle_of_a_contest_keep_its_first_day():
    events, _ = _events(
        "Trong 2 ngày 11 và 12-6, Bộ CHQS tỉnh tổ chức Hội thi cấp dưỡng giỏi năm 2024.",
        "Các đội thi lý thuyết và thực hành. Dịp này, Công đoàn cơ sở tặng 14 bộ dụng cụ nhà bếp cho các đội.")
    assert events[1].event_date == dt.date(2024, 6, 11)


def test_a_lead_summing_up_many_delegations_visits_is_no_event_and_food_in_tonnes_is_a_gift():
    events, chairs = _events(
        "Những ngày giáp Tết, nhiều đoàn công tác của tỉnh đã đến thăm, tặng quà, chúc Tết cán bộ, chiến sĩ.",
        "Ngày 8/6, đoàn công tác của Tỉnh ủy do ông Lý Văn Sang làm trưởng đoàn đến thăm, chúc Tết Đồn Biên phòng "
        "Tà Lùng.",
        "Ngày 9/6, Đại tá Nông Văn Hợp, Chỉ huy trưởng dẫn đầu đoàn công tác đến kiểm tra công tác sẵn sàng chiến "
        "đấu tại Trung đoàn 2. Cùng ngày, Phòng Hậu cần tổ chức bàn giao 4 tấn gạo, 2 tấn thịt cho các đơn vị biên "
        "giới.")
    assert [e.event_type for e in events] == ["lam_viec", "kiem_tra", "le_trao_tang"]
    assert events[2].event_date == dt.date(2024, 6, 9) and chairs[:2] == ["Lý Văn Sang", "Nông Văn Hợp"]


@pytest.mark.parametrize("office", [
    "Phó Giám đốc Công an tỉnh, kiêm Trung đoàn trưởng Trung đoàn CSCĐ dự bị chiến đấu",
    "Ủy viên dự khuyết BCH Trung ương Đảng, Bí thư Tỉnh ủy",
    "Giám đốc Kho dự trữ quốc gia",
])
def test_du_as_half_of_an_office_word_does_not_stop_the_chair(office):
    events, chairs = _events("Sáng 12/6, Công an tỉnh tổ chức lễ bàn giao phương tiện cho Trung đoàn CSCĐ.",
                             f"Thiếu tướng Cao Minh Hùng, {office}, chủ trì buổi lễ.")
    assert events[0].event_type == "ban_giao" and chairs[0] == "Cao Minh Hùng"


def test_who_attends_still_chairs_nothing():
    _, chairs = _events("Sáng 12/6, Công an tỉnh tổ chức lễ bàn giao phương tiện cho Trung đoàn CSCĐ.",
                        "Thiếu tướng Cao Minh Hùng, Phó Giám đốc Công an tỉnh dự; Đại tá Lê Văn Tư chủ trì buổi lễ.")
    assert chairs[0] == "Lê Văn Tư"


def test_a_sapo_and_the_next_paragraphs_dated_report_in_other_words_are_one_event():
    events, chairs = _events(
        "Chương trình khám bệnh, cấp thuốc miễn phí do Cục Quân y tổ chức đã mang niềm vui đến đồng bào xã Na Mèo.",
        "Sáng 12-6, tại xã Na Mèo, Cục Quân y tổ chức khám, chữa bệnh và cấp thuốc miễn phí cho 500 người dân.",
        "Đoàn công tác do Đại tá Hà Văn Toàn, Phó Cục trưởng làm Trưởng đoàn.")
    assert [event_family(e.event_type) for e in events] == ["other"]
    assert events[0].event_date == dt.date(2024, 6, 12) and chairs == ["Hà Văn Toàn"]


def test_a_dated_report_two_paragraphs_after_the_sapo_is_no_retelling_by_words_alone():
    """Only the paragraph right after the sapo tells it again in other words; later, the words must agree."""
    events, _ = _events(
        "Chương trình khám bệnh, cấp thuốc miễn phí do Cục Quân y tổ chức đã mang niềm vui đến đồng bào.",
        "Người dân được khám nội khoa, đo huyết áp và nhận thuốc theo đơn.",
        "Sáng 14-6, tại xã Tam Chung, Cục Quân y tổ chức khám, chữa bệnh và cấp thuốc miễn phí cho 300 người dân.")
    assert len([e for e in events if event_family(e.event_type) == "other"]) == 2


def test_two_givers_in_one_sentence_are_two_gift_events():
    events, chairs = _events(
        "Chiều 12-6, Kho 685 tổ chức gặp mặt kỷ niệm 50 năm Ngày truyền thống.",
        "Nhân dịp này, Thủ trưởng Cục Hậu cần trao tặng Kho 20 bộ bàn ghế và 50 triệu đồng; Kho trao tặng 15 suất "
        "quà cho các đồng chí nguyên cán bộ có hoàn cảnh khó khăn.")
    assert [e.event_type for e in events] == ["le_ky_niem", "le_trao_tang", "le_trao_tang"]
    assert {e.event_date for e in events} == {dt.date(2024, 6, 12)} and chairs[1:] == [None, None]


def test_a_second_clause_without_its_own_giver_is_the_first_givers_gift():
    events, _ = _events(
        "Chiều 12-6, Kho 685 tổ chức gặp mặt kỷ niệm 50 năm Ngày truyền thống.",
        "Nhân dịp này, Cục Hậu cần trao tặng Kho 20 bộ bàn ghế; trao tặng 15 suất quà cho các gia đình khó khăn.")
    assert [e.event_type for e in events] == ["le_ky_niem", "le_trao_tang"]


def test_a_programme_named_in_quotes_is_an_event_and_its_gifts_another():
    events, _ = _events(
        "Ngày 12/6, Đồn Biên phòng Na Mèo phối hợp với UBND xã tổ chức chương trình “Biên phòng ấm lòng dân bản” năm "
        "2024.",
        "Tại chương trình, Đồn đã trao tặng 85 suất quà cho các hộ gia đình chính sách.")
    assert [event_family(e.event_type) for e in events] == ["other", "le_trao_tang"]
    assert {e.event_date for e in events} == {dt.date(2024, 6, 12)}


def test_a_programme_whose_sentence_hands_gifts_over_is_the_gift_event():
    events, _ = _events(
        "Ngày 12/6, Đồn Biên phòng Na Mèo tổ chức chương trình “Xuân biên phòng”, trao tặng 500 suất quà cho người dân.")
    assert [e.event_type for e in events] == ["le_trao_tang"]


def test_gifts_promised_after_a_list_of_verbs_are_no_event():
    events, _ = _events(
        "Sáng 12/6, Vùng Cảnh sát biển 3 tổ chức chương trình “Cảnh sát biển đồng hành với ngư dân” năm 2024.",
        "Trong 3 ngày, lãnh đạo Bộ Tư lệnh cùng các đơn vị sẽ thăm hỏi, trao tặng 200 suất quà cho hộ ngư dân nghèo.")
    assert [event_family(e.event_type) for e in events] == ["other"]
