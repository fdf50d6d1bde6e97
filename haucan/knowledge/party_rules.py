"""rules/entities/party.yml compiled once per process (``party_rules``): the patterns and tables that complete a
party role with its committee and place (knowledge/party.py, party_places.py, party_units.py, party_bodies.py,
groups.py) and that the real-world scorer uses to spell roles out."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import yaml

from haucan.extract.lexicon import DASH, ENTITY_RULES
from haucan.knowledge.text import literal_alternation


@dataclass(frozen=True)
class PartyRules:
    """rules/entities/party.yml, compiled."""

    party_titles: tuple[str, ...]
    member_of_party: re.Pattern[str]
    open_committee: re.Pattern[str]
    cell_committee: re.Pattern[str]
    provincial: re.Pattern[str]
    city: re.Pattern[str]
    """A role ending in a city's committee or body ('Thành ủy', 'Công an thành phố'): it takes the city."""
    district: re.Pattern[str]
    commune: re.Pattern[str]
    """A role ending in a commune's or ward's committee named by its level alone ('Bí thư Đảng ủy xã')."""
    unit_of_title: dict[str, str]
    role_words: tuple[re.Pattern[str], dict[str, str]]
    """Abbreviated words of a party role and their spelled-out forms (party.yml role_words)."""
    province: re.Pattern[str]
    """A province or centrally governed city (the first two groups of rules/entities/places.yml), any dash
    ('Bà Rịa - Vũng Tàu' for 'Bà Rịa-Vũng Tàu'); matched on text whose tone marks are put in the new style."""
    commune_body: re.Pattern[str]
    """A commune's council or committee ('HĐND xã Thái Bình'); group 'place' is the commune (party.yml
    commune_bodies; the place may be the level word alone, 'HĐND xã', which the article's commune completes)."""
    military_cell: re.Pattern[str]
    """A commune's military command ('Ban Chỉ huy Quân sự xã'), whose party cell is the 'Chi bộ Quân sự xã'
    (party.yml military_cells); group 'place' is the commune as written."""
    commune_seated: re.Pattern[str]
    """A commune's own unit with no committee ('Công an phường X'; party.yml commune_seated); group 'place'."""
    military_cell_name: str
    """The words naming such a cell before its commune ('Quân sự')."""
    commune_organ: re.Pattern[str]
    """An office's title ending in an organ only a commune's committee has ('Trưởng ban Xây dựng Đảng'; party.yml
    commune_organs); the open committee beside it is the commune's."""
    cell_members: tuple[str, ...]
    """Seats on a party cell's committee written without the cell ('Chi ủy viên'; party.yml cell_members)."""
    body_members: tuple[str, ...]
    """Seats on a branch's committee written without the branch ('Đảng ủy viên'; party.yml body_members)."""
    congress_seats: tuple[str, ...]
    """Seats a branch's congress elects written without the branch ('Ủy viên Ban Chấp hành'; party.yml)."""
    commune_seats: tuple[str, ...]
    """Seats written without their body that a commune military command's office puts on the commune's committee."""
    seatless_unit: re.Pattern[str]
    """A unit inside a unit ('Phòng Quân nhu', 'Đội …'), whose seat a bare 'Đảng ủy viên' beside its office is not
    (party.yml seatless_units)."""
    commune_level: str
    """The level word naming a commune when nothing says which ('xã'; the first of commune_bodies levels)."""
    member_list: re.Pattern[str]
    """'các đồng chí trong BTV Tỉnh ủy:' (party.yml member_lists); group 'role' is the committee and its body."""
    standing_list: re.Pattern[str]
    """'Ban Thường vụ gồm các đồng chí:' (party.yml member_lists standing): group 'role', a standing committee
    written without its body."""
    party_office: re.Pattern[str]
    """An office of a party organ's own apparatus, listed with the party roles too (party.yml party_offices)."""
    bare_heads: tuple[str, ...]
    """Head nouns that, standing alone, name a unit ('Chính ủy Học viện'); the role keeps them as written."""
    branch_units: dict[str, str]
    """Branch chiefs' titles and the head of the unit they command at a corps-level unit (party.yml)."""
    corps_level: re.Pattern[str]
    """The units whose branches are departments ('Cục'); a branch of any other unit is a 'Phòng'."""
    bare_committee: re.Pattern[str]
    """A role ending in a party committee with no body ('Phó Bí thư Đảng ủy'); not a party cell's."""
    qualified: re.Pattern[str]
    """A qualifier inside a role that says which of several holders it is (' Thường trực'; party.yml qualifiers)."""
    body_opener: re.Pattern[str]
    """'Đảng bộ ' / 'Đảng ủy ' opening an organisation mention that names a party body (party_body_openers)."""
    organ_committee: re.Pattern[str]
    """In an office of a party organ, the committee the organ serves and the rest of the title (party.yml
    standing_committees: organs_serve)."""
    standing: re.Pattern[str]
    """A role ending in a bare standing committee ('Ủy viên Thường vụ'; party.yml standing_committees: open)."""
    state_level: re.Pattern[str]
    """A state council or committee of a level ('UBND tỉnh Hà Tĩnh'): groups 'level' and 'place' (may be None)."""
    level_committees: dict[str, str]
    """A level's party committee ('tỉnh' -> 'Tỉnh ủy'; party.yml standing_committees: state_levels)."""
    unit_committee: str
    """The committee a bare standing-committee seat sits on in a unit ('Đảng ủy': 'Ủy viên Thường vụ, Phó Chính ủy
    Nhà trường' -> 'Ủy viên Thường vụ Đảng ủy Nhà trường'; party.yml standing_committees: unit_committee)."""
    names_committee: re.Pattern[str]
    """A body that already names a party committee ('Tỉnh ủy Hà Tĩnh', 'Đảng ủy Quân sự tỉnh'), which a bare seat
    takes as it is (party.yml standing_committees: organs_serve and party_bodies)."""
    member_titles: tuple[str, ...]
    """How a seat on a committee opens ('Ủy viên', 'Uỷ viên'): such a role is no leadership of a branch's committee."""
    board: re.Pattern[str]
    """An enterprise's board opening an office's words ('HĐTV ' in 'HĐTV Tổng Công ty'; party.yml boards)."""


