"""The body a congress page reports on, named again by its unit's head noun alone.

A congress page names its body in full once ('Đảng bộ Cục Hậu cần - Kỹ thuật Quân khu 7 tổ chức Đại hội') and then,
as Vietnamese prose does, by its head noun ('Ban Chấp hành Đảng bộ Cục', 'Đảng bộ Cục tiếp tục …'). Counting the two
apart made the head outvote the name and gave the elected 'Bí thư Đảng ủy Cục' (knowledge/party_places.py
``_party_body``); the head is read as the name again where the page's offices name the unit too.
"""

from __future__ import annotations

import re
from collections import Counter

from haucan.extract.org_tail_words import _rules as org_tail_rules
from haucan.knowledge.orgs import canonical_name
from haucan.knowledge.party_rules import party_rules


def resolve_heads(counted: Counter[str], shortest: dict[str, str], text: str) -> None:
    """A body written by its head alone ('Ban Chấp hành Đảng bộ Cục', 'Đảng bộ Cục tiếp tục …') after the page has
    named it in full ('Đảng bộ Cục Hậu cần - Kỹ thuật Quân khu 7 tổ chức Đại hội') is that body named again, when the
    page also calls the unit by its name outside its party body ('Chính ủy Cục Hậu cần - Kỹ thuật'): its count goes
    to the one body the page names with that head (set 12: 890). Where the page's own offices call the unit by its
    head ('Chính ủy Tổng công ty', set 4: 806) or names two bodies of that head, the head is the page's name for it."""
    heads = party_rules().bare_heads
    for head in [k for k in counted if k in heads]:
        named = [k for k in counted if k not in heads and canonical_name(shortest[k]).startswith(f"{head} ")]
        if len(named) == 1 and _named_outside_party(shortest[named[0]], text):
            counted[named[0]] += counted.pop(head)


def _named_outside_party(body: str, text: str) -> bool:
    """Whether ``text`` writes the unit ``body`` names (up to its parent unit: 'Cục Hậu cần - Kỹ thuật' of '… Quân
    khu 7') other than after 'Đảng bộ'/'Đảng ủy'."""
    parent = next((m for m in re.finditer(r" (?=\S)", body) if org_tail_rules().heads.match(body, m.end())), None)
    own = body[:parent.start()] if parent else body
    return bool(re.search(rf"(?<!Đảng bộ )(?<!Đảng ủy )(?<!Đảng uỷ ){re.escape(own)}(?!\w)", text))


# What follows a congress's own body on the page that reports it: 'Đảng bộ Phòng Hậu cần - Kỹ thuật Sư đoàn 346,
# Quân khu 1 đã tổ chức thành công Đại hội …' (a parent unit after a comma allowed), 'Đảng bộ X tiến hành Đại hội'.
_HOSTS_AFTER = re.compile(r"(?:,[^,.;:\n]{1,40})?,? (?:đã |đang )?(?:long trọng |trọng thể )?"
                          r"(?:tổ chức|tiến hành|khai mạc)(?: thành công)? (?i:đại hội)")
# A headline or line opening with the congress: 'Đại hội Đảng bộ Kho K58 lần thứ XII'.
_OPENS_LINE = re.compile(r"(?:^|\n)(?i:đại hội)(?: (?i:đại biểu))? $")
# A body named as the owner of the subject ('hai tổ chức cơ sở đảng … của Đảng bộ Quân sự tỉnh đã tổ chức đại hội'):
# its branches hold the congress, not it.
_OWNER = re.compile(r"(?:của|thuộc) $")


def hosts_congress(written: str, text: str) -> bool:
    """Whether ``text`` names the party body ``written`` ('Đảng bộ …') as the one holding a congress: its subject
    ('Đảng bộ X tổ chức Đại hội') or a line opening 'Đại hội Đảng bộ X'. Such a body is the congress's own, however
    often the page names the province's or division's body it belongs to ('… của Đảng bộ Quân sự tỉnh', 'Nghị quyết
    Đại hội Đảng bộ Sư đoàn'; set 15: 255, 587)."""
    for found in re.finditer(rf"{re.escape(written)}(?!\w)", text):
        if _OWNER.search(text, max(0, found.start() - 6), found.start()):
            continue
        if _HOSTS_AFTER.match(text, found.end()) or _OPENS_LINE.search(text, max(0, found.start() - 16), found.start()):
            return True
    return False
