"""Per-article facts: observations, the event and cited documents, from the extractor or from fact gold.

Fact gold lives in ``<input>/gold/<stem>.facts.yml`` (written by hand from the text). Where it exists its
observations and event are published (``source='gold'``); the extractor's facts are still computed, to be
scored against it. Document references are always the citations found in the published mentions (gold
mentions where they exist); the fact gold's document list is used to score them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from haucan.gold import FACTS_SUFFIX, GOLD_DIR
from haucan.knowledge.chains import implied_org
from haucan.knowledge.documents import document_refs, page_document
from haucan.knowledge.events import event_id_for, extract_events, period_bounds
from haucan.knowledge.orgs import Context, OrgRegistry, resolve_orgs
from haucan.knowledge.people import observe, person_id
from haucan.records import AnnotatedArticle, Event, Observation, Participant, PositionHeld


@dataclass(frozen=True)
class GoldDocument:
    """A cited document as the fact gold lists it: which one, its date, how often the article cites it."""

    doc_id: str
    issued_on: dt.date | None
    citations: int


@dataclass(frozen=True)
class ArticleFacts:
    """The extractor's facts and, when the article has fact gold, the gold facts."""

    auto: tuple[tuple[Observation, ...], Event | None, tuple]
    gold: tuple[tuple[Observation, ...], Event | None, tuple] | None
    org_of_surface: dict[str, str]
    further_events: tuple[Event, ...] = ()
    """The extractor's events after its main one (auto[1]), when the text reports several."""


def facts_path(input_dir: Path, source_file: str) -> Path:
    """Where the fact gold of ``source_file`` lives."""
    return input_dir / GOLD_DIR / (Path(source_file).stem + FACTS_SUFFIX)


def _strings(annotated: AnnotatedArticle) -> dict:
    article = annotated.article
    return {("text", None): article.text, **{("caption", i): c for i, c in enumerate(article.metadata.captions)}}


def _gold_observations(doc: dict, annotated: AnnotatedArticle, auto: tuple[Observation, ...],
                       org_of: dict[str, str], registry: OrgRegistry, event_id: str | None) -> tuple[Observation, ...]:
    article = annotated.article
    by_name = {o.name: o for o in auto}
    observations = []
    for entry in doc.get("observations") or []:
        name = entry["name"]
        # A title that names its organisation by itself ('Thứ trưởng Quốc phòng') has it even where the gold,
        # reading the text, wrote none (the same rule as the extractor's: positions.yml `org`).
        positions = tuple(PositionHeld(p["title"], p.get("normalized_title"),
                                       org_of.get(p.get("org")) or implied_org(p.get("normalized_title")),
                                       bool(p.get("former", False)))
                          for p in entry.get("positions") or [])
        pid = person_id(name, registry.affiliation(positions))
        evidence = by_name.get(name)
        if evidence is not None:
            where = (evidence.evidence_field, evidence.evidence_caption_idx, evidence.evidence_start, evidence.evidence_end)
        else:  # the first sentence that names the person
            sentence = next(s for s in annotated.sentences if name in s.text)
            where = (sentence.field, sentence.caption_idx, sentence.start, sentence.end)
        source_of_date = (article.metadata.event_date, "event_date") if article.metadata.event_date else (
            (article.metadata.published_date, "published_date") if article.metadata.published_date else (None, None))
        role = entry.get("event_role")
        observations.append(Observation(
            obs_id=f"{article.article_id}:{pid}", person_id=pid, name=name, article_id=article.article_id,
            observed_on=source_of_date[0], observed_on_basis=source_of_date[1], rank=entry.get("rank"),
            academic_titles=tuple(entry.get("academic_titles") or ()),
            positions=positions, party_roles=tuple(entry.get("party_roles") or ()),
            event_id=event_id if role else None, event_role=role, evidence_field=where[0],
            evidence_caption_idx=where[1], evidence_start=where[2], evidence_end=where[3], source="gold", extractor=None))
    return tuple(sorted(observations, key=lambda o: o.obs_id))


