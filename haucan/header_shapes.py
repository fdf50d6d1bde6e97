"""Shapes of the lines above a headline that are never the headline, told by their form rather than by a list of
any site's strings: a row of section names run together with spaces ('Video Báo Ảnh Báo in Podcast …'), a motto of
watchwords between dashes ('“ĐOÀN KẾT – DÂN CHỦ – KỶ CƯƠNG”'), a publication's tagline naming its owner ('Tạp chí
của Hội …'), and a newsroom's workflow note left glued to the headline ('… - đã psts 14-10'). Used by
haucan/headline.py (the header's chooser and the headline's splitter); the words are in rules/headline.yml.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import yaml

from haucan.furniture import menu_phrases

# A header line shorter than this is a category or a label, not a headline: the one floor the head readers share
# (headline.py, page_parts.py, pasted_document.py, headline_glue.py).
MIN_HEADLINE_CHARS = 16

@cache
def _doc() -> dict:
    return yaml.safe_load((Path(__file__).parent / "rules" / "headline.yml").read_text(encoding="utf-8"))


def _bare(text: str) -> str:
    """``text`` case-folded without tone marks ('Đã duyệt' → 'da duyet'): CMS notes are often typed bare."""
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return " ".join(stripped.replace("đ", "d").replace("Đ", "D").casefold().split())


# ---- a newsroom's workflow note after the headline -------------------------------------------------------------
# The note stands after the headline's last dash (with spaces) or in its last parentheses.
_NOTE_AFTER_DASH = re.compile(r"\s+[-–—]\s+(?P<note>(?:(?!\s[-–—]\s)[^()]){2,60})$")
_NOTE_IN_BRACKETS = re.compile(r"\s*\((?P<note>[^()]{2,60})\)$")
_DAY_MONTH = re.compile(r"^\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?$")
MAX_NOTE_WORDS = 6


def _is_workflow_note(note: str) -> bool:
    """True when ``note`` holds a workflow word (rules/headline.yml) and otherwise only filler words,
    abbreviations in capitals of at most five letters and day-month figures: a mark for the newsroom, no phrase of
    the headline ('đã psts 14-10', 'PS CTTS NGAY 26/3', 'đã duyệt')."""
    words = note.split()
    if not words or len(words) > MAX_NOTE_WORDS:
        return False
    doc = _doc()["workflow_words"]
    workflow = {_bare(w) for w in doc["words"]}
    filler = {_bare(w) for w in doc["filler"]}
    bare = [_bare(w) for w in words]
    # Two-word marks ('đã duyệt', 'bản nháp', 'phát sóng') count as one.
    joined = " ".join(bare)
    if not any(re.search(rf"(?:^|\s){re.escape(w)}(?:\s|$)", joined) for w in workflow):
        return False
    return all(b in workflow or b in filler or _DAY_MONTH.match(w)
               or (w.isupper() and w.isalpha() and len(w) <= 5) for w, b in zip(words, bare, strict=True))


def workflow_note(text: str) -> int | None:
    """Where a workflow note glued to the headline ``text`` starts (at its dash or bracket), or None."""
    for pattern in (_NOTE_AFTER_DASH, _NOTE_IN_BRACKETS):
        match = pattern.search(text)
        if match and match.start() > 0 and _is_workflow_note(match.group("note").strip()):
            return match.start()
    return None


# ---- a motto of watchwords --------------------------------------------------------------------------------------
_WATCHWORD_SEPARATOR = re.compile(r"\s*[-–—,•·|]\s*")
_QUOTES = "\"“”'‘’«»"


def is_slogan(text: str) -> bool:
    """True for a motto: at least ``min_watchwords`` watchwords between dashes, commas or bullets, each of one to
    ``max_words`` words opening with a capital, no figure ('“ĐOÀN KẾT – DÂN CHỦ - KỶ CƯƠNG – TRÁCH NHIỆM – HIỆU
    QUẢ”', 'Trung thành - Tận tụy - Sáng tạo'). A headline carries at most one dash and a verb phrase."""
    rule = _doc()["slogan"]
    body = text.strip().strip(_QUOTES).strip()
    if not body or any(ch.isdigit() for ch in body):
        return False
    parts = [p.strip(_QUOTES + " ") for p in _WATCHWORD_SEPARATOR.split(body)]
    return len(parts) >= rule["min_watchwords"] and all(
        p and 1 <= len(p.split()) <= rule["max_words"] and p[:1].isupper() and p.replace(" ", "").isalpha()
        and (p.isupper() or all(w[:1].isupper() for w in p.split()[:1])) for p in parts)


# ---- a publication's tagline naming its owner ------------------------------------------------------------------
@cache
def _tagline() -> re.Pattern[str]:
    heads = sorted(_doc()["tagline_heads"]["words"], key=len, reverse=True)
    alternatives = "|".join(re.escape(h) for h in heads)
    return re.compile(rf"^(?i:{alternatives})\s+(?i:ngôn\s+luận\s+)?(?i:của)\s+(?=[A-ZĐÀ-Ỹ])[^.!?:;]{{3,160}}$")


def is_tagline(text: str) -> bool:
    """True for a publication's line naming its owner, in any case ('Tạp chí của Hội Liên hiệp Văn học Nghệ thuật
    Nghệ An', 'TẠP CHÍ CỦA …'): its head word, 'của', a body's name opening with a capital, no sentence mark."""
    return bool(_tagline().match(text.strip()))


# ---- a row of section names run together -----------------------------------------------------------------------
MIN_ROW_SECTIONS = 3
MAX_ROW_CELL_WORDS = 3
MIN_KNOWN_SHARE = 0.4


def is_section_row(text: str) -> bool:
    """True for a site's section names run together with spaces ('Video Báo Ảnh Báo in Podcast Chuyển động trẻ
    Emagazine Infographic'): read left to right, a known menu phrase (rules/residue.yml menu_words) is one cell,
    any other run is one capitalised word and the small words after it; at least MIN_ROW_SECTIONS cells and
    MIN_KNOWN_SHARE of them are known menu phrases, no cell is longer than MAX_ROW_CELL_WORDS words, and the line
    carries no figure and no punctuation but dashes. A headline full of names has few menu phrases among them."""
    if any(ch.isdigit() or ch in ",.:;!?\"“”()" for ch in text):
        return False
    words = text.replace(" - ", " ").replace(" – ", " ").split()
    folded = [w.casefold() for w in words]
    phrases = [p.split() for p in menu_phrases() if p]
    known = total = 0
    k = 0
    while k < len(words):
        match = next((len(p) for p in phrases if folded[k:k + len(p)] == p), 0)
        if match:
            known, total, k = known + 1, total + 1, k + match
            continue
        if not words[k][:1].isupper():
            return False
        end = k + 1
        while end < len(words) and not words[end][:1].isupper():
            end += 1
        if end - k > MAX_ROW_CELL_WORDS:
            return False
        total, k = total + 1, end
    return known >= MIN_ROW_SECTIONS and known >= MIN_KNOWN_SHARE * total


# ---- a site's name with its tagline ------------------------------------------------------------------------------
_BANNER_DASH = re.compile(r"\s+[-–—|]\s+")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)


