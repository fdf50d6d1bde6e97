"""The outlet's own name as the page prints it, for a host the registry does not know (issue 14).

A scraped page often keeps its site's name: a masthead line above the headline ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN
MƯỜNG TÈ", "Trang chủ báo điện tử tỉnh Lai Châu"), the site name after the title ("… - Cổng thông tin điện tử tỉnh
Lai Châu"), or a copyright footer ("© Bản quyền thuộc Báo Lai Châu", "Copyright © 2024 Cổng thông tin điện tử …").
``page_outlet`` reads those lines. A name the registry (or the generated provincial outlets) knows is returned as
that outlet; any other name is kept as the page prints it, in sentence case when the page prints it in capitals
(the gold convention for an outlet the registry lacks), but only when it has the shape of an outlet's name
(``OUTLET_NAME_SHAPE``), so a headline or a sentence is never taken for one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import yaml

from haucan.name_case import sentence_case
from haucan.outlet_dash import site_line_cut
from haucan.outlet_names import AGGREGATOR, outlet_named
from haucan.provinces import provinces
from haucan.records import Block
from haucan.regex_prefilter import prefilter
from haucan.rules import RULES_DIR, Outlet, Rules
from schema.articles import OUTLET_NAME_SHAPE

MASTHEAD_LINES = 6
"""A masthead is printed above or just under the headline: only the page's first lines are searched."""
FOOTER_LINES = 8
"""A copyright footer closes the page: only its last lines are searched."""
MAX_NAME_CHARS = 90
# The parts of a masthead that prints two names ("TRƯỜNG SĨ QUAN LỤC QUÂN 2 - ĐẠI HỌC NGUYỄN HUỆ").
DASH = re.compile(r"\s+[-–—]\s+")

# "Trang chủ báo điện tử tỉnh Lai Châu" (baolaichau.vn's home link) and "Báo điện tử X" name the paper of X.
_HOME_LINK = re.compile(r"^trang chủ\s+(?=báo|cổng|trang)", re.IGNORECASE)
_E_PAPER = re.compile(r"^báo điện tử\s+(?:của\s+)?(?:tỉnh|thành phố)\s+", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"\s[-–—|]\s*(?P<name>(?:cổng|trang)\s+(?:thông\s+)?tin\s+điện\s+tử\s.{3,80})$",
                           re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"\s[-–—|]\s*(?P<name>[^-–—|:]{3,60}?)(?:\s*:\s*[^-–—|]*)?$")
# The name runs to a sentence's full stop; a dot inside a word ("TP.Hồ Chí Minh") is an abbreviation's.
_FOOTER = re.compile(
    r"^(?:©\s*)?(?:bản quyền(?:\s+thuộc(?:\s+về)?)?|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?:thuộc(?:\s+về)?\s+|by\s+|bởi\s+)?(?P<name>(?:[^.|;:]|\.(?=\S)){4,90}?)\s*\.?\s*(?:(?:[|;]|\.(?!\S)).*)?$", re.IGNORECASE)
# Other footer lines that name the site: "Ghi rõ nguồn “Báo X” khi phát hành lại thông tin", "Giấy phép số
# 123/GP-BTTTT … cấp cho Báo X" (the licence names its holder). The owner ("Cơ quan chủ quản: UBND tỉnh …") is not
# the site and is not read.
_FOOTER_NAMES = (
    re.compile(r"^.*?ghi rõ nguồn\s*[:“\"'‘(]\s*(?P<name>[^”\"'’)]{4,90}?)\s*[”\"'’)]", re.IGNORECASE),
    re.compile(r"^giấy phép\b.{0,80}?\bcấp cho\s+(?P<name>[^.,;|]{4,90}?)\s*(?:[.,;|].*)?$", re.IGNORECASE),
)
# A footer's masthead block prints the outlet's name on a line of its own or before its particulars ("BÁO ĐIỆN TỬ
# ĐẢNG CỘNG SẢN VIỆT NAM - Cơ quan chủ quản: …", "Tạp chí Hậu cần Quân đội. Tổng biên tập: …"): the name is what
# precedes them. The owner after "Cơ quan chủ quản" is another body (a ministry, a paper) and is never read.
_PARTICULAR_WORDS = (r"(?:cơ quan chủ quản|cơ quan của|tổng biên tập|phó tổng biên tập|giấy phép|địa chỉ|điện thoại|trụ sở"
                     r"|chịu trách nhiệm|email|hotline)")