def _gold_event(doc: dict, annotated: AnnotatedArticle, observations: tuple[Observation, ...],
                org_of: dict[str, str]) -> Event | None:
    entries = doc.get("events") or []
    if not entries:
        return None
    entry = entries[0]
    article = annotated.article
    year = (article.metadata.event_date or article.metadata.published_date).year if (article.metadata.event_date or article.metadata.published_date) else None
    ids = {o.name: o.person_id for o in observations}

    def bounds(as_written: str | None) -> tuple[dt.date | None, dt.date | None]:
        from haucan.extract.normalize import normalize_date, normalize_period

        if not as_written:
            return None, None
        period = normalize_period(as_written) or (normalize_period(f"{as_written} {year}") if year else None)
        if period:
            return period_bounds(period, "PERIOD", year)
        return period_bounds(normalize_date(as_written), "DATE", year)

    reviewed, planned = bounds(entry.get("period_reviewed")), bounds(entry.get("period_planned"))
    chair = ids.get(entry.get("chair")) if entry.get("chair") else None
    participants = tuple(sorted((Participant(o.person_id, o.event_role) for o in observations if o.event_role),
                                key=lambda p: (p.person_id, p.role)))
    return Event(
        event_id=event_id_for(article.article_id), article_id=article.article_id, event_type=entry["event_type"],
        name=entry.get("name"), event_date=entry.get("event_date"),
        event_date_precision="day" if entry.get("event_date") else None, location=entry.get("location"),
        organizer_org_id=org_of.get(entry.get("organizer")), chair_person_id=chair, participants=participants,
        period_reviewed=entry.get("period_reviewed"), period_reviewed_start=reviewed[0],
        period_reviewed_end=reviewed[1], period_planned=entry.get("period_planned"),
        period_planned_start=planned[0], period_planned_end=planned[1], evidence_start=0,
        evidence_end=len(article.lead), source="gold", extractor=None)


def derive_facts(annotated: AnnotatedArticle, registry: OrgRegistry, facts_file: Path | None) -> ArticleFacts:
    """The extractor's facts, the gold facts when ``facts_file`` exists, and the article's org resolution."""
    article = annotated.article
    on = article.metadata.event_date or article.metadata.published_date
    orgs = resolve_orgs(_strings(annotated), annotated.mentions, registry,
                        Context(on if isinstance(on, dt.date) else None, article.text))
    org_of_surface = {}
    for mention in annotated.mentions:
        if mention.label == "ORG":
            org_of_surface.setdefault(mention.surface, orgs[mention.mention_id])
    event_id = event_id_for(article.article_id)
    observations = observe(article, annotated.sentences, annotated.mentions, orgs, registry, event_id)
    events = extract_events(article, annotated.mentions, orgs, observations)
    event = events[0] if events else None
    if event is None:  # no event: roles have nothing to point at
        observations = tuple(dataclasses.replace(o, event_id=None, event_role=None) for o in observations)
    else:  # the event's chairs (read from the event's sentences) chair it in their observations too
        chairs = {p.person_id for p in event.participants if p.role == "chairs"}
        observations = tuple(dataclasses.replace(o, event_id=event.event_id, event_role="chairs")
                             if o.person_id in chairs else o for o in observations)
    documents = document_refs(article.article_id, annotated.mentions, page_document(
        article.metadata.title, (article.text, *article.metadata.captions)))
    auto = (observations, event, documents)
    gold = None
    if facts_file is not None and facts_file.is_file():
        doc = yaml.safe_load(facts_file.read_text(encoding="utf-8"))
        gold_observations = _gold_observations(doc, annotated, observations, org_of_surface, registry,
                                               event_id if doc.get("events") else None)
        gold_documents = tuple(GoldDocument(d["doc_id"], d.get("issued_on"), int(d.get("citations", 1)))
                               for d in doc.get("documents") or [])
        gold = (gold_observations, _gold_event(doc, annotated, gold_observations, org_of_surface), gold_documents)
    return ArticleFacts(auto, gold, org_of_surface, events[1:])
