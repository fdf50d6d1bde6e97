"""The body's own name printed at the head of its page, against the name its host stands for (issue 14).

A host pattern (rules/provinces.yml: ``congan.nghean.gov.vn``, ``binhdinh.dcs.vn``, ``tinhuyquangtri.vn``) or a
department label (``tuyengiaotiengiang.vn``) tells WHICH body publishes a site, but the name it generates ("Công
an tỉnh Nghệ An", "Cổng thông tin điện tử Đảng bộ tỉnh Bình Định") is a description, not the name the site goes
by. When the page prints its body's own name over the headline ("CÔNG AN NGHỆ AN", "TRANG THÔNG TIN ĐIỆN TỬ
ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "Đảng bộ tỉnh Quảng Trị", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TIỀN GIANG" after the 2025
merger of the boards), that printed name is the outlet, as a reader (and the gold convention) writes it.

A line names the SAME body when it is a body's name of the same kind (outlets_more.yml ``name_kinds``) that ends
with the same province: a headline of the site's own news seldom ends with its province, and a line naming
another body (the province's paper on its portal) has another kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from haucan.name_case import sentence_case
from haucan.outlet_names import outlet_named
from haucan.outlet_text import (
    ARTICLE_KINDS,
    MASTHEAD_LINES,
    PageName,
    name_kind,
    name_variants,
    tidy,
)
from haucan.provinces import Province
from haucan.records import Block
from haucan.rules import Rules

MAX_BODY_NAME_WORDS = 14
"""A body's full name ("Ban Tuyên giáo và Dân vận Tỉnh ủy Tiền Giang") runs to a dozen words; a longer line is prose."""
# Kinds whose generated name is a description of the body; a paper's or a station's name is its brand.
DESCRIBED_KINDS = frozenset({"party", "police", "portal"})
_PROVINCE_TAIL = r"(?:(?:tỉnh|thành phố|tp\.?)\s*)?{name}$"


def own_masthead(blocks: Sequence[Block], kind: str, province: Province, rules: Rules) -> PageName | None:
    """The name of a body of ``kind`` in ``province`` a line of the page's head prints above or beside the
    headline (never the headline itself: "Tỉnh ủy làm việc với Công an tỉnh X" ends with a province too); the
    registry outlet when the line is a registry name, else the name in
    sentence case. None when no head line names such a body."""
    if kind not in DESCRIBED_KINDS:
        return None
    tail = re.compile(_PROVINCE_TAIL.format(name=re.escape(province.name)), re.IGNORECASE)
    lines = [tidy(line) for block in blocks[:MASTHEAD_LINES] if block.kind not in ARTICLE_KINDS
             for line in block.text.split("\n")]
    for index, line in enumerate(lines):
        for name in _trailing_segments(line):
            if not name or len(name.split()) > MAX_BODY_NAME_WORDS or not tail.search(name):
                continue
            printed = sentence_case(name)
            if name_kind(printed) != kind:
                continue
            # The site's kind on the line beside the body ('Trang thông tin điện tử') makes one name with it only
            # when the registry knows that name; otherwise the body's name as printed is the outlet (dev 042, 817,
            # 840: 'BAN TUYÊN GIÁO TỈNH ỦY TIỀN GIANG' over 'Trang thông tin điện tử'; session 12).
            site = _site_line(lines, index)
            for candidate in ([f"{site} {printed}"] if site else []) + [printed]:
                known = next((o for v in name_variants(candidate) if (o := outlet_named(v, rules, exact=True))), None)
                if known is not None:
                    return PageName(known, known.name, "masthead")
            return PageName(None, printed, "masthead", kind)
    return None


def _trailing_segments(line: str) -> list[str]:
    """The line, then what follows each of its dashes or bars: a Party site prints its body after the Party's
    own name ("ĐẢNG CỘNG SẢN VIỆT NAM - TỈNH ỦY BÌNH PHƯỚC"), a portal after its ministry or province."""
    parts = re.split(r"\s+[-–|]\s+", line)
    return [line] + [" - ".join(parts[i:]) for i in range(1, len(parts))]


def _site_line(lines: Sequence[str], index: int) -> str | None:
    """The kind of site printed alone on the line beside a body's name ("TỈNH ỦY THỪA THIÊN HUẾ" over "Trang
    Thông tin điện tử"): together they are the site's name when the registry knows it ("Trang thông tin điện tử
    Tỉnh ủy Thừa Thiên Huế"); else the body's line alone names the outlet."""
    for near in (index + 1, index - 1):
        if 0 <= near < len(lines) and _SITE_KIND.fullmatch(lines[near] or ""):
            site = lines[near].rstrip(".")
            return site[0].upper() + site[1:].lower()
    return None


_SITE_KIND = re.compile(r"(?:trang|cổng)\s+thông\s+tin\s+điện\s+tử\.?", re.IGNORECASE)


def own_territory_masthead(blocks: Sequence[Block], generated: PageName, province: Province | None,
                           rules: Rules) -> PageName | None:
    """A commune's or district's portal named from its host ("Cổng thông tin điện tử xã Hạ Trung") yields to the
    body's own name its head prints, as a province's portals do (session 11's convention): "UBND XÃ HẠ TRUNG -
    HUYỆN BÁ THƯỚC - TỈNH THANH HÓA" (dev 029). The line must name the same territory ("xã Hạ Trung"), so the
    province's own committee printed on a commune's page is no name of it. None otherwise."""
    if province is None or generated.kind is None:
        return None
    own = own_masthead(blocks, generated.kind, province, rules)
    territory = generated.name.removeprefix("Cổng thông tin điện tử ").casefold()
    return own if own is not None and own.outlet is None and territory in own.name.casefold() else None
