"""Event families of the spent fifteenth blind set (issue 14, session 13), on invented sentences: a lessons-learned
review held with no 'hội nghị' in its words ('tổ chức rút kinh nghiệm', 'buổi rút kinh nghiệm') is a conference
chaired by who 'chủ trì' it; a lead summing up what many units did reports no event of its own, so the led
inspection told on its day is the page's main event, chaired by its head."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events_families import _events


@pytest.mark.parametrize("lead", [
    "Ngày 12/6/2024, Bộ CHQS tỉnh tổ chức rút kinh nghiệm mô hình hậu cần tại chỗ ở xã Tân Lập. Đại tá Lê Văn "
    "Khánh, Chủ nhiệm Hậu cần - Kỹ thuật Bộ CHQS tỉnh chủ trì, đề nghị nhân rộng mô hình.",
    "Ngày 12/6/2024, tại xã Tân Lập, Đại tá Lê Văn Khánh, Chủ nhiệm Hậu cần - Kỹ thuật Bộ CHQS tỉnh chủ trì buổi "
    "rút kinh nghiệm mô hình hậu cần tại chỗ.",
])
def test_a_lessons_learned_review_without_hoi_nghi_is_a_conference(lead):
    events, chairs = _events(lead)
    assert [e.event_type for e in events] == ["hoi_nghi"]
    assert events[0].event_date == dt.date(2024, 6, 12) and chairs == ["Lê Văn Khánh"]


def test_lessons_drawn_as_a_noun_report_no_conference():
    events, _ = _events("Qua diễn tập, đơn vị rút ra nhiều bài học kinh nghiệm về công tác bảo đảm hậu cần.")
    assert all(e.event_type != "hoi_nghi" for e in events)
