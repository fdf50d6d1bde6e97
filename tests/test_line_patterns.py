"""Line-anchored patterns searched as one (schema/line_patterns.py): "does any of them occur?" has the same answer
as searching each alone, for the build's in-text patterns and for patterns built to trip the joining."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from haucan.rules import load_rules
from schema.checks import _joinable
from schema.line_patterns import line_anchored, search_plan

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = tuple(p for p in load_rules().in_text_patterns() if _joinable(p))
LINES = ["Bài viết bình thường.", "12:30", "Truy cập nội dung luôn", "Theo dõi", "Theo Báo Quân đội",
         "(Theo TTXVN)", "www.qdnd.vn", "date 2024-01-02 Tin", "x date 2024-01-02", "ảnh 12", "giữa ảnh 12 câu",
         "Tags:", "1 2 3", "a\u00a0b", "Trang chủ > Tin", "Nguồn: abc", "Dòng", "- Ảnh 3.", "VnExpress Online", "",
         "Đang tải...", "Bình luận", "Xem thêm tại qdnd.vn", "A- A A+", "Hotline: 0123", "/tin-tuc/abc",
         "Quảng cáo", unicodedata.normalize("NFD", "Quảng cáo"), "Ã¡o", "\u3000Tags:", " Tags:", "\x1c"]


def _any_alone(patterns, text: str) -> bool:
    return any(p.search(text) for p in patterns)


def test_most_of_the_build_patterns_are_joined():
    """Not vacuous: the build's patterns shrink to a few searches."""
    assert sum(map(line_anchored, PATTERNS)) >= 30
    assert len(search_plan(PATTERNS)) <= len(PATTERNS) - 29


def test_build_patterns_answer_as_searched_alone():
    rng = random.Random(7)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").rglob("*.txt"))[:40]]
    plan = search_plan(PATTERNS)
    texts = list(LINES) + seeds
    for _ in range(400):
        lines = [rng.choice(LINES) for _ in range(rng.randint(1, 5))]
        texts.append(rng.choice(["\n", " ", "\r\n", "\n\n", "x"]).join(lines))
    for seed in seeds[:10]:  # a residue line put first, in the middle, last, and glued after other text
        for line in LINES:
            texts += [line + "\n" + seed, seed + "\n" + line, seed.replace("\n", "\n" + line + "\n", 1), "câu " + line]
    found = 0
    for text in texts:
        expected = _any_alone(PATTERNS, text)
        assert _any_alone(plan, text) == expected, text[:80]
        found += expected
    assert found > 100


SYNTHETIC = [
    (r"(?m)^a", True), (r"^a", False), (r"(?m)(?:^a|^b)c", True), (r"(?m)^a|b", False), (r"(?m)(?:^a|b)", False),
    (r"(?m)(?-m:^a)", False), (r"(?m)^(a)\1", False), (r"(?m)^(?P<x>a)", False), (r"(?m)^(a)(?(1)b|c)", False),
    (r"(?m)a^", False), (r"(?m)\s^a", False), (r"(?m)(?i:^Tin)", True), (r"(?m)(^a|^b)+", False),
    (r"(?m)(?:(?:^a)|(?:^b|^c))d", True), (r"(?m)^$", True), (r"(?m)$", False), (r"(?m)(?i)^tags:", True),
]


@pytest.mark.parametrize("source,anchored", SYNTHETIC)
def test_only_patterns_that_begin_at_a_line_start_are_joined(source, anchored):
    assert line_anchored(re.compile(source)) is anchored


def test_synthetic_patterns_answer_as_searched_alone():
    patterns = tuple(re.compile(s) for s, _ in SYNTHETIC if _joinable(re.compile(s)))
    plan = search_plan(patterns)
    assert len(plan) < len(patterns)
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice("abcdTtINn\n :s") for _ in range(rng.randint(0, 12)))
        for size in (1, 2, 3):  # every subset of neighbours, so each pattern is also joined with few others
            for start in range(0, len(patterns) - size + 1):
                group = patterns[start:start + size]
                assert _any_alone(search_plan(group), text) == _any_alone(group, text), (text, group)
        assert _any_alone(plan, text) == _any_alone(patterns, text), text


def test_verbose_patterns_are_left_alone():
    """A comment in a verbose pattern would swallow what the join puts after it."""
    verbose = re.compile("(?mx)^a  # a comment")
    assert not line_anchored(verbose)
    assert verbose in search_plan((verbose, re.compile(r"(?m)^b"), re.compile(r"(?m)^c")))
