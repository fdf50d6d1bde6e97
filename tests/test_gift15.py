"""Gift families of the spent tenth blind set (issue 14, session 12, gift15), on invented sentences: counted gifts
after a recipient of two units and 'mỗi đơn vị', a counted thing before a sum of money, blankets, flags and books
counted, a bare 'trao' right before the count, gifts on an occasion no rule names; never a cup; houses counted
after the organiser's 'tổ chức bàn giao' are the handover itself ('ban_giao'), gifts handed over on its occasion a
'le_trao_tang' beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events_families import _events

VISIT = ("Ngày 14/6, đoàn công tác của Bộ Tư lệnh Quân khu 2 do Đại tá Lò Văn Minh làm trưởng đoàn đã đến kiểm tra "
         "công tác hậu cần tại Trung đoàn 98.")


@pytest.mark.parametrize("gifts", [
    "Dịp này, đoàn tặng Đại đội 3 và Kho K45 mỗi đơn vị 1 bộ nồi nấu cơm trị giá 30 triệu đồng.",
    "Nhân dịp này, đoàn đã trao tặng mỗi đơn vị 1 lẵng hoa và 15 triệu đồng.",
    "Đoàn còn tặng 150 chăn ấm cho các hộ nghèo của xã.",
    "Dịp này, Bộ Tư lệnh trao 12 bộ dụng cụ cấp dưỡng cho Ban CHQS các xã.",
    "Dịp này, đoàn trao 3 tủ thuốc cho Trạm Quân dân y kết hợp.",
    "Dịp này, đoàn trao tặng 500 lá cờ Tổ quốc và 200 cuốn vở cho học sinh.",
])
def test_counted_things_handed_over_on_a_visit_are_a_gift_event_on_its_day_with_no_chair(gifts):
    events, chairs = _events(VISIT, gifts)
    assert [e.event_type for e in events] == ["kiem_tra", "le_trao_tang"]
    assert events[1].event_date == dt.date(2024, 6, 14) and chairs == ["Lò Văn Minh", None]


@pytest.mark.parametrize("told", [
    "Kết thúc hội thao, Ban Tổ chức trao 3 chiếc cúp cho các đội đoạt giải.",
    "Dịp này, đoàn trao giải Nhất cho 2 đội, mỗi giải trị giá 5 triệu đồng.",
    "Thượng tá Hà Văn Sơn cho biết năm nay đơn vị sẽ trao 20 bộ quần áo ấm cho học sinh.",
])
def test_a_cup_a_prize_or_a_promise_is_no_gift_event(told):
    events, _ = _events(VISIT, told)
    assert [e.event_type for e in events] == ["kiem_tra"]


@pytest.mark.parametrize("lead", [
    "Ngày 12/6, Lữ đoàn 414 phối hợp với chính quyền địa phương tổ chức bàn giao 2 “Nhà đồng đội” cho quân nhân.",
    "Ngày 12/6, Bộ CHQS tỉnh tổ chức bàn giao 4 căn nhà “Mái ấm đồng đội” cho gia đình quân nhân.",
])
def test_houses_counted_after_the_organisers_handover_verb_are_the_handover_gifts_beside_it_are_one(lead):
    events, _ = _events(lead, "Dịp này, Lữ đoàn trao 2 suất quà, mỗi suất gồm ti vi và tủ lạnh, cho các gia đình.")
    assert [e.event_type for e in events] == ["ban_giao", "le_trao_tang"]
    assert [e.event_date for e in events] == [dt.date(2024, 6, 12)] * 2


def test_counted_gifts_handed_over_by_ban_giao_are_still_gifts():
    events, _ = _events("Ngày 12/6, Hội Phụ nữ tỉnh bàn giao 200 suất quà cho các gia đình quân nhân khó khăn.")
    assert [e.event_type for e in events] == ["le_trao_tang"]


def test_gifts_on_an_occasion_no_rule_names_are_still_the_pages_event():
    events, chairs = _events("Ngày 10/6, y, bác sĩ Bệnh xá Sư đoàn 3 đã về xã Nậm Cang chăm sóc sức khỏe cho đồng "
                             "bào các dân tộc.",
                             "Dịp này, Sư đoàn đã trao tặng 100 suất quà cho các hộ nghèo của xã.")
    assert [e.event_type for e in events] == ["le_trao_tang"]
    assert events[0].event_date == dt.date(2024, 6, 10) and chairs == [None]


def test_an_occasion_with_no_gift_and_no_event_still_reports_nothing():
    events, _ = _events("Ngày 10/6, y, bác sĩ Bệnh xá Sư đoàn 3 đã về xã Nậm Cang chăm sóc sức khỏe cho đồng "
                        "bào các dân tộc.",
                        "Dịp này, nhiều hộ nghèo được hướng dẫn cách phòng bệnh mùa mưa.")
    assert events == ()
