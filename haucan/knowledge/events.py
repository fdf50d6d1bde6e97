"""Events: the conference an article reports, read from its lead (type, name, organiser, place, periods)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import yaml

from haucan.knowledge import EXTRACTOR
from haucan.knowledge.people import EVENTS_RULES
from haucan.records import Article, Event, Mention, Observation, Participant
from schema.vocab import event_types, load_vocab, require_vocabulary_order


@dataclass(frozen=True)
class EventRules:
    types: tuple[tuple[str, re.Pattern[str]], ...]
    reviewed_after: re.Pattern[str]
    planned_after: re.Pattern[str]


@cache
def event_rules() -> EventRules:
    doc = yaml.safe_load(EVENTS_RULES.read_text(encoding="utf-8"))
    require_vocabulary_order(f"event types of {EVENTS_RULES.name}", (t["event_type"] for t in doc["event_types"]),
                             event_types())
    return EventRules(
        types=tuple((t["event_type"], re.compile(t["pattern"])) for t in doc["event_types"]),
        reviewed_after=re.compile(doc["reviewed_after"]),
        planned_after=re.compile(doc["planned_after"]),
    )


def event_type_table() -> list[dict]:
    """(event_type, gloss) rows for the card."""
    return [{"event_type": t["event_type"], "gloss": t["gloss"]} for t in load_vocab("event_types")]


GENERIC_TYPE = "hoi_nghi"
_YEARS_OF = re.compile(r"(?i:tổng kết|sơ kết) (?P<years>\d+) năm thực hiện ")


def _years_of_implementation(clause: str, offset: int, mentions: Sequence[Mention], article: Article):
    """'tổng kết 10 năm thực hiện Nghị quyết 623-NQ/QUTW ngày 29/10/2012': the period runs from the
    document's issue date to the event."""
    match = _YEARS_OF.search(clause)
    if not match:
        return None
    document = next((m for m in mentions if m.label == "DOC_REF" and m.start == offset + match.end()), None)
    if document is None:
        return None
    issued = next((m.normalized for m in mentions if m.parent_mention_id == document.mention_id and m.label == "DATE"
                   and m.normalized and len(m.normalized) == 10), None)
    as_written = clause[match.start("years"):document.end - offset]
    start, end = (dt.date.fromisoformat(issued) if issued else None), article.metadata.event_date
    if start and end and start > end:  # the text contradicts itself: keep what it says, derive no bounds
        return as_written, None, None
    return as_written, start, end


def event_id_for(article_id: str) -> str:
    return f"{article_id}:event"


_NAME_END = re.compile(r"[.;]| nhằm | với | tại |, (?=[A-ZĐ])")


def period_bounds(normalized: str | None, label: str, year: int | None) -> tuple[dt.date | None, dt.date | None]:
    """Start and end dates of a PERIOD ('2023-01/2023-06') or a year DATE ('2025'); a period written without
    its year ('6 tháng đầu năm') takes the event's year."""
    import calendar

    if label == "DATE" and normalized and len(normalized) == 4:
        return dt.date(int(normalized), 1, 1), dt.date(int(normalized), 12, 31)
    if label == "PERIOD" and normalized and "/" in normalized:
        first, last = normalized.split("/")
        if len(first) == 7:
            y1, m1 = map(int, first.split("-"))
            y2, m2 = map(int, last.split("-"))
            return dt.date(y1, m1, 1), dt.date(y2, m2, calendar.monthrange(y2, m2)[1])
        return dt.date(int(first), 1, 1), dt.date(int(last), 12, 31)
    return None, None


def _period_after(pattern: re.Pattern[str], name: str, name_start: int, temporal: Sequence[Mention],
                  year: int | None) -> tuple[str | None, dt.date | None, dt.date | None]:
    match = pattern.search(name)
    if not match:
        return None, None, None
    after = name_start + match.end()
    candidates = [m for m in temporal if m.start >= after]
    if not candidates:
        return None, None, None
    first = candidates[0]
    start, end = period_bounds(first.normalized, first.label, year)
    if start is None and first.label == "PERIOD" and year:
        from haucan.extract.normalize import normalize_period

        start, end = period_bounds(normalize_period(f"{first.surface} {year}"), "PERIOD", year)
    return first.surface, start, end


def extract_event(article: Article, mentions: Sequence[Mention], orgs: dict[str, str],
                  observations: Sequence[Observation]) -> Event | None:
    """The article's conference, if its lead or body names one ('Hội nghị ...'), else None."""
    lead = article.lead
    rules = event_rules()
    event_type = next((name for name, pattern in rules.types if pattern.search(lead)), None)
    if event_type is None:
        event_type = next((name for name, pattern in rules.types if pattern.search(article.text)), None)
        if event_type is None:
            return None
    lead_mentions = sorted((m for m in mentions if m.field == "text" and m.end <= len(lead)), key=lambda m: m.start)
    match = next((p.search(lead) for name, p in rules.types if name == event_type), None)
    name = None
    year = (article.metadata.event_date or article.metadata.published_date).year if (article.metadata.event_date or article.metadata.published_date) else None
    reviewed = planned = (None, None, None)
    if match and event_type != GENERIC_TYPE:  # a bare 'hội nghị' does not name the conference
        end = _NAME_END.search(lead, match.end())
        name = lead[match.start():end.start() if end else len(lead)].rstrip(" ,")
        # Periods are read in the rest of the lead's first sentence ('… nhằm đánh giá … năm 2025 và triển khai …').
        sentence_end = lead.find(". ", match.start())
        clause = lead[match.start():sentence_end if sentence_end > 0 else len(lead)]
        temporal = [m for m in lead_mentions if m.label in ("PERIOD", "DATE") and m.parent_mention_id is None]
        reviewed = _years_of_implementation(clause, match.start(), lead_mentions, article) or _period_after(
            rules.reviewed_after, clause, match.start(), temporal, year)
        planned = _period_after(rules.planned_after, clause, match.start(), temporal, year)
    # The organiser: the first organisation of the comma-joined chain right before 'tổ chức'.
    organizer = None
    verb = re.search(r"\b(?:vừa |đã )?tổ chức\b", lead)
    if verb:
        before = [m for m in lead_mentions if m.label == "ORG" and m.parent_mention_id is None and m.end <= verb.start()]
        chain = []
        for mention in reversed(before):
            gap = lead[mention.end:(chain[0].start if chain else verb.start())]
            if gap.strip() not in ("", ",", "(", ")") and not (chain and gap in (", ", " (", ") ")):
                break
            chain.insert(0, mention)
        organizer = orgs.get(chain[0].mention_id) if chain else None
    place = re.search(r"\btại ", lead)
    location = next((m.surface for m in lead_mentions if m.label == "LOC" and place and m.start == place.end()), None)
    participants = tuple(sorted((Participant(o.person_id, o.event_role) for o in observations if o.event_role),
                                key=lambda p: (p.person_id, p.role)))
    chair = next((o.person_id for o in observations if o.event_role == "chairs"), None)
    return Event(
        event_id=event_id_for(article.article_id), article_id=article.article_id, event_type=event_type, name=name,
        event_date=article.metadata.event_date, event_date_precision="day" if article.metadata.event_date else None,
        location=location, organizer_org_id=organizer, chair_person_id=chair, participants=participants,
        period_reviewed=reviewed[0], period_reviewed_start=reviewed[1], period_reviewed_end=reviewed[2],
        period_planned=planned[0], period_planned_start=planned[1], period_planned_end=planned[2],
        evidence_start=0, evidence_end=len(lead), source="auto", extractor=EXTRACTOR)
