"""The headline line cut into its parts: a masthead in capitals glued before it, a page-kind tag ('[Ảnh] '), an
outlet tag in parentheses ('(TTV) '), the headline itself, the site's name appended to it as in the page's
<title> ('<headline> - Báo Quân khu 7') and a date stamp glued to its end ('(dd/mm/yyyy hh:mm)'). Used by the block
segmenter (blocks.py) on the line it chose as the headline.
"""

from __future__ import annotations

import re

from haucan.rules import Rules

UNKNOWN_DATELINE = "dateline:unknown"
# A masthead in capitals glued before the headline ('CƠ QUAN CỦA … VIỆT NAM Hội CCB …', cuuchienbinh.vn): at
# least this many words in capitals before the first word that is not.
MIN_MASTHEAD_WORDS = 5
# Before the headline: a page kind ('[Ảnh] …', timvn.blogspot.com; 'VIDEO: …') and an outlet tag ('(TTV) …',
# tuyenquangtv.vn).
_TITLE_KIND = re.compile(r"^\[(?:Ảnh|ẢNH|Video|VIDEO|Clip|Infographic|INFOGRAPHIC|Photo|Emagazine|E-magazine|Podcast)\]\s*"
                         r"|^(?:Video|VIDEO|Clip|CLIP|Infographic|INFOGRAPHIC|Emagazine|E-magazine|Podcast)\s*[:|]\s+")
_TITLE_TAG = re.compile(r"^\([A-ZĐ][A-Za-zĐđ0-9.&+ ]{1,20}\)\s+(?=\S)")
# The separator before a site name appended to the headline: a dash or a bar with spaces around it.
_SUFFIX_SEPARATOR = re.compile(r"\s+[-–—|]\s+")


def _site_suffix(text: str, rules: Rules) -> int | None:
    """Where the site's name appended to the headline starts (at its separator), or None: the part after the last
    ' - ' or ' | ' is an outlet's registry name or one of its domains, case-folded ('… năm 2024 - Báo Quân khu 7',
    '… | baotayninh.vn'), possibly followed by the site's tagline after a colon. Aliases are not used: some are plain unit names ('Học viện', 'Bộ đội Biên phòng') that a
    headline may end with."""
    separators = list(_SUFFIX_SEPARATOR.finditer(text))
    if not separators:
        return None
    tail = text[separators[-1].end():].strip().casefold()
    names = {n.casefold() for o in rules.outlets for n in (o.name, *o.domains)}
    # A mirror keeps the original's site name with its tagline ('… – Báo Lạng Sơn: Tin tức mới nhất về …').
    return separators[-1].start() if tail in names or tail.split(":")[0].strip() in names else None


def split_title(text: str, rule: str, rules: Rules) -> list[tuple[str, str, str]]:
    """(kind, rule, text) pieces of the headline line ``text`` labelled title by rule ``rule``: masthead, page
    kind, outlet tag, the title, the site's name and the date stamp, each split off when present."""
    pieces: list[tuple[str, str, str]] = []
    rest = text
    words = rest.split(" ")
    capitals = next((k for k, w in enumerate(words) if any(ch.islower() for ch in w)), len(words))
    if MIN_MASTHEAD_WORDS <= capitals < len(words):
        pieces.append(("residue", "masthead", " ".join(words[:capitals]).strip(" -")))
        rest = " ".join(words[capitals:])
    if kind := _TITLE_KIND.match(rest):
        pieces.append(("residue", "title_kind_tag", kind.group(0).strip()))
        rest = rest[kind.end():]
    if match := _TITLE_TAG.match(rest):
        pieces.append(("dateline", UNKNOWN_DATELINE, match.group(0).strip()))
        rest = rest[match.end():]
    stamp = rules.title_stamp.pattern.search(rest)
    stamp_piece = None
    if stamp is not None and stamp.start() > 0:
        stamp_piece = ("publication_stamp", rules.title_stamp.name, stamp.group(0).strip())
        rest = rest[: stamp.start()]
    suffix = _site_suffix(rest.strip(), rules)
    if suffix is not None:
        pieces.append(("title", rule, rest.strip()[:suffix].strip()))
        pieces.append(("residue", "title_site_suffix", rest.strip()[suffix:].strip(" -–—|")))
    else:
        pieces.append(("title", rule, rest.strip()))
    return pieces + ([stamp_piece] if stamp_piece else [])
