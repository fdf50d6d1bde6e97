"""Where a site's own name line ends at a dash (issue 14; rule 3 of the one outlet rule in tests/realworld/README.md:
"a site-name line cut at its dash").

A site prints its name with something after a dash that is not part of the name: its parent territory on a portal's
name line ("Trang thông tin điện tử phường X - Thành phố Y", "Cổng thông tin điện tử huyện X - tỉnh Y"), or the brand
spelled out with its kind on a brand line ("Vietnammoi - Tạp chí điện tử Việt Nam Mới": haucan/outlet_brand.py). A dash inside one name stays
("Cổng thông tin điện tử Đài Phát thanh - Truyền hình X", "Binh đoàn 12 - Tổng Công ty Xây dựng Trường Sơn": what
follows names the body again, not its parent, and the host spells only one side).
"""

from __future__ import annotations

import re

from haucan.host_spelling import slug

# A portal's name line: its kind words open it.
_SITE_LINE = re.compile(r"^(?:cổng|trang)\s+(?:thông\s+)?(?:tin\s+điện\s+tử|TTĐT)\s+\S", re.IGNORECASE)
# A parent territory after the dash (a commune's district or town, a district's province); a commune or ward is
# never a parent, so "xã"/"phường" after a dash is no territory to cut.
_PARENT_AFTER_DASH = re.compile(r"\s+[-–—]\s+(?=(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã)\s+\S)",
                                re.IGNORECASE)
# Host labels that are no site's name: the registrable suffixes and the prefixes of a mobile or web copy.
_NOT_SITE_LABELS = frozenset({"www", "m", "amp", "com", "net", "org", "edu", "gov", "vn", "info", "biz", "ac"})


def site_labels(host: str) -> list[str]:
    """The labels of ``host`` that may be its site's name, most specific first (``50nam.hvcsnd.edu.vn``: "50nam",
    then "hvcsnd": a sub-site's host names an event or an edition, its parent's the institution)."""
    return [slug(label) for label in host.lower().split(".") if label not in _NOT_SITE_LABELS and slug(label)]


def site_line_cut(name: str) -> str:
    """``name`` up to the dash before its parent territory when it is a portal's site-name line; else unchanged."""
    if not _SITE_LINE.match(name):
        return name
    parent = _PARENT_AFTER_DASH.search(name)
    return name[:parent.start()].strip() if parent else name
