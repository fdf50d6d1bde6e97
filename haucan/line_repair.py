"""The scraped text's lines put back into the shape the segmenter (blocks.py) reads, before any line is labelled.

Two kinds of page break that shape:
- A page pasted from print or from a document viewer (a journal's PDF, a province's notice on a legal-document
  portal) is hard-wrapped at a fixed column: every paragraph is cut into lines of about the same width, most of
  them ending in mid-sentence, and its next line often opens in lower case. Read as it is, no line ends like a
  paragraph, so the segmenter finds no lead and takes a piece of the text for the headline. ``rejoin_wrapped``
  recognises such a page by the column its lines fill and joins each paragraph again. An ordinary scraped page
  has one paragraph per line and is left alone (furniture.join_wrapped joins the odd wrap inside one).
- The headline, its time stamp and the lead glued into one line with no break between them ('<headline>08/11/2025
  10:42:17 AMCNQP&KT - Sáng 7/11, …', tccnqp.vn): ``cut_glued_stamp`` cuts the line at the stamp. A stamp closing
  a header strip with no break before it ('Đường dây nóng: … 39364407Thứ tư, 28/01/2026 08:15 GMT+7',
  bienphong.com.vn) is cut off the same way (``cut_trailing_stamp``), so that neither half is read as the headline.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

# Lines at least this long are measured to find the column a hard-wrapped page fills.
MIN_MEASURED_CHARS = 40
# A column wider than this is not a print or document width: paragraphs are one line each.
MAX_COLUMN_CHARS = 110
# A line this close to the column (share of its width) was cut by the wrap, not by the writer.
AT_COLUMN = 0.75
# A hard-wrapped page has at least this many lines at the column without final punctuation, and this share of
# the lines after them opens in lower case (a sentence going on), which a list of related headlines never does.
MIN_WRAPPED_LINES = 6
MIN_LOWER_CONTINUATIONS = 3
MIN_LOWER_SHARE = 0.35
# Lines longer than the column by this much (the page's <title>, a URL) do not stop a page being hard-wrapped,
# unless they are more than this share of the measured lines.
MAX_WIDE_SHARE = 0.15
_PARAGRAPH_END = tuple(".!?…:")
# The next line opens a list item or is a page number: a new block, never the rest of the sentence above it.
_NEW_BLOCK = re.compile(r"^(?:\d{1,2}[.)]\s|[a-zđ][.)]\s|[-–—*•+]\s|\d{1,4}$|[IVX]{1,5}[.)]\s)")
# The next line opens a lead with its time, capitalised, then a comma ('Sáng ngày 12/9/2023, Ban Chỉ huy …', 'Từ
# ngày 3 đến 6/3, …', 'Vừa qua, …'): a new paragraph, so the line above it (the headline, set 12's 883) ends there
# though it reaches the column. Inside a sentence these words are written in lower case; 'Ngày' needs its date,
# since 'Ngày hội …' and 'Ngày thành lập …' are capitalised names that a wrapped sentence goes on with.
_LEAD_TIME = re.compile(r"^(?:(?:(?:Sáng|Chiều|Tối|Trưa|Đêm)(?:\s+ngày)?|Ngày)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
                        r"|Từ ngày\s+\d{1,2}[^,.;:]{0,25}|(?:Sáng|Chiều|Tối|Trưa) nay|Vừa qua|Mới đây|Hôm qua|Hôm nay)\s*,\s")
# A full stamp glued to the headline before it and to the lead after it: date, clock, optional AM/PM.
_GLUED_STAMP = re.compile(r"(?<=[^\W\d_])(?P<stamp>\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)"
                          r"(?=[^\W\d_]|\s*[(\[]?[A-ZĐ])")
MIN_GLUED_TITLE_CHARS = 16
MAX_GLUED_TITLE_CHARS = 250
# Where a stamp may start at the end of a line: a weekday, or a date not preceded by a figure.
_STAMP_START = re.compile(r"(?:Thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|Chủ\s+[Nn]hật)\b|(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")
# A stamp is a short tail: a longer one is some sentence that names a date.
MAX_TRAILING_STAMP_CHARS = 60


class _Line(Protocol):
    number: int
    text: str


def _column(lines: Sequence[_Line]) -> int | None:
    """The width a hard-wrapped page's lines fill, or None when its lines are not hard-wrapped."""
    measured = sorted(len(line.text) for line in lines if len(line.text) >= MIN_MEASURED_CHARS)
    if len(measured) < MIN_WRAPPED_LINES:
        return None
    column = measured[int(0.85 * (len(measured) - 1))]
    wide = sum(length > column + 10 for length in measured)
    if column > MAX_COLUMN_CHARS or wide > MAX_WIDE_SHARE * len(measured):
        return None
    at_column = lower = 0
    for line, following in zip(lines, lines[1:], strict=False):
        if len(line.text) >= AT_COLUMN * column and not line.text.endswith(_PARAGRAPH_END):
            at_column += 1
            lower += following.number == line.number + 1 and following.text[:1].islower()
    if at_column < MIN_WRAPPED_LINES or lower < MIN_LOWER_CONTINUATIONS or lower < MIN_LOWER_SHARE * at_column:
        return None
    return column