# A final oa/oe/uy with its tone on the first vowel (NFD), which old-style writing puts on the second ('Hoà Bình').
_NEW_PLACEMENT = re.compile("([oOuU])([\u0300\u0301\u0309\u0303\u0323])((?<=[oO].)[aeAE]|(?<=[uU].)[yY])(?![^\\W\\d_])")


def _both_placements(names) -> list[str]:
    """Each name in the new style and in the old ('Hòa Bình', 'Hoà Bình'): outlets' names keep the old one. Sorted,
    so the compiled pattern is the same text in every process (a set's order follows the hash seed)."""
    return sorted({variant for name in names for variant in (
        name, unicodedata.normalize("NFC", _NEW_PLACEMENT.sub(r"\1\3\2", unicodedata.normalize("NFD", name))))})


def _at_end(words, *, any_case: bool = False) -> re.Pattern[str]:
    """A role ending in one of ``words`` as whole words ('… Tỉnh ủy', '… Đảng ủy xã'); ``any_case`` for bodies
    pages write in lower case too ('đảng ủy xã')."""
    return re.compile(rf"(?<!\w)(?{'i' if any_case else ''}:{literal_alternation(words)})$")


@cache
def party_rules() -> PartyRules:
    """The completion rules, loaded once per process."""
    doc = yaml.safe_load((ENTITY_RULES / "party.yml").read_text(encoding="utf-8"))
    places = yaml.safe_load((ENTITY_RULES / "places.yml").read_text(encoding="utf-8"))
    state_bodies = literal_alternation(doc["commune_bodies"]["bodies"])  # 'UBND', 'Hội đồng nhân dân', …
    return PartyRules(
        party_titles=tuple(doc["party_titles"]),
        member_of_party=re.compile(rf"(?<!\w)(?:{literal_alternation(doc['member_of_party'])})(?!\w)"),
        open_committee=_at_end(doc["open_committees"], any_case=True),
        cell_committee=_at_end(doc["cell_committees"], any_case=True),
        provincial=_at_end(doc["provincial"]),
        city=_at_end(doc["city"]),
        district=_at_end(doc["district"]),
        commune=_at_end(doc["commune"], any_case=True),
        unit_of_title=dict(doc["unit_of_title"]),
        role_words=(re.compile(rf"(?<!\w)(?:{literal_alternation(doc['role_words'])})(?!\w)"), dict(doc["role_words"])),
        province=re.compile(rf"(?<!\w)(?:{literal_alternation(_both_placements(places[0] + places[1])).replace(chr(92) + '-', DASH)})(?!\w)"),
        commune_body=re.compile(rf"(?:{state_bodies}) "
                                rf"(?P<place>(?:{literal_alternation(doc['commune_bodies']['levels'])})(?: \S.*)?)"),
        military_cell=re.compile(rf"(?i:{literal_alternation(doc['military_cells']['commands'])}) "
                                 rf"(?P<place>(?:{literal_alternation(doc['commune_bodies']['levels'])})(?: \S.*)?)"),
        commune_seated=re.compile(rf"(?:{literal_alternation(doc['commune_seated'])}) "
                                  rf"(?P<place>(?:{literal_alternation(doc['commune_bodies']['levels'])})(?: \S.*)?)"),
        military_cell_name=doc["military_cells"]["cell"],
        commune_organ=re.compile(rf"(?i:{literal_alternation(doc['commune_organs'])})$"),
        commune_level=doc["commune_bodies"]["levels"][0],
        seatless_unit=re.compile(rf"(?:{literal_alternation(doc['seatless_units'])})(?!\w)"),
        cell_members=tuple(doc["cell_members"]),
        body_members=tuple(doc["body_members"]),
        congress_seats=tuple(doc["congress_seats"]),
        commune_seats=tuple(doc["commune_seats"]),
        member_list=_member_list(doc["member_lists"]),
        standing_list=_standing_list(doc["member_lists"]),
        party_office=re.compile(doc["party_offices"]),
        bare_heads=tuple(doc["bare_heads"]),
        branch_units=dict(doc["branch_units"]["titles"]),
        corps_level=re.compile(rf"(?:{literal_alternation(doc['branch_units']['corps_level'])})(?!\w)"),
        # Only a Đảng bộ's committee is the article's party body: a bare 'Chi bộ' or 'Đảng đoàn' is none of it.
        bare_committee=_at_end(c for c in doc["open_committees"] if c.endswith("Đảng ủy")),
        qualified=re.compile(rf"(?<=\w)(?: (?i:{literal_alternation(doc['qualifiers'])}))(?= )"),
        body_opener=re.compile(rf"(?:{literal_alternation(doc['party_body_openers'])}) (?=\S)"),
        organ_committee=re.compile(rf"(?<!\w)(?i:{literal_alternation(doc['standing_committees']['organs_serve'])})(?!\w).*"),
        standing=_at_end(doc["standing_committees"]["open"], any_case=True),
        state_level=re.compile(rf"(?:{state_bodies}) "
                               rf"(?P<level>{literal_alternation(doc['standing_committees']['state_levels'])})(?: (?P<place>\S.*))?"),
        level_committees=dict(doc["standing_committees"]["state_levels"]),
        unit_committee=doc["standing_committees"]["unit_committee"],
        names_committee=re.compile(rf"(?i:{literal_alternation([*doc['standing_committees']['organs_serve'], *doc['standing_committees']['party_bodies']])})(?!\w)"),
        member_titles=("Ủy viên", "Uỷ viên"),
        board=re.compile(rf"(?:{literal_alternation(doc['boards'])}) (?=\S)"))


