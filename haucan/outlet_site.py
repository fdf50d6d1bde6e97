"""A site the registry does not know, named by what its host and its page say together (issue 14).

Three readings, each needing the host and the page to agree, so that no headline or sentence is taken for a name:

- ``host_named_line``: a header or footer line the host spells without tone marks (``binhdoan12.vn`` prints "Binh
  đoàn 12 – Tổng Công ty Xây dựng Trường Sơn", ``50nam.hvcsnd.edu.vn`` "50 NĂM HỌC VIỆN CẢNH SÁT NHÂN DÂN");
- ``territory_portal``: a district's or commune's portal (``bachthong.gov.vn``, ``thapmuoi.dongthap.gov.vn``) that
  prints no name line but whose text names its territory ("huyện Bạch Thông"): the territory's portal;
- ``lead_source``: the original outlet a copy keeps at the head of its lead ("Điện Biên TV – Sáng 11/4, …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from haucan.host_spelling import MIN_SLUG_OVERLAP, loosely_spells, slug, spelled_after_head, spelled_part
from haucan.name_case import PLACE_WORDS, sentence_case
from haucan.outlet_brand import brand_cut
from haucan.outlet_dash import site_labels as _site_labels
from haucan.outlet_names import outlet_named
from haucan.outlet_own import LINE_MARKS, branded_part, initials_part, section_word
from haucan.outlet_patterns import subsite_province
from haucan.outlet_text import (
    ARTICLE_KINDS,
    DASH,
    FOOTER_LINES,
    MASTHEAD_LINES,
    PUBLISHER_HEAD,
    PageName,
    name_kind,
    name_variants,
    on_platform,
    tidy,
    without_brand,
)
from haucan.provinces import provinces
from haucan.records import Block
from haucan.rules import Outlet, Rules, bare_host

MAX_SITE_NAME_WORDS = 16
SITE_KIND = "portal"
# The owner's statement in a footer ("Cơ quan của Đảng bộ Quân khu 3") names who owns the site, not the site.
_OWNER_PART = re.compile(r"^(?:cơ quan (?:của|chủ quản)|thuộc|trực thuộc)\b", re.IGNORECASE)
# A copyright line's formula is no part of its owner's name ("Bản quyền thuộc về Người Hà Nội", set 15's 567).
_COPYRIGHT_LEAD = re.compile(r"^(?:©\s*(?:bản quyền|copyright)?|bản quyền|copyright)(?:\s*©)?(?:\s*\d{4}(?:\s*[-–]\s*\d{4})?)?\s*"
                             r"(?:(?:thuộc(?:\s+về)?|by|bởi)\s+)?", re.IGNORECASE)
# What follows a site's name on its line: its logo's address glued to it ("Nhà xuất bản Công Thươnghttps://…", 569),
# or its particulars after a dash ("Trang thông tin điện tử Binh chủng … - Địa chỉ: …", 565; set 15).
_GLUED_URL = re.compile(r"\s*https?://\S+$|\s+[-–—|]\s*(?:địa chỉ|điện thoại|email|hotline|trụ sở)\s*:.*$"
                        # or its owner and licence after a full stop ("© Báo điện tử X. Cơ quan chủ quản: …")
                        r"|\.\s+(?:cơ quan chủ quản|giấy phép|địa chỉ|trụ sở|chịu trách nhiệm|tổng biên tập|all rights)\b.*$",
                        re.I)


def host_named_line(blocks: Sequence[Block], host: str | None, rules: Rules) -> PageName | None:
    """The site's own name for a host the registry does not know: a header line among the first lines (or a line
    of the footer) that a label of the host spells (haucan/host_spelling.py), cut to the part it spells, or the part
    of the line between dashes it spells ("Trường Sĩ quan Lục quân 2"). A registry name among the line's parts wins
    ("Cơ quan của Đảng bộ Quân khu 3 - Quân khu 3 Online" is Báo Quân khu 3's footer). A menu item "Giáo dục" is not
    ``giaoducthoidai.vn``'s name, and a headline of the site's own news that opens with its name ("Trường Sĩ quan
    Phòng hóa bế giảng khóa …") is not its name either."""
    sites = _site_labels(host or "")
    if not sites or "." not in (host or "") or on_platform(host):
        return None
    # A lead tag ("(Tổ Quốc) -") is the page's last evidence of its own name, after its foot (rule 3's order).
    head = [b for b in blocks[:MASTHEAD_LINES] if b.kind not in ARTICLE_KINDS and b.kind != "dateline" or b.kind == "title"]
    tail = [b for b in blocks[-FOOTER_LINES:] if b.kind != "dateline"]
    for block in head + tail:
        if block.rule == "outlet_domain_footer":
            continue  # a bare domain names another outlet (a reprint's paper), the footer's evidence
        for line in block.text.split("\n"):
            whole = _GLUED_URL.sub("", tidy(line)).lstrip(LINE_MARKS)
            if section_word(whole) or " " not in whole or len(whole.split()) > MAX_SITE_NAME_WORDS or whole.endswith((".", "?", "!")):
                continue  # a domain or a single word is not a site's printed name, nor is a sentence
            # The line's length is judged with its formula: a long owner line stays the footer's reading (879).
            found = _line_name(_COPYRIGHT_LEAD.sub("", whole), sites, rules)
            if found is not None:
                return found
    return None


# The kinds of place a body's site name its district or province by after a dash.
_ADMIN_PLACES = ("tỉnh ", "thành phố ", "tp ", "tp.", "huyện ", "quận ", "thị xã ", "xã ", "phường ")


def _line_name(whole: str, sites: list[str], rules: Rules) -> PageName | None:
    if brand := brand_cut(whole, sites, rules):  # "Vietnammoi - Tạp chí điện tử Việt Nam Mới" (haucan/outlet_dash.py)
        return brand
    parts = [part for part in dict.fromkeys((whole, *DASH.split(whole))) if " " in part]
    spelled = [_whole_or_cut(part, cut) for part in parts if not _OWNER_PART.match(part) for site in sites
               if (cut := branded_part(site, part) or spelled_part(site, part) or initials_part(site, part))]
    # A publisher's kind word then the place the host opens with ("Truyền hình Đại Lộc" on dailocrt.vn).
    spelled += [part for part in parts for site in sites[:1] if spelled_after_head(site, part, PUBLISHER_HEAD)]
    if not spelled:
        return None
    for part in parts:
        known = next((o for v in name_variants(part) if (o := outlet_named(v, rules, exact=True))), None)
        if known is not None:
            return PageName(known, known.name, "masthead")
    for name in spelled:
        known = next((o for v in name_variants(name) if (o := outlet_named(v, rules, exact=True))), None)
        if known is not None:
            return PageName(known, known.name, "masthead")
    # A part the host spells exactly is the name when the rest of the line is its place ("PHƯỜNG NGUYỄN CƯ TRINH -
    # QUẬN 1" on phuongnguyencutrinh.gov.vn, set 14's 495), as a site-name line is cut at its dash (session 13); a
    # code after the dash stays ("CƠ KHÍ CHÍNH XÁC 29 - Z129").
    printed = sentence_case(next((name for name in spelled if slug(name) in sites and whole.startswith(name) and
                                  whole[len(name):].strip(" -–—|").casefold().startswith(_ADMIN_PLACES)), spelled[0]))
    # A site named by its host with no publisher's head word is an organisation's own site: a portal.
    return PageName(None, printed, "masthead", name_kind(printed) or SITE_KIND)


def source_under_title(blocks: Sequence[Block], rules: Rules) -> Outlet | None:
    """The registry outlet an aggregator names alone on a line right under the headline, as its source ("Quân khu 5
    Online" over "2 giờ trước", beta.baomoi.com, set 10's 662): the line must be the whole of a registry name or
    alias, and no aggregator. A name printed twice and glued ("Báo XBáo X", the source line of vietnam.vn's
    copies once its date is split off, set 15's 574) is that name once."""
    title = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    if title is None:
        return None
    for block in blocks[title + 1:title + 1 + MAX_SOURCE_LINES]:
        if block.kind != "residue":
            break
        line = block.text.strip()
        half = len(line) // 2
        known = outlet_named(line[:half] if line[:half] == line[half:] else line, rules, exact=True)
        if known is not None and known.kind != "aggregator":
            return known
    return None


BANNER_KIND = "aggregator"
_BANNER_DASH = re.compile(r"\s+[-–—|]\s+")


def banner_name(blocks: Sequence[Block], host: str | None) -> PageName | None:
    """The name on a site's banner line ("<Site> - <tagline>", residue rule ``site_banner``) when the host spells
    it: the host itself printed ("abc.com - Tỷ số trực tuyến, tin tức 24h"), or a name whose letters a host label
    holds in order ("Chè Thái Nguyên" on chetrathainguyen.com). A copy naming no source goes by it (session 12)."""
    bare = bare_host(host or "")
    for block in blocks[:MASTHEAD_LINES]:
        if block.rule != "site_banner":
            continue
        name = _BANNER_DASH.split(block.text.strip())[0].strip()
        if name.lower() == bare or " " not in name and bare.endswith("." + name.lower()):
            return PageName(None, name, "masthead", BANNER_KIND)
        if " " in name and any(loosely_spells(site, name) for site in _site_labels(bare)):
            return PageName(None, name, "masthead", BANNER_KIND)
    return None


def _whole_or_cut(part: str, cut: str) -> str:
    """The name a line spelled at its end is: the whole line when it opens with a publisher's head word ("SỞ TÀI
    NGUYÊN VÀ MÔI TRƯỜNG TỈNH TUYÊN QUANG" by ``tnmttuyenquang``), else only the words the host spells ("50 NĂM
    HỌC VIỆN CẢNH SÁT NHÂN DÂN" by ``hvcsnd``: an anniversary banner before the academy's name)."""
    return without_brand(part) if PUBLISHER_HEAD.match(sentence_case(part)) else cut


# A territory below the province, as its portal's name writes it, the short forms a text writes it with ("TP. Dĩ
# An", "TX Nghi Sơn"), and the slugs a host may put before its name (a commune's or ward's initial alone too:
# ``xtanlap.hagiang.gov.vn``, set 11's 765).
_UNITS = (("thị xã", ("thị xã", "tx.", "tx"), ("thixa", "tx")), ("thành phố", ("thành phố", "tp.", "tp"), ("thanhpho", "tp")),
          ("thị trấn", ("thị trấn", "tt."), ("thitran", "tt")), ("huyện", ("huyện",), ("huyen",)),
          ("quận", ("quận",), ("quan",)), ("phường", ("phường",), ("phuong", "p")), ("xã", ("xã",), ("xa", "x")))
_UNIT_WORDS = re.compile(r"(?<!\w)(" + "|".join(re.escape(form) for _, forms, _ in _UNITS for form in forms)
                         + r")(?:\s+|(?<=\.))((?:\S+\s*){1,4})", re.IGNORECASE)
MAX_PLACE_WORDS = 4


def territory_portal(blocks: Sequence[Block], host: str) -> PageName | None:
    """The portal of a district, town or commune whose host is its territory's name (``bachthong.gov.vn``, under a
    province ``thapmuoi.dongthap.gov.vn``, with its unit ``xasonlinh.hatinh.gov.vn``, a commune under its district
    ``huulan.locbinh.langson.gov.vn``), named from the page's text
    where the territory is written with its unit word and tone marks ("huyện Bạch Thông"): "Cổng thông tin điện tử
    huyện Bạch Thông". None when the host is a province's own or the text never names the territory."""
    labels = bare_host(host).split(".")
    if labels[-2:] != ["gov", "vn"] or len(labels) not in (3, 4, 5):
        return None
    province_slugs = {s for p in provinces() for s in p.slugs}
    label = labels[0]
    if label in province_slugs or (len(labels) == 4 and subsite_province(host) is None):
        return None
    # A commune under its district under its province (``huulan.locbinh.langson.gov.vn``, dev 191): the province
    # is the third label from the end, the territory still the first.
    if len(labels) == 5 and (labels[2] not in province_slugs or labels[1] in province_slugs):
        return None
    text = "\n".join(b.text for b in blocks if b.kind in ARTICLE_KINDS)
    for match in _UNIT_WORDS.finditer(text):
        form = match.group(1).lower()
        unit, _, unit_slugs = next(entry for entry in _UNITS if form in entry[1])
        words = match.group(2).split()
        for size in range(1, min(MAX_PLACE_WORDS, len(words)) + 1):
            place = [w.strip(",.;:()“”\"'") for w in words[:size]]
            if not all(w[:1].isupper() for w in place):
                break  # a place name is capitalised word by word: "huyện năm 2025" names none
            if label in {slug(" ".join(place)), *(s + slug(" ".join(place)) for s in unit_slugs)}:
                return PageName(None, f"Cổng thông tin điện tử {unit} {' '.join(place)}", "masthead", SITE_KIND)
    return None


# The original outlet a copy keeps at the head of its lead, before a dash ("Điện Biên TV – ", "(Baohatinh.vn) - ").
_LEAD_SOURCE = re.compile(r"^\(?\s*(?P<name>[^\s()\-–—:,][^()\-–—:,]{1,38}?)\s*\)?\s*[-–—]\s+")

# A source tag is shaped like a brand: "<Province> TV", "… Online", a domain, or initials in capitals ("ĐNO").
_BRAND = re.compile(r"(?:\b(?:TV|Online|Radio|News)|\.[a-z]{2,}|^[A-ZĐ&]{2,8})$")


# A copy's lead opening with its source ("Theo báo PK-KQ, ngày 27/11, …", set 10's 659): the medium's word is kept,
# since a registry alias is often written with it ("báo PK-KQ").
_LEAD_THEO = re.compile(r"^Theo\s+(?P<name>(?:báo|tạp chí|đài|truyền hình|trang)\s+[^,;:]{2,40}?)\s*,\s", re.IGNORECASE)
MAX_SOURCE_LINES = 3


def lead_source(blocks: Sequence[Block], rules: Rules) -> Outlet | None:
    """The registry outlet whose name or alias opens the lead before a dash, or after 'Theo' before a comma, else
    None: a name the registry does not know there may be a place ("Hải Phòng - ") or a person, so only a known
    outlet counts."""
    lead = next((b.text for b in blocks if b.kind == "lead"), "")
    theo = _LEAD_THEO.match(lead)
    if theo is not None and (known := outlet_named(theo.group("name"), rules, exact=True)) is not None:
        return known
    match = _LEAD_SOURCE.match(lead)
    if match is None:
        return None
    name = match.group("name")
    if not _BRAND.search(name):
        return None  # "Tổng cục Hậu cần - Kỹ thuật có …" opens with a body's name, not a source tag
    # A domain ("Baohatinh.vn") is read as a URL is; a name must be the whole of a registry name or alias.
    return outlet_named(name, rules, exact=" " in name or "." not in name)


MIN_SPELLED_NAME = 8
"""A registry name shorter than this (as a host writes it) is too common a word to tell a site by."""


def spelled_outlet(host: str, rules: Rules) -> Outlet | None:
    """The one registry outlet known only by name (no domain) whose name or alias a label of ``host`` spells as
    a whole (``siquanphonghoa.edu.vn``: "Trường Sĩ quan Phòng hóa"; by initials, "hvcsnd": "Học viện Cảnh sát
    nhân dân"), for a page that prints no name line; None when none or several fit. An outlet with a known
    domain is not looked for under another host."""
    if on_platform(host):
        return None  # a blog's name is anyone's: what it credits decides
    # A province's slug spells every outlet of the province: it tells none of them (thapmuoi.dongthap.gov.vn).
    province_slugs = {s for p in provinces() for s in p.slugs}
    sites = [site for site in _site_labels(host) if len(site) >= MIN_SLUG_OVERLAP and site not in province_slugs]
    # A journal's host may leave out its medium's word: ``gdllctqs.vn`` is "Tạp chí Giáo dục lý luận chính trị quân sự".
    hits = {o.name: o for o in rules.outlets if not o.domains
            for name in (o.name, *o.aliases) for site in sites
            if _spells_whole(site, name) or _spells_whole(site, _MEDIUM_WORD.sub("", name))}
    return next(iter(hits.values())) if len(hits) == 1 else None


_MEDIUM_WORD = re.compile(r"^(?:tạp chí|báo)\s+(?=\S+\s+\S+\s+\S)", re.IGNORECASE)


def _spells_whole(site: str, name: str) -> bool:
    name_slug = slug(name)
    if len(name_slug) < MIN_SPELLED_NAME:
        return False
    if site in name_slug:
        # The label is most of the name: "siquanphonghoa" in "truongsiquanphonghoa", not "phonghoa" alone.
        return 3 * len(site) >= 2 * len(name_slug)
    return spelled_part(site, name) == " ".join(w for w in name.split() if slug(w))


def page_cased(name: str, blocks: Sequence[Block]) -> str:
    """``name`` (sentence-cased from a masthead in capitals) with each run of two or more of its words written as
    the page's own text writes them ("Công ty cổ phần 28 đà nẵng" → "Công ty Cổ phần 28 Đà Nẵng" where a related
    link or the text spells it so); words the text never writes keep their case."""
    words = name.split()
    text = "\n".join(b.text for b in blocks)
    out = list(words)
    fixed: set[int] = set()
    for size in range(len(words), 1, -1):
        # Only the name's opening words, or its closing words where no other capitalised word runs before them:
        # "quân sự tỉnh" inside "Bộ Chỉ huy Quân sự tỉnh" is another name's middle.
        for start in dict.fromkeys((0, len(words) - size)):
            if fixed.issuperset(range(start, start + size)):
                continue
            run = r"\s+".join(re.escape(w) for w in words[start:start + size])
            match = next((m for m in re.finditer(rf"(?<!\w){run}(?!\w)", text, re.IGNORECASE)
                          if not m.group(0).isupper() and (start == 0 or not _after_capital(text, m.start()))), None)
            if match is None:
                continue
            opens_line = match.start() == 0 or text[match.start() - 1] == "\n"
            for offset, word in enumerate(match.group(0).split()):
                # A word opening a line is capitalised for the line's sake; a unit word stays lower case.
                if start + offset in fixed or (offset == 0 and opens_line) or word.lower() in PLACE_WORDS:
                    continue
                if start + offset or word[:1].isupper():
                    out[start + offset] = word
                    fixed.add(start + offset)
    return " ".join(out)


def _after_capital(text: str, at: int) -> bool:
    """True when the word before position ``at`` (on the same line) is capitalised: the run continues a name."""
    before = text[:at].rsplit("\n", 1)[-1].split()
    return bool(before) and before[-1][:1].isupper()
