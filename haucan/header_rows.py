"""Two header lines told by their form that the headline chooser must not take (issue 14, set 19): a lead's first
line left without its full stop by a page wrapped at a fixed width, and a product page's row of labelled attributes.
Used by haucan/page_parts.py (where the lead starts) and haucan/headline.py (lines never the headline).
"""

from __future__ import annotations

import re

# ---- a lead's first line, hard-wrapped ---------------------------------------------------------------------------
# A line opening on the day it tells ("Sáng 18/5, tại Hà Nội, Hội … tổ chức Lễ kỷ niệm …", "Ngày 12/3/2026, …") is a
# lead's sentence, however it ends: a page wrapped at a fixed width leaves its lead's first line with no full stop
# (Blogger copies, set 19's 1192). A headline names its day without a comma after it.
_DAY_CLAUSE = re.compile(r"^(?:(?:Sáng|Trưa|Chiều|Tối|Đêm|Rạng sáng)\s+(?:nay\s+)?(?:ngày\s+)?|Ngày\s+)"
                         r"\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?\s*,\s+(?:\S+\s+){6,}\S")


def opens_on_its_day(text: str) -> bool:
    """True for a line opening with its day and a comma, then a clause of seven words or more: a lead's sentence."""
    return _DAY_CLAUSE.match(text) is not None


# ---- a shop's or a catalogue's attribute row ---------------------------------------------------------------------
# Two short labels each with its value on one line ("Mã: LS-K820 Danh mục: Lịch sử các đơn vị", "SKU: … Tags: …",
# "Tác giả: … Nhà xuất bản: …"): a product page's attributes, never the headline however long (set 19's 1158).
# A label is words without figures ("Tập 2:" numbers a headline's part); no spaced dash between the two fields
# ("Phim tài liệu: X - Tập 2: Y" is a series' headline).
_LABEL = r"[A-ZĐ][^\s:\d]*(?:\s[^\s:\d]+){0,2}:\s+\S"
_ATTRIBUTE_ROW = re.compile(rf"^{_LABEL}(?:(?!\s[-–—]\s).)*?\s{_LABEL}")


def is_attribute_row(text: str) -> bool:
    """True for a line of two labelled values or more, the first label opening the line."""
    return _ATTRIBUTE_ROW.match(text) is not None


# ---- a numbered section heading ------------------------------------------------------------------------------------
# A book's or a long report's section heading opens with its number and a full stop ("II. BẢO ĐẢM HẬU CẦN …",
# "2. Công tác quân y"): a part of the text under the page's headline, never the headline itself (set 19's 1191).
_SECTION_HEADING = re.compile(r"^(?:[IVXL]{1,5}|\d{1,2}|[A-HĐ])\.\s+[^\W\d_]+\s+\S+\s+\S")  # "P. 31" is a page


def is_section_heading(text: str) -> bool:
    """True for a line opening with a section's number (Roman, Arabic or a letter) and a full stop."""
    return _SECTION_HEADING.match(text) is not None