def _standing_list(lists: dict) -> re.Pattern[str]:
    """party.yml member_lists standing: the committee alone right before 'gồm' and the list's colon; never a seat's
    own words ('Ủy viên Ban Thường vụ gồm' is no list opener)."""
    includes = literal_alternation(lists["includes"])
    return re.compile(rf"(?<!viên )(?<!\w)(?P<role>{literal_alternation(lists['standing'])}) (?:{includes})\s?:\s?")


def _member_list(lists: dict) -> re.Pattern[str]:
    """party.yml member_lists: the committee (group 'role') after an opener ('các đồng chí trong BTV Tỉnh ủy:'), or
    before 'gồm' ('Ban Thường vụ Đảng ủy Tổng công ty khóa V gồm các đồng chí:'), up to the list's colon."""
    committees = literal_alternation(lists["committees"])
    term = rf"(?: (?:{literal_alternation(lists['terms'])}) [^:;,.()\n]{{1,20}}?)?"
    includes = rf"{term} (?:{literal_alternation(lists['includes'])})"
    return re.compile(rf"(?:(?<!\w)(?i:{literal_alternation(lists['openers'])}) |(?<![^\W\d_] )(?<!\w)(?=(?:{committees}) [^:;\n]{{1,80}}?{includes}\s?:))"
                      rf"(?P<role>(?:{committees}) [^\W\d_][^:;,.()\n]{{1,60}}?)(?:{includes})?\s?:\s?")
