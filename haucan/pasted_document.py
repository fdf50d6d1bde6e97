"""A document pasted under the page's headline, and a lead whose first line ends with a comma (issue 14, head15).

A legal portal or a unit's site prints a plan or notice as the page: its own headline, then the document as issued
('ỦY BAN NHÂN DÂN | CỘNG HÒA …', 'TỈNH LẠNG SƠN | Độc lập - Tự do - Hạnh phúc', 'Số: 88/KH-UBND | Lạng Sơn, ngày …',
'KẾ HOẠCH', its subject in capitals, 'Thực hiện Chỉ thị số … phòng thủ dân sự,'). By the convention (session 12,
coordinator) the issuer, motto, 'Số:' and place-date lines, the kind and the subject are the document's TEXT; only
'Nơi nhận:' and the signature authority are furniture. The page head reader took them for header residue, and with
them the first sentence, which ends with a comma and goes on in the next line (dev 385): the text lost the sentence
and the document it cites.
"""

from __future__ import annotations

import re

from haucan.header_shapes import MIN_HEADLINE_CHARS, is_slogan

# The document's number line ('Số: 1187/TB-UBND', 'Số: 88/KH-UBND | Lạng Sơn, ngày 18 tháng 4 năm 2025').
DOCUMENT_NUMBER = re.compile(r"^(?:Số|SỐ)\s*:?\s*\d+[\w.-]*/[A-ZĐ][\w.&-]*(?:\s*\|\s*[^|]*\bngày\b[^|]*)?$")
# A line this long ending with a comma is a sentence going on in the next line, not a heading.
MIN_CLAUSE_CHARS = 40


# An issuer's or the state's name in a cell is short ('ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA
# VIỆT NAM'); a headline in capitals above the block is longer.
MAX_ISSUER_WORDS = 8


def _issuer_line(text: str) -> bool:
    """A line of the issuer block over the number: every cell (between table bars) a motto or a short line in
    capitals."""
    cells = [cell.strip() for cell in text.split("|") if cell.strip()]
    return bool(cells) and all(is_slogan(cell) or len(cell.split()) <= MAX_ISSUER_WORDS and any(
        c.isalpha() for c in cell) and all(c.isupper() for c in cell if c.isalpha()) for cell in cells)


def document_start(texts: list[str], labels: list, lead: int) -> int | None:
    """The index of a pasted document's first line above the lead (its issuer block, else its number line) when an
    open line of headline length that is no issuer line stands above it (the page's own headline); else None."""
    number = next((j for j in range(lead) if labels[j] is None and DOCUMENT_NUMBER.match(texts[j].strip())), None)
    if number is None:
        return None
    start = number
    while start > 0 and labels[start - 1] is None and _issuer_line(texts[start - 1]):
        start -= 1
    if not any(labels[j] is None and len(texts[j]) >= MIN_HEADLINE_CHARS and not _issuer_line(texts[j])
               for j in range(start)):
        return None
    return start


def clause_lead(texts: list[str], labels: list, lead: int) -> int:
    """The lead's index moved up over open lines that end with a comma right above it ('Thực hiện Chỉ thị số … về
    công tác phòng thủ dân sự,' over 'Ủy ban nhân dân tỉnh ban hành …'): a sentence's first line, never a heading."""
    while (lead > 0 and labels[lead - 1] is None and texts[lead - 1].rstrip().endswith(",")
           and len(texts[lead - 1]) >= MIN_CLAUSE_CHARS):
        lead -= 1
    return lead
