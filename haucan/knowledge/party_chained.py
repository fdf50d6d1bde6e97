"""The party committee a page's bare roles take, spelled the way the page's own chains spell it.

A role written with its committee bare ('Bí thư Đảng ủy', 'Đảng ủy viên') takes the article's party body
(knowledge/party_places.py ``with_place``). Two page shapes left it wrong where the page itself says better:

- the body is read from a 'Đảng bộ <unit> tỉnh <province>' mention ('Đảng bộ Công an tỉnh Lâm Đồng') while a chain
  on the page writes the committee without its province ('Bí thư Đảng ủy, Giám đốc Công an tỉnh' -> 'Bí thư Đảng ủy Công
  an tỉnh'): the bare 'Đảng ủy viên' of the same page is on that committee, spelled as the chains spell it (the
  session-8 convention keeps 'Đảng ủy Công an tỉnh' as written; set 13: 906);
- the page names no body after 'Đảng bộ' at all, and its chains name one committee only ('Phó Bí thư Đảng ủy, Chủ
  tịch UBND xã' -> 'Phó Bí thư Đảng ủy xã'): a commune's or a department's own page writes its secretary bare
  ('đồng chí X – Bí thư Đảng ủy' at a commune's drill; set 13: 542), and that committee is the one the page's other
  roles name. Two different committees in the chains (a guest's and the host's) say nothing: the body stays None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from haucan.knowledge.orgs import canonical_name
from haucan.knowledge.party_places import ArticlePlaces, _names_a_branch, _party_body
from haucan.records import Mention

# A role on a party committee with the committee's unit: 'Phó Bí thư Đảng ủy Công an tỉnh', 'Bí thư Đảng ủy xã'.
_COMMITTEE_ROLE = re.compile(r"(?:Phó )?(?i:bí thư)(?: Thường trực)? (?:Đảng ủy|Đảng uỷ) (?P<unit>\S.*)")


def _chained_units(roles: Iterable[str]) -> list[str]:
    """The units the chains' committee roles name, each once, in the order read."""
    units = []
    for role in roles:
        found = _COMMITTEE_ROLE.fullmatch(role)
        if found and found.group("unit") not in units:
            units.append(found.group("unit"))
    # A commune committee by its level alone is the one a sentence names ('Đảng ủy xã' beside 'Đảng ủy xã Sủng Là',
    # completed by party_bodies.in_sentence_commune; dev 542): one committee, not a guest's and the host's.
    return [u for u in units if not (u in ("xã", "phường", "thị trấn") and any(o.startswith(f"{u} ") for o in units))]


def _shorter_spelling(whole: str, unit: str, places: ArticlePlaces) -> bool:
    """Whether ``unit`` is a unit named by 'tỉnh' alone and ``whole`` the same with the page's province after it
    ('Công an tỉnh' for 'Công an tỉnh Lâm Đồng': the session-8 convention keeps such a committee as written). A
    parent unit is not cut (a congress's listed seats take the body in full: test_pos11_party), nor a city's or
    district's place (the body of 'Đại hội Đảng bộ Quân sự thành phố Hạ Long' keeps it where a chain writes 'Đảng
    ủy Quân sự thành phố': dev 561)."""
    opening = canonical_name(unit) + " "
    return unit.endswith(" tỉnh") and whole.startswith(opening) and whole[len(opening):] == places.province


def body_as_chained(places: ArticlePlaces, roles: Iterable[str]) -> ArticlePlaces:
    """``places`` with its party body spelled as the page's chained roles ``roles`` spell it (module docstring)."""
    units = _chained_units(roles)
    if places.party_body:
        whole = canonical_name(places.party_body)
        for unit in units:
            if _shorter_spelling(whole, unit, places):
                return replace(places, party_body=unit)
        return places
    if len(units) == 1:
        return replace(places, party_body=units[0])
    return places


def congress_page(mentions: Sequence[Mention], orgs: dict[str, str], text: str) -> bool:
    """Whether the page reports a party body's own congress or conference, read as ``article_places`` reads it from
    the page's organisation ``mentions`` (a body named after 'Đảng bộ'): its bare seats are that body's (pos14), not
    the units' of the members' offices (party.complete_roles). Known before the chains are read, unlike the places."""
    named = [(m.surface, orgs.get(m.mention_id)) for m in mentions if m.label == "ORG"]
    return _names_a_branch(named, text) and _party_body(named, text) is not None
