"""The offices of one person's chain: each read off its mention (`held_office`), and how they share organisations: a
bare title takes the organisation of the next title ('Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh' -> 'Phó Chỉ
huy trưởng Bộ CHQS tỉnh', the README's gold convention), and a party committee named by its unit's head alone takes
that unit's full name from the chain. Party bodies and boards are never shared with an office: 'Chính trị viên, Phó Bí thư Đảng ủy Quân sự
huyện' is no 'Chính trị viên Đảng ủy …', and 'Chính ủy, Chủ tịch Hội đồng …' no 'Chính ủy Hội đồng'.
"""

from __future__ import annotations

import dataclasses
import re

from haucan.extract.lexicon import lexicon, new_style
from haucan.knowledge.groups import own_title
from haucan.knowledge.orgs import Context, pick_curated
from haucan.knowledge.party import after_title, complete_roles, is_party_role
from haucan.records import Mention, PositionHeld


def org_surface(position: Mention, nested: dict[str, list[Mention]]) -> str | None:
    """The organisation a position names, as written (its first nested ORG)."""
    children = sorted(nested.get(position.mention_id, []), key=lambda m: m.start)
    return children[0].surface if children else None

def is_bare(position: PositionHeld) -> bool:
    """A title with nothing after it ('Phó chủ nhiệm'), which can take the next office's organisation."""
    # A bare 'Bí thư' names no committee: 'Bí thư Huyện ủy, Chủ tịch HĐND huyện' is no 'Bí thư HĐND huyện'.
    return (position.normalized_title is not None and position.normalized_title not in ("Bí thư", "Phó Bí thư")
            and not after_title(position).strip() and " về " not in position.title  # 'Phó Tư lệnh về Chính trị' names its branch
            and " phụ trách " not in position.title)  # 'Phó Giám đốc phụ trách hậu cần' names its portfolio (set 11: 774)

def committee_body(position: Mention, nested: dict[str, list[Mention]]) -> str | None:
    """The organisation an open party committee of the chain may take from ``position``: its organisation as
    written, or for a board (`not_shared`) the unit the board belongs to ('Chủ tịch Hội đồng thi đua, khen
    thưởng Bộ CHQS tỉnh' gives 'Bộ CHQS tỉnh': the party committee is the unit's, not the council's)."""
    children = sorted(nested.get(position.mention_id, []), key=lambda m: m.start)
    if not children or not lexicon().not_shared.match(children[0].surface):
        return children[0].surface if children else None
    inner = sorted(nested.get(children[0].mention_id, []), key=lambda m: m.start)
    return inner[0].surface if inner else None


# A title that names its own kind of unit ('Trưởng phòng', 'Trưởng ban', 'Trưởng khoa'): the words after it name
# that section.
_SECTION_HEAD = re.compile(r"(?i:(?:phó )?trưởng (?P<head>phòng|ban|khoa|xưởng|trạm|thôn|bản))$")


def _sub_unit_of_other_head(bare: PositionHeld, following: PositionHeld) -> bool:
    """'Phó Chủ nhiệm Hậu cần - Kỹ thuật — Trưởng phòng Xe máy - Vận tải': the section the next title heads
    ('Phòng Xe máy - Vận tải') is no unit of the bare title before it, unless that title heads the same kind
    ('Phó Trưởng phòng, Trưởng phòng Hậu cần'; session 9, dev 441)."""
    section = _SECTION_HEAD.search(following.normalized_title or "")
    return bool(section) and not (bare.normalized_title or "").casefold().endswith(section.group("head"))


