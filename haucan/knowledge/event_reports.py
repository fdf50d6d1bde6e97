"""Which sentences of an article report an event, of which type, and which of those reports are distinct events.

A sentence reports an event when it holds a type's words and a report cue ('tổ chức', 'chủ trì', 'làm trưởng
đoàn' …) or opens with a date, or follows one of its paragraph that only sets the day ('Từ sáng 29/1, sân … đã
kín người. Hơn 850 lượt người dân được khám …'); an interviewer's question ('PV: … ?') and a sentence summing up a period's many
activities ('… đồng loạt tổ chức nhiều hoạt động tổng kết, hội thao …') report none, nor does one that only
plans the event ('UBND tỉnh sẽ tổ chức Lễ cầu siêu …') or whose only date is a cited document's. The first report
is the article's main event; a later one is a further event when it names another type on another occasion, is
a round-up's item on its own day, the main's kind again on a day of its own ('Trước đó, ngày 23-9, đoàn đã kiểm
tra …'), a named event said to have been held on days of its own, or counted gifts handed over on any occasion
(see ``distinct``). The type words are data: `event_types` in haucan/rules/knowledge/events.yml.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from haucan.knowledge.event_chair_fallbacks import another_delegation, delegation_acts
from haucan.knowledge.event_cues import Reference, cue_rules, paragraphs, sentences
from haucan.knowledge.event_dates import event_date
from haucan.knowledge.event_gifts import another_giver, gifts_after, gifts_alone, main_award, second_giver
from haucan.knowledge.event_occasions import after_closing, free_care, held_at, told_at
from haucan.knowledge.event_roundups import another_head, roundup, sapo_retold, told_undated
from haucan.knowledge.event_rule_types import EventRules, Report, TypeRule
from haucan.knowledge.people import EVENTS_RULES, events_document
from haucan.records import Article
from haucan.regex_prefilter import leftmost, prefilter
from schema.vocab import event_types, load_vocab, require_vocabulary_order


@cache
def event_rules() -> EventRules:
    doc = events_document()
    # A type may have several patterns (consecutive entries); the types themselves keep the vocabulary's order.
    require_vocabulary_order(f"event types of {EVENTS_RULES.name}",
                             dict.fromkeys(t["event_type"] for t in doc["event_types"]), event_types())
    types = tuple(TypeRule(t["event_type"], re.compile(t["pattern"]), bool(t["names"]), bool(t.get("same_day")),
                           re.compile(t["unless_main"]) if t.get("unless_main") else None,
                           re.compile(t["unless_opens"]) if t.get("unless_opens") else None,
                           # 'any': counted gifts are an event of their own on every occasion (session 12)
                           frozenset(event_types() if t.get("occasion_of") == "any" else t.get("occasion_of") or ()),
                           re.compile(t["unless_before"]) if t.get("unless_before") else None)
                  for t in doc["event_types"])
    any_type = re.compile("|".join(f"(?P<t{i}>{t.pattern.pattern})" for i, t in enumerate(types)))
    return EventRules(
        types=types, any_type=any_type, any_type_starts=prefilter(any_type),
        report=re.compile(doc["report_cues"]), name_end=re.compile(doc["name_end"]),
        reviewed_after=re.compile(doc["reviewed_after"]),
        planned_after=re.compile(doc["planned_after"]), further=re.compile(doc["further_events"]["opens"]),
        main_day=re.compile(doc["further_events"]["main_day"]), undated=re.compile(doc["date"]["undated"]),
        summary=re.compile(doc["further_events"]["summary"]), itinerary=re.compile(doc["further_events"]["itinerary"]),
        speaker=re.compile(doc["further_events"]["speaker"]), dated_name=re.compile(doc["further_events"]["dated_name"]),
        future=re.compile(doc["further_events"]["future"]),
        earlier=re.compile(doc["further_events"]["earlier"]), retrospect=re.compile(doc["further_events"]["retrospect"]),
        trips=frozenset(doc["further_events"]["trips"]), held_on=re.compile(doc["further_events"]["held_on"]),
        closes=re.compile(doc["further_events"]["closes"]),
        after_closing=re.compile(doc["further_events"]["after_closing"]),
        gifts_apart=frozenset(doc["further_events"]["trips"]) | frozenset(doc["further_events"]["gifts_apart"]),
        at_occasion=re.compile(doc["further_events"]["at_occasion"]), at_occasion_types=frozenset(
            doc["further_events"]["at_occasion_types"]),
    )


def type_in(text: str, start: int, end: int) -> tuple[TypeRule, re.Match[str]] | None:
    """The type whose words come first in text[start:end]; at one place, the earlier rule (one search of the
    alternation of every type; the wrapping group closes last, so ``lastgroup`` names the rule that matched)."""
    rules = event_rules()
    match = leftmost(rules.any_type, rules.any_type_starts, text, start, end)
    return (rules.types[int(match.lastgroup[1:])], match) if match else None


# A scene's day may open after 'Từ' ('Từ sáng sớm 29/1, sân … đã kín người.'); its event follows (dev 677).
_SCENE = re.compile(r"(?:Ngay )?[Tt]ừ (?:(?:sáng|chiều|tối|trưa)(?: sớm)? )?(?:ngày )?\d{1,2}\s*[/.-]\s*\d{1,2}")


def reports(article: Article, reference: Reference | None = None,
            skip: Sequence[tuple[int, int]] = ()) -> list[Report]:
    """Every sentence that reports an event, in text order; the first type match of the lead (or text) when none
    does ('Dự hội nghị có …'). A sentence opening with a day the page's ``reference`` gives a year ('Chiều 4/6, …
    Đoàn làm việc với …') reports its event though no year is written; a cited document's issue date (in the
    ``skip`` spans: 'Nghị quyết số 44-NQ/TW, ngày 24-11-2023, của Hội nghị Trung ương 8') does not."""
    text, rules = article.text, event_rules()
    found_reports = []
    for paragraph in paragraphs(text):
        # An interviewer's question ('PV: Vừa qua, lãnh đạo tỉnh đã đến thăm … ? ') asks; the answer reports.
        if text[paragraph[0]:paragraph[1]].rstrip().endswith("?"):
            continue
        scene = None  # the paragraph's sentence before, when it sets a day and names no event ('Từ sáng 29/1, …')
        for sentence in sentences(text[paragraph[0]:paragraph[1]]):
            sentence = (paragraph[0] + sentence[0], paragraph[0] + sentence[1])
            found, at_occasion = told_at(text, sentence, after_closing(text, sentence, type_in(text, *sentence), rules, type_in),
                                         rules, type_in)
            dated_scene, scene = scene, None if found else sentence
            if found and rules.summary.search(text, sentence[0], found[1].start()):
                continue  # 'các đơn vị đồng loạt tổ chức nhiều hoạt động tổng kết, hội thao': kinds, not an event
            # A sentence opening on another occasion ('Dịp này, đoàn đã thăm, tặng quà …') reports what it names;
            # counted gifts on that occasion are an event of their own (decided in ``distinct``).
            occasion = bool(found and found[0].unless_opens and found[0].unless_opens.match(text, sentence[0]))
            if occasion and not found[0].occasion_of:
                continue
            if found and found[0].unless_before and found[0].unless_before.search(text[sentence[0]:found[1].start()]):
                continue  # 'đơn vị được Bộ trưởng tặng Bằng khen': an award received, told in passing
            if found and rules.future.search(text, sentence[0], found[1].start()):
                continue  # 'UBND tỉnh sẽ tổ chức Lễ cầu siêu …': planned, not held
            # Counted gifts handed over report the act by their verb ('Đoàn đã trao tặng 60 suất quà Tết cho …'),
            # unless the sentence looks back over a period ('Năm 2025, Hội đã trao 500 suất quà …').
            gifts = found and found[0].occasion_of and not rules.retrospect.search(text, sentence[0], found[1].start())
            # The delegation as the sentence's subject carrying out a trip's act ('Đoàn đã kiểm tra thực tế kho …')
            # reports it; whether it is a further event is decided in ``distinct``.
            acts = found and found[0].event_type in rules.trips and delegation_acts().match(text, sentence[0])
            free = found and free_care(text, found[0], found[1].start(), found[1].end(), sentence)
            if found and (found[0].same_day or gifts or acts or free or at_occasion or rules.report.search(text, *sentence) or rules.further.match(text, sentence[0])
                          or event_date(text, sentence, paragraph, reference, skip) or (dated_scene and (cue_rules().date.match(text, dated_scene[0]) or _SCENE.match(
                              text, dated_scene[0])) and event_date(text, dated_scene, paragraph, reference, skip))):
                found_reports.append(Report(found[0], found[1].start(), found[1].end(), sentence, paragraph, occasion))
                found_reports += second_giver(text, found, sentence, paragraph, occasion, Report, rules)
                # A ceremony's own sentence hands over its own gifts; a trip's or an activity's are given apart.
                if found[0].event_type in rules.gifts_apart:
                    found_reports += gifts_after(text, found, sentence, paragraph, rules, Report)
            elif found and not found[0].occasion_of:
                # 'Cũng tại hội nghị, Ban CHPTKV … đã trao tặng 12 tủ thuốc quân y cho …' (set 9: 066): the
                # occasion's words come first and report nothing; the gifts after them are an event of their own.
                # Only words before the gifts look back ('Năm 2024, tại hội nghị, … đã trao …'); the period the
                # awards honour after them does not ('… trao Bằng khen cho 4 tập thể có thành tích … trong năm học
                # 2024 - 2025', set 13: 922).
                found_reports += [gift for gift in gifts_after(text, found, sentence, paragraph, rules, Report)
                                  if not rules.retrospect.search(text, sentence[0], gift.start)]
    if found_reports:
        return found_reports
    for limit in (len(article.lead), len(text)):
        found = type_in(text, 0, limit)
        if found:
            paragraph = next(p for p in paragraphs(text) if p[0] <= found[1].start() <= p[1])
            sentence = next(s for s in ((paragraph[0] + a, paragraph[0] + b) for a, b in
                                        sentences(text[paragraph[0]:paragraph[1]])) if s[0] <= found[1].start() <= s[1])
            if found[0].unless_before and found[0].unless_before.search(text[sentence[0]:found[1].start()]):
                return []  # 'Năm 2024, Đội … được Bộ trưởng tặng Bằng khen' on a profile page: no event at all
            return [Report(found[0], found[1].start(), found[1].end(), sentence, paragraph)]
    return []


def name(text: str, report: Report) -> str | None:
    """The event's name as written: from the type's words to the first `name_end` (None for a verb-like type)."""
    if not report.rule.names:
        return None
    end = event_rules().name_end.search(text, report.end, report.sentence[1])
    return text[report.start:end.start() if end else report.sentence[1]].rstrip(" ,.") or None


def _phrase(text: str, report: Report) -> str:
    """The words from the type's to the first `name_end`, for any type (a bare 'hội nghị' names nothing, but
    'hội nghị giao ban' and 'hội nghị học tập' are two meetings)."""
    end = event_rules().name_end.search(text, report.end, report.sentence[1])
    return text[report.start:end.start() if end else report.sentence[1]].rstrip(" ,.")


def _day(text: str, report: Report) -> tuple[str, str] | None:
    """The (day, month) of the first cued date of the report's sentence, as written."""
    found = cue_rules().date.search(text, *report.sentence)
    return (found.group("d").lstrip("0"), found.group("m").lstrip("0")) if found else None


