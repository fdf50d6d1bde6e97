"""Session 8 (events): the event types matched by one alternation give what the per-type loop gave; chair and
date families read from the third set's misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from haucan.knowledge.events import _type_in, event_rules

REALWORLD = Path(__file__).parent / "realworld"

TRICKY = [
    # two types at one place: the earlier (more specific) rule wins
    "Sáng 5/7, Cục Hậu cần tổ chức Hội nghị sơ kết 6 tháng đầu năm.",
    "Hội nghị bàn giao nhiệm vụ Chủ nhiệm Hậu cần được tổ chức trọng thể.",
    # lookbehinds that look before the searched slice
    "Ban Chỉ đạo diễn tập tỉnh họp phiên thứ nhất.",
    "Tại Trung tâm Hội nghị quốc gia, Bộ Quốc phòng tổ chức Lễ kỷ niệm 80 năm.",
    "Trước hội nghị, đoàn kiểm tra đã kiểm tra kho xăng dầu.",
    "Các đơn vị tổ chức sơ kết 5 năm thực hiện Nghị quyết 623.",
    "Dịp này, Bộ Quốc phòng trao Bằng khen cho 5 tập thể.",
    "Đoàn công tác của Tổng cục đã đến thăm và làm việc với Lữ đoàn 649; sau đó kiểm tra kho.",
    "Lễ giao nhận quân năm 2025 diễn ra sáng 12/2.",
    "Nhân dịp kỷ niệm 79 năm ngày thành lập, ngày 13-6, Cục tổ chức họp mặt các thế hệ.",
    "Không có sự kiện nào ở đây.",
    "",
]


def _loop(text: str, start: int, end: int):
    """The per-type loop the alternation replaced: each type's first match, the leftmost wins, ties to the earlier."""
    best = None
    for rule in event_rules().types:
        match = rule.pattern.search(text, start, end)
        if match and (best is None or match.start() < best[1].start()):
            best = (rule, match)
    return best


def _same(text: str, start: int, end: int) -> None:
    one, loop = _type_in(text, start, end), _loop(text, start, end)
    assert (one is None) == (loop is None), text[start:end]
    if one:
        assert one[0] is loop[0] and one[1].span() == loop[1].span(), text[start:end]


@pytest.mark.parametrize("sentence", TRICKY)
def test_alternation_matches_the_loop_on_tricky_sentences(sentence: str) -> None:
    text = "Mở đầu. " + sentence + " Kết thúc."
    _same(text, 8, 8 + len(sentence))  # a slice inside a longer text: lookbehinds may see before it
    _same(sentence, 0, len(sentence))


def test_alternation_matches_the_loop_on_every_line_of_the_real_world_pages() -> None:
    checked = 0
    for page in sorted(REALWORLD.glob("*/*.txt")):
        text = page.read_text(encoding="utf-8")
        start = 0
        for line in text.split("\n"):
            _same(text, start, start + len(line))
            start += len(line) + 1
            checked += 1
    assert checked > 1000
