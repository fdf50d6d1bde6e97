"""A commune's or ward's name as a page writes it after its level word ('xã', 'phường', 'thị trấn').

Capitalised words, as the lexicon's local place reads them, and the number a commune split in two or an urban ward
carries after its name ('xã Bàu Hàm 2', 'phường Tân Định 1'; set 19: 1182), or the number alone ('phường 12'). A
party role of the commune's committee or of its military cell is published with the whole name, number included
(knowledge/party_places.py, party_bodies.py).
"""

from __future__ import annotations

import re
from functools import cache

from haucan.extract.lexicon import lexicon

# The number is part of the name, never a date or a figure after it ('2/9', '2,5', '2.000'), nor a year.
NUMBERED = r"(?: \d{1,2}(?![\w/]|[.,]\d))?"


@cache
def commune_name() -> re.Pattern[str]:
    """A commune's name after its level word: capitalised words and an optional number, or a number alone."""
    return re.compile(rf"(?:{lexicon().org_local_place.pattern}){NUMBERED}|\d{{1,2}}(?![\w/]|[.,]\d)")
