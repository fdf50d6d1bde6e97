"""The event cues' sentence-end pattern with its abbreviation lookbehinds read after the first stop
(haucan/knowledge/event_cues.py) finds exactly the stops the old pattern, lookbehinds first, found."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from haucan.knowledge import event_cues
from haucan.knowledge.event_cues import sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
OLD = re.compile(r"(?<![\s(][A-ZĐ])(?<![\s(][A-ZĐ][A-ZĐa-z])(?<![\s(][A-ZĐ][A-ZĐa-z][A-ZĐ])[.!?…]+\s+"
                 r"(?=[A-ZĐÀ-Ỹ\"“(\d])|\n+")

TRICKY = [
    "GS. TS Đặng Văn Hưng phát biểu. TP. Hồ Chí Minh tổ chức. (Đ. Nam) Cục ABC. Xong.",
    "Ông A.. B!? C… D... E?!\u00a0F.\tG.\n\n\nH",
    ". Mở đầu bằng dấu chấm. ĐT. 123. Đ.\nX",
    " T. Đ. (T. A. QK. Ban TTr. Quận) 1. 2? “Trích.” \"Dẫn.\" (Mở.)",
    unicodedata.normalize("NFD", "Hội nghị kết thúc. Ông Nguyễn Văn Ánh phát biểu… Được."),
    "Há»™i nghá»‹. Káº¿t thÃºc. Ã‰p.",
    "", "\n", "...", "A. ", " .B",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", TRICKY)
def test_same_stops_on_tricky_text(text: str) -> None:
    for start in range(len(text) + 1):  # every suffix: stops at the text's start and lookbehinds cut short
        assert _spans(event_cues._SENTENCE_END, text[start:]) == _spans(OLD, text[start:]), text[start:]


def test_same_stops_on_the_seeds() -> None:
    for path in sorted(SEEDS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _spans(event_cues._SENTENCE_END, text) == _spans(OLD, text), path.name


def test_sentences_unchanged_on_a_paragraph() -> None:
    text = "Sáng 5/7, Cục tổ chức hội nghị. GS. TS Lê Văn A chủ trì.  Đại tá B. Nguyễn phát biểu!\nKết thúc"
    assert sentences(text) == [(0, 31), (32, 56), (58, 85), (86, 94)]  # no stop after the initial "B."
