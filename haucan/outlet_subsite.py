"""Two names a body's own site prints that the other readings miss (issue 14, session 13, head17).

- ``path_subsite``: a commune's or district's site kept under its parent portal's host, in a folder of the URL
  (``duclinh.binhthuan.gov.vn/xa-sung-nhon/…``, set 12's 883). The host names the district, but the page prints
  the sub-site's own name ("Trang thông tin điện tử xã Sùng Nhơn - huyện Đức Linh", in its footer or header) and
  the URL's folder or the breadcrumb names the same territory ("xa-sung-nhon", "Trang chủ > Xã Sùng Nhơn > …"):
  the sub-site is the outlet, as a commune's portal on a host of its own is.
- ``body_name_line``: a body's own site (a ``.gov.vn``, ``.dcs.vn``, ``.edu.vn`` or ``.mil.vn`` host) that prints
  its name in ordinary case on the page's first line, over the breadcrumb and the headline ("Học viện Công nghệ
  Bưu chính Viễn thông" on ``portal.ptit.edu.vn``, whose host spells the English initials; set 12's 874). Such a
  line is taken only when the text names the same body again: a site's news is its own body's doings, and a
  headline or a menu item is never repeated whole in the text as a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from haucan.host_spelling import slug
from haucan.name_case import sentence_case
from haucan.outlet_credits import BODY_DOMAIN_KINDS
from haucan.outlet_names import outlet_named
from haucan.outlet_text import (
    ARTICLE_KINDS,
    FOOTER_LINES,
    MASTHEAD_LINES,
    MAX_MASTHEAD_WORDS,
    PUBLISHER_HEAD,
    PageName,
    name_kind,
)
from haucan.records import Block
from haucan.rules import Rules, bare_host
from schema.articles import OUTLET_NAME_SHAPE

BODY_DOMAINS = tuple(BODY_DOMAIN_KINDS)  # the domains of a body's own site (state, Party, school, army)
SITE_KIND = "portal"
MAX_PLACE_WORDS = 4
# A territory's site by its kind and unit ("Trang thông tin điện tử xã Sùng Nhơn", "CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG
# …"); what follows its place is a parent after a dash, a bar, a comma, a bracket or the line's end.
_SUBSITE = re.compile(r"(?<!\w)(?P<kind>(?i:trang|cổng)\s+(?i:(?:thông\s+)?tin\s+điện\s+tử|TTĐT))\s+"
                      r"(?P<unit>(?i:thị\s+trấn|thị\s+xã|thành\s+phố|xã|phường|huyện|quận))\s+"
                      r"(?P<place>[^\s\-–—|,()]+(?:\s+[^\s\-–—|,()]+){0,3}?)(?=\s*(?:[-–—|,(]|$))", re.MULTILINE)
_BREADCRUMB = re.compile(r"\s*[>›»/|]\s*")


def body_folders(url: str | None, domains: tuple[str, ...] = BODY_DOMAINS) -> set[str] | None:
    """The slugs of the URL path's folders (its file name left off) when its host is under one of ``domains`` (a
    body's own site, whose folders name its sub-sites); None for any other host."""
    parts = urlsplit(url or "")
    if not bare_host(parts.hostname or "").endswith(domains):
        return None
    return {slug(unquote(folder)) for folder in parts.path.split("/")[:-1] if folder}


def path_subsite(blocks: Sequence[Block], url: str | None) -> PageName | None:
    """The sub-site's own printed name when the page (head or footer, never the text) prints a territory's site name
    whose territory a folder of the URL's path or an entry of the breadcrumb names; None otherwise."""
    folders = body_folders(url)
    if folders is None:
        return None
    edges = [b for b in blocks[:MASTHEAD_LINES] if b.kind not in ARTICLE_KINDS] + [
        b for b in blocks[-FOOTER_LINES:] if b.kind not in ARTICLE_KINDS]
    crumbs = {slug(entry) for b in edges if b.rule == "breadcrumb" for entry in _BREADCRUMB.split(b.text)}
    for block in edges:
        for match in _SUBSITE.finditer(block.text):
            place = match.group("place").split()
            if len(place) > MAX_PLACE_WORDS or not all(word[:1].isupper() for word in place):
                continue  # a place name is capitalised word by word
            territory = slug(f"{match.group('unit')} {match.group('place')}")
            if territory in folders or territory in crumbs:
                name = " ".join(match.group(0).split())
                return PageName(None, sentence_case(name) if name.isupper() else name, "masthead", SITE_KIND)
    return None


def territory_site_line(blocks: Sequence[Block], generated: PageName) -> PageName | None:
    """The site name a territory's portal prints in its page head, before the lead ("Trang tin điện tử xã Thuận Lợi
    - Tỉnh Đồng Nai" on ``thuanloi.dongnai.gov.vn``, set 13's 541 and 916), for the territory its host generated a
    name for (``generated``: "Cổng thông tin điện tử xã Thuận Lợi"): the name up to the dash, the parent province
    left off, as the coordinator's set-13 convention writes it. A line naming another territory (a neighbour, the
    district) names nothing; None without such a line."""
    territory = slug(generated.name.removeprefix("Cổng thông tin điện tử "))
    for block in blocks:
        if block.kind in ("lead", "body"):
            break  # the head only: the text names sites it reports on
        if block.kind in ARTICLE_KINDS:
            continue
        for match in _SUBSITE.finditer(block.text):
            place = match.group("place").split()
            if len(place) > MAX_PLACE_WORDS or not all(word[:1].isupper() for word in place):
                continue
            if slug(f"{match.group('unit')} {match.group('place')}") == territory:
                name = " ".join(match.group(0).split())
                return PageName(None, sentence_case(name) if name.isupper() else name, "masthead", SITE_KIND)
    return None


def body_name_line(blocks: Sequence[Block], host: str | None, rules: Rules) -> PageName | None:
    """The body's name a body's own site prints alone on its first line, above the headline, in ordinary case: a
    publisher's head word ("Học viện", "Trường", "Sở", …), at most MAX_MASTHEAD_WORDS words, no sentence mark, and
    the same name written again in the article's text; the registry outlet when it is one's name. None otherwise
    (a name in capitals is outlet_text's)."""
    if not bare_host(host or "").endswith(BODY_DOMAINS):
        return None
    title = next((i for i, b in enumerate(blocks) if b.kind == "title"), None)
    if title is None or title == 0 or blocks[0].kind in ARTICLE_KINDS:
        return None
    name = " ".join(blocks[0].text.split())
    if (not PUBLISHER_HEAD.match(name) or name.isupper() or len(name.split()) > MAX_MASTHEAD_WORDS
            or name.endswith((".", "!", "?", ":", ","))):
        return None
    text = "\n".join(b.text for b in blocks if b.kind in ("lead", "body"))
    if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is None:
        return None
    known = outlet_named(name, rules, exact=True)
    if known is not None:
        return PageName(known, known.name, "masthead")
    # The dataset's contract takes a name the registry lacks only in an outlet's shape (schema/articles.py).
    return PageName(None, name, "masthead", name_kind(name) or SITE_KIND) if OUTLET_NAME_SHAPE.match(name) else None
