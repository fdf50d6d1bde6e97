"""Party roles completed with the body they belong to, abbreviations written out (rules/entities/party.yml).

A party role is published whole: 'Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh Thanh Hóa' gives the role
'Bí thư Đảng ủy Bộ Chỉ huy Quân sự tỉnh Thanh Hóa' (a bare '… Bộ CHQS tỉnh' stays bare: the unit as written), a
bare 'Bí thư Tỉnh ủy' in Báo Tây Ninh gives 'Bí thư Tỉnh ủy Tây Ninh'. The body is spelled out the way
organisations are canonicalised (knowledge/orgs.py): a curated organisation by its registry name, any other by
its name with abbreviated words expanded; an abbreviation standing alone as the whole name ('BĐBP', 'CATW') stays
as written, being a name of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from haucan.extract.lexicon import lexicon
from haucan.knowledge.commune_names import shared_level
from haucan.knowledge.orgs import canonical_name, curated
from haucan.knowledge.party_rules import party_rules
from haucan.knowledge.party_units import commanded_unit, is_bare_leader, level_committee, village_unit
from haucan.records import PositionHeld

# A registry name's qualifier in brackets ('Tổng cục Hậu cần-Kỹ thuật (Bộ Công an)') tells namesakes apart in the
# registry; the article writes no such thing, and a role is written with its body as the article names it.
_QUALIFIER = re.compile(r" \([^()]*\)$")


@cache
def _title_words(normalized: str) -> re.Pattern[str]:
    """``normalized`` as the opening of a title written with any dash spacing and case ('Chủ nhiệm Hậu cần - Kỹ
    thuật' for 'Chủ nhiệm Hậu cần-Kỹ thuật')."""
    pieces = [re.escape(piece).replace(r"\ ", r"\s+") for piece in re.split(r"\s*[-–—]\s*", normalized)]
    return re.compile(r"\s*[-–—]\s*".join(pieces), re.IGNORECASE)


def after_title(position: PositionHeld) -> str:
    """The words a title writes after its office ('Học viện' in 'Chủ nhiệm Hậu cần - Kỹ thuật Học viện'), ''
    for none. Slicing by the canonical title's length cut inside the words whenever the page spaced a dash
    differently ('… - Kỹ thuật' against the canonical '…-Kỹ thuật'; set 4 page 812)."""
    normalized = position.normalized_title or ""
    found = _title_words(normalized).match(position.title)
    # A deputy's portfolio ('Phó Giám đốc Bệnh viện' + ' phụ trách hậu cần') is no word of the unit (pos14).
    return position.title[found.end() if found else len(normalized):].split(" phụ trách ")[0].strip()


def is_party_role(position: PositionHeld) -> bool:
    """True for a party role ('Bí thư Đảng ủy', 'Ủy viên Ban Thường vụ Tỉnh ủy'); a bare 'Ủy viên' of a
    council or an 'Ủy viên Hội đồng' is an office."""
    title = position.normalized_title or ""
    rules = party_rules()
    written = lexicon().position.match(position.title)  # the title as printed ('Ủy viên Ban Thường vụ')
    if "Đảng" not in title and "ủy" not in title and lexicon().mass_body.match(
            position.title[written.end():].strip() if written else after_title(position)):
        return False  # 'Bí thư Tỉnh Đoàn', 'Ủy viên BCH T.Ư Hội CCB': the Youth Union's or an association's (pos10)
    if title.startswith(rules.party_titles):
        return True
    # The canonical title counts too: 'UVTW' names no party body as written, 'Ủy viên Ban Chấp hành Trung
    # ương Đảng' does (read as an office, it took the next office's organisation: 'UVTW Tỉnh ủy X').
    return title.startswith("Ủy viên") and bool(rules.member_of_party.search(position.title)
                                                 or rules.member_of_party.search(title))


def spelled_body(surface: str, org_id: str | None) -> str:
    """An organisation as a party role names it: the curated name, else the name with its abbreviated words
    written out; a lone abbreviation ('BĐBP') as written."""
    written = " ".join(surface.split())
    if " " not in written and written.replace("-", "").isupper():
        return written
    org = curated().get(org_id or "")
    return _QUALIFIER.sub("", org.name) if org else canonical_name(written)


def _commune_or_spelled(surface: str, org_id: str | None) -> str:
    """The body an open committee takes from an office of ``surface``: the commune itself for a commune's
    council or committee ('HĐND xã Thái Bình' -> 'xã Thái Bình'), else the organisation spelled out."""
    commune = party_rules().commune_body.fullmatch(" ".join(surface.split()))
    return commune.group("place") if commune else spelled_body(surface, org_id)


def _unit_of(position: PositionHeld) -> str | None:
    """The unit an office names without an organisation mention: 'Trưởng phòng Hậu cần – Kỹ thuật' -> 'Phòng
    Hậu cần-Kỹ thuật' (rules: unit_of_title), 'Chủ tịch Hội CCB Việt Nam' -> 'Hội Cựu chiến binh Việt Nam' (the
    rest of the title opens with an organisation's head)."""
    rest = after_title(position)
    head = party_rules().unit_of_title.get(position.normalized_title or "")
    if head and rest:
        return canonical_name(f"{head} {rest}")
    if village := village_unit(position.normalized_title, position.title, rest):  # 'Trưởng thôn Nà Tông'
        return village
    if lexicon().named_after_head.match(f" {rest}"):
        return canonical_name(rest)
    # 'Chính ủy Học viện': a unit named by its head alone, which the role keeps as written (README convention:
    # the body of the organisation the chain names; the second blind set's gold, dev 609, 617, 621); 'Chủ tịch HĐTV
    # Tổng Công ty': the enterprise whose board it is (party.yml boards).
    rest = party_rules().board.sub("", rest, count=1)
    # 'Giám đốc CATP': a unit named by its abbreviation alone is a name of its own (spelled_body keeps it).
    return rest if rest in party_rules().bare_heads or (rest.isalpha() and rest.isupper() and len(rest) > 1) else None


def _branch_unit(position: PositionHeld, spelled: str) -> str | None:
    """The department a branch chief commands, whose party committee a chain's open role is: 'Chủ nhiệm Hậu cần -
    Kỹ thuật Quân khu 9' -> 'Cục Hậu cần - Kỹ thuật Quân khu 9' (a 'Cục' at a corps-level unit, else a 'Phòng':
    'Phòng Hậu cần Sư đoàn 5'); None for any other office. ``spelled``: the office's organisation spelled out."""
    rules = party_rules()
    branch = rules.branch_units.get(position.normalized_title or "")
    if branch is None:
        return None
    return f"{'Cục' if rules.corps_level.match(spelled) else 'Phòng'} {branch} {spelled}"


def _office_body(position: PositionHeld, body: str | None, member: bool = False, standing: bool = False) -> str | None:
    """The body an open committee of the chain takes from the office ``position`` (``body``: its organisation as
    written, None when its title names none). ``member``: the role is a seat on the committee ('Ủy viên Ban
    Thường vụ Đảng ủy'), which a branch chief holds on his unit's committee, not on his department's (whose
    secretary or deputy he is). ``standing``: the role ends in a bare standing committee ('Ủy viên Ban Thường
    vụ'), which an office of a party organ ('Trưởng Ban Tuyên giáo Tỉnh ủy') completes with the committee the
    organ serves ('Tỉnh ủy'), not with the organ."""
    rules = party_rules()
    office = rules.party_office.search(position.title) if standing else None
    organ = rules.organ_committee.search(position.title, office.start()) if office else None
    if organ:
        return organ.group(0)
    if member and (office := rules.party_office.search(position.title)) and (
            organ := rules.organ_committee.search(position.title, office.start())) and organ.group(0).startswith("Đảng ủy "):
        # 'Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Vùng': a seat on the committee the organ
        # serves, whose 'Đảng ủy' the role already writes (set 15: 588), not on the organ.
        return organ.group(0).removeprefix("Đảng ủy ")
    if rules.commune_organ.search(" ".join(position.title.split())):
        return rules.commune_level  # 'Trưởng ban Xây dựng Đảng': the commune's committee's organ (party.yml)
    if not body and rules.commune_body.fullmatch(" ".join(after_title(position).split())):
        # 'Chủ tịch Hội đồng nhân dân xã' written out names its commune body as the title's own words when no
        # organisation mention reached the chain; read like 'HĐND xã' (set 11: 764).
        body = " ".join(after_title(position).split())
    if not body:
        unit = commanded_unit(position.normalized_title, _unit_of(position), after_title(position))
        if not member and unit in rules.bare_heads and position.normalized_title in rules.branch_units:
            # 'Bí thư Đảng ủy, Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn': the chief's department's committee, not the
            # division's; the page names that department itself ('Đảng bộ Phòng Hậu cần - Kỹ thuật …'), so the role
            # is left to the article's party body (set 15: 587).
            return None
        return unit
    body, org_id = _whole_body(position, body)
    if standing and (committee := level_committee(rules, body)):
        return committee
    spelled = commanded_unit(position.normalized_title,
                             _with_bare_parent(position.title, body, _commune_or_spelled(body, org_id)))
    return spelled if member else _branch_unit(position, spelled) or spelled


def _whole_body(position: PositionHeld, body: str) -> tuple[str, str | None]:
    """The organisation an office names and its id: the title's own words after the office when they run on past
    the organisation mention ('Chính trị viên Đồn Biên phòng Cửa khẩu Mỹ Quý Tây' whose mention stopped at 'Đồn
    Biên phòng Cửa'; set 7 page 160), the mention's id then naming the cut name; else ``body`` as written."""
    written, rest = " ".join(body.split()), " ".join(after_title(position).split())
    return (rest, None) if rest.startswith(f"{written} ") else (body, position.org_id)


def _with_bare_parent(title: str, body: str, spelled: str) -> str:
    """``spelled`` with the parent unit the title writes after the organisation by its head alone: 'Chính ủy Cục
    Hậu cần - Kỹ thuật Quân khu' names 'Cục Hậu cần - Kỹ thuật Quân khu', whose organisation mention stops before
    the bare 'Quân khu' (set 4 page 801; a military region's paper writes its own region so)."""
    written = " ".join(body.split())
    at = " ".join(title.split()).rfind(written)
    parent = " ".join(title.split())[at + len(written):].strip() if at >= 0 else ""
    return f"{spelled} {parent}" if parent in party_rules().bare_heads else spelled


def complete_roles(held: Sequence[PositionHeld], bodies: Sequence[str | None],
                   elected: Sequence[bool] = (), congress: bool = False) -> list[PositionHeld]:
    """A party role of the chain ``held`` that ends in an open committee ('Bí thư Đảng ủy') takes the body of
    the next office of the chain that has one, else of the office before it. ``bodies[i]``: the
    organisation of ``held[i]`` as written (None when its title names none). ``elected[i]``: the chain reaches
    ``held[i]`` through an election ('X, Chủ nhiệm Hậu cần - Kỹ thuật Sư đoàn được bầu làm Bí thư Đảng ủy'): a
    congress elects the committee of its own body, not of the unit the officer's earlier office names, so such a
    role takes no body from before it and is left to the article's party body (party_places; README, session 11:
    dev 527, set 6 page 123). ``congress``: the page reports a party body's own congress or conference, whose bare
    seats are left to that body (``_commune_seat``)."""
    rules = party_rules()
    bodies = [shared_level(b, [p.title for p in held[i + 1:] if not is_party_role(p)]) for i, b in enumerate(bodies)]
    chain = [(i, p, body) for i, (p, body) in enumerate(zip(held, bodies, strict=True)) if not is_party_role(p)]
    units = {i: _unit_of(p) for i, p, _ in chain}
    out = list(held)
    for i, position in enumerate(held):
        if is_party_role(position) and is_bare_leader(position.title):
            # 'Phó Bí thư, Chủ tịch UBND huyện': a leader's bare title beside a state body's office leads the
            # committee of its level ('Phó Bí thư Huyện ủy'); beside a unit's office it stays as written.
            levels = [level_committee(rules, b) for j, _, b in chain if j > i] + [
                level_committee(rules, b) for j, _, b in chain[::-1] if j < i]
            out[i] = replace(position, title=f"{position.title} {levels[0]}") if levels and levels[0] else position
            continue
        # The role read with the party's abbreviations spelled out ('Uỷ viên BTV', 'ĐUV'), as the dataset
        # publishes it: a commune portal's shorthand names the same open committee (set 17: 1049, 1051).
        spelled = _spelled(position.title)
        if is_party_role(position) and spelled in rules.commune_seats:
            out[i] = _commune_seat(position, i, chain, congress)
            continue
        if is_party_role(position) and (cell := _named_military_cell(spelled, i, chain)):
            out[i] = replace(position, title=f"{position.title} {cell}")  # 'Bí thư Chi bộ Quân sự, Chính trị viên Ban CHQS phường'
            continue
        if not is_party_role(position) or not rules.open_committee.search(spelled):
            continue
        member = spelled.startswith(rules.member_titles)
        standing = bool(rules.standing.search(spelled))
        offices = [(j, _office_body(p, body, member, standing)) for j, p, body in chain]
        # A party cell is named by the unit the office heads, not by that office's organisation.
        cell = rules.cell_committee.search(position.title)
        bodies_of = [(j, units.get(j) or b) for j, b in offices] if cell else offices
        after = [b for j, b in bodies_of if j > i and b]
        before = [] if i < len(elected) and elected[i] else [b for j, b in bodies_of if j < i and b]
        body = (after or before[::-1] or [None])[0] or (_next_committee(held, i, rules) if standing else None)
        if cell and body and (command := rules.military_cell.fullmatch(body)):
            body = f"{rules.military_cell_name} {command.group('place')}"  # a commune's military cell: 'Chi bộ Quân sự xã' (party.yml)
        elif body and (command := rules.military_cell.fullmatch(body)):
            # A commune's military command has a cell, no committee: a committee seat beside its office is on the
            # commune's 'Đảng ủy xã' ('Ủy viên Ban Thường vụ Đảng ủy, Chỉ huy trưởng Ban CHQS xã'; set 10: 680).
            body = command.group("place")
        if body and standing and not rules.names_committee.match(body):
            # A seat on a unit's standing committee is a seat of its party committee, which the page leaves out.
            body = f"{rules.unit_committee} {body}"
        if body:
            out[i] = replace(position, title=f"{position.title} {body}")
    return out


def _next_committee(held: Sequence[PositionHeld], i: int, rules) -> str | None:
    """The committee a later party role of the chain names, for a bare standing seat beside no office ('UVTV,
    Thường trực Đảng ủy phường': a seat on that ward's committee; set 18: 1135)."""
    for role in held[i + 1:]:
        if is_party_role(role) and (named := rules.names_committee.search(role.title)) and role.title[named.end():].strip():
            return role.title[named.start():]
    return None


def _commune_seat(position: PositionHeld, i: int, chain: Sequence[tuple[int, PositionHeld, str | None]],
                  congress: bool = False) -> PositionHeld:
    """A bare seat ('Đảng ủy viên', 'ĐUV', 'Ủy viên BCH Đảng bộ') completed from the office next to it in the chain.

    Beside a commune military command's office ('Chỉ huy trưởng Ban CHQS xã Đất Mũi') or a commune's council or
    people's committee it is a seat on the commune's committee, the commune as the office writes it ('xã' alone left
    to the article's commune, party_places; session 13). Beside an office of a unit with a party committee of its
    own ('Đảng ủy viên, Chủ nhiệm Hậu cần - Kỹ thuật Bộ CHQS tỉnh') it is a seat on that unit's committee, the unit
    as the chain writes it ('Đảng ủy viên Bộ CHQS tỉnh'; README, session-14 coordinator: set 15's 588, set 17's
    1084) -- unless ``congress``: on a party body's own congress or conference page the seat is on the body holding
    it (pos14; party_places.with_place), not on the unit of the member's office ('Đảng ủy viên, Đội trưởng Đội …'
    in a branch congress's presidium). A department, section or team ('Trưởng phòng Quân nhu', party.yml
    seatless_units) has a cell, no committee whose seat the page would leave bare: the seat stays as written."""
    rules = party_rules()
    near = [c for c in chain if c[0] > i] + [c for c in chain[::-1] if c[0] < i]
    for _, office, body in near[:1]:
        written = _office_body(office, body, member=True) or ""
        # Beside a commune's council or people's committee ('ĐUV, Phó Chủ tịch UBND phường') the seat is on the
        # commune's one committee too, as a bare 'Bí thư Đảng ủy' there is (set 17: 1051).
        found = rules.military_cell.fullmatch(written) or rules.commune_body.fullmatch(" ".join((body or "").split())) \
            or rules.commune_seated.fullmatch(written)
        if found:
            return replace(position, title=f"{position.title} {found.group('place')}")
        if written and not congress and not rules.seatless_unit.match(written):
            return replace(position, title=f"{position.title} {written}")
    return position


def _named_military_cell(spelled: str, i: int, chain: Sequence[tuple[int, PositionHeld, str | None]]) -> str | None:
    """The commune a cell written 'Chi bộ Quân sự' without it belongs to, from the commune military command's office
    next in the chain ('Bí thư Chi bộ Quân sự, Chính trị viên Ban CHQS phường' -> 'phường', which the article's ward
    completes; set 17: 1050), as a bare 'Chi bộ' beside that office is its 'Chi bộ Quân sự xã' (party.yml)."""
    rules = party_rules()
    if not spelled.endswith(f"Chi bộ {rules.military_cell_name}"):
        return None
    near = [c for c in chain if c[0] > i] + [c for c in chain[::-1] if c[0] < i]
    for _, office, body in near[:1]:
        if found := rules.military_cell.fullmatch(_office_body(office, body, member=True) or ""):
            return found.group("place")
    return None


def _spelled(title: str) -> str:
    """``title`` with the party's abbreviations written out (party.yml role_words: 'Uỷ viên BTV' -> 'Uỷ viên Ban
    Thường vụ', 'ĐUV' -> 'Đảng ủy viên')."""
    words, spelled = party_rules().role_words
    return words.sub(lambda m: spelled[m.group(0)], title)
