"""Events: the events an article reports (conferences, ceremonies, congresses, visits, inspections,
competitions …), each read from the sentence that reports it: type, name as written, date, place, organiser,
chairs, periods.

A sentence reports an event when it holds a type's words and a report cue ('tổ chức', 'chủ trì', 'làm trưởng
đoàn' …) or opens with a date; the first such sentence is the article's main event, and a later one of another
type, or with another name, is a further event. Everything else the text says (a person 'chủ trì' further down)
belongs to the latest event reported before it. Counted gifts handed over on a trip ('Dịp này, đoàn trao 40 suất
quà', or after any other event) are an event on that event's day with no chair; an exercise or a contest no one chairs is chaired by its
steering committee's head; an event reported only by its closing ('tổ chức bế mạc Hội thao', its span of days
told after) is dated by the closing's day (session-12 convention), one reported from its start by its first day.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from haucan.build_day import implausible_date_reason
from haucan.knowledge import EXTRACTOR
from haucan.knowledge.event_chair_fallbacks import (
    another_delegation,
    delegation_acts,
    headline_chair,
    no_lead_types,
    office_chair,
    steering_head,
    visit_leads,
)
from haucan.knowledge.event_cues import (
    CHAIR,
    CO_CHAIR,
    LEAD,
    Reference,
    chairs,
    cue_rules,
    paragraphs,
    publication_month,
    sentences,
)
from haucan.knowledge.event_dates import event_date, later_date
from haucan.knowledge.event_gifts import gifts_before
from haucan.knowledge.event_organizer import organizer
from haucan.knowledge.event_periods import period_after, years_of_implementation
from haucan.knowledge.event_periods import (
    period_bounds as period_bounds,  # re-exported: facts.py reads it here
)
from haucan.knowledge.event_reports import Report, distinct
from haucan.knowledge.event_reports import event_rules as event_rules  # re-exported: tests read it here
from haucan.knowledge.event_reports import name as event_name
from haucan.knowledge.event_reports import reports as find_reports
from haucan.knowledge.event_spans import dated_again, first_days, last_day, retold
from haucan.records import Article, Event, Mention, Observation, Participant
from schema.vocab import load_vocab


def event_type_table() -> list[dict]:
    """(event_type, family, gloss) rows for the card."""
    return [{"event_type": t["event_type"], "family": t["family"], "gloss": t["gloss"]} for t in load_vocab("event_types")]


def event_family(event_type: str) -> str:
    """The coarse kind of an event type ('so_ket' -> 'hoi_nghi', 'bao_ve_luan_an' -> 'other')."""
    return next(t["family"] for t in load_vocab("event_types") if t["event_type"] == event_type)


GENERIC_TYPE = "hoi_nghi"
# A closing clause opening a sentence, before the date it gives ('Kết thúc đợt kiểm tra, chiều 1/11, …'); any other
# clause is no closing ('Từ đó, ngày 11/7 trở thành Ngày truyền thống …' tells history, dev 672).
_OPENING_CLAUSE = re.compile(r"(?i:(?:sau khi |trước khi )?(?:kết thúc|bế mạc|tổng kết|kết luận))[^,.;:\n]{0,60}, ")
_GIFT_TYPES = frozenset({"le_trao_tang"})
_NUMBER_YEAR = re.compile(r"^\d+/((?:19|20)\d\d)/")  # '203/2025/TT-BQP': the year the document was issued


def event_id_for(article_id: str, index: int = 0) -> str:
    """The id of the article's ``index``-th event: 'article_id:event', then 'article_id:event-2', …"""
    return f"{article_id}:event" if index == 0 else f"{article_id}:event-{index + 1}"


