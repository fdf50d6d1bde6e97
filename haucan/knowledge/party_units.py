"""The unit an office heads, as the party body of a role beside it, when the office names the unit by less than its
name: a commander of a force ('Tư lệnh CSCĐ') heads its command, 'Bộ Tư lệnh CSCĐ', whose party committee is
'Đảng ủy Bộ Tư lệnh CSCĐ'; a village head ('Trưởng thôn Nà Tông') heads the village, 'thôn Nà Tông', whose party
cell is 'Chi bộ thôn Nà Tông'; a state council or committee ('UBND huyện') serves a level, whose party committee
('Huyện ủy') a standing seat or a leader's bare title beside its office sits on. The words are data
(rules/entities/party.yml commands, village_heads, standing_committees, commune_bodies).

A commander's unit that is itself named by a unit's head noun ('Tư lệnh Quân khu 7', 'Tư lệnh Vùng 2',
'Tư lệnh Binh đoàn 15') or is an armed service ('Tư lệnh Hải quân', 'Tư lệnh BĐBP') is that unit: its committee is
'Đảng ủy Quân khu 7', 'Đảng ủy Bộ đội Biên phòng'. Only a force, a place or a mission the page writes after the
title ('Cảnh sát cơ động', 'Thủ đô Hà Nội', 'Cảnh vệ') is commanded through a 'Bộ Tư lệnh'.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

import yaml

from haucan.extract.lexicon import ENTITY_RULES
from haucan.knowledge.text import literal_alternation

if TYPE_CHECKING:  # party.py imports this module; its rules come in as an argument
    from haucan.knowledge.party_rules import PartyRules


@cache
def _rules() -> tuple[frozenset[str], str, re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """(commanders' canonical titles, the command's head noun, a unit named by itself, village heads' titles, a
    leader's title with no committee: 'Phó Bí thư', 'Phó bí thư Thường trực')."""
    party = yaml.safe_load((ENTITY_RULES / "party.yml").read_text(encoding="utf-8"))
    orgs = yaml.safe_load((ENTITY_RULES / "organizations.yml").read_text(encoding="utf-8"))
    commands = party["commands"]
    units = [*orgs["heads"], *orgs["numbered_units"], *orgs["bare_heads"], *party["bare_heads"], *commands["services"],
             commands["head"]]
    named = re.compile(rf"(?:{literal_alternation(units)})(?!\w)", re.IGNORECASE)
    leader = re.compile(rf"(?i:(?:phó )?bí thư)(?: (?i:{literal_alternation(party['qualifiers'])}))?")
    return frozenset(commands["titles"]), commands["head"], named, frozenset(party["village_heads"]), leader


def commanded_unit(normalized_title: str | None, unit: str | None, rest: str = "") -> str | None:
    """``unit`` as the party body of a commander's role: 'CSCĐ' beside 'Tư lệnh' -> 'Bộ Tư lệnh CSCĐ' (module
    docstring); any other office's unit, or a unit named by itself, unchanged. ``rest``: the words after the
    commander's title, the force when no unit was read ('Tư lệnh Cảnh vệ', which names no unit of its own)."""
    titles, head, named, _, _ = _rules()
    if normalized_title not in titles:
        return unit
    unit = unit or (rest if rest[:1].isupper() else None)
    return unit if not unit or named.match(unit) else f"{head} {unit}"


def village_unit(normalized_title: str | None, written: str, rest: str) -> str | None:
    """The village a village head heads, with the head word the title writes ('Trưởng thôn' + 'Nà Tông' -> 'thôn
    Nà Tông', 'Trưởng khu phố' + '3' -> 'khu phố 3'); None for any other office or none named.
    ``written``: the office's title as written; ``rest``: the words after the title."""
    if normalized_title not in _rules()[3] or not rest or not written.endswith(rest):
        return None
    # The words after 'Trưởng' name the kind of village: 'thôn', 'bản', 'ấp', 'khu phố'.
    office = written[:len(written) - len(rest)].split()
    return f"{' '.join(office[1:]).lower()} {rest}" if len(office) > 1 else None


def is_bare_leader(title: str) -> bool:
    """Whether a party role is a leader's title alone ('Phó Bí thư', 'Bí thư Thường trực'), naming no committee."""
    return bool(_rules()[4].fullmatch(title))


def level_committee(rules: PartyRules, surface: str | None) -> str | None:
    """The party committee of the level a state council or committee serves: 'UBND huyện' -> 'Huyện ủy', 'UBND tỉnh
    Hà Tĩnh' -> 'Tỉnh ủy Hà Tĩnh', 'UBND xã Sơn Long' -> 'Đảng ủy xã Sơn Long' (a commune's one Đảng ủy); None for
    any other body. Real: khoaichau.hungyen.gov.vn 'Phó Bí thư, Chủ tịch UBND huyện' beside 'Phó Bí thư huyện ủy,
    Chủ tịch UBND huyện'; xasonlong.sontay.quangngai.gov.vn 'Phó Bí thư - Chủ tịch UBND xã' (session 10)."""
    written = " ".join((surface or "").split())
    if level := rules.state_level.fullmatch(written):
        committee = rules.level_committees[level.group("level")]
        return f"{committee} {level.group('place')}" if level.group("place") else committee
    commune = rules.commune_body.fullmatch(written)
    return f"{rules.unit_committee} {commune.group('place')}" if commune else None
