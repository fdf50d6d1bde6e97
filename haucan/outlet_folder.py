"""A body's sub-site in a folder of its parent's portal, named by the masthead its page prints (issue 14; rule 2's
"a sub-site whose masthead names another body is that body" and rule 3 before rule 4 of the one outlet rule).

A city's Party committee keeps its site in a folder of the province's Party portal (``dongnai.dcs.vn/bienhoa/…``)
and a ward its page in its district's portal (``caugiay.hanoi.gov.vn/phuong-yen-hoa/…``). The host's pattern names
the parent ("Cổng thông tin điện tử Đảng bộ tỉnh …", "… quận …"), but the page prints the sub-site's own body over
its headline ("THÀNH ỦY BIÊN HÒA", "PHƯỜNG YÊN HÒA"), and the URL's folder spells the same body or place: that
printed name is the outlet. A head line the folder does not spell (the parent portal's own name line, a menu) is
not read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from haucan.host_spelling import slug
from haucan.name_case import sentence_case
from haucan.outlet_subsite import body_folders
from haucan.outlet_text import ARTICLE_KINDS, MASTHEAD_LINES, MAX_MASTHEAD_WORDS, PageName, name_kind
from haucan.records import Block
from schema.articles import OUTLET_BRAND_SHAPE, OUTLET_NAME_SHAPE

STATE_AND_PARTY_DOMAINS = (".gov.vn", ".dcs.vn")  # a school's or unit's folders name no sub-site's body
MIN_FOLDER_LETTERS = 5  # a folder shorter than a place's name ("tin", "vi") spells nothing
# A territory's unit word opening a line that is the folder's place itself ("PHƯỜNG YÊN HÒA" in /phuong-yen-hoa/).
_PORTAL_WORDS = re.compile(r"^(?:cổng|trang)\s+(?:thông\s+)?tin\s+điện\s+tử\s+", re.IGNORECASE)
_UNITS = ("phường ", "xã ", "thị trấn ", "quận ", "huyện ", "thị xã ", "thành phố ")


def folder_masthead(blocks: Sequence[Block], url: str | None) -> PageName | None:
    """The sub-site's body a head line prints (above the headline, not the text) when a folder of the URL spells it:
    the line is the folder's territory with its unit word, or a body's name (outlets_more.yml ``name_kinds``) ending
    with the folder's place. None otherwise, or for a host that is not a state or Party body's."""
    folders = body_folders(url, STATE_AND_PARTY_DOMAINS)
    if folders is None:
        return None
    folders = {folder for folder in folders if len(folder) >= MIN_FOLDER_LETTERS}
    for block in blocks[:MASTHEAD_LINES]:
        if block.kind in ARTICLE_KINDS or block.kind == "title":
            continue
        line = " ".join(block.text.split())
        # A portal's name line carries its kind words before the body ("TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ HUYỆN X"):
        # those words are no length of a headline in capitals (set 19's 1182).
        words = len(_PORTAL_WORDS.sub("", line).split())
        if not line or words > MAX_MASTHEAD_WORDS or line.endswith((".", "!", "?", ":", ",")):
            continue
        printed = sentence_case(line) if line.isupper() else line
        key = slug(printed)
        place = key in folders and printed.casefold().startswith(_UNITS)
        body = name_kind(printed) is not None and any(key.endswith(f) and key != f for f in folders)
        if (place or body) and (OUTLET_NAME_SHAPE.match(printed) or OUTLET_BRAND_SHAPE.match(printed)):
            return PageName(None, printed, "masthead", name_kind(printed) or "portal")
    return None
