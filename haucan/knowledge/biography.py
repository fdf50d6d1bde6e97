"""Offices a sentence states about the person named before it, with no name of its own: a biography's cue ('Ông
từng là A; B', 'Trước đó, ông là A', 'ông từng giữ các chức vụ: A, B', 'đã kinh qua các chức vụ: …'), an obituary's
header going on after the birth and home clauses ('…; nguyên A; nguyên B') and the dated lines of a career list ('-
1968 - 1975: Phó Chủ nhiệm Hậu cần, Chủ nhiệm Hậu cần Sư đoàn 341.'). haucan/knowledge/people.py gives them to the
antecedent (the last person the text named)."""

from __future__ import annotations

import re

from haucan.knowledge.groups import _CHAIN_SEP, MAX_CHAIN
from haucan.records import Mention

# 'Ông từng là A; B', 'Trước đó, ông là A', 'ông từng giữ các chức vụ: A, B': offices stated in a sentence of
# their own about the person named before (national dailies' biography paragraphs; issue 14, round 6).
# 'Thiếu tướng X sinh năm 1969; quê Nam Định; từng là A, B' and 'ông từng giữ nhiều chức vụ … như A, B': 'từng'
# needs no pronoun (its subject is the person named before it in the sentence; round 7, dev 317, 319, 429); nor does
# ', giữ chức' ('Thiếu tướng X 60 tuổi, giữ chức Cục trưởng Cục Vận tải từ tháng 6/2019', dev 500). 'đã kinh qua các
# chức vụ: A; B' says the same (national dailies' biographies; session 9). 'X chủ trì cuộc diễn tập trên cương vị A, B'
# ('với tư cách là A'): the offices X acts in at the event, after his own chain ended (session 10, set 3: 738).
# A career list after a verb of passing through posts ('từng trải qua nhiều vị trí công tác: A; B', 'đã giữ các chức
# vụ: A; B', 'đã trải qua nhiều cương vị công tác: …', 'lần lượt được giao giữ các chức vụ A; B'): the same list
# under other verbs; 'các'/'nhiều' and the post noun are required, as 'trải qua' alone goes on with anything
# (session 13, set 14: 466).
_PRONOUN_CUE = re.compile(r",\sgiữ\schức(?:\svụ)?\s|(?<!\w)(?:(?:[Ôô]ng|[Bb]à)\s)?(?P<former>(?:từng|đã\skinh\squa|kinh\squa)\s(?:là|(?:giữ\s)?(?:(?:các|nhiều)\s)?chức(?:\svụ|\sdanh)?"
                          r"(?:\s[^\W\d_]+(?:\s[^\W\d_]+){0,6}?\snhư)?:?))\s"
                          r"|(?<!\w)(?:[Ôô]ng|[Bb]à)\s(?:(?P<former2>nguyên\slà)|là|hiện\slà|giữ\schức(?:\svụ)?)\s"
                          r"|(?<!\w)(?P<former4>(?:(?:từng|đã|lần\slượt)\s){1,2}(?:được\s(?:giao\s)?)?(?:trải\squa|kinh\squa|giữ|đảm\s(?:nhiệm|nhận))"
                          r"\s(?:các|nhiều)\s(?:chức\svụ|chức\sdanh|cương\svị|vị\strí)(?:\s(?:công\stác|lãnh\sđạo|chỉ\shuy|khác\snhau|quan\strọng))*"
                          r"(?:\snhư)?:?)\s"
                          r"|;\s(?P<former3>nguyên)\s"
                          r"|(?<!\w)(?:trên|với)\s(?:cương\svị|tư\scách)(?:\slà)?\s")
# An obituary's header: 'Đồng chí Đại tá X, sinh năm 1941; quê quán: …; nguyên A; nguyên B' (session 9, set 4: 817):
# 'nguyên' after a semicolon goes on with the person's offices once the birth and home clauses have cut the chain.
# A dated line of a career list ('- 1968 - 1975: Phó Chủ nhiệm Hậu cần, Chủ nhiệm Hậu cần Sư đoàn 341.', 'Tháng
# 6/2002: …', '2020 - nay: …'), which obituaries and biographies write under 'Quá trình công tác:': its offices are
# the person's the text named before (session 9, set 4: 817, 847).
_YEAR = r"(?:(?i:tháng|năm)\s)?(?:\d{1,2}/)?(?:19|20)\d\d"
_CAREER_LINE = re.compile(rf"\s*(?:[-–•+*]\s?)?(?i:từ\s)?{_YEAR}(?:\s?(?:[-–]|(?i:đến))\s?(?:{_YEAR}|(?P<now>(?i:nay))))?\s?:\s")
_EARLIER = re.compile(r"(?i:trước đó|trước khi)")
_BIO_SEP = re.compile(r"\s?;\s?")


def pronoun_offices(outer: list[Mention], string: str, sentence_start: int, sentence_end: int,
                    consumed: set[str]) -> tuple[int, list[tuple[Mention, bool]]] | None:
    """(where the cue opens, the offices after it) for 'ông/bà là|từng là|giữ chức …' in the sentence, or None.
    The chain after the cue goes on through commas, dashes and semicolons; the offices are former after 'từng'
    or 'nguyên là', or when the sentence says 'trước đó'/'trước khi'."""
    cue = _CAREER_LINE.match(string, sentence_start, sentence_end)
    if cue is not None:
        former = not cue.group("now")  # a dated line of a career list: past unless its period runs 'đến nay'
    else:
        cue = _PRONOUN_CUE.search(string, sentence_start, sentence_end)
        if cue is None:
            return None
        former = bool(cue.group("former") or cue.group("former2") or cue.group("former3") or cue.group("former4")) or bool(
            _EARLIER.search(string, sentence_start, sentence_end))
    offices, end = [], cue.end()
    for mention in outer:
        if mention.start < end:
            continue
        between = string[end:mention.start]
        if (mention.label != "POSITION" or mention.mention_id in consumed or len(offices) >= MAX_CHAIN
                or not (between == "" if not offices else _CHAIN_SEP.fullmatch(between) or _BIO_SEP.fullmatch(between))):
            break
        offices.append((mention, former))
        end = mention.end
    consumed.update(m.mention_id for m, _ in offices)
    return (cue.start(), offices) if offices else None
