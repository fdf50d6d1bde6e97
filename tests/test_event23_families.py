"""Event families of the spent eighteenth blind set (issue 14, session 14, event23), on invented sentences: awards
of two givers in one sentence are two award events; another named giver telling its own gifts after 'Nhân dịp
này … cũng' is one more, the delegation written again is not; a sentence opening 'Tại hội nghị/chương trình, …'
reports the gifts, awards or handover after it (held there, that day), nothing else talked about there; counted
appliances are gifts; a report to Uncle Hồ 'với Chủ tịch Hồ Chí Minh' and a ship's 'lễ xuất phát' are typed; a
round-up's 'Cũng trong tuần, ngày …' item is an event of its own; a chair named by office only may hold a party
office; a resolution for next year is a plan's year; a procuracy's 'kiểm sát' is an inspection; a numbered 'Tờ
trình' is a cited document (a submission), a 'tờ trình' in running text is none."""

from __future__ import annotations

import datetime as dt

from tests.test_events_families import _events
from tests.test_events_patterns import _facts

_MEETING = ("Sáng 12/6, Bộ CHQS tỉnh Tân Lập tổ chức hội nghị sơ kết công tác hậu cần. Đại tá Nguyễn Văn Bình, "
            "Chỉ huy trưởng Bộ CHQS tỉnh chủ trì hội nghị.")


def _types(events):
    return [(e.event_type, e.event_date) for e in events]


def test_awards_of_a_second_giver_after_a_semicolon_are_a_second_award():
    events, chairs = _events(_MEETING, "Dịp này, Cục Hậu cần Quân khu 9 trao Bằng khen cho 3 tập thể, 4 cá nhân; "
                                       "Bộ CHQS tỉnh tặng Giấy khen cho 10 tập thể, 12 cá nhân.")
    day = dt.date(2024, 6, 12)
    assert _types(events) == [("so_ket", day), ("le_trao_tang", day), ("le_trao_tang", day)]
    assert chairs[1:] == [None, None]


def test_one_giver_of_two_awards_in_one_clause_is_one_award():
    events, _ = _events(_MEETING, "Dịp này, Cục Hậu cần Quân khu 9 trao Bằng khen và Giấy khen cho 7 tập thể.")
    assert [e.event_type for e in events].count("le_trao_tang") == 1


def test_another_named_giver_of_the_same_occasion_is_another_gift_event():
    events, _ = _events(
        "Ngày 15/6, Đồn Biên phòng Ia Lốp tổ chức chương trình “Xuân ấm biên cương” tại xã Ia Lốp.",
        "Tại chương trình, đơn vị đã trao tặng 120 suất quà cho các hộ nghèo trên địa bàn.",
        "Nhân dịp này, Công ty TNHH Thương mại Hòa Phát Lộc cũng trao tặng cán bộ, chiến sĩ Đồn 3 tủ đông và "
        "20 triệu đồng.")
    assert [e.event_type for e in events].count("le_trao_tang") == 2


def test_the_delegation_written_again_is_no_other_giver():
    events, _ = _events(
        "Ngày 15/6, đoàn công tác Bộ CHQS tỉnh do Đại tá Nguyễn Văn Bình làm trưởng đoàn đã đến thăm Đồn Biên "
        "phòng Ia Lốp.",
        "Dịp này, đoàn công tác đã trao 80 suất quà cho các hộ nghèo. Đoàn cũng tặng Đồn 10 triệu đồng.")
    assert [e.event_type for e in events].count("le_trao_tang") == 1


def test_awards_after_tai_hoi_nghi_are_an_award_on_the_meetings_day():
    events, _ = _events(_MEETING, "Tại hội nghị, Đảng ủy Bộ CHQS tỉnh đã trao Giấy khen cho 3 tổ chức cơ sở đảng "
                                  "và 9 đảng viên.")
    assert _types(events)[1:] == [("le_trao_tang", dt.date(2024, 6, 12))]


def test_a_handover_after_tai_chuong_trinh_is_led_by_the_delegations_head():
    events, chairs = _events(
        "Ngày 15/6, Đoàn Thanh niên Công an tỉnh tổ chức chương trình “Ấm áp vùng cao” tại xã Tà Lu. Tham gia "
        "đoàn công tác có Thượng tá Lê Văn Tâm, Phó Giám đốc Công an tỉnh - Trưởng đoàn.",
        "Tại chương trình, đoàn công tác đã bàn giao công trình “Bếp ăn nghĩa tình” cho Công an xã Tà Lu.")
    assert ("ban_giao", dt.date(2024, 6, 15)) in _types(events)
    assert chairs[[e.event_type for e in events].index("ban_giao")] == "Lê Văn Tâm"


def test_other_acts_talked_about_at_the_meeting_are_no_event():
    events, _ = _events(_MEETING, "Tại hội nghị, các đại biểu đã thảo luận về điều kiện làm việc tại các kho và "
                                  "kết quả huấn luyện cho 54 dân quân.")
    assert [e.event_type for e in events] == ["so_ket"]


