"""A territory portal's name as the page prints it (set 17's 1088 and 1050, head22). The name haucan/outlet_site.py
builds from the host and the text ("Cổng thông tin điện tử xã <place>") takes the place as the text writes it, and
a ward's page may write it in capitals ("phường LÊ CHÂN"): a place is never published in capitals. A masthead
printed over two lines ('TRANG THÔNG TIN ĐIỆN TỬ' / 'XÃ TÂN PHÚ ĐÔNG' / 'THÀNH PHỐ SA ĐÉC') is the site's printed name:
its kind word and its territory line, joined and put in sentence case."""

from __future__ import annotations

import re
from collections.abc import Sequence

from haucan.name_case import sentence_case
from haucan.outlet_site import host_named_line
from haucan.outlet_text import PageName
from haucan.records import Block
from haucan.rules import Rules, bare_host

_GENERATED_HEAD = "Cổng thông tin điện tử "
# A portal's kind alone on its line, as a masthead printed over two lines opens.
_KIND_LINE = re.compile(r"^(?:cổng|trang)\s+(?:thông\s+)?tin\s+điện\s+tử$", re.IGNORECASE)
_PORTAL_NAME = re.compile(r"^(?:cổng|trang)\s+(?:thông\s+)?tin\s+điện\s+tử\s+\S", re.IGNORECASE)
MASTHEAD_LINES = 6


def printed_territory(found: PageName, blocks: Sequence[Block]) -> PageName:
    """``found`` (a generated territory name) with its place in sentence case and, when the page's head prints the
    portal's kind on one line and the territory on the next, that kind word instead of the generated one."""
    if not found.name.startswith(_GENERATED_HEAD):
        return found
    territory = found.name.removeprefix(_GENERATED_HEAD)
    head = _GENERATED_HEAD.strip()
    lines = [line.strip() for block in blocks[:MASTHEAD_LINES] for line in block.text.split("\n") if line.strip()]
    for kind, place in zip(lines, lines[1:], strict=False):
        if _KIND_LINE.match(kind) and place.casefold() == territory.casefold():
            head = kind
    if any(word.isupper() and len(word) > 1 for word in territory.split()):
        cased = sentence_case(territory.upper())  # 'Phường Lê Chân': the unit word stays in lower case
        territory = cased[:1].lower() + cased[1:]
    name = sentence_case(f"{head.upper()} {territory.upper()}") if head.isupper() else f"{head} {territory}"
    return PageName(found.outlet, name, found.source, found.kind)


def foot_portal_name(blocks: Sequence[Block], host: str, rules: Rules) -> PageName | None:
    """A province sub-site's own portal name printed at its head or foot ('Cổng thông tin điện tử huyện Krông Pa' on
    krongpa.gialai.gov.vn, set 17's 1089; step 3 of the outlet rule): a line its own first label spells (never one
    the province's label spells) that names a portal; an editor's account ('btv lechan') or a bare place is none."""
    # Only the page's furniture: a portal's name in the text or a caption is one the article reports on (head18).
    furniture = [block for block in blocks if block.kind == "residue"]
    found = host_named_line(furniture, f"{bare_host(host).split('.')[0]}.gov.vn", rules)
    return found if found is not None and _PORTAL_NAME.match(found.name) else None