def share_units(held: list[PositionHeld], offices: list[tuple[Mention, bool]],
                nested: dict[str, list[Mention]]) -> list[PositionHeld]:
    """A bare title shares the organisation of the next title: 'Phó chủ nhiệm, Tham mưu trưởng TCHC' is
    'Phó chủ nhiệm TCHC' (the organisation's name as written is appended to the title). Not from a party role
    nor from a board (rules/entities/organizations.yml `not_shared`): those are no unit the title heads."""
    held = list(held)
    for i in range(len(held) - 2, -1, -1):
        if held[i].org_id is not None or not is_bare(held[i]) or is_party_role(held[i]) or is_party_role(held[i + 1]):
            continue
        if _sub_unit_of_other_head(held[i], held[i + 1]):
            continue
        surface = org_surface(offices[i + 1][0], nested) if held[i + 1].org_id else None
        # 'Phó Chủ nhiệm, Tham mưu trưởng Hậu cần - Kỹ thuật Quân khu 9': the branch written before the unit is shared
        # with it (the next title's words after its office, when they end with the unit and hold no comma).
        tail = after_title(held[i + 1]).strip()
        if surface and tail != surface and tail.endswith(" " + surface) and "," not in tail:
            surface = tail
        # 'Phó Tư lệnh, Tham mưu trưởng Bộ Tư lệnh Thành phố': the unit's name the next title read on past its mention
        # ('Bộ Tư lệnh') is shared whole (set 12: 863).
        elif surface and tail.startswith(surface + " ") and "," not in tail:
            surface = tail
        # 'Phó Sư đoàn trưởng, Tham mưu trưởng Sư đoàn': a unit named by its head alone is shared too.
        shared = surface or bare_head(held[i + 1])
        # A mass body ('Công đoàn Nhà máy', 'Đoàn Thanh niên') is no unit an office before it heads (set 11: 774).
        if shared and not lexicon().not_shared.match(shared) and not lexicon().mass_body.match(shared):
            held[i] = dataclasses.replace(held[i], title=f"{held[i].title} {shared}",
                                          org_id=held[i + 1].org_id if surface else None)
        elif shared and (lexicon().not_shared.match(shared) or not lexicon().mass_body.match(shared)) and (
                unit := committee_body(offices[i + 1][0], nested)) and unit != shared:
            # 'Chính ủy, Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh': the council's unit, not the council
            # (session 9; dev 642). A mass body's unit is not shared either: 'Chủ nhiệm Hậu cần - Kỹ thuật, Chủ tịch
            # Công đoàn cơ sở Cơ quan Bộ CHQS tỉnh' is no 'Chủ nhiệm … Bộ CHQS tỉnh' (session-13 convention; set 12: 896).
            held[i] = dataclasses.replace(held[i], title=f"{held[i].title} {unit}")
    return _presidium_seats(held)


_PRESIDIUM = re.compile(r" Đoàn Chủ tịch$")


def _presidium_seats(held: list[PositionHeld]) -> list[PositionHeld]:
    """'Ủy viên Đoàn Chủ tịch, Trưởng ban Gia đình - Xã hội Trung ương Hội LHPN Việt Nam': a seat on an association's
    presidium named alone sits on the presidium of the association the next office names ('Ủy viên Đoàn Chủ tịch Trung
    ương Hội LHPN Việt Nam'; session 10, set 4: 832), as a bare standing seat sits on the unit's committee."""
    for i in range(len(held) - 1):
        if _PRESIDIUM.search(held[i].title) and (body := lexicon().mass_body_in.search(after_title(held[i + 1]))):
            held[i] = dataclasses.replace(held[i], title=f"{held[i].title} {after_title(held[i + 1])[body.start():]}")
    return held


def bare_head(position: PositionHeld) -> str | None:
    """The unit a title names by its head noun alone ('Sư đoàn' in 'Tham mưu trưởng Sư đoàn'), else None."""
    if position.org_id is not None or not position.normalized_title or is_bare(position):
        return None
    head = after_title(position).strip()
    return head if head[:1].isupper() else None  # 'Trưởng ban tổ chức hội thao': an event, not a unit


def implied_org(normalized_title: str | None) -> str | None:
    """The curated organisation a title names by itself ('Thứ trưởng Quốc phòng' -> bqp), else None."""
    org = lexicon().position_org.get(normalized_title or "")
    return pick_curated(org, Context()) if org else None


def held_office(position: Mention, former: bool, orgs: dict[str, str], nested: dict[str, list[Mention]]) -> PositionHeld:
    """The office a POSITION mention states: its title as written with the organisation nested in it (its org id, else
    the curated organisation the title names by itself)."""
    children = sorted(nested.get(position.mention_id, []), key=lambda m: m.start)
    org_id = orgs.get(children[0].mention_id) if children else None
    return PositionHeld(new_style(own_title(position, children)), position.normalized,
                        org_id or implied_org(position.normalized), former)


def chain_held(chain: list[Mention], orgs: dict[str, str], nested: dict[str, list[Mention]]) -> list[PositionHeld]:
    """A chain of offices read apart from a name (a signature's office line): units shared, open committees completed."""
    offices = [(m, False) for m in chain]
    held = share_units([held_office(m, False, orgs, nested) for m in chain], offices, nested)
    return complete_roles(held, [committee_body(m, nested) for m in chain], [False] * len(chain))


def new_office(positions: list[PositionHeld], position: PositionHeld) -> bool:
    """Whether ``position`` is an office the person's ``positions`` do not hold yet: another title or unit, or, for
    offices no registry unit names, another title as written ('Trưởng ban Quân nhu, Trưởng ban Giám khảo': two
    offices, a contest's jury after the branch; set 12: 855). A title restated bare ('Trưởng ban') adds none."""
    return all((p.normalized_title, p.org_id) != (position.normalized_title, position.org_id) or (
        p.org_id is None and not p.title.casefold().startswith(position.title.casefold())) for p in positions)