def is_site_banner(text: str) -> bool:
    """True for a site's name and tagline on one line ('Netnews - Tin tức, video tổng hợp', 'abc.com - Tỷ số trực
    tuyến, tin tức 24h'): one dash, before it a domain or a name of at most ``max_name_words`` words each opening
    with a capital or a figure, after it a tagline holding a ``site_banner`` word and no sentence mark."""
    rule = _doc()["site_banner"]
    parts = _BANNER_DASH.split(text.strip())
    if len(parts) != 2:
        return False
    name, tagline = parts
    named = _DOMAIN.match(name) or (len(name.split()) <= rule["max_name_words"]
                                    and all(w[:1].isupper() or w[:1].isdigit() for w in name.split()))
    folded = f" {' '.join(tagline.casefold().replace(',', ' , ').split())} "
    return bool(named) and not tagline.endswith(tuple(".!?…:;")) and any(
        f" {word} " in folded for word in rule["words"])


# ---- a related box's label glued before another page's headline --------------------------------------------------
@cache
def _related_label() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _doc()["related_labels"]["words"])
    return re.compile(rf"^(?:{words})\s*[:>»]?\s+(?=\S+\s+\S+\s+\S)", re.IGNORECASE)


def is_related_teaser(text: str) -> bool:
    """True for a related box's label run into the headline of another page ('Tin liên quan Bộ CHQS tỉnh … ra
    quân huấn luyện năm 2026', rules/headline.yml ``related_labels``): three words at least after the label."""
    return _related_label().match(text.strip()) is not None


