"""Event families of the spent eleventh blind set (issue 14, session 12), on invented sentences: a ceremony named
by two acts whose second is the handover ('Lễ thượng cờ, tiếp nhận tàu …', 'lễ khánh thành, bàn giao …') is a
`ban_giao`; counted equipment handed over by the verb alone ('đã bàn giao 20 máy phát điện … cho …') is a
`ban_giao` too, while counted gifts after 'bàn giao' stay a `le_trao_tang`."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events_families import _events


@pytest.mark.parametrize("lead", [
    "Sáng 13/6, tại Hải Phòng, Bộ Tư lệnh Vùng 1 Hải quân tổ chức Lễ thượng cờ, tiếp nhận tàu HQ-999 cho Lữ đoàn 170.",
    "Sáng 13/6, Bộ Tư lệnh Vùng 2 Hải quân tổ chức lễ thượng cờ và tiếp nhận tàu vận tải mới cho Lữ đoàn 125.",
    "Ngày 13/6, Đồn Biên phòng Tân Lập tổ chức lễ khánh thành, bàn giao công trình nhà ăn cho đơn vị.",
])
def test_a_ceremony_named_by_two_acts_ending_in_the_handover_is_a_handover(lead):
    events, _ = _events(lead)
    assert [e.event_type for e in events][:1] == ["ban_giao"]
    assert events[0].event_date == dt.date(2024, 6, 13)


def test_the_chair_of_a_two_act_handover_ceremony_is_who_chairs_it():
    events, chairs = _events(
        "Sáng 13/6, Bộ Tư lệnh Vùng 1 Hải quân tổ chức Lễ thượng cờ, tiếp nhận tàu HQ-999 cho Lữ đoàn 170.",
        "Chuẩn Đô đốc Lưu Văn Tường, Tư lệnh Vùng 1 Hải quân chủ trì buổi lễ.")
    assert events[0].event_type == "ban_giao" and chairs[0] == "Lưu Văn Tường"


@pytest.mark.parametrize("lead", [
    "Ngày 21/6, Phòng Hậu cần Công an tỉnh đã bàn giao 25 máy phát điện và 40 tủ lạnh cho Công an các xã biên giới.",
    "Ngày 21/6, Công an tỉnh bàn giao 15 xe ô tô tải chuyên dụng cho Công an các xã, phường.",
    "Ngày 21/6, Bộ CHQS tỉnh tổ chức bàn giao 12 xe ô tô chuyên dùng cho Ban CHQS các xã.",
])
def test_counted_equipment_handed_over_by_the_verb_is_a_handover(lead):
    events, _ = _events(lead)
    assert [e.event_type for e in events][:1] == ["ban_giao"]
    assert events[0].event_date == dt.date(2024, 6, 21)


def test_counted_gifts_after_the_handover_verb_stay_a_gift():
    events, _ = _events("Ngày 21/6, Hội Chữ thập đỏ tỉnh bàn giao 200 suất quà cho các hộ nghèo xã Tân Lập.")
    assert "ban_giao" not in [e.event_type for e in events]
    assert "le_trao_tang" in [e.event_type for e in events]


def test_a_send_off_is_still_no_handover():
    events, _ = _events("Sáng 21/6, huyện Tân Lập tổ chức Lễ giao, nhận quân năm 2024.")
    assert "ban_giao" not in [e.event_type for e in events]
