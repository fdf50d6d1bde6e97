"""Header lines that name the site, its section or its column, never the page's headline (set 17, head22): a
site's name line ('Trang thông tin điện tử phường X - Thị xã Y'), a masthead in capitals with its owner after a
dash ('BÁO X - CƠ QUAN CỦA …'), a brand with its tagline ('Lingo.vn - Tra cứu văn bản pháp luật'), a section label
('Tin an ninh trật tự'), a column label of two short names ('Gặp gỡ - Đối thoại'), a copy's credit with its stamp
('Theo qdnd.vn 09:12,'), and another page's headline carrying the site's name that the page also prints after its
captions ('<headline> - Sputnik Việt Nam'). Used by haucan/headline.py when it chooses the headline."""

from __future__ import annotations

import re

from haucan.header_shapes import (
    MIN_HEADLINE_CHARS,
    SITE_NAME_LINE,
    interview_headline,
    is_masthead,
    is_nav_bar,
    is_site_banner,
    is_tagline,
)

# A section label: 'Tin' or 'Tin tức' then a short topic, no figure and no punctuation ('Tin an ninh trật tự',
# 'Tin hoạt động', 'Tin tức - Sự kiện'); a headline opening with 'Tin' says what was reported ('Tin vui cho …').
_SECTION_LABEL = re.compile(r"^(?:Tin|TIN|Tin tức|TIN TỨC|Chuyên mục|CHUYÊN MỤC)\s+[^\W\d_][^\d.,:;!?\"“”()]{1,40}$")
MAX_SECTION_WORDS = 6
# A column label: two short names, each opening with a capital, joined by one dash ('Gặp gỡ - Đối thoại', 'Quốc
# phòng - An ninh', 'Hỏi - Đáp'); a headline with a dash runs on with a verb phrase on at least one side.
_COLUMN = re.compile(r"^(?P<a>[^\W\d_][^\d.,:;!?\"“”()–—-]{0,20}?)\s+[-–—]\s+(?P<b>[^\W\d_][^\d.,:;!?\"“”()–—-]{0,20})$")
MAX_COLUMN_SIDE_WORDS = 2
# A copy's credit with the original's stamp: 'Theo <domain>' or 'Nguồn: <domain>', then a clock or nothing.
_CREDIT_STAMP = re.compile(r"^(?:Theo|Nguồn(?:\s+tin)?\s*:?)\s+[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)\b"
                           r"(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2}\s*,?)?(?:\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?\s*$", re.IGNORECASE)
# A masthead in capitals followed by its owner after a dash: the owner's line is long, the masthead short.
_OWNER_AFTER_DASH = re.compile(r"^(?P<name>.{3,60}?)\s+[-–—]\s+(?:CƠ QUAN|TIẾNG NÓI|DIỄN ĐÀN)\s")
# The separator before a site's name appended to a line.
_SUFFIX = re.compile(r"\s+[-–—|]\s+(?P<name>[^\W\d_][^.!?:;\-–—|]{2,40})$")
MAX_SUFFIX_WORDS = 5


def is_section_label(text: str) -> bool:
    """True for a section's or a column's label ('Tin an ninh trật tự', 'Gặp gỡ - Đối thoại')."""
    text = text.strip()
    if _SECTION_LABEL.match(text) and len(text.split()) <= MAX_SECTION_WORDS:
        return True
    column = _COLUMN.match(text)
    return column is not None and all(
        1 <= len(side.split()) <= MAX_COLUMN_SIDE_WORDS and side[:1].isupper() for side in column.groups())


def is_site_label(text: str) -> bool:
    """True for a line naming the site, its owner, its section or its column (see the module's docstring)."""
    text = text.strip()
    # A line in capitals opening with a unit's name may be a headline in capitals ('SƯ ĐOÀN 312 NÂNG CAO …', 962):
    # in capitals only a portal's own name or a masthead with its owner after a dash is the site's.
    return ((is_masthead(text) and (not text.isupper() or SITE_NAME_LINE.match(text) is not None)) or is_site_banner(text) or is_tagline(text) or is_section_label(text)
            or (_OWNER_AFTER_DASH.match(text) is not None and not any(c.islower() for c in text)) or _CREDIT_STAMP.match(text) is not None)


def site_suffix(text: str, texts: list[str]) -> str | None:
    """The site's name appended to ``text`` after a dash or a bar when the page prints it at the end of another
    line too (a caption '… - Sputnik Việt Nam'): a name of at most MAX_SUFFIX_WORDS words, each opening with a
    capital; else None."""
    match = _SUFFIX.search(text.strip())
    if match is None:
        return None
    name = match.group("name").strip()
    words = name.split()
    if len(words) > MAX_SUFFIX_WORDS or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    ending = re.compile(rf"\s[-–—|]\s+{re.escape(name)}\s*$")
    return name if any(t.strip() != text.strip() and ending.search(t.strip()) for t in texts) else None


def site_label_lines(texts: list[str], header: list[int], found: dict[int, str]) -> dict[int, str]:
    """The header lines (not yet in ``found``) that name the site or carry its appended name while another header
    line could be the headline, each with its residue rule ('site_label', 'site_suffixed_line')."""
    labels: dict[int, str] = {}
    open_lines = [i for i in header if i not in found]
    for i in open_lines:
        if is_site_label(texts[i]) and any(
                j != i and len(texts[j]) >= MIN_HEADLINE_CHARS and not is_site_label(texts[j]) for j in open_lines):
            labels[i] = "site_label"
    for i in open_lines:
        name = None if i in labels else site_suffix(texts[i], texts)
        if name is None:
            continue
        bare = len(texts[i].strip()) - len(name) - 3
        # Without the site's name it is shorter than another header line: that one is the headline (1057).
        if any(j != i and j not in labels and len(texts[j].strip()) > bare and not is_site_label(texts[j])
               and len(texts[j]) >= MIN_HEADLINE_CHARS for j in open_lines):
            labels[i] = "site_suffixed_line"
    return labels


def no_headline_above(texts: list[str], labels: list, i: int) -> bool:
    """True when no open line above ``i`` could be the headline: none in mixed case long enough that is not a nav
    bar, a site's name, its section or column label."""
    return not any(labels[j] is None and len(texts[j]) >= MIN_HEADLINE_CHARS and not texts[j].isupper()
                   and not is_nav_bar(texts[j]) and not is_site_label(texts[j]) for j in range(i))


_INNER_STOP = re.compile(r"[.?!…][\"”’»]?\s")
# An academic title's stop is no sentence end ('Đại tá, ThS. <Name>: “…”', an interview's headline, 1072).
_TITLE_ABBREVIATION = re.compile(r"\b(?:ThS|TS|PGS|GS|BS|KS|CN|NCS|Th\.S)\.\s")


def one_sentence(text: str) -> bool:
    """True when ``text`` holds no sentence end inside (an academic title's stop is none), or is an interview's
    headline ('<Rank>, ThS. <Name>: “<his words>”')."""
    return not _INNER_STOP.search(_TITLE_ABBREVIATION.sub(" ", text)) or interview_headline(text)
