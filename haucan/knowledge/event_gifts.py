"""Counted gifts and awards handed over beside another event (``le_trao_tang`` on an occasion): the ones a
sentence hands over after another type's words, the gifts of a page whose occasion no rule names, and whether an
award on a ceremony's occasion is that ceremony's own. Part of haucan/knowledge/event_reports.py's reading of
reports, kept apart by job; the shapes both read (TypeRule, EventRules, Report) are in
haucan/knowledge/event_rule_types.py."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from haucan.knowledge.event_rule_types import EventRules, Report, TypeRule


def gifts_after(text: str, found: tuple[TypeRule, re.Match[str]], sentence: tuple[int, int],
                paragraph: tuple[int, int], rules: EventRules, report: type[Report]) -> list[Report]:
    """Counted gifts or awards a sentence hands over after another type's words: the trip's own verb ('… đã đến thăm,
    chúc Tết và trao 200 suất quà cho …', 'đoàn đã kiểm tra …; tặng mỗi Ban CHQS phường 1 tủ lạnh …'), or an
    occasion named first that reports nothing ('Cũng tại hội nghị, … trao tặng 12 tủ thuốc …'): a second report, on
    that occasion. The caller decides which sentences: a ceremony's reporting sentence hands over its own gifts
    ('tổ chức gặp mặt … và trao 200 suất quà'). None after their own type's words ('Lễ trao tặng …')."""
    if found[0].occasion_of:
        return []
    # A trip's words may hold the gift's verb ('thăm, tặng 200 suất quà'); another type's never do: what they hand
    # over is their own ('lễ bàn giao 3 Nhà đồng đội' is the handover, set 9: 078).
    start = found[1].start() if found[0].event_type in rules.trips else found[1].end()
    for rule in rules.types:
        if rule.occasion_of and found[0].event_type in rule.occasion_of and (
                gift := rule.pattern.search(text, start, sentence[1])) and not (
                rule.unless_before and rule.unless_before.search(text[sentence[0]:gift.start()])):
            # '… sẽ phối hợp tặng 50 "Mái ấm tình thương"' (dev 832) promises gifts; none are handed over yet.
            return [report(rule, gift.start(), gift.end(), sentence, paragraph, True)]
    return []



_GIVER_WORDS = 8  # words of a second giver's name after ';' ('Kho', 'Hội Phụ nữ Cục Hậu cần - Kỹ thuật')


def second_giver(text: str, found: tuple[TypeRule, re.Match[str]], sentence: tuple[int, int],
                 paragraph: tuple[int, int], occasion: bool, report: type[Report],
                 rules: EventRules | None = None) -> list[Report]:
    """Gifts a second giver hands over in the clause after ';' of a sentence that hands over gifts ('Nhân dịp này,
    Thủ trưởng Cục … trao tặng Kho 20 bộ bàn ghế …; Kho trao tặng 15 suất quà cho …', set 14: 215): two givers in
    one sentence are two `le_trao_tang` (coordinator, set 14). The clause must open on its giver, a capitalised
    name of a few words, before the verb; '…; tặng 15 suất quà' with no giver is the first giver's still. Awards so
    given on the occasion ('Dịp này, Cục Hậu cần … trao Bằng khen cho 2 tập thể …; Bộ CHQS tỉnh tặng Giấy khen cho 8
    tập thể …', set 18: 1101, 1127) are read by the awards' own rule after the ';' (the occasion's opener is the
    first clause's)."""
    semi = text.find(";", found[1].end(), sentence[1])
    if not (found[0].occasion_of or found[0].same_day) or semi < 0:
        return []
    again = [found[0]] if found[0].occasion_of else [r for r in (rules.types if rules else ()) if r.occasion_of
                                                        and r.event_type == found[0].event_type]
    # the same kind of gifts (or any award of the type), handed over again
    gift, rule = next(((g, r) for r in again if (g := r.pattern.search(text, semi + 1, sentence[1]))), (None, None))
    giver = text[semi + 1:gift.start()].strip() if gift else ""
    if not giver or not giver[0].isupper() or len(giver.split()) > _GIVER_WORDS or "," in giver:
        return []
    return [report(rule, gift.start(), gift.end(), sentence, paragraph, occasion)]


_OPENER = re.compile(r"^[^,]*,\s*")  # the occasion's clause before the giver ('Nhân dịp này, ')
_PARTICLES = re.compile(r"(?:\s+(?:đã|cũng|còn|vừa|đồng thời))+\s*$")


def _giver(text: str, gift: Report) -> str | None:
    """The capitalised giver a gift's sentence names right before its verb, after its opening clause ('Nhân dịp này,
    Công ty TNHH … cũng trao tặng …' → 'Công ty TNHH …'); None when the subject is the delegation or unit already
    told ('đoàn đã trao', 'đơn vị đã trao tặng') or is no short name."""
    before = text[gift.sentence[0]:gift.start].strip()
    before = _PARTICLES.sub("", _OPENER.sub("", before, count=1) if "," in before else before)
    if not before or not before[0].isupper() or len(before.split()) > _GIVER_WORDS + 4 or "," in before:
        return None
    return None if _TOLD.match(before) else before


# The subject already told, written again at a sentence's start ('Đoàn cũng tặng Đồn Biên phòng … 20 triệu đồng'
# after 'Dịp này, đoàn công tác đã trao 150 suất quà …', dev 098): the same giver.
_TOLD = re.compile(r"(?i:đoàn|đơn vị|ban tổ chức|chúng tôi|các đơn vị)(?!\w)")


def another_giver(text: str, kept: Report, gift: Report, further: re.Pattern[str]) -> bool:
    """Whether ``gift``, told in a sentence of its own after the ``kept`` gifts of the same occasion, is another
    giver's: 'Tại chương trình, đơn vị đã trao tặng 180 suất quà …' then 'Nhân dịp này, Công ty TNHH Vận tải … cũng
    trao tặng cán bộ, chiến sĩ Đồn … 2 tủ bảo quản thực phẩm …' (set 18: 1121) are two `le_trao_tang`, as two givers
    in one sentence are. The sentence must open on the occasion ('Nhân dịp này', 'Cùng ngày') or say 'cũng' (also)
    before the verb, and name a capitalised giver other than the kept gifts'; a caption ('Đại tá X trao quà …') or
    the same unit telling more of its own gifts stays one event. In one sentence, the clause after ';' is
    (``second_giver`` read it so)."""
    if gift.sentence == kept.sentence:
        return ";" in text[kept.end:gift.start]
    if not kept.rule.occasion_of:  # a ceremony of the gifts' own type ('Lễ trao tặng Huân chương …') holds them
        return False
    giver = _giver(text, gift)
    opens = further.match(text, gift.sentence[0]) is not None or re.search(
        r"(?<!\w)cũng(?!\w)", text[gift.sentence[0]:gift.start]) is not None
    return bool(giver and opens and giver != _giver(text, kept))


def gifts_alone(found: Sequence[Report]) -> list[Report]:
    """The one event of a page whose only reports are told on an occasion no rule names: gifts handed over there
    ('Dịp này, Cục Quân y đã trao tặng 300 suất quà …' after a free medical examination, set 10: 675) were still
    handed over, so they are reported, dated as a main event is; an occasion's other words alone report nothing."""
    gift = next((r for r in found if r.rule.occasion_of and not r.rule.same_day), None)
    return [replace(gift, occasion=False)] if gift else []


_AWARDS = re.compile(r"Huân chương|Huy chương|danh hiệu|Cờ thi đua|Bằng khen|Giấy khen|Kỷ niệm chương|Huy hiệu", re.IGNORECASE)


def main_award(text: str, main: Report, report: Report, rules: EventRules) -> bool:
    """Whether the award ``report`` hands over is the one the main ceremony receives in its own words ('Lễ kỷ niệm
    … và đón nhận Huân chương' then 'Dịp này, X trao Huân chương …'): that ceremony's, no event of its own. Another
    award handed over on its occasion ('Dịp này, Cục … tặng Giấy khen cho 4 tập thể', set 9: 065) is one, and so is
    one a trip's own sentence hands over ('đoàn công tác đến kiểm tra …; đồng thời trao tặng Bằng khen …', set 14:
    229): an inspection or a visit receives no award, its visitors give it."""
    if main.rule.event_type in rules.trips:
        return False
    unless = next((r.unless_main for r in rules.types
                   if r.event_type == report.rule.event_type and r.unless_main), None)
    received = unless.search(text, *main.sentence) if unless else None
    given = _AWARDS.search(text, report.start, report.sentence[1])
    return bool(received and given and re.search(re.escape(given.group(0)), text[received.start():main.sentence[1]]))


def gifts_before(found: Sequence[Report], kept: list[Report]) -> list[Report]:
    """``kept`` with the counted gifts handed over on an occasion no rule names that the text tells before its first
    typed event ('… tổ chức chương trình "Tết quân dân" …. Dịp này, Bộ CHQS tỉnh trao 40 suất quà …', then '*Chiều
    24-1, … tổ chức Hội thi …', set 11: 791): still handed over (as ``gifts_alone`` says of a page with no typed
    event), an event right after the main one, on the page's opening day, no chair."""
    if not kept:
        return kept
    early = next((r for r in found if r.occasion and r.rule.occasion_of and not r.rule.same_day
                  and r.start < kept[0].sentence[0]), None)
    return [kept[0], early, *kept[1:]] if early else kept