_PARTICULARS = re.compile(r"\s*(?:[-–—|.,:]\s*)?" + _PARTICULAR_WORDS + r"\b.*$", re.IGNORECASE)
# Every match of _PARTICULARS holds one of its words: a line where none begins cannot match, and is told so by
# one fast scan (haucan/regex_prefilter.py) instead of the particulars' own search, whose leading '\s*'
# is tried at every character (the footer search's largest cost; perf14).
_PARTICULARS_GATE = prefilter(re.compile(_PARTICULAR_WORDS, re.IGNORECASE))

@dataclass(frozen=True, slots=True)
class PageName:
    """An outlet name read off the page: the registry outlet it names (or None) and the name as printed."""

    outlet: Outlet | None
    name: str
    source: str
    kind: str | None = None


@cache
def _name_kinds() -> tuple[tuple[re.Pattern[str], str], ...]:
    with open(RULES_DIR / "outlets_more.yml", encoding="utf-8") as handle:
        entries = yaml.safe_load(handle)["name_kinds"]
    return tuple((re.compile(e["head"], re.IGNORECASE), e["kind"]) for e in entries)


def name_kind(name: str) -> str | None:
    """The kind of an outlet the registry lacks, from its printed name's head words ("Cổng thông tin điện tử
    huyện …" is a portal, "Công an …" police); None when no head fits."""
    return next((kind for head, kind in _name_kinds() if head.match(name)), None)


def tidy(text: str) -> str:
    text = _HOME_LINK.sub("", text.strip())
    text = " ".join(text.split()).strip(" -–—|:.,")
    # The owner after a dash is another body ("BỆNH VIỆN QUÂN Y 175 - BỘ QUỐC PHÒNG", "BÁO BIÊN PHÒNG - CƠ QUAN CỦA …").
    return _OWNER_TAIL.sub("", text)


# Without the host to confirm it, only a publisher's head word makes a line a name: "QUỐC PHÒNG - AN NINH" in
# capitals is a menu item, though an organisation's site may be called "Quốc phòng Thủ đô" (host_named_line).
# The name opens with a capital; the words after its first keep whatever case the page (or name_case) gives them
# ("Đoàn Đại biểu Quốc hội", "Hội Cựu chiến binh").
# A department of a ministry ("CỤC TẦN SỐ VÔ TUYẾN ĐIỆN" over rfd.gov.vn's pages, set 9's 090) runs its own portal.
PUBLISHER_HEAD = re.compile(r"^(?=[CTBĐHSVNỦU])(?i:UBND|Cổng|Trang|Báo|Tạp chí|Đài|Truyền hình|Học viện|Viện|Trường|Công an|Bộ|Ban|Cục|Tổng cục"
                             r"|Sở|Bệnh viện|Văn phòng|Tổng công ty|Công ty|Tập đoàn|Nhà máy|Trung tâm|Đảng bộ|Đảng ủy|Đoàn đại biểu"
                             r"|Hội đồng nhân dân|Ủy ban|Hội (?:cựu chiến binh|ccb|nông dân|liên hiệp|truyền thống))\s")