def extract_events(article: Article, mentions: Sequence[Mention], orgs: dict[str, str],
                   observations: Sequence[Observation]) -> tuple[Event, ...]:
    """The events the article reports, main event first (see the module docstring); () when it reports none."""
    text, meta = article.text, article.metadata
    reference = (Reference(meta.published_date.year, meta.published_date.month, meta.published_date.day)
                 if meta.published_date else
                 publication_month([b.text for b in article.blocks if b.kind == "publication_stamp"]))
    in_text = sorted((m for m in mentions if m.field == "text"), key=lambda m: m.start)
    cited = {m.mention_id for m in in_text if m.label == "DOC_REF"}
    # A cited document's span and its issue date ('Nghị quyết số 1657-NQ/QUTW ngày 20/12/2022') never date an event.
    documents = [(m.start, m.end) for m in in_text if m.label == "DOC_REF" or m.parent_mention_id in cited]
    found_reports = find_reports(article, reference, documents)
    reports = gifts_before(found_reports, distinct(found_reports, text))
    if not reports:
        return ()
    issued = {m.normalized for m in in_text if m.parent_mention_id in cited and m.label == "DATE"}
    # A number with its year ('Thông tư số 203/2025/TT-BQP') was issued that year: a bound as an issue date is.
    issued |= {f"{year.group(1)}-01-01" for m in in_text if m.label == "DOC_REF" and m.normalized
               and (year := _NUMBER_YEAR.search(m.normalized))}
    person_of = {o.name: o.person_id for o in observations}
    people = [m for m in in_text if m.label == "PER" and m.surface in person_of]
    # Chairs: every cued sentence of the text, then of the captions, goes to the latest event reported before it.
    # Each sentence looks only at its own names and finds its event by bisection (no scan per sentence).
    # An award given on the occasion owns no sentence: its giver is not a chair, nor is anyone named after it.
    chaired: list[list[tuple[str, int]]] = [[] for _ in reports]
    leads: list[str] = []  # who leads anywhere in the text ('do X làm trưởng đoàn', 'X, …, Trưởng đoàn công tác')
    owners = [i for i, r in enumerate(reports) if not r.rule.same_day and not r.occasion]
    starts, report_starts = [m.start for m in people], [reports[i].sentence[0] for i in owners]
    for paragraph in paragraphs(text):
        for a, b in sentences(text[paragraph[0]:paragraph[1]]):
            sentence = (paragraph[0] + a, paragraph[0] + b)
            owner = owners[max(bisect_right(report_starts, sentence[0]) - 1, 0)]
            named = people[bisect_left(starts, sentence[0]):bisect_left(starts, sentence[1])]
            found = chairs(text, sentence, named) or visit_leads(text, sentence, named)
            chaired[owner] += [(person_of[m.surface], rank) for m, rank in found]
            leads += [person_of[m.surface] for m, rank in found if rank == LEAD]
            if not found and (by_office := office_chair(text, sentence, observations)):
                chaired[owner].append(by_office)
    for index, caption in enumerate(meta.captions):
        in_caption = sorted((m for m in mentions if m.field == "caption" and m.caption_idx == index and m.label == "PER"
                             and m.surface in person_of), key=lambda m: m.start)
        chaired[0] += [(person_of[m.surface], co) for m, co in chairs(caption, (0, len(caption)), in_caption)]
    if not chaired[0] and (in_headline := headline_chair(meta.title, observations)):
        chaired[0].append((in_headline, CHAIR))
    for index, report in enumerate(reports[1:], 1):
        # 'Cùng ngày, đoàn đến thăm, kiểm tra …': the delegation named earlier acts again, led by its head.
        # Gifts handed over on the trip's occasion have no chair (session-10 convention); houses it hands over are
        # a handover its head leads (dev 062).
        if not chaired[index] and leads and (not report.occasion or report.rule.event_type not in _GIFT_TYPES) and delegation_acts().search(
                text, report.sentence[0], report.end):
            chaired[index].append((leads[0], LEAD))
    for index, report in enumerate(reports):  # an exercise no one chairs: its steering committee's head
        # He directs it over the head of a delegation that inspects or grades it ('Trưởng ban Chỉ đạo diễn tập chỉ
        # đạo cuộc diễn tập; Trung tá X … làm Trưởng đoàn kiểm tra, đánh giá', set 12: 898).
        if all(rank > CO_CHAIR for _, rank in chaired[index]) and (
                head := steering_head(report.rule.event_type, observations)):
            chaired[index] = [(head, LEAD)]
    # A main event no one is said to chair takes no chair of a later event ('Đại tá X … chủ trì hội nghị' of 24/1 in
    # a round-up opened by a contest of 20/1).
    elsewhere = frozenset(pid for found in chaired[1:] for pid, _ in found)
    events: list[Event] = []
    for index, report in enumerate(reports):
        events.append(_event(article, index, report, in_text, _Dating(reference, documents, issued, meta.title or ""), orgs,
                             observations, chaired[index], _host(events, report), elsewhere))
    # A round-up lead's summary of an event told again on its own day is that day's report; an inspection told
    # later to have run 'từ ngày 14 đến 16/10' is dated by its first day.
    # Told again on a day its sentence opens with; never for 'Vừa qua, … tổ chức …', which leaves the day unsaid.
    if not event_rules().undated.search(text, *reports[0].sentence):
        events = dated_again(events, found_reports, reports, lambda r: event_date(
            text, r.sentence, r.paragraph, reference, documents, sorted(issued), meta.title or "")
            if cue_rules().date.match(text, r.sentence[0]) else None)
    return first_days(text, retold(text, events, lambda i: event_id_for(article.article_id, i)))


