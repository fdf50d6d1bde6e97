"""What a page says its text comes from (issue 14): an attribution line ("Theo Báo X", "Nguồn: …"), a copy's
source line at its head ("2025-10-08Báo Đồng Nai điện tử"), a lead prefix that is an outlet's alias ("(ĐBP) - "),
and the one prefix that credits no one: a sub-site's parent domain ("(Chinhphu.vn) - " on
``xaydungchinhsach.chinhphu.vn``). haucan/outlets.py weighs these against the URL and the page's own name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import MappingProxyType

from haucan.headline import UNKNOWN_DATELINE
from haucan.outlet_names import AGGREGATOR, outlet_named
from haucan.outlet_own import host_tag
from haucan.outlet_text import ARTICLE_KINDS, MASTHEAD_LINES, name_variants
from haucan.provinces import provinces
from haucan.records import Block
from haucan.rules import Outlet, Rules, bare_host

MAX_SOURCE_WORDS = 16

TAG_EDGES = re.compile(r"^[(\[\s]+|[)\]\s\-–—]+$")


def alias_dateline(blocks: Sequence[Block], rules: Rules) -> Outlet | None:
    """The outlet whose alias an unknown lead prefix is ("(ĐBP) - ", "BLC -"), when exactly one outlet has it."""
    text = next((b.text for b in blocks if b.kind == "dateline" and b.rule == UNKNOWN_DATELINE), None)
    tag = TAG_EDGES.sub("", TAG_EDGES.sub("", text)) if text else ""
    return outlet_named(tag, rules) if len(tag) >= 2 else None



def shared_prefix_alias(blocks: Sequence[Block], rules: Rules) -> Outlet | None:
    """The outlet whose own alias is exactly a known lead prefix that several outlets print ("CNQP&KT - " opens the
    leads of vdi.org.vn and of its magazine, whose alias is "CNQP&KT"): on a copy site that keeps the prefix, the
    credit of the magazine (dev 031). Without a URL the shared prefix stays undecided (alias_dateline)."""
    block = next((b for b in blocks if b.kind == "dateline" and b.rule != UNKNOWN_DATELINE), None)
    tag = TAG_EDGES.sub("", TAG_EDGES.sub("", block.text)) if block is not None else ""
    return outlet_named(tag, rules, exact=True) if len(tag) >= 2 else None

def attributed_outlet(blocks: Sequence[Block], rules: Rules) -> Outlet | None:
    """The registry outlet (not an aggregator) an attribution line names, read from the last line up."""
    lines = [line for block in blocks for line in block.text.split("\n")]
    for line in reversed(lines):
        for rule in rules.attributions:
            match = rule.pattern.search(line.strip())
            outlet = outlet_named(match.group("name"), rules) if match else None
            if outlet is not None and outlet.kind != AGGREGATOR:
                return outlet
    return None


def credit_outlet(blocks: Sequence[Block], rules: Rules) -> Outlet | None:
    """The registry outlet (not an aggregator) the page credits: an attribution line, else a copy's source line
    at its head ("2025-10-08Báo Đồng Nai điện tử"), else a print flip-book's page title ("Page 31 - Biên Phòng")."""
    found = (attributed_outlet(blocks, rules) or source_line(blocks, rules) or flipbook_title(blocks, rules)
             or source_address(blocks, rules))
    return found if found is not None and found.kind != AGGREGATOR else None


# A copy's source line giving the original's address ("Nguồn Bà Rịa - Vũng Tàu http://www.baobariavungtau.com.vn/…",
# m.baomoi.com, set 16's 1030; "Theo: https://…", "Link gốc: …"): the address's host is the credit, whatever name
# (often a shortened one the registry lacks) precedes it.
_SOURCE_ADDRESS = re.compile(r"^(?:nguồn|theo|link gốc|bài gốc|xem bài gốc|gốc)\b[^\n]{0,80}?\bhttps?://(?P<host>[^/\s]+)",
                             re.IGNORECASE)


def source_address(blocks: Sequence[Block], rules: Rules) -> Outlet | None:
    """The registry outlet whose host a source line's address names, read from the last line up."""
    for block in reversed(blocks):
        for line in reversed(block.text.split("\n")):
            match = _SOURCE_ADDRESS.match(line.strip())
            found = rules.outlet_for_host(match.group("host")) if match else None
            if found is not None:
                return found[0]
    return None


# A print issue put online as a flip-book (FlipHTML5-style ``files/basic-html/pageN.html``) titles each page with its
# number and the publication's name; the page's text is the paper's article, set in columns.
_FLIPBOOK_TITLE = re.compile(r"^(?:Page|Trang)\s+\d{1,4}\s*[-–|:]\s*(?P<name>[^\d|]{2,60}?)\s*$", re.IGNORECASE)


def flipbook_title(blocks: Sequence[Block], rules: Rules) -> Outlet | None:
    """The registry outlet a flip-book page's title line names exactly ("Page 31 - Biên Phòng" on a paper's Tết
    issue kept on a printer's host, set 13's 904: Báo Biên phòng), as the coordinator's set-13 convention credits a
    print flip-book copy to its paper. Only the page's first lines, outside the text; None otherwise."""
    for block in blocks[:MASTHEAD_LINES]:
        if block.kind in ("lead", "body"):
            break
        match = _FLIPBOOK_TITLE.match(block.text.strip())
        known = outlet_named(match.group("name"), rules, exact=True) if match else None
        if known is not None:
            return known
    return None


