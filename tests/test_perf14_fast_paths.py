"""perf14's fast paths give exactly the old paths' results: the menu phrases searched by first character
(haucan/furniture.py) against the whole list, and the entity lexicons' prefiltered finditer
(haucan/extract/entities.py through haucan/regex_prefilter.py) against ``Pattern.finditer``; on tricky
text (case, NFD, mojibake, odd whitespace, empty, folds that change length) and on every line of the seeds."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from haucan import furniture, regex_prefilter
from haucan.extract import entities
from haucan.extract.lexicon import lexicon

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TRICKY = [
    "", " ", "|", "Trang chủ > Quân sự > Hậu cần", "TRANG CHỦ > QUÂN SỰ", "Chia sẻ | In bài", "Thời sự",
    "Chính trịNgày 5-1, Bộ Quốc phòng tổ chức hội nghị tổng kết", "Chi tiếtSáng 5/1, Đại tá Nguyễn Văn A",
    unicodedata.normalize("NFD", "Trang chủ > Quốc phòng > Sư đoàn 5 tổng kết công tác năm 2024"),
    "Trang chá»§ > QuÃ¢n sá»± (mojibake)", "Trang\u00a0chủ\u2009>\tTin tức", "ßtraße Chia sẻ", "İn bài | ſhare",
    "Tin tức - Sự kiện | Hoạt động | Đào tạo", "Đăng nhập", "Bình luận (3)", "x" * 200,
    "Thiếu tướng Nguyễn Văn B, Phó Tư lệnh Quân khu 7; Đại tá PGS, TS Lê C, Chủ nhiệm Hậu cần-Kỹ thuật.",
    "Cục Hậu cần, Quân khu 4; Bộ CHQS tỉnh Nghệ An; năm 2024; ngày 5/7/2025; Nghị quyết số 44-NQ/TW.",
    "ĐẠI TÁ NGUYỄN VĂN D, CHÍNH ỦY SƯ ĐOÀN 5, nhiệm kỳ 2020-2025, quý III/2024",
]


def _old_is_menu_line(text: str) -> bool:
    if len(text) > furniture.MAX_MENU_CHARS:
        return False
    folded, position, found = text.casefold(), 0, False
    while position < len(folded):
        if folded[position] in furniture._MENU_SEPARATORS:
            position += 1
            continue
        phrase = next((p for p in furniture.menu_phrases() if folded.startswith(p, position) and (
            position + len(p) == len(folded) or folded[position + len(p)] in furniture._MENU_SEPARATORS)), None)
        if phrase is None:
            return False
        position += len(phrase)
        found = True
    return found


def _old_cut_glued_menu(text: str) -> list[str]:
    if (crumbs := furniture.cut_crumb_headline(text)) is not None:
        return crumbs
    folded = text.casefold()
    phrase = next((p for p in furniture.menu_phrases() if folded.startswith(p)), None)
    if phrase is None or len(text) <= len(phrase) + furniture.MIN_CRUMB_TITLE_CHARS or not text[len(phrase)].isupper():
        return [text]
    return [text[: len(phrase)], text[len(phrase):]]


def _lines() -> list[str]:
    lines = list(TRICKY)
    for path in sorted(SEEDS.rglob("*.txt")):
        lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
    # Every menu phrase alone, glued to a capital, in capitals, and two of them between separators.
    phrases = furniture.menu_phrases()
    lines += list(phrases) + [p.upper() for p in phrases] + [p.title() + "Ngày 5-1, Bộ Quốc phòng tổ chức"
                                                                    for p in phrases]
    lines += [f"{a} | {b} > {a}" for a, b in zip(phrases, phrases[1:], strict=False)]
    return lines


def test_menu_lines_as_before() -> None:
    for line in _lines():
        for text in (line, line.strip(), line[:40]):
            assert furniture.is_menu_line(text) == _old_is_menu_line(text), text
            assert furniture.cut_glued_menu(text) == _old_cut_glued_menu(text), text


def test_phrase_groups_hold_every_phrase_in_order() -> None:
    groups = furniture._phrases_by_initial()
    assert sorted(p for g in groups.values() for p in g) == sorted(furniture.menu_phrases())
    for group in groups.values():
        assert [len(p) for p in group] == sorted((len(p) for p in group), reverse=True)


def _patterns():
    lex = lexicon()
    return [lex.rank, lex.position, lex.known_persons, lex.doc_ref, lex.org_fixed, lex.org_headed, entities._DATE_YEAR]


@pytest.mark.parametrize("index", range(7))
def test_lexicon_matches_as_finditer(index: int) -> None:
    pattern = _patterns()[index]
    texts = TRICKY + [t.upper() for t in TRICKY] + [t.lower() for t in TRICKY]
    texts += [path.read_text(encoding="utf-8", errors="replace") for path in sorted(SEEDS.rglob("*.txt"))]
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in regex_prefilter.finditer(pattern, text)] == expected, text[:80]


def _old_sentence_case_gate(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return not (not letters or any(c.islower() for c in letters))


def test_capitals_test_as_before() -> None:
    from haucan import name_case

    names = _lines() + ["ⓐBC", "ªBC", "ABC ª", "Σ", "ǅ", "ǄA", "1234 - ..", "ẞ TRƯỜNG", "ﬁ"]
    for name in names + [n.upper() for n in names]:
        assert name_case._all_capitals(name) == _old_sentence_case_gate(name), name


def test_footer_particulars_as_before() -> None:
    from haucan import outlet_text

    assert outlet_text._PARTICULARS_GATE is not None
    extra = ["BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM - Cơ quan chủ quản: Ban Tuyên giáo",
             "Tạp chí Hậu cần Quân đội. Tổng biên tập: Đại tá X", "Báo Quân khu 7 | ĐIỆN THOẠI: 028 1234",
             "Email: toasoan@qdnd.vn", "HOTLINE 0912", "Địa chỉ: 7 Phan Đình Phùng", "Trụ sở chính",
             unicodedata.normalize("NFD", "Báo X - Địa chỉ: số 1"), "ĐỊA CHỈ", "emailing list", "Cơ quan củaBộ"]
    for line in _lines() + extra:
        stripped = line.strip()
        old = outlet_text._PARTICULARS.sub("", stripped)
        new = stripped if outlet_text._PARTICULARS_GATE.search(stripped) is None else old
        assert new == old, line
