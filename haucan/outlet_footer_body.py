"""A body's own site named by its foot (issue 14; rule 1's exception and rule 3 of the one outlet rule in
tests/realworld/README.md).

A company's, ward's or unit's own site prints its owner's name at the foot: a copyright line ("Bản quyền thuộc về
UBND phường X", "Bản quyền thuộc về Công ty Cổ phần Y") or the body's name over its address ("CÔNG TY CỔ PHẦN Z" /
"Địa chỉ: …"). That name is the site's own (rule 3, footer), and it makes the site a body's own site, which is never
a copy: a story it reposts with a paper's credit ("(Theo QĐND)") stays its own, and a name its host's territory
pattern would generate (rule 4) yields to it. A registry outlet's name at the foot is a copy's kept footer (rule 1,
outlets.py), and a brand ("© Tin Nhanh 24h") names no body: neither is read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from haucan.host_spelling import slug
from haucan.name_case import sentence_case
from haucan.outlet_dash import site_labels
from haucan.outlet_names import outlet_named
from haucan.outlet_text import DASH, FOOTER_LINES, MAX_NAME_WORDS, PUBLISHER_HEAD, PageName, name_kind, tidy
from haucan.records import Block
from haucan.rules import Rules
from schema.articles import OUTLET_BRAND_SHAPE, OUTLET_NAME_SHAPE

# The copyright formula before the owner's name; the name runs to the line's end or a bar.
_COPYRIGHT = re.compile(r"^(?:©\s*)?(?:bản quyền(?:\s+thuộc(?:\s+về)?)?|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
                        r"(?:thuộc(?:\s+về)?\s+|by\s+|bởi\s+)?(?P<name>[^|;]{4,90}?)\s*\.?\s*(?:(?:all rights reserved|giữ bản quyền)\.?\s*)?"
                        r"(?:[|;].*)?$", re.IGNORECASE)
# The particulars a body prints under its name at the foot of its site.
_PARTICULARS_LINE = re.compile(r"^(?:địa chỉ|trụ sở|điện thoại|đt|tel|hotline|email)\s*:", re.IGNORECASE)
_ARTICLE = ("title", "lead", "body")
_PORTAL_LINE = re.compile(r"^(?:cổng|trang)\s+(?:thông\s+)?tin\s+điện\s+tử\s+\S", re.IGNORECASE)
MAX_PLACE_WORDS = 4
_MEDIA = re.compile(r"\b(?:truyền thông|media|tin tức|quảng cáo|báo chí|xuất bản)\b", re.IGNORECASE)
_PARENT_CUT = re.compile(r"\s*[,|]\s*|\s+[-–—]\s+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def own_foot_name(blocks: Sequence[Block], rules: Rules) -> PageName | None:
    """The body's name the page's foot prints for its own site, or None: a copyright line naming a body by a
    publisher's head word ("Công ty …", "UBND phường …"), else a body's name line right over its address or phone
    line. The name must be one the dataset's contract takes (schema/articles.py)."""
    tail = [b for b in blocks[-FOOTER_LINES:] if b.kind not in _ARTICLE]
    lines = [" ".join(line.split()) for b in tail for line in b.text.split("\n") if line.strip()]
    for line in reversed(lines):
        match = _COPYRIGHT.match(line)
        if match and (found := _body_name(tidy(match.group("name")), rules)):
            return found
    for above, below in zip(lines, lines[1:], strict=False):
        if _PARTICULARS_LINE.match(below) and not above.endswith((".", "!", "?", ":", ",")):
            if found := _body_name(above, rules):
                return found
    return None


def media_owner(name: str) -> bool:
    """True for a media or events company's name ("Công ty Cổ phần Truyền thông X"): a copy site's owner, whose site
    stays a copy crediting its original (rule 1), unlike a company's own site reposting a story about it."""
    return _MEDIA.search(name) is not None


def foot_portal_line(blocks: Sequence[Block], host: str) -> PageName | None:
    """A portal's own name line alone among the page's last furniture lines ("Cổng thông tin điện tử thị xã Cửa Lò"
    on cualo.vn) whose place, its last words, is a label of the host: a host too short for host_spelling's overlap
    still names its territory exactly. None otherwise."""
    labels = set(site_labels(host))
    for block in reversed(blocks[-FOOTER_LINES:]):
        name = " ".join(block.text.split())
        if block.kind != "residue" or not _PORTAL_LINE.match(name) or len(name.split()) > MAX_NAME_WORDS:
            continue
        # The site's own place is the one its kind words name, before a parent after a comma or a dash ("…, huyện
        # Lộc Bình, tỉnh Lạng Sơn"): a parent spelling the host (a district's portal) makes no commune its site.
        own = _PARENT_CUT.split(name)[0]
        words = own.split()
        if any(slug(" ".join(words[-n:])) in labels for n in range(1, MAX_PLACE_WORDS + 1)):
            return PageName(None, sentence_case(own) if own.isupper() else own, "footer", name_kind(own))
    return None


def _body_name(name: str, rules: Rules) -> PageName | None:
    """``name`` as a body's own site's name: its parent after a dash left off ("Cục X - Bộ Y": the owner, as
    tidy() leaves off "- BỘ QUỐC PHÒNG"); a line with a year is a related headline ("ĐẢNG ỦY NHÀ MÁY RA NGHỊ QUYẾT
    … NĂM 2026" over the address), never a name."""
    first, *rest = DASH.split(name)
    if rest and PUBLISHER_HEAD.match(sentence_case(rest[0]) if rest[0].isupper() else rest[0]):
        name = first
    cased = sentence_case(name) if name.isupper() else name
    if _YEAR.search(cased):
        return None
    # The dashes inside one name ("Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình Hội An") are no words.
    words = [w for w in name.split() if w not in "-–—"]
    if not PUBLISHER_HEAD.match(cased) or len(words) > MAX_NAME_WORDS or outlet_named(cased, rules, exact=True):
        return None
    if not (OUTLET_NAME_SHAPE.match(cased) or OUTLET_BRAND_SHAPE.match(cased)):
        return None
    return PageName(None, cased, "footer", name_kind(cased))
