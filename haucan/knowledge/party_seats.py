"""Seats on a party committee that a sentence gives by the verb of an election, not by a title before the name.

National dailies and provincial papers report a committee's enlargement this way: 'Đại tá A, Chỉ huy trưởng …, và
Đại tá B, Giám đốc Công an tỉnh, được bầu bổ sung vào Ban Thường vụ Tỉnh ủy Hà Tĩnh'; 'Hội nghị đã bầu bổ sung
các ông A, B vào Ban Chấp hành Đảng bộ tỉnh'. Each person so elected holds 'Ủy viên <committee>' (completed with
its place like any role, knowledge/party_places.py). The verbs and committees are data (party.yml elected_into);
the persons are those the sentence names as the subject of the passive verb (after its last ';') or, for the
active verb, between it and 'vào'.
"""

from __future__ import annotations

import re
from functools import cache

import yaml

from haucan.extract.lexicon import ENTITY_RULES
from haucan.knowledge.text import literal_alternation
from haucan.records import Mention


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    doc = yaml.safe_load((ENTITY_RULES / "party.yml").read_text(encoding="utf-8"))["elected_into"]
    committee = (rf"(?P<committee>(?:{literal_alternation(doc['committees'])})(?: [^\W\d_][^.,;:()\n]{{0,60}}?)?)"
                 rf"(?=\s*(?:[.,;:()\n]|(?:{literal_alternation(doc['ends'])})(?!\w)|$))")
    passive = re.compile(rf"(?<!\w)(?:{literal_alternation(doc['passive'])}) vào {committee}")
    active = re.compile(rf"(?<!\w)(?:{literal_alternation(doc['active'])}) (?P<names>[^.;]{{3,200}}?) vào {committee}")
    return passive, active


def elected_seats(outer: list[Mention], string: str, start: int, end: int) -> dict[str, list[str]]:
    """PER mention_id -> the seats ('Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh') the sentence ``string[start:end]``
    elects them to; ``outer``: the sentence's outer mentions."""
    seats: dict[str, list[str]] = {}
    persons = [m for m in outer if m.label == "PER"]
    if not persons:
        return seats
    passive, active = _patterns()
    for match in passive.finditer(string, start, end):
        subject = string.rfind(";", start, match.start()) + 1 or start
        for person in persons:
            if subject <= person.start and person.end <= match.start():
                seats.setdefault(person.mention_id, []).append(f"Ủy viên {match.group('committee')}")
    for match in active.finditer(string, start, end):
        for person in persons:
            if match.start("names") <= person.start and person.end <= match.end("names"):
                seats.setdefault(person.mention_id, []).append(f"Ủy viên {match.group('committee')}")
    return seats