# ---- an interview's headline naming its interviewee -----------------------------------------------------------
# '<Rank> <Name>, <office>: <what he says>' (a magazine's interview, set 12's 876): the officer and his office, a
# colon, then a clause of his. A photo caption names an officer with his office too ('Đại tá X, Chủ nhiệm … phát
# biểu'), but runs on with a verb, never through a colon into a statement.
_INTERVIEW = re.compile(r"^(?P<who>[^:.!?]{6,120}?,\s[^:.!?]{3,120}?):\s+(?P<said>[^\s:].*)$")
MIN_STATEMENT_WORDS = 4


def interview_headline(text: str) -> bool:
    """True for an interview's headline: a person with his office, a colon, then at least MIN_STATEMENT_WORDS words
    of his statement (not ending with a colon, which would make the line a kicker)."""
    match = _INTERVIEW.match(text.strip())
    return (match is not None and len(match.group("said").split()) >= MIN_STATEMENT_WORDS
            and not match.group("said").endswith(":"))


MIN_SAPO_CHARS = 60


def printed_again_as_sapo(texts: list[str], i: int) -> bool:
    """True when header line ``i`` is the sapo printed once more above the text (over the interviewee's portrait,
    set 12's 876): a later line opens with it whole, as its first sentence. Headline-long, so it may be taken for
    the headline; the caller keeps it out of the choice only when another header line can be the headline."""
    text = texts[i].strip()
    if len(text) < MIN_SAPO_CHARS:
        return False
    for later in texts[i + 1:]:
        later = later.strip()
        if len(later) > len(text) and later.startswith(text) and later[len(text)] in ".!?…":
            return True
    return False


# ---- a series' or contest's name printed over the headline -------------------------------------------------------
# The label words and the quoted name, nothing after the quote but its edition ('lần thứ 3', 'năm 2025'): 'Cuộc
# thi viết “Bộ đội Hậu cần …”', 'Tuyến bài “…”', 'Chuyên mục “…”'. A headline that announces a contest ('Phát động Cuộc thi …') opens with its verb.
_SERIES_LABEL = re.compile(
    r"^(?:Cuộc thi|Hội thi|Giải báo chí|Giải thưởng|Chuyên mục|Chuyên đề|Loạt bài|Tuyến bài|Bài dự thi|Tác phẩm dự thi)"
    r"(?:\s+[^\W\d_]+){0,4}\s*[:\-–]?\s*[“\"«][^“”\"«»]{4,120}[”\"»]"
    r"(?:\s+(?:lần thứ [\w\d]+|năm \d{4}|\d{4}(?:\s*[-–]\s*\d{4})?))?$")


def is_series_label(text: str) -> bool:
    """True for a contest's or series' name printed over its entry's headline, as its label ('Cuộc thi viết “Bộ
    đội Hậu cần làm theo lời Bác Hồ dạy”' over 'Bữa cơm nóng giữa thao trường', qdnd.vn, set 13's 925): the label
    words and a quoted name, nothing after it but its edition. The caller wants another headline-long line under it."""
    return bool(_SERIES_LABEL.match(text.strip()))


# A theme's poster line: 'bởi', 'viết bởi' or 'by' and a name (at most four words), alone on its line.
_POSTER_LINE = re.compile(r"^(?:bởi|viết bởi|by)\s*:?\s+(?:[^\W\d_][\w.]*\s?){1,4}$", re.IGNORECASE)


