"""A reviewed period written backwards ('nhiệm kỳ 2020-2016', a typo) gives no bounds: the events table's contract
requires start <= end, and rows breaking it would reject the whole article (found on generated text, perf16)."""

from __future__ import annotations

import datetime as dt

from haucan.knowledge.event_periods import period_bounds
from tests.test_events_families import _events


def test_a_backwards_period_has_no_bounds_and_a_forward_one_keeps_them():
    assert period_bounds("2020/2016", "PERIOD", None) == (None, None)
    assert period_bounds("2024-06/2024-01", "PERIOD", None) == (None, None)
    assert period_bounds("2016/2020", "PERIOD", None) == (dt.date(2016, 1, 1), dt.date(2020, 12, 31))
    assert period_bounds("2024-01/2024-06", "PERIOD", None) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))


def test_an_event_reviewing_a_backwards_term_keeps_its_words_without_bounds():
    events, _ = _events("Sáng 18/6, Đảng ủy Trung đoàn 8 tổ chức hội nghị sơ kết thực hiện nghị quyết đại hội "
                        "Đảng các cấp nhiệm kỳ 2020-2016, Thượng tá Hà Minh Đức chủ trì.")
    assert events, "the conference is still an event"
    for event in events:
        start, end = event.period_reviewed_start, event.period_reviewed_end
        assert start is None or end is None or start <= end
