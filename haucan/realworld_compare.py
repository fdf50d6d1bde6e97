"""How the real-world scorer (haucan/realworld.py) compares published text with page gold: ``norm`` (text as a
reader compares it) and ``furniture_leaks`` (which gold furniture lines reached the published text, title,
captions or authors — the issue-14 measure "no furniture leaked")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

DASHES = re.compile(r"\s*[-‐‑–—]\s*")


def norm(text: str | None) -> str | None:
    """Text compared as a reader would: NFC, one kind of dash without spaces, single spaces, case-folded."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text).replace("Ð", "Đ")
    return " ".join(DASHES.sub("-", text).split()).casefold()


def _lines(text: str) -> set[str]:
    return {norm(line) for line in text.split("\n") if line.strip()}


def furniture_leaks(article, furniture: Iterable[str], gold_title: str = "",
                    gold_authors: Iterable[str] = ()) -> list[str]:
    """The gold furniture lines found in the published text (as a whole line), title, captions or authors.

    An author the gold itself lists is no place of a leak: a unit signing as 'Phòng Hậu cần - Công an tỉnh X' holds
    the words of the footer line 'CÔNG AN TỈNH X' because the credit names that body.

    The title is searched with its case kept: a headline repeated in capitals under itself is furniture whose
    words are the title's, so only the capitals themselves in the title are a leak. Furniture the real headline
    itself contains (a category line 'Quốc phòng toàn dân' before 'Quốc phòng toàn dân: Hội thao …', or the
    headline repeated above each photo) is no leak into the title."""
    meta = article.metadata
    text_lines = _lines(article.text)
    expected_authors = {norm(a) for a in gold_authors}
    places = [norm(c) for c in meta.captions] + [norm(a) for a in meta.authors if norm(a) not in expected_authors]
    title, gold_title = _cased(meta.title or ""), _cased(gold_title or "")
    leaks = []
    for line in furniture:
        key, cased = norm(str(line)), _cased(str(line))
        if key in text_lines or (len(key) >= 4 and (any(_leaks_into(key, place) for place in places)
                                                    or (cased in title and cased not in gold_title))):
            leaks.append(str(line))
    return leaks


def _leaks_into(key: str, place: str) -> bool:
    """Whether a furniture line shows in one caption or author. A line of three words or more is a leak wherever it
    starts or ends a stretch of the entry (glued debris: 'Ảnh minh họa (Nguồn: theo Báo X)', a breadcrumb glued
    before a caption), but not inside a longer name, with words on both sides and no punctuation between: the
    category line 'Hậu cần - Kỹ thuật' in 'Chủ nhiệm Hậu cần - Kỹ thuật Quân khu 1' is the office's own words. A
    line of one or two words is a leak only as the whole entry or set off from the entry's words by punctuation
    ('Thời sự | …'): a category name such as 'Công đoàn' is also the first words of a caption sentence ('Công đoàn
    Quốc phòng tập huấn …'), which is no leak."""
    if len(key.split()) >= 3:
        # ``norm`` leaves single spaces: an occurrence without "word, space" before it or "space, word" after it.
        line = re.escape(key)
        return re.search(rf"(?<!\w ){line}|{line}(?! \w)", place) is not None
    if place == key:
        return True
    pattern = r"(?:^|[^\w\s])\s*" + re.escape(key) + r"\s*(?:$|[^\w\s])"
    return re.search(pattern, place) is not None


def _cased(text: str) -> str:
    """``norm`` without the case-folding."""
    text = unicodedata.normalize("NFC", text).replace("Ð", "Đ")
    return " ".join(DASHES.sub("-", text).split())