def _host(events: Sequence[Event], report: Report) -> Event | None:
    """The event on whose occasion a further report's words ('Dịp này, …', 'Chiều cùng ngày, …') tell it: the latest
    one reported before it (in a round-up, the visit of 22/1, not the contest of 20/1 the page opens with)."""
    before = [e for e in events if e.evidence_start <= report.sentence[0]]
    return max(before, key=lambda e: e.evidence_start) if before else (events[0] if events else None)


def _day_told(text: str, start: int, end: int, dating: _Dating):
    """The day the text has moved on to between an event's report and a report on its occasion: the last sentence
    in between that opens with a date ('Chiều 22/4, Ban Tổ chức đã tổng kết, trao giải hội thi' after a contest
    'Từ ngày 20-22/4': gifts handed over 'Dịp này' are on the 22nd), None when none does."""
    told = None
    for paragraph in paragraphs(text):
        if paragraph[1] <= start or paragraph[0] >= end:
            continue
        for a, b in sentences(text[paragraph[0]:paragraph[1]]):
            sentence = (paragraph[0] + a, paragraph[0] + b)
            # The date opens the sentence, or follows its closing clause ('Kết thúc đợt kiểm tra, chiều 1/11, …').
            opening = _OPENING_CLAUSE.match(text, sentence[0], sentence[1])
            if start <= sentence[0] and sentence[1] <= end and (cue_rules().date.match(text, sentence[0]) or (
                    opening and cue_rules().date.match(text, opening.end()))):
                told = event_date(text, sentence, paragraph, dating.reference, dating.skip, sorted(dating.issued),
                                  dating.headline) or told
    return told


@dataclass(frozen=True)
class _Dating:
    """What dates an event: the page's publication (or month), the cited documents' spans and issue dates, and the
    headline (its years date a day-month when the event's paragraph writes none)."""

    reference: Reference | None
    skip: Sequence[tuple[int, int]]
    issued: frozenset[str] | set[str]
    headline: str = ""


def _opening_date(text: str, dating: _Dating):
    """The main event's day when the sentence reporting it has none: the article's first sentence's, else the
    second paragraph's first (a sapo without a date), read by the same rules (so never a cited document's issue
    date, nor 'Từ ngày 1/3/2023 đến nay')."""
    for paragraph in paragraphs(text)[:2]:
        first = sentences(text[paragraph[0]:paragraph[1]])[0]
        found = event_date(text, (paragraph[0] + first[0], paragraph[0] + first[1]), paragraph, dating.reference,
                           dating.skip, sorted(dating.issued), dating.headline)
        if found:
            return found
    return None


def _headline_date(dating: _Dating):
    """The main event's day as the headline writes it ('Ngày 18/6: Bộ CHQS tỉnh tổng kết …', 'Sáng nay (18/6), …')
    when the text gives it none, even after 'vừa' (the headline names the event the article reports)."""
    title = dating.headline
    return event_date(title, (0, len(title)), (0, len(title)), dating.reference, (), sorted(dating.issued), title)


