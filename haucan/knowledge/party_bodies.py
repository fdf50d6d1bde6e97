"""The unit a party role or a chain's office names, read off the page when the mention stops at its head noun.

Pages in styles the vocabulary does not know name their units with words no list holds: 'Bí thư Chi bộ Đội Quản lý
phương tiện', 'Bí thư Đảng ủy, Hiệu trưởng Trường Cao đẳng Hậu cần 2', 'Bí thư Đảng ủy, Trung đoàn trưởng Trung
đoàn CSCĐ Tây Bắc', 'Phó Bí thư Đảng ủy, Tổng Giám đốc Tổng công ty và …'. The mentions end at 'Chi bộ', 'Trường',
'Trung đoàn', or at the title, and a role completed from them names a head noun alone. A Vietnamese unit's name
has a structure of its own, which is read here instead of a list of names: after the head, words that each open
with a capital, a number or an abbreviation ('Cao đẳng', 'Hậu cần', '2', 'CSCĐ', 'PT-TH'), each with at most three
lower-case words of its own ('Quản lý phương tiện'); it ends at punctuation, at a word that says what the person
does next (party.yml body_tail: stops, and organizations.yml name_stops), at 'và', and where a person is named.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

import yaml

from haucan.extract.lexicon import ENTITY_RULES, LOWER, UPPER, new_style
from haucan.knowledge.commune_names import commune_name
from haucan.knowledge.party import after_title, is_party_role
from haucan.knowledge.party_rules import party_rules
from haucan.knowledge.text import literal_alternation
from haucan.records import Mention, PositionHeld


@cache
def _tail() -> re.Pattern[str]:
    """' <Name>' after a head noun: 1-8 capitalised parts (module docstring)."""
    party = yaml.safe_load((ENTITY_RULES / "party.yml").read_text(encoding="utf-8"))["body_tail"]
    orgs = yaml.safe_load((ENTITY_RULES / "organizations.yml").read_text(encoding="utf-8"))
    stops = literal_alternation([*party["stops"], *orgs["name_stops"]])
    low = rf"(?!(?:{stops})(?!\w)){LOWER}[^\W\d_]*"
    part = rf"(?:{UPPER}[^\W\d_]*|\d+|[A-ZĐ]+\d*)(?:-[^\W_]+)*(?: {low}){{0,{party['lower_words']}}}"
    return re.compile(rf" (?P<name>{part}(?: {part}){{0,7}})(?=[,.;:)\n–-]| |$)")


@cache
def _stated_committee() -> re.Pattern[str]:
    """A leadership role stated with its committee ('Bí thư Đảng ủy quân sự tỉnh', 'Bí thư Tỉnh ủy'): group
    'committee' runs to punctuation, to a word of party.yml body_tail: stops (a person's name is cut off after the
    match) or to the appointment of its holder to another role ('Bí thư Tỉnh ủy được chỉ định giữ chức Bí thư
    Đảng ủy Quân sự tỉnh': two committees, the second the one a list of deputies after it shares; set 12: 877)."""
    doc = yaml.safe_load((ENTITY_RULES / "party.yml").read_text(encoding="utf-8"))
    committees = literal_alternation(doc["stated_committees"])
    stops = literal_alternation([*doc["body_tail"]["stops"], *doc["appointed_to"]])
    return re.compile(rf"(?<!\w)(?i:(?:phó )?bí thư)(?: (?i:thường trực|chuyên trách))? "
                      rf"(?P<committee>(?i:{committees})(?:(?! (?i:{stops})(?!\w))[^,;.:()\n])*)")


# A person's mention with an initialism beside a capitalised word ('Đoàn KT' in 'Đoàn trưởng Đoàn KT-QP 74': 'Đoàn'
# is a family name too) is a unit's name the person finder took: a name's syllables are no initialisms (a name
# printed all in capitals has no lower-case word beside them). Set 5 page 951.
_INITIALISM = re.compile(r"(?<!\w)[A-ZĐ]{2,}(?!\w)")


def _not_a_name(surface: str) -> bool:
    return bool(_INITIALISM.search(surface)) and not surface.isupper()
# A level word ending a party role's mention, and a lower-case 'ủy' after it on the page.
_LEVEL_END = re.compile(r"(?<= )(?i:tỉnh|thành|huyện|quận|thị)$")
_LOWER_UY = re.compile(r" (?:ủy|uỷ)(?!\w)")
_BARE_LEADER = re.compile(r"(?i:(?:phó )?bí thư)(?: (?i:thường trực|chuyên trách))?")
_APPOINTED = re.compile(r"(?<!\w)(?:giữ chức(?: vụ)?|làm)\s$")


def _stated_before(string: str, mention: Mention, persons: Sequence[Mention], alone: bool) -> str | None:
    """The committee of the last leadership role the paragraph states before ``mention`` ('… giữ chức Bí thư Đảng
    ủy quân sự tỉnh. Đại tá B … giữ chức Phó Bí thư Thường trực' gives B's role that committee), cut where a
    person's name begins ('Bí thư Tỉnh ủy Mẫn Văn Ninh; các phó bí thư gồm ông A, Phó bí thư Thường trực').
    Only over an appointment ('giữ chức', 'làm' right before the title) or, for a title that is the person's only
    office (``alone``), within the same sentence: 'A, Bí thư Huyện ủy; B, Phó Bí thư, Chính trị viên Ban CHQS
    huyện' is no deputy of the Huyện ủy."""
    line = string.rfind("\n", 0, mention.start) + 1
    found = next(iter(reversed(list(_stated_committee().finditer(string, line, mention.start)))), None)
    if found is None:
        return None
    if not _APPOINTED.search(string, line, mention.start) and not (
            alone and not re.search(r"[.!?](?:\s|$)", string[found.end():mention.start])):
        return None
    end = min([p.start for p in persons if found.start("committee") < p.start < found.end()] or [found.end()])
    return string[found.start("committee"):end].strip() or None


@cache
def _area_unit() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An area-defence command's number at the end of a unit's words ('Ban Chỉ huy Phòng thủ khu vực 2'; party.yml
    body_tail: area_units), and the place its name goes on with after it on the page (' - Bảo Yên': group 'place',
    capitalised words only)."""
    units = yaml.safe_load((ENTITY_RULES / "party.yml").read_text(encoding="utf-8"))["body_tail"]["area_units"]
    return (re.compile(rf"(?<!\w)(?i:{literal_alternation(units)}) \d+$"),
            re.compile(rf"\s?[-–]\s?(?P<place>{UPPER}[^\W\d_]*(?: {UPPER}[^\W\d_]*){{0,3}})(?![\w-])"))


def _HEADS() -> tuple[str, ...]:
    return tuple(f"{head} " for head in party_rules().bare_heads) + party_rules().bare_heads


def _ends_open(position: PositionHeld) -> bool:
    """Whether the title ends in a unit's head noun alone, in an open party committee ('Chi bộ'), or is an
    office's title alone ('Tổng Giám đốc'; then only a name opening with a head noun is taken)."""
    rules = party_rules()
    text = new_style(position.title)
    return (text.endswith(tuple(f" {head}" for head in rules.bare_heads)) or bool(rules.open_committee.search(text))
            or not after_title(position))


def page_tail(string: str, mention: Mention, persons: Sequence[Mention]) -> str | None:
    """The name written right after ``mention`` in ``string`` (module docstring), cut where a person's mention
    begins; None when none follows."""
    found = _tail().match(string, mention.end)
    if not found:
        return None
    end = min([p.start for p in persons if found.start() < p.start < found.end()] or [found.end()])
    name = string[found.start("name"):end].strip()
    # A person's mention right after the head ('Bí thư Huyện ủy Huỳnh Văn Nở dự') is no unit's name.
    return name or None


def with_page_names(held: Sequence[PositionHeld], offices: Sequence[tuple[Mention, bool]],
                    bodies: Sequence[str | None], string: str,
                    persons: Sequence[Mention]) -> tuple[list[PositionHeld], list[str | None]]:
    """The chain's party roles and the bodies its offices give them, each with the unit's name the page writes
    after a title that stops at a head noun or an open committee: a role takes it in its title ('Bí thư Chi bộ' +
    'Đội Quản lý phương tiện'); an office without an organisation mention gives it to the chain's open roles as
    its body ('Hiệu trưởng Trường' + 'Cao đẳng Hậu cần 2' -> 'Trường Cao đẳng Hậu cần 2'). Offices themselves are
    left as read (positions are people.py's)."""
    held, bodies = list(held), list(bodies)
    persons = [p for p in persons if not _not_a_name(p.surface)]
    for i, (position, (mention, _)) in enumerate(zip(held, offices, strict=True)):
        if string[mention.start:mention.end] != mention.surface:
            continue
        uy = _LOWER_UY.match(string, mention.end) if is_party_role(position) else None
        if uy and _LEVEL_END.search(position.title):
            # 'Bí thư huyện ủy', 'ủy viên BTV tỉnh ủy': the mention stops at the level word, the page's lower-case
            # 'ủy' is the committee's ('Bí thư Huyện ủy'; real: khoaichau.hungyen.gov.vn; session 10).
            position = held[i] = dataclasses.replace(position, title=f"{position.title}{uy.group(0)}")
        if is_party_role(position) and _BARE_LEADER.fullmatch(position.title):
            # 'A giữ chức Bí thư Đảng ủy X; B giữ chức Phó Bí thư Thường trực': a leader's title stated bare after
            # a role that names its committee is that committee's (an ellipsis over a list of appointments).
            committee = _stated_before(string, mention, persons, alone=all(
                is_party_role(other) for other in held))
            if committee:
                held[i] = dataclasses.replace(position, title=f"{position.title} {committee}")
            continue
        if not _ends_open(position):
            held[i], bodies[i] = _read_past_head(position, mention, bodies[i], string, persons)
            continue
        tail = page_tail(string, mention, persons)
        if not tail or (not after_title(position) and not tail.startswith(_HEADS())):
            continue
        if is_party_role(position):
            held[i] = dataclasses.replace(position, title=f"{position.title} {tail}")
        elif bodies[i] is None:
            own = after_title(position)
            bodies[i] = f"{own} {tail}" if own else tail
    return held, bodies


def _read_past_head(position: PositionHeld, mention: Mention, body: str | None, string: str,
                    persons: Sequence[Mention]) -> tuple[PositionHeld, str | None]:
    """A title that already runs past its head noun (the organisation tail read it, haucan/extract/org_tail.py):
    an office gives its own organisation words to the chain's open roles as their body ('Bí thư Đảng ủy,
    Hiệu trưởng Trường Cao đẳng Kỹ thuật 3' -> 'Trường Cao đẳng Kỹ thuật 3') when no organisation mention gave
    one; a party role cut inside its unit's name ('Bí thư Chi bộ Đội Quản' in '… Đội Quản lý kho xăng là …') is
    read on from its last head noun when the page's name runs further."""
    if not is_party_role(position):
        own = party_rules().board.sub("", after_title(position), count=1)  # 'HĐTV Tổng Công ty': the enterprise
        if body is not None or not own or not own.startswith(_HEADS()):
            return position, body
        # 'Ban Chỉ huy Phòng thủ khu vực 2 - Bảo Yên' (the 2025 area commands): the mention stops at the number.
        number, after = _area_unit()
        place = after.match(string, mention.end) if number.search(own) else None
        return position, f"{own} - {place.group('place')}" if place else own
    surface = mention.surface
    heads = [surface.rfind(f" {head} ") for head in party_rules().bare_heads]
    best = max(range(len(heads)), key=lambda k: heads[k])
    if heads[best] < 0:
        return position, body
    head_end = mention.start + heads[best] + 1 + len(party_rules().bare_heads[best])
    found = _tail().match(string, head_end)
    if not found or found.end("name") <= mention.end or any(head_end < p.start < found.end() for p in persons):
        return position, body
    cut = string[head_end:mention.end]  # what the mention took past the head, which the page's name replaces
    if not position.title.endswith(cut):
        return position, body
    kept = position.title[:len(position.title) - len(cut)]
    return dataclasses.replace(position, title=f"{kept} {found.group('name')}"), body


# A report touring several wards names each where it speaks of it ('Tại phường Thủy Xuân, đồng chí X, Bí thư Đảng ủy,
# Chủ tịch HĐND phường …'; set 16: 1033): a bare commune committee there is the ward its sentence names.
_LEVEL = re.compile(r"(?<!\w)(?:xã|phường|thị trấn) ")


_GONE = re.compile(r" \(?cũ(?!\w)")  # 'trụ sở UBND phường Đông Thọ cũ', 'xã X (cũ)': merged away in 2025


def in_sentence_commune(held: Sequence[PositionHeld], sentence: str) -> list[PositionHeld]:
    """``held`` with each party role ending in a bare commune level completed by the one commune ``sentence`` names
    after a level word ('phường Thủy Xuân'); unchanged when it names none or several."""
    if not any(is_party_role(p) and party_rules().commune.search(p.title) for p in held):
        return list(held)
    names = {m.group(0) for level in _LEVEL.finditer(sentence)  # a commune marked gone is no committee's (set 18: 1131)
             if (m := commune_name().match(sentence, level.end())) and not _GONE.match(sentence, m.end())}
    if len(names) != 1:
        return list(held)
    name = names.pop()
    return [dataclasses.replace(p, title=f"{p.title} {name}") if is_party_role(p) and party_rules().commune.search(
        p.title) else p for p in held]
