"""The memos of paragraph/sentence splits (haucan/text_memo.py) and of ``canonical_name`` give the uncached
answers, hand out lists no other caller shares, and stay bounded."""

from __future__ import annotations

from pathlib import Path

from haucan.knowledge.event_cues import paragraphs, sentences
from haucan.knowledge.orgs import canonical_name

REPO = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8", errors="replace")
             for folder in (REPO / "seeds", REPO / "tests" / "realworld" / "dev") for path in sorted(folder.glob("*.txt"))]
    return texts + ["", " ", "\n\n", "Một câu. Hai câu! Ba câu? TP. Hồ Chí Minh… GS. TS Đặng Văn Hưng nói.",
                    "dòng một\n  \ndòng hai\n"]


def test_memoised_splits_are_the_uncached_ones_asked_twice_in_any_order():
    texts = _texts()
    for text in texts + texts[::-1]:  # second round: every answer from the memo (or recomputed after eviction)
        assert paragraphs(text) == paragraphs.uncached(text)
        for start, end in paragraphs(text):
            piece = text[start:end]
            assert sentences(piece) == sentences.uncached(piece)
        assert sentences(text) == sentences.uncached(text)
    assert sentences.cache_info().hits > 0 and paragraphs.cache_info().hits > 0


def test_each_caller_gets_its_own_list():
    text = "Câu một. Câu hai.\nĐoạn hai."
    first = sentences(text)
    first.append((99, 100))
    first[0] = (5, 5)
    assert sentences(text) == sentences.uncached(text)
    assert sentences(text) is not sentences(text)


def test_the_memo_is_bounded():
    for i in range(2000):
        sentences(f"Câu {i}. Câu sau.")
    assert sentences.cache_info().currsize <= sentences.cache_info().maxsize < 2000


def test_canonical_name_cached_is_the_function_itself():
    surfaces = ["QK7", "Bộ CHQS tỉnh Nghệ An", "Cục Hậu cần - Kỹ thuật", "Cục Hậu cần–Kỹ thuật", "Ban Chỉ huy Quân sự  huyện",
                "Đảng uỷ Quân khu 7", "", "  ", "Sư đoàn 324", "BCHQS", "Bộ CHQS"]
    for surface in surfaces + surfaces:
        assert canonical_name(surface) == canonical_name.__wrapped__(surface)
    assert canonical_name.cache_info().hits >= len(surfaces)
    assert canonical_name("QK7") == "Quân khu 7"  # the docstring's own example
