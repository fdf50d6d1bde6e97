"""Who 'Ông Nhuận' is: a person referred to by an honorific and the given name alone, after the article has
named them in full ('Đại tá Đào Đức Nhuận, …' then 'Ông Nhuận 51 tuổi, quê Hà Tĩnh; từng là …. Ông hiện là …').

National dailies (VnExpress, Tuổi Trẻ, Dân trí) write a biography this way; the NER tags no person in 'Ông
Nhuận', so the offices of the biography went to the last person named in full (the second blind set, dev 648:
an appointee's offices and party roles were given to the provincial secretary who chaired the meeting).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from haucan.extract.lexicon import UPPER


@cache
def _reference() -> re.Pattern[str]:
    # The given name must stand alone: a capital word after it makes a full name ('Ông Tôn Quốc Thuyết'),
    # which the NER reads itself.
    return re.compile(rf"(?<!\w)(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s(?P<given>{UPPER}[^\W\d_]*)(?![^\W\d_]|\s{UPPER})")


def given_name_reference(string: str, start: int, end: int, names: Collection[str]) -> str | None:
    """The one full name among ``names`` whose given name an 'Ông/Bà/đồng chí <given>' in ``string[start:end]``
    refers to; None when there is none, or when two full names share that given name."""
    for match in _reference().finditer(string, start, end):
        given = match.group("given")
        full = [name for name in names if name.endswith(" " + given)]
        if len(full) == 1:
            return full[0]
    return None