def test_counted_appliances_are_gifts():
    events, _ = _events("Sáng 12/6, Bộ CHQS tỉnh tổ chức lễ bàn giao “Nhà đồng đội” cho gia đình Trung úy Lò Văn "
                        "Sơn.", "Dịp này, Hội Phụ nữ Bộ CHQS tỉnh tặng gia đình 1 ti vi, 1 tủ lạnh và 3 triệu đồng.")
    assert _types(events) == [("ban_giao", dt.date(2024, 6, 12)), ("le_trao_tang", dt.date(2024, 6, 12))]


def test_a_report_with_chu_tich_ho_chi_minh_after_voi_is_le_bao_cong():
    events, _ = _events("Sáng 8/6, đoàn đại biểu Công an tỉnh do Đại tá Nguyễn Văn Bình dẫn đầu đã dâng hoa, dâng "
                        "hương tưởng niệm, báo công với Chủ tịch Hồ Chí Minh tại Khu di tích.")
    assert events[0].event_type == "le_bao_cong"


def test_a_ships_departure_ceremony_is_a_send_off():
    events, _ = _events("Ngày 10/6, Bộ Tư lệnh Vùng 2 Hải quân tổ chức lễ xuất phát tàu chở hàng ra nhà giàn DK1.")
    assert events[0].event_type == "le_ra_quan"


def test_a_round_ups_item_in_the_same_week_is_its_own_event_on_its_day():
    events, chairs = _events(_MEETING, "Cũng trong tuần, ngày 14/6, đoàn công tác Bộ CHQS tỉnh do Thượng tá Lê Văn "
                                       "Tâm, Phó Chỉ huy trưởng làm trưởng đoàn đã kiểm tra công tác hậu cần tại "
                                       "Trung đoàn 6.")
    assert ("kiem_tra", dt.date(2024, 6, 14)) in _types(events)
    assert chairs[[e.event_type for e in events].index("kiem_tra")] == "Lê Văn Tâm"


def test_a_chair_named_by_a_chain_holding_a_party_office_is_found():
    _, chairs = _events("Sáng 12/6, Ban CHQS phường Tân Mai tổ chức hội nghị tổng kết công tác quân sự. Dự hội nghị "
                        "có đồng chí Lò Thị Hoa, Phó Bí thư Đảng ủy, Chủ tịch UBND phường. Đồng chí Phó Bí thư Đảng "
                        "ủy, Chủ tịch UBND phường chủ trì hội nghị.")
    assert chairs[0] == "Lò Thị Hoa"


def test_a_resolution_for_next_year_is_a_plans_year():
    events, _ = _events("Chiều 18-12, Đảng ủy Cục Hậu cần tổ chức hội nghị tổng kết công tác lãnh đạo năm 2025, ra "
                        "nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2026.", stamp="")
    assert events[0].event_date == dt.date(2025, 12, 18)


def test_a_procuracys_supervision_is_an_inspection_on_its_own_day():
    events, chairs = _events(
        "Thực hiện Kế hoạch số 09/KH-VKS ngày 12/11/2025, ngày 20/11/2025, Đoàn kiểm sát do đồng chí Trần Thị Lan - "
        "Viện trưởng làm Trưởng đoàn đã trực tiếp kiểm sát việc thực hiện chế độ ăn tại Trại tạm giam số 5.",
        "Sau khi nghe báo cáo tình hình từ ngày 01/6/2025 đến ngày 15/11/2025, Đoàn đã trực tiếp kiểm tra sổ sách.")
    assert (events[0].event_type, events[0].event_date) == ("kiem_tra", dt.date(2025, 11, 20))
    assert chairs[0] == "Trần Thị Lan"


def test_a_numbered_submission_is_a_cited_document():
    _article, _names, _events, documents = _facts(
        "Sáng 12/6, UBND tỉnh tổ chức hội nghị.",
        "Theo đề nghị của Chỉ huy trưởng Bộ CHQS tỉnh tại Tờ trình số 2106/TTr-BCH ngày 28/7/2022, UBND tỉnh quyết định.")
    assert {d.doc_id: d.doc_type for d in documents} == {"to-trinh:2106/TTr-BCH": "submission"}


def test_a_submission_in_running_text_is_no_document():
    _article, _names, _events, documents = _facts(
        "Sáng 12/6, UBND tỉnh tổ chức hội nghị.", "Cơ quan quân sự đã làm tờ trình 2 lần trong năm.")
    assert documents == ()


def test_a_handover_after_tai_day_at_the_place_visited_is_an_event_of_the_visits_day():
    events, _ = _events(
        "Ngày 15/6, đoàn công tác Bộ CHQS tỉnh do Đại tá Nguyễn Văn Bình làm trưởng đoàn đã đến thăm Đồn Biên "
        "phòng Ia Lốp.", "Tại đây, Hội Phụ nữ Bộ CHQS tỉnh đã bàn giao công trình nước sạch cho Đồn.")
    assert ("ban_giao", dt.date(2024, 6, 15)) in _types(events)
