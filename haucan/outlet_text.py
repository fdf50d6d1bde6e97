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

from haucan.outlet_names import outlet_named
from haucan.records import Block
from haucan.rules import RULES_DIR, Outlet, Rules
from schema.articles import OUTLET_NAME_SHAPE

MASTHEAD_LINES = 6
"""A masthead is printed above or just under the headline: only the page's first lines are searched."""
FOOTER_LINES = 8
"""A copyright footer closes the page: only its last lines are searched."""
MAX_NAME_CHARS = 90

# "Trang chủ báo điện tử tỉnh Lai Châu" (baolaichau.vn's home link) and "Báo điện tử X" name the paper of X.
_HOME_LINK = re.compile(r"^trang chủ\s+(?=báo|cổng|trang)", re.IGNORECASE)
_E_PAPER = re.compile(r"^báo điện tử\s+(?:của\s+)?(?:tỉnh|thành phố)\s+", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"\s[-–—|]\s*(?P<name>(?:cổng|trang)\s+(?:thông\s+)?tin\s+điện\s+tử\s.{3,80})$",
                           re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"\s[-–—|]\s*(?P<name>[^-–—|:]{3,60}?)(?:\s*:\s*[^-–—|]*)?$")
_FOOTER = re.compile(
    r"^(?:©\s*)?(?:bản quyền(?:\s+thuộc(?:\s+về)?)?|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?:thuộc(?:\s+về)?\s+|by\s+|bởi\s+)?(?P<name>[^.|;:]{4,90}?)\s*\.?\s*(?:[|;.].*)?$", re.IGNORECASE)
# Words after which the rest of a capitalised name is a place or unit name, capitalised in sentence case.
_PLACE_WORDS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "quân khu", "quân đoàn",
                "binh đoàn", "sư đoàn", "lữ đoàn", "vùng")


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


def sentence_case(name: str) -> str:
    """``name`` as a reader writes it: a name printed in capitals ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG TÈ") in
    sentence case with its place name capitalised ("Cổng thông tin điện tử huyện Mường Tè"); a name already in
    mixed case is kept as printed."""
    letters = [c for c in name if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return name
    words = name.lower().split()
    out: list[str] = []
    capital = True
    for i, word in enumerate(words):
        out.append(word[:1].upper() + word[1:] if capital else word)
        capital = False
        tail = " ".join(words[max(0, i - 1): i + 1])
        if word in _PLACE_WORDS or tail in _PLACE_WORDS or any(w[:1].isupper() for w in out[-1:]) and i:
            capital = True
    return " ".join(out)


def _tidy(text: str) -> str:
    text = _HOME_LINK.sub("", text.strip())
    return " ".join(text.split()).strip(" -–—|:.,")


_PORTAL_HEAD = re.compile(r"^(?:cổng|trang)\s+(?:thông\s+)?tin\s+điện\s+tử\b", re.IGNORECASE)
MAX_MASTHEAD_WORDS = 9
"""A capitalised line longer than this is a headline in capitals, not a publisher's name (portals excepted)."""
# Blocks whose lines are the article itself: a name there is a headline or a sentence, never a masthead.
_ARTICLE_KINDS = frozenset({"title", "lead", "body", "caption"})


def _is_free_name(printed: str, name: str) -> bool:
    """A name the registry lacks is taken only as a publisher prints its name: a portal's "Cổng/Trang thông tin
    điện tử …" line, or a short line in capitals outside the headline and text."""
    if not OUTLET_NAME_SHAPE.match(printed):
        return False
    if _PORTAL_HEAD.match(name):
        return True
    letters = [c for c in name if c.isalpha()]
    return all(c.isupper() for c in letters) and len(name.split()) <= MAX_MASTHEAD_WORDS


def _resolve(name: str, rules: Rules, source: str) -> PageName | None:
    name = _tidy(name)
    if not name or len(name) > MAX_NAME_CHARS:
        return None
    candidates = [name]
    if _E_PAPER.match(name):
        # "báo điện tử tỉnh Lai Châu" is the paper "Báo Lai Châu".
        candidates.append("Báo " + _E_PAPER.sub("", name))
    for candidate in candidates:
        known = outlet_named(candidate, rules)
        if known is not None:
            return PageName(known, known.name, source)
    printed = sentence_case(name)
    return PageName(None, printed, source, name_kind(printed)) if _is_free_name(printed, name) else None


def page_outlet(blocks: Sequence[Block], rules: Rules) -> PageName | None:
    """The outlet the page names itself as: a masthead line among the first lines, the site name after the
    title, else a copyright footer among the last lines. None when the page prints no such name."""
    for block in blocks[:MASTHEAD_LINES]:
        # A headline or a sentence naming an outlet is not its masthead; but a portal's name line taken for the
        # headline (the longest header line) still is one: no headline opens "Cổng thông tin điện tử".
        if block.kind in _ARTICLE_KINDS and not (block.kind == "title" and _PORTAL_HEAD.match(block.text)):
            continue
        if block.rule == "outlet_domain_footer" or "." in block.text.strip().split(" ")[0]:
            continue  # a bare domain is the footer's evidence (haucan/outlets.py), not a printed name
        for line in block.text.split("\n"):
            text = line.strip()
            if len(text) <= MAX_NAME_CHARS + 20 and not text.endswith((".", "?", "!", ",")):
                found = _resolve(text, rules, "masthead")
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
        match = _FOOTER.match(line.strip())
        if match:
            found = _resolve(match.group("name"), rules, "footer")
            if found is not None:
                return found
    return None
