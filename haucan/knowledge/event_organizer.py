"""The organiser of an event: the organisation the sentence reporting it names as the one that 'tổ chức' it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from haucan.records import Mention


def organizer(text: str, sentence: tuple[int, int], mentions: Sequence[Mention], orgs: dict[str, str]) -> str | None:
    """The first organisation of the comma-joined chain right before 'tổ chức'."""
    verb = re.compile(r"\b(?:vừa |đã |long trọng )?tổ chức\b").search(text, *sentence)
    if not verb:
        return None
    before = [m for m in mentions if m.label == "ORG" and m.parent_mention_id is None
              and sentence[0] <= m.start and m.end <= verb.start()]
    chain: list[Mention] = []
    for mention in reversed(before):
        gap = text[mention.end:(chain[0].start if chain else verb.start())]
        if gap.strip() not in ("", ",", "(", ")") and not (chain and gap in (", ", " (", ") ")):
            break
        chain.insert(0, mention)
    return orgs.get(chain[0].mention_id) if chain else None