# What opens a parent body after a masthead's dash ("… - TỔNG CỤC CÔNG NGHIỆP QUỐC PHÒNG", "… - QUÂN KHU 4"); a tail
# opening otherwise is the rest of the name ("… KỸ THUẬT - HẬU CẦN CÔNG AN NHÂN DÂN").
_PARENT_HEAD = re.compile(PUBLISHER_HEAD.pattern.replace("(?i:", "(?i:Đại học|Quân khu|Quân đoàn|Quân chủng|Binh chủng"
                                                         "|Binh đoàn|Sư đoàn|Vùng|Tỉnh ủy|Thành ủy|UBND|Quân đội|", 1)
                          .replace("(?=[CTBĐHSVNỦ])", "(?=[CTBĐHSVNỦQUĐ])"))
MAX_NAME_WORDS = 14
_MOTTO = re.compile(r"cộng hòa xã hội chủ nghĩa việt nam|độc lập\s*[-–]\s*tự do", re.IGNORECASE)
_PORTAL_HEAD = re.compile(r"^(?:cổng|trang)\s+(?:thông\s+)?tin\s+điện\s+tử\b", re.IGNORECASE)
_OWNER_TAIL = re.compile(r"\s+[-–—]\s+(?:bộ|cơ quan (?:của|chủ quản))\s.*$", re.IGNORECASE)
# "Báo Quân khu 5 điện tử": the paper's own name, with the word for its web edition after it.
_E_EDITION = re.compile(r"^(báo\s.+?)\s+điện\s+tử$", re.IGNORECASE)
MAX_MASTHEAD_WORDS = 9
"""A capitalised line longer than this is a headline in capitals, not a publisher's name (portals excepted)."""
# Blocks whose lines are the article itself: a name there is a headline or a sentence, never a masthead.
ARTICLE_KINDS = frozenset({"title", "lead", "body", "caption"})


def _is_free_name(printed: str, name: str, footer: bool = False) -> bool:
    """A name the registry lacks is taken only as a publisher prints its name: a portal's "Cổng/Trang thông tin
    điện tử …" line, a short line in capitals outside the headline and text, or a copyright footer's owner."""
    if not OUTLET_NAME_SHAPE.match(printed) or not PUBLISHER_HEAD.match(printed):
        return False
    if _PORTAL_HEAD.match(name):
        # "Trang thông tin điện tử" alone, under the masthead that names the site, is the site's kind, not its name.
        return bool(_PORTAL_HEAD.sub("", name).strip(" -–—|:"))
    if footer:
        # "Bản quyền thuộc Sở Khoa học và Công nghệ tỉnh Thái Nguyên" (set 11's 792): the copyright line says the
        # words after it are the owner's name, in whatever case.
        return len(name.split()) <= MAX_NAME_WORDS
    letters = [c for c in name if c.isalpha()]
    return all(c.isupper() for c in letters) and (len(name.split()) <= MAX_MASTHEAD_WORDS or _closed_by_province(name))


def _closed_by_province(name: str) -> bool:
    """True for a name that ends with its province ("ĐOÀN ĐẠI BIỂU QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN TỈNH ĐIỆN BIÊN"): a
    body's full name may run past MAX_MASTHEAD_WORDS, but a headline in capitals seldom ends on the province."""
    key = " ".join(name.casefold().split())
    return any(key.endswith(f"{p.unit} {p.name}".casefold()) for p in provinces())


def names_body(name: str) -> bool:
    """True for a name an organisation goes by ("Cổng thông tin điện tử huyện X", "Sở Y tế …", "Công ty …"), as
    against a copy site's brand ("Hải Phòng 24h", "Tin Thể Thao News")."""
    return PUBLISHER_HEAD.match(sentence_case(name)) is not None or name_kind(name) is not None


def copy_banner(printed: PageName | None) -> bool:
    """True for a page name that is a copy's banner: a brand no body goes by ("Hải Phòng 24h - Tin tức …") or a
    registry aggregator's name; what the copy credits outranks it."""
    if printed is None:
        return False
    return printed.outlet.kind == AGGREGATOR if printed.outlet is not None else not names_body(printed.name)