def rejoin_wrapped(lines: list) -> list:
    """``lines`` (blocks.Line) with the paragraphs of a hard-wrapped page joined again: a line that reaches the
    page's column without ending a sentence goes on in the next source line, unless that line opens a list
    item or is a page number. A page that is not hard-wrapped comes back unchanged."""
    column = _column(lines)
    if column is None:
        return lines
    joined: list = []
    last = None  # the source line joined last: the wrap is judged on it, not on the paragraph so far
    for line in lines:
        if joined and line.number == last.number + 1 and _wrapped(last.text, line.text, column):
            joined[-1] = dataclasses.replace(joined[-1], text=f"{joined[-1].text} {line.text}")
        else:
            joined.append(line)
        last = line
    return joined


def _wrapped(last: str, following: str, column: int) -> bool:
    # A line wider than the column was not wrapped at it (the page's own title above a pasted document).
    if _NEW_BLOCK.match(following) or _LEAD_TIME.match(following) or last.endswith(_PARAGRAPH_END) or len(last) > column + 10:
        return False
    if following.isupper() != last.isupper() and not following[:1].islower():
        return False  # a title in capitals under a paragraph, or a paragraph under it
    if _LEAD_TIME.match(last):
        return True  # a lead's first line cut short ('Sáng ngày 12/9/2023, Ban Chỉ huy' / 'Quân sự xã …') goes on
    return len(last) >= AT_COLUMN * column or (following[:1].islower() and len(last) >= column // 2)


def cut_glued_stamp(text: str) -> list[str]:
    """[headline, stamp, rest] when a date-and-clock stamp is glued between a headline and the lead with no space
    on either side ('Nhà máy Z186 … hạng Nhì08/11/2025 10:42:17 AMCNQP&KT - Sáng 7/11, …'); else [text]. The part
    before the stamp must be headline-sized and read like one (no sentence ends inside it)."""
    match = _GLUED_STAMP.search(text)
    if match is None:
        return cut_trailing_stamp(text)
    head, rest = text[: match.start()].strip(), text[match.end():].strip()
    if not (MIN_GLUED_TITLE_CHARS <= len(head) <= MAX_GLUED_TITLE_CHARS) or re.search(r"[.!?…]\s", head) or not rest:
        return cut_trailing_stamp(text)
    return [head, match.group("stamp"), rest]


@cache
def _stamp_lines():
    """The stamp rules and the residue rules (rules/residue.yml), loaded once."""
    # Imported late: the rules module reads the YAML, which a caller repairing lines alone does not need.
    from haucan.rules import load_rules
    from haucan.stamps import stamp_rule
    rules = load_rules()
    return (lambda text: stamp_rule(text, rules) is not None), (lambda text: any(
        r.pattern.search(text) for r in rules.residue))


# A signed article's byline under its headline: rank, name, then the signer's office after a dash, and no sentence
# ("Thiếu tướng Đàm Quốc Biên - Phó Tư lệnh, Tham mưu trưởng …", set 15's 567): its stamp after a space is the
# page's, not a date in a headline.
_SIGNER_HEAD = re.compile(r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)|(?:Chuẩn\s+)?Đô\s+đốc)\s+"
                          r"(?:[A-ZĐÀ-Ỹ][^\s,;.!?]*\s+){1,4}[-–—]\s+[^.!?]{3,140}$")


def cut_trailing_stamp(text: str) -> list[str]:
    """[head, stamp] when a whole time stamp closes the line after some header furniture: glued to it with no
    space ('… 39364407Thứ tư, 28/01/2026 08:15 GMT+7', a hotline strip and the site's clock), or after a space
    when the head is itself a residue line (a contact strip, a view counter) or a signer's byline; else [text]. A headline ending with
    its stamp is left whole (headline.split_title cuts it), as is any line whose tail is no whole stamp."""
    is_stamp, is_residue = _stamp_lines()
    if is_stamp(text):
        return [text]  # a stamp opening with a dash or a clock ('- 15/05/2025 09:20:00 AM') is one stamp
    for match in _STAMP_START.finditer(text):
        head, tail = text[: match.start()], text[match.start():].strip()
        if not head.strip() or len(tail) > MAX_TRAILING_STAMP_CHARS or not is_stamp(tail):
            continue
        glued = not head[-1].isspace() and head[-1] not in "(["
        if glued or is_residue(head.strip()) or _SIGNER_HEAD.match(head.strip()):
            return [head.strip(), tail]
    return [text]
