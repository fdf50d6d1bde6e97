"""A commune's or ward's name as a page writes it after its level word ('xã', 'phường', 'thị trấn').

Capitalised words, as the lexicon's local place reads them, and the number a commune split in two or an urban ward
carries after its name ('xã Bàu Hàm 2', 'phường Tân Định 1'; set 19: 1182), or the number alone ('phường 12'). A
party role of the commune's committee or of its military cell is published with the whole name, number included
(knowledge/party_places.py, party_bodies.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from haucan.extract.lexicon import lexicon
from haucan.knowledge.party_rules import party_rules

# The number is part of the name, never a date or a figure after it ('2/9', '2,5', '2.000'), nor a year.
NUMBERED = r"(?: \d{1,2}(?![\w/]|[.,]\d))?"


@cache
def commune_name() -> re.Pattern[str]:
    """A commune's name after its level word: capitalised words and an optional number, or a number alone."""
    return re.compile(rf"(?:{lexicon().org_local_place.pattern}){NUMBERED}|\d{{1,2}}(?![\w/]|[.,]\d)")


def shared_level(body: str | None, later_offices: Sequence[str]) -> str | None:
    """``body`` with the commune level the chain writes once after its last office: a bare people's committee or
    council ('Phó Bí thư Đảng ủy, Chủ tịch UBND, Chủ tịch HĐNVQS phường'; set 19: 1186) is the ward's, whose
    party committee is the ward's 'Đảng ủy phường', not a committee of the 'UBND'. Else ``body`` unchanged."""
    rules = party_rules()
    if body is None or not later_offices or rules.commune_body.fullmatch(" ".join(body.split())):
        return body
    words = " ".join(later_offices[-1].split()).split(" ")
    for tail in (" ".join(words[-2:]), words[-1]):  # 'thị trấn' is two words
        if rules.commune_body.fullmatch(f"{' '.join(body.split())} {tail}"):
            return f"{body} {tail}"
    return body