def _event(article: Article, index: int, report: Report, in_text: Sequence[Mention], dating: _Dating,
           orgs: dict[str, str], observations: Sequence[Observation], chaired: list[tuple[str, int]],
           host: Event | None, elsewhere: frozenset[str] = frozenset()) -> Event:
    text, meta, rules = article.text, article.metadata, event_rules()
    issued = sorted(dating.issued)
    found = event_date(text, report.sentence, report.paragraph, dating.reference, dating.skip, issued, dating.headline)
    for earlier in reversed(sentences(text[report.paragraph[0]:report.sentence[0]]) if found is None else ()):
        found = event_date(text, (report.paragraph[0] + earlier[0], report.paragraph[0] + earlier[1]),
                           report.paragraph, dating.reference, dating.skip, issued, dating.headline)
        if found:
            break
    # The visiting delegation acting again with no day of its own ('Đoàn đã kiểm tra thực tế kho …') does so on
    # the visit's day, as do the other delegations sent with it ('Đoàn thứ hai do X làm trưởng đoàn, …').
    on_main_day = host is not None and (report.rule.same_day or report.occasion
                                        or rules.main_day.search(text, *report.sentence)
                                        or rules.at_occasion.match(text, report.sentence[0]) is not None
                                        or delegation_acts().match(text, report.sentence[0]) is not None
                                        or another_delegation().match(text, report.sentence[0]) is not None)
    found = found or (None if on_main_day else later_date(text, report.start, report.paragraph, dating.reference,
                                                          dating.skip, issued, dating.headline))
    if found is not None:
        day, basis = found.day, found.basis
    elif on_main_day and host.evidence_start > report.sentence[0] and (
            opening := _opening_date(text, dating)) is not None:  # gifts told before the first typed event
        day, basis = opening.day, opening.basis
    elif on_main_day:  # 'Dịp này, …', 'Chiều cùng ngày, …': on the day of the event it follows
        told = _day_told(text, host.evidence_end, report.sentence[0], dating)
        # A day before the host's is a look back ('Từ ngày 1/7/2025, khi các Ban Chỉ huy … đi vào hoạt động, …' in
        # a review conference of 25/9, set 9: 079), not the day the text has moved on to.
        if told and host.event_date and told.day < host.event_date:
            told = None
        # Gifts after an event over several days, with no later day told: its last day ('Trong 2 ngày 16 và 17/4').
        # The conclusion may open the gifts' own sentence as the segmenter cuts it ('Kết quả, … đạt giải Ba. Dịp
        # này, …' read as one, set 16: 1030), so it is looked for up to the gift's verb.
        last = None if told or report.rule.event_type not in _GIFT_TYPES else last_day(
            text, host.evidence_start, host.evidence_end, host.event_date, report.start)
        day, basis = (told.day, told.basis) if told else (last or host.event_date, host.event_date_basis)
    elif index == 0 and not rules.undated.search(text, *report.sentence) and (
            opening := _opening_date(text, dating)) is not None:  # never for 'Vừa qua, … tổ chức …'
        day, basis = opening.day, opening.basis
    elif index == 0 and (titled := _headline_date(dating)) is not None:  # 'Ngày 18/6: Bộ CHQS tỉnh tổng kết …'
        day, basis = titled.day, titled.basis
    else:
        day, basis = None, None
    if day is not None and implausible_date_reason(day, "the event's date") is not None:
        # A year read from context can be a page's error (a stamp in 2099, a code like 'y2099'): never published.
        day, basis = None, None
    name = event_name(text, report)
    year = (day or meta.published_date).year if (day or meta.published_date) else None
    reviewed = planned = (None, None, None)
    if report.rule.event_type != GENERIC_TYPE:
        clause = text[report.start:report.sentence[1]]
        sentence_mentions = [m for m in in_text if report.sentence[0] <= m.start and m.end <= report.sentence[1]]
        temporal = [m for m in sentence_mentions if m.label in ("PERIOD", "DATE") and m.parent_mention_id is None]
        reviewed = years_of_implementation(clause, report.start, sentence_mentions, day) or period_after(
            rules.reviewed_after, clause, report.start, temporal, year)
        planned = period_after(rules.planned_after, clause, report.start, temporal, year)
    place = re.compile(r"\btại ").search(text, *report.sentence)
    location = next((m.surface for m in in_text if m.label == "LOC" and place and m.start == place.end()), None)
    # A council's chair or a presidium counts only when no one 'chủ trì' (or co-chairs); a delegation's head only
    # when no one 'chủ trì', and beside 'Đồng chủ trì … có Y' the head is the other co-chair (named first).
    if chaired and min(rank for _, rank in chaired) == CO_CHAIR:
        chaired = [(pid, CO_CHAIR if rank == LEAD else rank) for pid, rank in chaired]
    if report.rule.event_type in no_lead_types():
        chaired = [(pid, rank) for pid, rank in chaired if rank <= CO_CHAIR]
    ranks = [rank for _, rank in chaired]
    kept = max(min(ranks), CO_CHAIR) if ranks else CO_CHAIR
    chairs_in_order = list(dict.fromkeys(pid for pid, rank in sorted(chaired, key=lambda c: c[1]) if rank <= kept))
    roles = {o.person_id: o.event_role for o in observations if o.event_role} if index == 0 else {}
    roles.update({pid: "chairs" for pid in chairs_in_order})
    if index == 0 and not chairs_in_order and not report.rule.same_day and not report.occasion:
        chairs_in_order = [o.person_id for o in observations
                           if o.event_role == "chairs" and o.person_id not in elsewhere][:1]
    return Event(
        event_id=event_id_for(article.article_id, index), article_id=article.article_id,
        event_type=report.rule.event_type, name=name, event_date=day, event_date_precision="day" if day else None,
        event_date_basis=basis, location=location,
        organizer_org_id=organizer(text, report.sentence, in_text, orgs),
        chair_person_id=chairs_in_order[0] if chairs_in_order else None,
        participants=tuple(sorted((Participant(pid, role) for pid, role in roles.items()),
                                  key=lambda p: (p.person_id, p.role))),
        period_reviewed=reviewed[0], period_reviewed_start=reviewed[1], period_reviewed_end=reviewed[2],
        period_planned=planned[0], period_planned_start=planned[1], period_planned_end=planned[2],
        evidence_start=report.sentence[0], evidence_end=report.sentence[1], source="auto", extractor=EXTRACTOR)