def name_variants(name: str) -> list[str]:
    """``name`` and the registry names it may stand for: "báo điện tử tỉnh Lai Châu" and "Báo Lai Châu điện tử"
    are the paper "Báo Lai Châu"; an anniversary banner "50 NĂM HỌC VIỆN CẢNH SÁT NHÂN DÂN" is the academy's."""
    variants = [name]
    if _E_PAPER.match(name):
        variants.append("Báo " + _E_PAPER.sub("", name))
    if edition := _E_EDITION.match(name):
        variants.append(edition.group(1))
    if _ANNIVERSARY.match(name):
        variants.append(_ANNIVERSARY.sub("", name))
    return variants


# One word after a dash closing a masthead, written without a Vietnamese tone mark ("MIPECORP", "Viettel", "PVOIL"):
# a brand, not a second body (a parent body's name runs to several words: "… - BỘ QUỐC PHÒNG").
_BRAND_TAIL = re.compile(r"\s+[-–—]\s+[A-Za-z][A-Za-z0-9&]{2,15}$")
def without_brand(name: str) -> str:
    """``name`` without a brand after a dash at its end when what precedes it opens with a publisher's head word: a
    company's masthead "TỔNG CÔNG TY XĂNG DẦU QUÂN ĐỘI - MIPECORP" (set 9's 074) is the company's name, the brand a
    short form of it."""
    brand = _BRAND_TAIL.search(name)
    return name[:brand.start()] if brand and PUBLISHER_HEAD.match(sentence_case(name[:brand.start()])) else name


_ANNIVERSARY = re.compile(r"^\d{1,3}\s+năm\s+(?:thành lập\s+)?", re.IGNORECASE)


def _resolve(name: str, rules: Rules, source: str, whole: bool = True) -> PageName | None:
    name = tidy(name)
    if not name or len(name) > MAX_NAME_CHARS:
        return None
    for candidate in name_variants(name):
        # A line at the top of the page must BE a name (a menu item "Tin tức" is not "Báo Tin Tức"); a footer's
        # or an attribution's name may be cut or shortened.
        known = outlet_named(candidate, rules, exact=source == "masthead")
        if known is not None:
            return PageName(known, known.name, source)
    if whole and (body := without_brand(name)) != name:
        return _resolve(body, rules, source, whole=False)
    printed = name if source == "footer" and not name.isupper() else sentence_case(name)
    if _is_free_name(printed, name, footer=source == "footer"):
        return PageName(None, printed, source, name_kind(printed))
    first, *rest = DASH.split(name)
    if whole and rest and PUBLISHER_HEAD.match(sentence_case(first)):
        if len(rest) == 1 and not _PARENT_HEAD.match(sentence_case(rest[0])) and _is_free_name(
                sentence_case(first), first) and len(name.split()) <= MAX_NAME_WORDS:
            # A dash inside one name ("TRƯỜNG ĐẠI HỌC KỸ THUẬT - HẬU CẦN CÔNG AN NHÂN DÂN", set 10's 655): what
            # follows it names no body of its own, so it is no parent.
            printed = sentence_case(name)
            return PageName(None, printed, source, name_kind(printed))
        # A masthead naming the publisher, then its parent or another name of it ("BỆNH VIỆN QUÂN Y 103 - HỌC
        # VIỆN QUÂN Y", "TRƯỜNG SĨ QUAN LỤC QUÂN 2 - ĐẠI HỌC NGUYỄN HUỆ"): the publisher is the first.
        return _resolve(first, rules, source, whole=False)
    return None


@cache
def _platforms() -> tuple[str, ...]:
    with open(RULES_DIR / "outlets_more.yml", encoding="utf-8") as handle:
        return tuple(yaml.safe_load(handle)["hosting_platforms"])


def on_platform(host: str | None) -> bool:
    """True for a site hosted on a blog or site-builder platform (``x.blogspot.com``, ``x.family.blog``): anyone's
    copy of other outlets' articles, so its name is not an outlet's; what it says it copies decides."""
    bare = (host or "").lower().rstrip(".")
    return any(bare == p or bare.endswith("." + p) for p in _platforms())