def _family(report: Report) -> str:
    return next(t["family"] for t in load_vocab("event_types") if t["event_type"] == report.rule.event_type)


def _phrase_of(text: str):
    return lambda report: _phrase(text, report)


def _day_of(text: str):
    return lambda report: _day(text, report)


def _closed_by(text: str, main: Report, report: Report) -> bool:
    """Whether the main report's sentence closes the event ``report`` names: its type's words right after a
    closing verb ('tổ chức tổng kết, trao giải hội thi …', 'bế mạc Hội thao …')."""
    words = re.compile(re.escape(text[report.start:report.end]), re.IGNORECASE)
    return any(event_rules().closes.search(text, main.sentence[0], found.start())
               for found in words.finditer(text, *main.sentence))


def distinct(found: list[Report], text: str) -> list[Report]:
    """The main report (the first not held on another's occasion), then each later one that names an event of
    another type with a name of its own and an organiser's verb ('… tổ chức Lễ …'), or opening on another occasion
    ('Chiều cùng ngày, …', 'Trước đó, …'; `further_events` in events.yml) or on a day of its own ('Ngày 20/1, đoàn
    … đã đến thăm, tặng quà …', after an interviewee's 'Thượng tá X: '), or an award given on the occasion ('Dịp này, … trao Bằng khen'): the same event
    mentioned again is not a further event. So are a round-up's items of one type, each on its own day with its own
    organiser's verb ('Sáng thứ Hai (9/3), … tổ chức hội nghị giao ban …', 'Chiều 13/3, … tổ chức hội nghị học tập
    …'), and a named event of another kind dated in parentheses ('Cuộc diễn tập … (từ ngày 24 đến 26/10) cho thấy
    …'), or one told in passing with a span of days of its own ('…, từ ngày 8 đến 10/9, … đã huy động …
    phục vụ diễn tập'), or told with chairs and a day of its own ('…, do X và Y đồng chủ trì ngày 28/11'). A main report that spans several days ('Từ ngày 6 đến 9/1, Đoàn công
    tác … đã kiểm tra, làm việc tại …') followed by days of its own ('Chiều 6/1, … Đoàn làm việc với …', 'Ngày 7/1,
    … Đoàn kiểm tra …') is an itinerary: each day is an event, of any type, and the trip itself is none."""
    rules, dates = event_rules(), cue_rules().date
    main = next((r for r in found if not r.rule.same_day and not r.occasion), None)
    if main is None:
        return gifts_alone(found)
    # Only a trip (a verb-like type: 'đã kiểm tra, làm việc tại …') is an itinerary; a named event over several
    # days ('Từ ngày 9 đến 11/10, … tổ chức Hội thi …') is one event, its closing day ('Sáng 11/10, … bế mạc') too.
    kept, days = [main], 0
    itinerary = None if main.rule.names else rules.itinerary.match(text, main.sentence[0])
    # A round-up's lead over a span of days summing up several bodies' events of one kind, then told day by day
    # ('Từ ngày 8 đến ngày 10/4, Chi bộ Quân sự các xã … đã tổ chức đại hội', then 'Ngày 8/4, … Đại hội Chi bộ …
    # xã A', 'Ngày 9/4, Đại hội Chi bộ … xã B', set 13: 449): each day's event is one, the lead none.
    if itinerary is None and roundup(text, main, found, rules.itinerary, _phrase_of(text), _day_of(text)):
        itinerary = rules.itinerary.match(text, main.sentence[0])
    for report in found:
        if report is main or report.start < main.start:
            continue
        # Counted gifts handed over on any occasion ('Dịp này, đoàn trao 40 suất quà' after a visit or a launch;
        # session-12 convention): an event of their own on the occasion of the latest event kept before them (a
        # round-up's visit, not its first item; a trip's own sentence, 'đoàn … đã đến thăm, tặng 200 suất quà'), on
        # its day, no chair; once per occasion, none at a ceremony of their own type (that ceremony's gifts).
        host = max((k for k in kept if k.start <= report.start), key=lambda k: k.start, default=main)
        if report.rule.occasion_of and host.rule.event_type in report.rule.occasion_of:
            if main_award(text, main, report, rules):
                continue  # 'Lễ kỷ niệm … và đón nhận Huân chương', then 'X trao Huân chương …': the ceremony's own
            # Once per occasion, but a second giver's gifts are their own (``second_giver``, ``another_giver``).
            if all(k.rule.event_type != report.rule.event_type or k.start < host.start
                   or another_giver(text, k, report, rules.further) for k in kept):
                kept.append(replace(report, occasion=True))
            continue
        if report.occasion:
            continue
        # A day of its own, for an event of another family: 'Chiều 13/6, hội nghị thảo luận …' after a review
        # conference is that conference again (but each day of an itinerary is one).
        opening = report.sentence[0] + (len(m.group(0)) if (m := rules.speaker.match(text, *report.sentence)) else 0)
        own_day = dates.match(text, opening) is not None and not report.rule.same_day
        dated = own_day and (itinerary is not None or _family(report) not in {_family(k) for k in kept})
        # A round-up's item: its own day, its own organiser's verb and other words after the type's ('Sáng thứ Hai
        # (9/3), … tổ chức hội nghị giao ban …' then 'Chiều 13/3, Đảng ủy … tổ chức hội nghị học tập, quán triệt …');
        # on a day a kept report of its type already gives, it is that one told again (a round-up's lead 'Điểm tin
        # ngày 13/6: hội nghị tổng kết …' then 'Sáng 13/6, … tổ chức hội nghị tổng kết …').
        if own_day and any(told_undated(k, report, _phrase_of(text), _day_of(text))
                           or sapo_retold(text, k, report, _day_of(text)) for k in kept):
            continue
        anew = own_day and re.search(r"tổ chức\s*$", text[report.sentence[0]:report.start]) is not None and all(
            _phrase(text, k).casefold() != _phrase(text, report).casefold()
            and (k.rule.event_type != report.rule.event_type or _day(text, k) != _day(text, report)) for k in kept)
        # The same kind of event told as held earlier on a day of its own ('Trước đó, trong hai ngày 3 và 4-3, đoàn
        # đã kiểm tra tại …' after the day's inspection), or a trip's later day ('Trong 2 ngày 19 và 21-10, đoàn
        # tiếp tục kiểm tra tại …'; a conference's second day, 'Ngày 13/6, hội nghị tiếp tục …', is no trip):
        # another occasion, not the main again.
        trip_day = own_day and report.rule.event_type in rules.trips
        before = (rules.earlier.match(text, opening) is not None or trip_day) and _day(text, report) not in {
            None, *(_day(text, k) for k in kept)}
        # The visiting delegation carrying out a trip's act of another kind ('Đoàn đã kiểm tra thực tế kho …' after
        # the province's head 'đã tiếp và làm việc với đoàn kiểm tra …'): the visit and the inspection are two events
        # (session-11 convention, set 7: 188).
        # Heads of every earlier report, kept or told again: a sapo with no head keeps its body's first delegation
        # ('các đoàn công tác … đã đến thăm', then 'Ngày 24/1, đoàn … số 1 do X làm trưởng đoàn …', set 19: 1153).
        told = [*kept, *(r for r in found if r.start < report.start and not r.occasion)]
        acts = main.rule.event_type in rules.trips and report.rule.event_type in rules.trips and (
            delegation_acts().match(text, opening) is not None or another_delegation().match(text, opening) is not None
            or another_head(text, told, report, rules.further, opening))  # another delegation's own head
        # A free act told done inside a named programme's report ('Tổ quân y … đã khám, … cấp thuốc miễn phí', set
        # 19: 1173) is an activity of its own beside it, once.
        inside = free_care(text, report.rule, report.start, report.end, report.sentence) and all(
            k.rule.names for k in kept if k.rule.event_type == report.rule.event_type)
        if report.rule.event_type in {k.rule.event_type for k in kept} and not (
                itinerary and dated) and not anew and not before and not inside and not (acts and (another_delegation().match(text, opening) or another_head(text, told, report, rules.further, opening))):
            continue
        if inside:  # held on the programme's occasion: its day, no chair (as gifts handed over there)
            kept.append(replace(report, occasion=True))
            continue
        named = name(text, report)
        # A named event with its day in parentheses ('Cuộc diễn tập khu vực phòng thủ huyện … (từ ngày 24 đến
        # 26/10) cho thấy …', in an interview's answer) is reported as held, on that day.
        apposed = named and rules.dated_name.match(text, report.end, report.sentence[1]) and (
            _family(report) not in {_family(k) for k in kept})
        # A past event of another kind told in passing with its own span of days ('…, từ ngày 8 đến 10/9, cơ quan
        # hậu cần các cấp đã huy động … phục vụ diễn tập.' in the report of a conference reviewing it) was held then.
        # The span must be a date ('Trong 3 ngày, hơn 120 học viên …' dates nothing).
        span = rules.itinerary.search(text, report.sentence[0], report.start)
        passing = named and span is not None and dates.match(text, span.start()) is not None and (
            _family(report) not in {_family(k) for k in kept})
        if report.rule.same_day and main_award(text, main, report, rules):
            continue
        # A named event of another kind said to have been held on a day of its own ('Cuộc diễn tập được tổ chức
        # từ ngày 27 đến 29/9, …' in the report of the conference reviewing it).
        # Not the event the main report closes ('tổ chức tổng kết, trao giải hội thi …', then 'Hội thi được tổ
        # chức từ ngày 1 - 15/10 …': one competition).
        held = named and rules.held_on.match(text, report.end, report.sentence[1]) and (
            _family(report) not in {_family(k) for k in kept}) and not _closed_by(text, main, report)
        # An event of another kind told with its own chairs and a day of its own after its words ('Sở Y tế và Bộ
        # CHQS tỉnh đã ký kết quy chế phối hợp …, do X và Y đồng chủ trì ngày 28/11.' in an interview's answer).
        chaired = _family(report) not in {_family(k) for k in kept} and re.search(
            r"(?<!\w)chủ trì(?!\w)", text[report.end:report.sentence[1]]) is not None and _day(text, report) not in {
            None, *(_day(text, k) for k in kept)}
        if report.rule.same_day or rules.further.match(text, opening) or held_at(text, report, opening, rules) or dated or anew or before or apposed or passing or held or acts or chaired or (
                named and re.search(r"tổ chức\s*$", text[report.sentence[0]:report.start])
                and all((name(text, k) or "").casefold() != named.casefold() for k in kept)):
            kept.append(report)
            days += dated
    return kept[1:] if itinerary and days else kept
