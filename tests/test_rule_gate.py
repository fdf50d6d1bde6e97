"""The combined check before the residue and stamp rule loops (haucan/rule_gate.py) gives the plain loops' answers.

Every line of the seeds and the real-world dev pages, and lines made to match two rules at once, go through the
gated functions and through the loops as they were written before the gate (kept here as the reference)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from haucan import rule_gate
from haucan.blocks import _residue_rule
from haucan.rules import load_rules
from haucan.stamps import _is_writer, stamp_rule

REPO = Path(__file__).resolve().parent.parent


def _plain_residue(text, rules):
    return next((r for r in rules.residue if r.pattern.search(text)), None)


def _plain_stamp(text, rules):
    for rule in rules.stamps:
        match = rule.pattern.match(text)
        if match and ("writer" not in match.groupdict() or _is_writer(match.group("writer"))):
            return rule
    return None


def _lines() -> list[str]:
    lines = set()
    for folder in (REPO / "seeds", REPO / "tests" / "realworld" / "dev"):
        for path in sorted(folder.glob("*.txt")):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                lines.update((line, line.strip()))
    tricky = ["", " ", "\n", "leftcenterrightdel", "leftcenterrightdel\n", "x leftcenterrightdel",
              "12/03/2024 08:30", "Nguyễn Văn An 12/03/2024 08:30", "Hà Nội 12/03/2024 08:30",
              "Thứ Hai, 12/03/2024", "♦ một tin ngắn ♦ tin thứ hai dài ♦ tin thứ ba dài", "Trang chủ Tin tức",
              "Theo QĐND", "(TTXVN/Vietnam+)", "©2024 Báo ABC", "Tháng 8/2020", "2024-03-12 08:30"]
    return sorted(lines | set(tricky))


def test_the_gated_rules_give_the_plain_loops_answers_on_every_line():
    rules = load_rules()
    lines = _lines()
    assert len(lines) > 5_000
    residue = [(line, _residue_rule(line, rules), _plain_residue(line, rules)) for line in lines]
    assert [r[1] for r in residue] == [r[2] for r in residue]
    stamps = [(line, stamp_rule(line, rules), _plain_stamp(line, rules)) for line in lines]
    assert [s[1] for s in stamps] == [s[2] for s in stamps]
    # The check is not vacuous: many lines match a rule, and lines rejected by the writer test exist.
    assert sum(r[1] is not None for r in residue) > 500 and sum(s[1] is not None for s in stamps) > 100


def test_every_loaded_rule_is_covered_except_those_with_back_references():
    rules = load_rules()
    residue_gate, stamp_gate = rule_gate._search_gate(rules.residue), rule_gate._match_gate(rules.stamps)
    assert residue_gate.pattern is not None and stamp_gate.pattern is not None
    for i in residue_gate.outside:
        assert "(?P=" in rules.residue[i].pattern.pattern
    assert not stamp_gate.outside


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]


def _rules(*patterns: str) -> tuple[_Rule, ...]:
    return tuple(_Rule(f"r{i}", re.compile(p)) for i, p in enumerate(patterns))


def test_the_first_rule_in_order_wins_when_several_match():
    rules = _rules(r"^(?P<day>\d+) ngày$", r"^(?P<day>\d+)", r"^\d+ ngày$")  # same group name twice
    gate = rule_gate.Gate([r.pattern for r in rules], anchored=True)
    assert not gate.outside
    assert rule_gate.first_found(rules, "12 ngày").name == "r0"
    assert rule_gate.first_found(rules, "12 tuần").name == "r1"
    assert rule_gate.first_found(rules, "tuần") is None


@pytest.mark.parametrize("pattern, why", [
    (r"(?P<m>[♦•])\s.+(?P=m)$", "a back-reference"),
    (r"(\w)\1", "a numbered back-reference"),
    (r"ngày \d+$", "not anchored: search finds it anywhere"),
    (r"^ngày|tuần$", "one alternative not anchored"),
    (r"(?m)^ngày$", "MULTILINE: ^ matches after every line break"),
    (r"^[(?P<x>]ab$", "the text of a named group inside a class is not a group"),
])
def test_patterns_the_gate_cannot_cover_are_always_tried(pattern, why):
    rules = _rules(r"^xyz$", pattern)
    gate = rule_gate.Gate([r.pattern for r in rules], anchored=True)
    assert gate.outside == (1,) or gate.pattern is None, why
    for text in ("xyz", "aa ngày 3", "♦ a b ♦", "ngày\nngày", "tuần", "ab", "<ab", "Pab"):
        assert rule_gate.first_found(rules, text) == _plain_residue(text, type("R", (), {"residue": rules})), text


def test_a_global_inline_flag_means_no_gate_and_the_plain_loop():
    rules = _rules(r"^abc$", r"(?i)^NGÀY$")
    gate = rule_gate.Gate([r.pattern for r in rules], anchored=True)
    assert gate.pattern is None and gate.outside == (0, 1)
    assert rule_gate.first_found(rules, "ngày").name == "r1"


def test_match_mode_covers_unanchored_patterns_and_keeps_the_extra_test():
    rules = _rules(r"(?P<writer>\w+) (?P<day>\d+)", r"\w+ (?P<day>\d+)")
    assert not rule_gate.Gate([r.pattern for r in rules], anchored=False).outside
    says_no_to_first = lambda rule, text: rule.pattern.match(text) is not None and rule.name != "r0"  # noqa: E731
    assert rule_gate.first_matching(rules, "An 12", says_no_to_first).name == "r1"
    assert rule_gate.first_matching(rules, "- An 12", says_no_to_first) is None