def is_poster_line(text: str) -> bool:
    """True for a WordPress theme's 'bởi <Name>' line under the headline (set 13's 451): the writer, which the
    headline's lower-case continuation must not swallow ('… Quân sự tỉnh' / 'bởi Vy')."""
    return bool(_POSTER_LINE.match(text.strip()))


# Vietnamese in a legacy 8-bit font (VNI) read as Latin-1, as a PDF's extracted text keeps it ('BOÄ CHQS TÆNH',
# 'Soá 215 naêm 2024', set 15's 357): letters no Vietnamese word has (Ä, Æ, Ë, Ï, Ö, Ø, Ñ) or a hatted vowel after
# 'a', 'e' or 'o' ('aê', 'eâ', 'oâ'). Two such marks make the line a garbled page header, never the headline.
_LEGACY_MARK = re.compile(r"[ÄÆËÏÖØÑäæëïöøñ]|[aeAE][âêôăơÂÊÔĂƠ]|[oO][âêôÂÊÔ]")


def is_legacy_font(text: str) -> bool:
    """True for a line garbled by a legacy Vietnamese font: at least two of its marks ('TÆNH', 'naêm')."""
    return len(_LEGACY_MARK.findall(text)) >= 2


# A navigation bar's entries between bars, chevrons or bullets.
_NAV_SEPARATOR = re.compile(r"\s+[|»›>•·/]\s+")
MIN_NAV_ENTRIES = 3
MAX_NAV_ENTRY_WORDS = 6
_SENTENCE_END = tuple(".!?…:;")
# A masthead in capitals names an organisation in at most this many words; a longer line is a headline.
MAX_MASTHEAD_LINE_WORDS = 16
# A site's own name in mixed case: a portal or an e-paper announces itself so, a headline never.
SITE_NAME_LINE = re.compile(
    r"^(?:(?:cổng|trang)\s+(?:thông\s+)?tin\s+điện\s+tử|cổng\s+ttđt|trang\s+ttđt|báo\s+điện\s+tử)\s+\S", re.IGNORECASE)


def is_nav_bar(text: str) -> bool:
    """True for a navigation bar: three or more short entries (at most six words each, none ending like a
    sentence) between bars, chevrons or bullets ('Giới thiệu | Tin tức - Sự kiện | Đào tạo | Liên hệ')."""
    entries = _NAV_SEPARATOR.split(text.strip(" |"))
    return len(entries) >= MIN_NAV_ENTRIES and all(
        entry and len(entry.split()) <= MAX_NAV_ENTRY_WORDS and not entry.endswith(_SENTENCE_END) for entry in entries)


@cache
def _masthead_heads() -> tuple[str, ...]:
    """Head words of an organisation's name (``masthead_heads`` in rules/residue.yml), case-folded."""
    doc = yaml.safe_load((Path(__file__).parent / "rules" / "residue.yml").read_text(encoding="utf-8"))
    return tuple(sorted((w.casefold() for w in doc["masthead_heads"]["words"]), key=len, reverse=True))


def is_masthead(text: str) -> bool:
    """True for a line in capitals that names an organisation ('VĂN PHÒNG ĐIỀU PHỐI … TỈNH TUYÊN QUANG', 'BÁO BIÊN
    PHÒNG - CƠ QUAN CỦA …'): it opens with an organisation's head word and is short for a headline; or for a site's
    name in any case that opens as no headline does ('Cổng thông tin điện tử Sở … tỉnh …')."""
    letters = [c for c in text if c.isalpha()]
    folded = text.casefold()
    if (SITE_NAME_LINE.match(text) or is_tagline(text)) and len(text.split()) <= MAX_MASTHEAD_LINE_WORDS:
        return True
    return (bool(letters) and all(c.isupper() for c in letters) and len(text.split()) <= MAX_MASTHEAD_LINE_WORDS
            and any(folded.startswith(head + " ") for head in _masthead_heads()))