def own_prefix(blocks: Sequence[Block], host: str) -> bool:
    """True when the lead's prefix is the site's own parent domain ("(Chinhphu.vn) - " on
    ``xaydungchinhsach.chinhphu.vn``): the portal signing its own sub-site's article, not a credit to a paper."""
    text = next((b.text for b in blocks if b.kind == "dateline"), "")
    tag = TAG_EDGES.sub("", TAG_EDGES.sub("", text)).lower()
    return "." in tag and " " not in tag and (bare_host(host) == tag or bare_host(host).endswith("." + tag))


# A copy's source line beside its title: the original's name with the date it was published, glued or not
# ("2025-10-08Báo Đồng Nai điện tử", "Báo Lạng Sơn - 2 giờ trước", "Quân đội nhân dân | 08/10/2025 10:15").
_SOURCE_STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?"
                           r"|\d+\s+(?:giây|phút|giờ|ngày|tuần|tháng)\s+trước", re.IGNORECASE)
_SOURCE_EDGES = " -–—|•·,()[]"


def source_line(blocks: Sequence[Block], rules: Rules) -> Outlet | None:
    """The registry outlet a copy's source line at the head of its page names: a line outside the headline and
    text that, its date and time taken out, is a registry name exactly ("Báo Đồng Nai điện tử" is Báo Đồng
    Nai's). The date is what makes the line a credit: a menu item without one may be a paper's name by chance."""
    for block in blocks[:MASTHEAD_LINES]:
        if block.kind in ARTICLE_KINDS:
            continue
        for line in block.text.split("\n"):
            if not _SOURCE_STAMP.search(line):
                continue
            rest = _SOURCE_STAMP.sub(" ", line).strip(_SOURCE_EDGES)
            rest = " ".join(rest.split()).strip(_SOURCE_EDGES)
            if len(rest) < 3 or len(rest.split()) > MAX_SOURCE_WORDS:
                continue
            known = next((o for v in name_variants(rest) if (o := outlet_named(v, rules, exact=True))), None)
            if known is not None:
                return known
    return None


# A body's own site (a state, Party, school or army domain) is no copy: printing no name, it goes by its host with
# its body's kind (rule 4 of the one outlet rule, session 14: set 16's 1019 on cdcsnd1.edu.vn), never "aggregator".
BODY_DOMAIN_KINDS = MappingProxyType({".gov.vn": "portal", ".dcs.vn": "party", ".edu.vn": "academy", ".mil.vn": "army"})
_WORD = re.compile(r"[^\W_]+")


def body_domain_kind(host: str) -> str | None:
    """The kind of the body whose own domain ``host`` is under (``.gov.vn`` a portal, ``.edu.vn`` a school), else
    None (a site that may be anyone's copy)."""
    return next((kind for tail, kind in BODY_DOMAIN_KINDS.items() if bare_host(host).endswith(tail)), None)


def own_name(blocks: Sequence[Block], host: str) -> str | None:
    """The name a site the registry lacks goes by when it names no source and prints no name line the other readings
    accept (coordinator's convention, set 10: a copy naming no source is its own outlet, by its printed name or its
    host): its lead tag or a one-word line at its head that is its host's label ("(VnMedia) - ", "VnMedia" on
    ``vnmedia.vn``, set 11's 753) or its whole host ("(Tinmoi.vn)", set 16's 1004), else the host itself
    ("thattruyen.com", 773; a body's own domain too, rule 4)."""
    bare = bare_host(host)
    if body_domain_kind(bare) is not None:
        return bare
    label = bare.split(".")[0]
    for block in blocks[:MASTHEAD_LINES]:
        if block.kind in ARTICLE_KINDS and block.kind != "dateline":
            continue
        tag = TAG_EDGES.sub("", TAG_EDGES.sub("", block.text.strip()))
        if " " not in tag and tag.lower() == label and any(c.isupper() for c in tag) or host_tag(tag, bare):
            return tag
    # Its brand written as its host's label with capitals inside, anywhere on the page: a legal database's notice
    # to its members ("… tài khoản LuatVietnam …" on luatvietnam.vn, set 14's 235). A word in mixed case that is
    # the host's whole label is the site's own name, never a common word.
    for block in blocks:
        brand = next((w for w in _WORD.findall(block.text) if w.lower() == label and any(c.isupper() for c in w[1:])), None)
        if brand is not None:  # printed as its domain ("HoaTieu.vn cập nhật …", set 15's 359): the domain is its name
            return brand + bare[len(label):] if brand + bare[len(label):] in block.text else brand
    return bare


def of_named_province(outlets: tuple[Outlet, ...], blocks: Sequence[Block]) -> tuple[Outlet, ...]:
    """Among provincial outlets sharing a lead prefix ("(BTN) - ": Báo Tây Ninh, Báo Thái Nguyên), those whose
    province the text names most often; () when it names none of theirs."""
    text = "\n".join(b.text for b in blocks)
    counts = {o.name: max((text.count(p.name) for p in provinces() if p.name in o.name), default=0) for o in outlets}
    best = max(counts.values(), default=0)
    return tuple(o for o in outlets if best and counts[o.name] == best)
