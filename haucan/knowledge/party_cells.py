"""The party cell a congress page reports on, spelled the way the page's own chains spell it.

A cell's congress page names the cell in full, its parent unit after it ('Đại hội Chi bộ Ban Hậu cần - Kỹ thuật
Đoàn Kinh tế - Quốc phòng 79'), and its secretary by a chain ('Bí thư Chi bộ, Trưởng ban Hậu cần - Kỹ thuật',
completed to 'Bí thư Chi bộ Ban Hậu cần - Kỹ thuật'). The page's shortest spelling of the cell is then the chain's,
its parent unit left off, as the body of a branch's congress is (README, pos15 session 12: 661): the bare roles
the congress elected ('được bầu làm Phó Bí thư Chi bộ', 'Chi ủy viên') take that spelling (set 12: 872). A page
whose chains name no shorter spelling keeps the cell as it writes it after 'Chi bộ' (dev 017, 191).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from haucan.extract.org_tail_words import _rules as org_tail_rules
from haucan.knowledge.orgs import canonical_name
from haucan.knowledge.party_places import ArticlePlaces

# A cell's leader with the cell's unit: 'Bí thư Chi bộ Ban Hậu cần-Kỹ thuật', 'Phó Bí thư Chi bộ Phòng Quân nhu'.
_CELL_ROLE = re.compile(r"(?:Phó )?(?i:bí thư) (?i:chi bộ) (?P<unit>\S.*)")


def cell_as_chained(places: ArticlePlaces, roles: Iterable[str]) -> ArticlePlaces:
    """``places`` with its cell spelled as a chain's role ``roles`` names it, when that is the cell's name with its
    parent unit left off (what follows opens with a unit's head noun: 'Đoàn Kinh tế - Quốc phòng 79')."""
    if not places.cell:
        return places
    whole = canonical_name(places.cell)
    for role in roles:
        found = _CELL_ROLE.fullmatch(role)
        if not found:
            continue
        opening = f"Chi bộ {canonical_name(found.group('unit'))} "
        if whole.startswith(opening) and org_tail_rules().heads.match(whole, len(opening)):
            return replace(places, cell=f"Chi bộ {found.group('unit')}")
    return places
