"""A headline glued to the first paragraph on one scraped line (issue 14, session 12, head15).

A unit's site laid out in table cells (z117.vn, set 10's 673) has its scraper save the headline cell and the text
cell on one line, a wide run of spaces between them: 'THỦ TRƯỞNG … TẠI NHÀ MÁY Z117             Thực hiện kế hoạch
…, đoàn công tác … đã đến kiểm tra …'. Cleaning collapses the run, and the line reads as one lead whose first words
are the headline. Only the raw line still shows the cells; this module splits it back into the headline and the
paragraph when the first cell is headline-shaped and the second is prose.
"""

from __future__ import annotations

import dataclasses
import re

from haucan.clean import clean_text
from haucan.furniture import split_wide_breadcrumb
from haucan.header_shapes import MIN_HEADLINE_CHARS

# A cell gap: a run of spaces far longer than any typing slip (a double space inside a sentence is common). Not a
# tab: scraped sentences hold tabs where a word space was (tests/test_tone_marks.py), and a lead 'Sáng 6/7, …\t…'
# split at one would lose its first clause as a "headline".
_CELL_GAP = re.compile(r" {5,}")
MAX_HEADLINE_WORDS = 40
MIN_PARAGRAPH_CHARS = 80
_SENTENCE_END = tuple(".!?…:;")
# A lead opens with its time ('Sáng 6/7, …', 'Ngày 12-3, …'); a headline does not: a wide gap inside such a line is
# a gap inside the lead.
_LEAD_OPENING = re.compile(r"^(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm nay|Hôm qua|Vừa qua|Mới đây|Trong (?:ngày|hai ngày|2 ngày))\b")


def split_glued_headline(clean_line: str, raw_line: str | None) -> list[str] | None:
    """[headline, paragraph] when ``raw_line`` (``clean_line`` before cleaning) is two cells: a headline-shaped
    first cell (opens with a capital, ends with no sentence mark, at most MAX_HEADLINE_WORDS words) and a paragraph
    (at least MIN_PARAGRAPH_CHARS, opening with a capital and ending like a sentence); None otherwise, also when
    the raw line does not clean to ``clean_line``."""
    if raw_line is None or not _CELL_GAP.search(raw_line.strip()):
        return None
    parts = [" ".join(clean_text(part).split()) for part in _CELL_GAP.split(raw_line.strip())]
    parts = [part for part in parts if part]
    if len(parts) != 2 or " ".join(parts) != clean_line:
        return None
    headline, paragraph = parts
    if (len(headline) < MIN_HEADLINE_CHARS or len(headline.split()) > MAX_HEADLINE_WORDS
            or headline.endswith(_SENTENCE_END) or not headline[:1].isupper() or _LEAD_OPENING.match(headline)):
        return None
    if len(paragraph) < MIN_PARAGRAPH_CHARS or not paragraph[:1].isupper() or not paragraph.endswith(_SENTENCE_END):
        return None
    return parts


def split_cells(clean_line: str, raw_line: str | None) -> list[str] | None:
    """The parts of a line whose cells the raw line still shows: a breadcrumb over its headline
    (furniture.split_wide_breadcrumb), else a headline cell over its paragraph; None when it is one line."""
    return split_wide_breadcrumb(clean_line, raw_line) or split_glued_headline(clean_line, raw_line)


# ---- a copy's headline glued to its one-sentence summary ---------------------------------------------------------
# A copy site saves the original's headline and summary as one line ('<headline>. <summary …>.', wn.com.vn, set 13's
# 927), and the original's lead, with its outlet's prefix ('QĐND - Ngày 2-12, …'), a few lines below. The prefix
# shows where the text begins, so the first line is the page's head: its first sentence is the headline.
MAX_GLUED_HEADLINE_WORDS = 20
MIN_GLUED_HEADLINE_WORDS = 4
LEAD_WITHIN_LINES = 4
_FIRST_SENTENCE = re.compile(r"^(?P<headline>[^.!?…]+?)\.\s+(?P<rest>[A-ZĐÀ-Ỹ].{40,})$")


def split_glued_summary(lines: list, rules, opens_lead) -> list:
    """``lines`` (blocks.Line, a print page's paragraphs already made whole) with the first cut in two, [headline, summary], when it is one short sentence (MIN_
    to MAX_GLUED_HEADLINE_WORDS words, no time, no comma, no lead prefix) glued to a summary, and one of the next
    LEAD_WITHIN_LINES lines opens with a lead prefix (``opens_lead(text, rules)``); ``lines`` unchanged otherwise."""
    texts = [line.text for line in lines[:1 + LEAD_WITHIN_LINES]]
    if not texts or opens_lead(texts[0], rules) or not any(opens_lead(t, rules) for t in texts[1:]):
        return lines
    match = _FIRST_SENTENCE.match(texts[0])
    if match is None:
        return lines
    headline = match.group("headline").strip()
    words = len(headline.split())
    if not MIN_GLUED_HEADLINE_WORDS <= words <= MAX_GLUED_HEADLINE_WORDS or _LEAD_OPENING.match(headline) or "," in headline:
        return lines
    parts = (headline, match.group("rest").strip())
    return [dataclasses.replace(lines[0], text=part) for part in parts] + lines[1:]
