"""The prefiltered leftmost match (haucan/regex_prefilter.py) is exactly ``pattern.search``: on the
event types' alternation over tricky text (case, NFD, mojibake, odd whitespace, lookbehinds before the slice,
empty slices) and every window of the seeds, and on small patterns the prefilter must refuse or read right."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from haucan import regex_prefilter
from haucan.knowledge.event_reports import event_rules
from haucan.regex_prefilter import leftmost, prefilter

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TRICKY = [
    "Sáng 5/7, Cục Hậu cần tổ chức Hội nghị sơ kết 6 tháng đầu năm.",
    "HỘI NGHỊ TỔNG KẾT CÔNG TÁC HẬU CẦN NĂM 2024",
    unicodedata.normalize("NFD", "Lễ kỷ niệm 80 năm Ngày thành lập; hội thảo khoa học."),
    "Há»™i nghá»‹ sÆ¡ káº¿t (mojibake) rồi tổ chức tổng kết.",
    "Ban Chỉ đạo diễn tập tỉnh họp;\u00a0đã họp\u2009rút kinh nghiệm\tvà giao ban quý.",
    "Trung tâm Hội nghị quốc gia. Trước hội nghị, sau hội nghị, cung hội nghị.",
    "Dịp này, Bộ trao Bằng khen.\nNhân dịp này, Bộ tặng 3 Huân chương.",
    "Đoàn công tác đã kiểm tra kho; Đoàn đã khảo sát của đơn vị.",
    "Đại hội XII và Đại hội lần thứ IV; đại hội thi đua; ĐẠI HỘI ĐẢNG BỘ.",
    "thăm, hỏi, tặng quà; đến thăm gia đình; tới thăm các cán bộ; thăm động viên gia đình.",
    "kỷ niệm 70 năm thành lập, đơn vị tổ chức mít tinh.",
    "ſơ kết, \u212aỷ niệm, lễ \u0130 trao, ﬁ hội thi",  # characters whose case folding is special
    "   \n\n  ",
    "",
]


def _same(pattern: re.Pattern[str], starts, text: str, start: int, end: int) -> None:
    expected, got = pattern.search(text, start, end), leftmost(pattern, starts, text, start, end)
    assert (expected is None) == (got is None), (text[start:end], expected, got)
    if expected is not None:
        assert (expected.span(), expected.lastgroup) == (got.span(), got.lastgroup), text[start:end]


def test_the_event_types_have_a_prefilter() -> None:
    assert event_rules().any_type_starts is not None


@pytest.mark.parametrize("sentence", TRICKY)
def test_event_types_on_tricky_text(sentence: str) -> None:
    rules = event_rules()
    text = "Mở đầu. Tổ chức " + sentence + " Kết thúc."
    for start in range(len(text) + 1):
        for end in (start, min(len(text), start + 1), min(len(text), start + 25), len(text)):
            _same(rules.any_type, rules.any_type_starts, text, start, end)


def test_event_types_on_every_window_of_the_seeds() -> None:
    rules = event_rules()
    for path in sorted(SEEDS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for start in range(0, len(text), 37):
            _same(rules.any_type, rules.any_type_starts, text, start, min(len(text), start + 300))


@pytest.mark.parametrize("pattern", [r".b", r"\w+ hội", r"[^x]y", r"(?:a|.)b", r"x?", r"(?:ab)*", r"^|a", "(?m)^ab"])
def test_no_prefilter_where_a_match_could_start_anywhere(pattern: str) -> None:
    assert prefilter(re.compile(pattern)) is None


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?<=x)ab|c[de]f", "xab ab cdf cef"), (r"(?i:hội nghị)|Đại hội [IVX]+\b", "ĐẠI HỘI IV, Hội Nghị"),
    (r"a{0,2}bc", "bc aabc abc"), (r"(?:lễ|buổi lễ) ký", "buổi LỄ KÝ, lễ ký"), (r"a|ab|abc", "xxabc"),
])
def test_small_patterns_agree_with_search(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    starts = prefilter(compiled)
    assert starts is not None
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            _same(compiled, starts, text, start, end)


CUES = [r"(?<!\w)(?:tỉnh|Tỉnh ủy|thành phố|Thành ủy|TP\.?) ?", r"(?<!\w)(?:huyện|Huyện ủy|quận|Quận ủy|thị xã|Thị ủy) ?"]


@pytest.mark.parametrize("sentence", TRICKY + ["TP.HCM, TP HCM, tỉnh Quảng Nam; Tỉnh ủy Quảng Nam, quận 1, thị xã"])
def test_finditer_and_search_agree_with_the_stdlib(sentence: str) -> None:
    from haucan.knowledge.event_chair_fallbacks import fallback_rules
    from haucan.knowledge.event_cues import cue_rules

    patterns = [cue_rules().chair_before, fallback_rules().visit_lead, *map(re.compile, CUES)]
    text = "Mở đầu; Đồng chí Nguyễn Văn A chủ trì, đã đến thăm, TP. " + sentence + " đồng chủ trì. Kết thúc."
    for pattern in patterns:
        for start in range(0, len(text) + 1, 3):
            for end in (start, len(text) - 5, len(text)):
                expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, end)]
                assert [(m.span(), m.groupdict()) for m in regex_prefilter.finditer(pattern, text, start, end)] == expected
                first = pattern.search(text, start, end)
                got = regex_prefilter.search(pattern, text, start, end)
                assert (first and first.span()) == (got and got.span())


def _every_character() -> str:
    return "".join(map(chr, range(0x110000)))


def test_case_variants_hold_every_character_re_matches() -> None:
    """The prefilter is written case-sensitively, each character standing for its case variants: they must hold
    every character a case-insensitive ``re`` literal matches (fewer would lose candidates), checked by ``re``
    itself over all of Unicode, for every character the project's prefilters use and for the odd folds."""
    from haucan.extract.lexicon import lexicon

    everything = _every_character()
    lex = lexicon()
    patterns = [event_rules().any_type, *map(re.compile, CUES), lex.rank, lex.position, lex.place, lex.org_fixed]
    chars = {c for p in patterns for s, _ in regex_prefilter._sequence(regex_prefilter._parser.parse(p.pattern, p.flags), 3)
             for c in s}
    chars |= set("iIİısSſkKKµμΜåÅÅßẞθϑϴΘ\u0345ιΙᾳ") | set("aăâbcdđeêghilmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệ"
                                                               "íìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
    chars |= {c.upper() for c in set(chars) if len(c.upper()) == 1}
    for char in sorted(chars):
        matched = set(re.findall("(?i:" + re.escape(char) + ")", everything))
        assert matched <= set(regex_prefilter._variants(char)), char
        assert regex_prefilter._variants(char)[0] == char


@pytest.mark.parametrize("sentence", TRICKY)
def test_trie_finds_every_place_the_case_insensitive_strings_do(sentence: str) -> None:
    """The trie against the plain case-insensitive alternation of the same strings (the first form of the
    prefilter): every start the alternation finds, the trie finds."""
    strings = {"hội", "tổ ", "lễ", "ſơ", "kỷ", "i t", "ĐẠI"}
    trie = re.compile(regex_prefilter._trie(strings))
    alternation = re.compile("(?i:" + "|".join(map(re.escape, strings)) + ")")
    text = sentence + " " + sentence.upper() + " " + sentence.lower()
    found = {m.start() for m in re.finditer(f"(?=(?:{trie.pattern}))", text)}
    assert {m.start() for m in re.finditer(f"(?=(?:{alternation.pattern}))", text)} <= found
