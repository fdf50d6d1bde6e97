"""Chairs a sentence names without a person mention right before 'chủ trì', each weaker than a named chair:

* the leader of a working session, 'X, … có buổi làm việc với …' / 'X … đến thăm và làm việc …' (a lower rank than
  'chủ trì', 'làm trưởng đoàn' or 'dẫn đầu', so only when no one is said to chair or lead);
* a chair named by office only, 'Đồng chí Phó Tư lệnh, Tham mưu trưởng Quân chủng chủ trì hội nghị', with the name
  given paragraphs later: the one person the article gives every office of that chain;
* the chair the headline names, 'Đại tá X chủ trì sơ kết …', when the text and captions name none;
* the head of the delegation for a further event the delegation carries out ('Cùng ngày, đoàn đến thăm, kiểm tra …');
* the steering committee's head for an exercise or a competition no one is said to chair, wherever the article
  names him with that office ('…, Trưởng Ban chỉ đạo diễn tập chủ trì hội nghị' reviewing the exercise).

The cue words are data (`chairs` in haucan/rules/knowledge/events.yml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from haucan import regex_prefilter
from haucan.knowledge.event_cues import CHAIR, CO_CHAIR, COUNCIL_CHAIR, LEAD, cue_rules, named_before
from haucan.knowledge.people import events_document
from haucan.records import Mention, Observation

VISIT_LEAD = COUNCIL_CHAIR  # as weak as a council's chair: kept only when no one chairs, co-chairs or leads
_DASH = re.compile(r"\s*[-–—]\s*")


@dataclass(frozen=True)
class FallbackRules:
    visit_lead: re.Pattern[str]
    office_subject: re.Pattern[str]
    office_split: re.Pattern[str]
    max_headline_gap: int


@cache
def fallback_rules() -> FallbackRules:
    chairs = events_document()["chairs"]
    return FallbackRules(re.compile(chairs["visit_lead"]), re.compile(chairs["office_subject"]),
                         re.compile(chairs["office_split"]), int(chairs["max_headline_gap"]))


def visit_leads(text: str, sentence: tuple[int, int], people: Sequence[Mention]) -> list[tuple[Mention, int]]:
    """The person named right before 'có buổi làm việc' / 'đến thăm và làm việc' in the sentence, at VISIT_LEAD."""
    found = []
    for cue in regex_prefilter.finditer(fallback_rules().visit_lead, text, *sentence):
        index = named_before(text, cue.start(), people, sentence[0])
        if index is not None:
            found.append((people[index], VISIT_LEAD))
    return found


def _plain(office: str) -> str:
    """An office compared without case or dash spacing ('Hậu cần - Kỹ thuật' = 'hậu cần-kỹ thuật')."""
    return " ".join(_DASH.sub("-", office).casefold().split())


def _fits(office: str, title: str) -> bool:
    """The office as the chairing sentence writes it is the title as observed, or one of them shortens the other
    ('Phó Tư lệnh' for 'Phó Tư lệnh Quân chủng'): whole words only, so 'Chủ tịch' never fits 'Phó Chủ tịch'."""
    return office == title or office.startswith(title + " ") or title.startswith(office + " ")


def office_chair(text: str, sentence: tuple[int, int], observations: Sequence[Observation]) -> tuple[str, int] | None:
    """(person id, rank) of the chair the sentence names by office only: the words between its start (after
    'Đồng chí') and the cue, split into offices, each held by the same person and no one else. A party office of
    the chain is held as a party role ('Đồng chí Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì hội nghị' after
    'Vòng Thị Ngọc, Phó Bí thư Đảng ủy, Chủ tịch UBND phường', set 18: 1135)."""
    rules = fallback_rules()
    for cue in regex_prefilter.finditer(cue_rules().chair_before, text, *sentence):
        subject = rules.office_subject.match(text[sentence[0]:cue.start()])
        if not subject:
            continue
        offices = [_plain(o) for o in rules.office_split.split(subject.group("office")) if o.strip()]
        holders = {o.person_id for o in observations
                   if offices and all(any(_fits(office, _plain(title)) for title in (
                       *(p.title for p in o.positions), *o.party_roles)) for office in offices)}
        if len(holders) == 1:
            return holders.pop(), CO_CHAIR if cue.group("co") else LEAD if cue.group("lead") else CHAIR
    return None


@cache
def delegation_acts() -> re.Pattern[str]:
    """A further event's sentence whose subject is the delegation already named ('Cùng ngày, đoàn đến thăm, kiểm
    tra …'): its head, named anywhere before, leads it (`delegation_acts` in events.yml)."""
    return re.compile(events_document()["chairs"]["delegation_acts"])


@cache
def another_delegation() -> re.Pattern[str]:
    """A sentence opening on another of several delegations with its own head ('Đoàn thứ hai do X làm trưởng đoàn,
    đến thăm …'): a further visit of its own (`another_delegation` under `further_events` in events.yml)."""
    return re.compile(events_document()["further_events"]["another_delegation"])


@cache
def no_lead_types() -> frozenset[str]:
    """Event types whose chair is only one who 'chủ trì' (or co-chairs): at a funeral a delegation's head is a
    mourner (`no_lead_types` in events.yml)."""
    return frozenset(events_document()["chairs"]["no_lead_types"])


def headline_chair(title: str | None, observations: Sequence[Observation]) -> str | None:
    """The person id of an observed person the headline names right before a chair cue ('Đại tá X chủ trì …')."""
    rules, cues = fallback_rules(), cue_rules()
    for observation in observations:
        at = (title or "").find(observation.name)
        if at < 0:
            continue
        after = at + len(observation.name)
        cue = cues.chair_before.search(title, after)
        if cue and cue.start() - after <= rules.max_headline_gap and not cues.gap_stop.search(title, after, cue.start()):
            return observation.person_id
    return None


@cache
def _steering_heads() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile(pattern) for kind, pattern in events_document()["chairs"]["steering_heads"].items()}


def steering_head(event_type: str, observations: Sequence[Observation]) -> str | None:
    """The person id of the one person the article names as head of the steering committee of an event of this
    type (`steering_heads` in events.yml: 'Trưởng ban Chỉ đạo diễn tập huyện' for an exercise; never a deputy), or
    None: the session-9 convention makes him its chair when no one is said to chair it."""
    pattern = _steering_heads().get(event_type)
    heads = {o.person_id for o in observations if pattern and any(pattern.match(p.title) for p in o.positions)}
    return heads.pop() if len(heads) == 1 else None