def page_outlet(blocks: Sequence[Block], rules: Rules) -> PageName | None:
    """The outlet the page names itself as: a masthead line among the first lines, the site name after the
    title, else a copyright footer among the last lines. None when the page prints no such name."""
    for index, block in enumerate(blocks[:MASTHEAD_LINES]):
        if any(_MOTTO.search(b.text) for b in blocks[index + 1:index + 4]):
            continue  # a pasted document's issuer over the state's motto ('ỦY BAN NHÂN DÂN', 1143) names no site
        # A headline or a sentence naming an outlet is not its masthead; but a portal's name line taken for the
        # headline (the longest header line) still is one: no headline opens "Cổng thông tin điện tử".
        if block.kind in ARTICLE_KINDS and not (block.kind == "title" and _PORTAL_HEAD.match(block.text)):
            continue
        if block.rule == "outlet_domain_footer" or "." in block.text.strip().split(" ")[0]:
            continue  # a bare domain is the footer's evidence (haucan/outlets.py), not a printed name
        for line in block.text.split("\n"):
            text = line.strip()
            if len(text) <= MAX_NAME_CHARS + 20 and not text.endswith((".", "?", "!", ",")):
                # A portal's name line over the text is cut before its parent territory (haucan/outlet_dash.py); a
                # short page's foot, read here too, keeps its line whole (test_head17: a link list's neighbour).
                above_text = all(b.kind not in ("lead", "body") for b in blocks[:index])
                found = _resolve(site_line_cut(text) if above_text else text, rules, "masthead")
                if found is not None:
                    return found
    site = next((b.text for b in blocks if b.rule == "title_site_suffix"), None)
    if site is not None:
        # The site's name haucan/headline.py cut off the headline ('Báo Lạng Sơn: Tin tức mới nhất …').
        found = _resolve(site.split(":")[0], rules, "masthead")
        if found is not None:
            return found
    title = next((b.text for b in blocks if b.kind == "title"), "")
    match = _TITLE_SUFFIX.search(title)
    if match:
        found = _resolve(match.group("name"), rules, "masthead")
        if found is not None:
            return found
    match = _SITE_SUFFIX.search(title)
    if match:
        # "… – Báo Lạng Sơn: Tin tức mới nhất …" (a mirror's copy keeps the original's site name): known names only.
        found = _resolve(match.group("name"), rules, "masthead")
        if found is not None and found.outlet is not None:
            return found
    tail = [line for block in blocks[-FOOTER_LINES:] for line in block.text.split("\n")]
    for line in reversed(tail):
        match = _FOOTER.match(line.strip()) or next(
            (m for m in (p.match(line.strip()) for p in _FOOTER_NAMES) if m), None)
        if match:
            found = _resolve(match.group("name"), rules, "footer")
            if found is not None:
                return found
    return footer_masthead(tail, rules)


def footer_masthead(lines: Sequence[str], rules: Rules) -> PageName | None:
    """A footer line that IS a registry outlet's name, alone or before its particulars (editor, licence, owner),
    read from the last line up; only a name the registry knows, since a footer line is also a menu or a slogan."""
    for line in reversed(lines):
        stripped = line.strip()
        bare = stripped if _PARTICULARS_GATE.search(stripped) is None else _PARTICULARS.sub("", stripped)
        name = tidy(bare)
        # A menu item ("Xây dựng Đảng", "Quân đội nhân dân") may equal an alias: a bare line needs a publisher's
        # head word; a line that goes on with the outlet's particulars is a masthead whatever it starts with.
        named = bare != line.strip() or PUBLISHER_HEAD.match(sentence_case(name)) is not None
        if named and 2 < len(name) <= MAX_NAME_CHARS:
            known = outlet_named(name, rules, exact=True)
            if known is not None:
                return PageName(known, known.name, "footer")
    return None
