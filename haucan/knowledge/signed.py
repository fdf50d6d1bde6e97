"""The office printed on its own line under a signature: a journal article signed at its end ('Thiếu tướng, TS Hà Quang
Minh' over 'Chủ nhiệm Hậu cần Quân khu 5'), a speech or a letter signed the same way. The two lines are two sentences
(a sentence never crosses a line), so the name's group never reaches the office; this pairs them: a sentence that is
only a signature (rank, academic titles, the name) followed by a sentence that is only an office gives the signer that
office (session 10, dev 304; tests/realworld/README.md: an officer who signs is a person with the office he signs with).

An administrative document pasted as a page signs the other way round: the signer's office in capitals ('PHÓ CHÁNH
VĂN PHÒNG', which the vocabulary reads in no case but its own) over the name alone; the signer holds the office as
printed (README, session 9; the two lines are captions: signatures.label_document_signer, session 11).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from haucan.extract.lexicon import lexicon
from haucan.extract.normalize import normalize
from haucan.records import Mention, PositionHeld, Sentence

# What may stand around a line's mentions: spaces, a closing full stop, brackets around the office.
_AROUND = re.compile(r"[\s()./]*")


def _only(string: str, start: int, end: int, first: Mention, last: Mention) -> bool:
    """Whether the mentions from ``first`` to ``last`` fill the sentence ``string[start:end]`` (bar brackets and dots)."""
    return bool(_AROUND.fullmatch(string[start:first.start])) and bool(_AROUND.fullmatch(string[last.end:end]))


def _chained(string: str, offices: Sequence[Mention]) -> bool:
    """Whether only commas stand between the offices of a line ('Ủy viên Ban Thường vụ Đảng ủy, Phó Tư lệnh Quân khu
    9' under 'Thiếu tướng HẦU MINH CHIẾN'; set 8: 023): a chain, read as one after the name would be."""
    return all(string[a.end:b.start].strip() == "," for a, b in zip(offices, offices[1:], strict=False))


def signature_offices(sentences: Sequence[Sentence], outer_by_sentence: dict[int, list[Mention]],
                      strings: dict) -> dict[str, Mention | PositionHeld | list[Mention]]:
    """The signer's name (as people.py keys it) -> the POSITION mention of the line right under a signature line
    (the chain of them, a list, when the line lists several), or the office in capitals over a document signer's name."""
    found: dict[str, Mention | PositionHeld] = {}
    for here, below in zip(sentences, sentences[1:], strict=False):
        mine = sorted(outer_by_sentence.get(here.sent_idx, ()), key=lambda m: m.start)
        under = sorted(outer_by_sentence.get(below.sent_idx, ()), key=lambda m: m.start)
        if here.field == below.field == "caption" and (signer := _document_signer(here, below, under, strings)):
            found.update(signer)
            continue
        string_below = strings[(below.field, below.caption_idx)]
        line_end = under[-1] if under else None
        if len(under) > 1 and under[-1].label == "ORG" and string_below[under[-2].end:under[-1].start].strip() == ",":
            under = under[:-1]  # 'Phó Trưởng khoa Chỉ huy Hậu cần, Học viện Hậu cần': the parent unit is no office (1013)
        if not mine or mine[-1].label != "PER" or not under or any(m.label != "POSITION" for m in under):
            continue
        if any(m.label not in ("RANK", "PER") for m in mine) or len(mine) > 2:
            continue
        string = strings[(here.field, here.caption_idx)]
        if here.field == "text" and below.field == "text" and "\n" not in string[here.end:below.start]:
            continue  # two sentences of one paragraph: no signature over an office
        if _only(string_below, below.start, below.end, under[0], line_end) and _chained(string_below, under) and (
                mine[0].start - here.start <= 20 and not string[mine[-1].end:here.end].strip(" .")):
            found[" ".join(mine[-1].surface.split())] = under if len(under) > 1 else under[0]
    return found


def _document_signer(office: Sentence, below: Sentence, under: list[Mention], strings: dict) -> dict[str, PositionHeld]:
    """{name: office as printed} when the caption ``office`` is only an office in capitals and the caption under it
    only a person's name; else {}."""
    text = strings[(office.field, office.caption_idx)][office.start:office.end].strip()
    ranked = len(under) == 2 and under[0].label == "RANK"  # an officer signs with his rank ('Đại tá X'; set 9: 068)
    if not text.isupper() or not lexicon().position.fullmatch(text.capitalize()) or len(under) != 1 + ranked \
            or under[-1].label != "PER" or not _only(strings[(below.field, below.caption_idx)], below.start, below.end,
                                                       under[0], under[-1]):
        return {}
    return {" ".join(under[-1].surface.split()): PositionHeld(text, normalize("POSITION", text, {}), None)}
