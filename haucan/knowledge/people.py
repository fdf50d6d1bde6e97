"""Person observations: one per person per article, read off the mentions around each name.

Only people with a rank, an office, a party role or a role at the event are observed. A person group is
RANK? (academic titles)? PER, then offices joined by commas, colons or dashes, 'nguyên' or 'nay là'
('Đại tá X, Bí thư Đảng ủy, Phó cục trưởng Cục Chính trị, Tổng cục Hậu cần'), or an office before the rank
('Chủ nhiệm Tổng cục Hậu cần, Trung tướng X'); an office stated before a colon list goes to every name of the
list (haucan/knowledge/groups.py reads the groups).
The words right after the group (or right before it) give the person's role at the event. Everything one
article says about a name is merged into one observation.

Identity within the article: person_id = hash(name, affiliation), the affiliation being the top unit of the
person's offices in that article, followed through mergers to its latest successor. A title that names its
unit by its head alone ('Giám đốc Học viện') takes the one unit of that kind the article names; a name
observed with no office takes the unit most of the article's people with offices belong to (a report on one
unit names its own people without repeating their offices); with nobody's office stated, the affiliation
stays empty. Across articles these ids are keys: the main process maps them to one id per person
(haucan/knowledge/identity.py), so the same officer with and without an office, or under a unit's old and
new name, is one person, and namesakes in unrelated units stay two.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from haucan.extract.lexicon import lexicon
from haucan.knowledge import EXTRACTOR
from haucan.knowledge.biography import pronoun_offices
from haucan.knowledge.chains import chain_held, committee_body, held_office, is_bare, new_office, share_units
from haucan.knowledge.coreference import given_name_reference
from haucan.knowledge.groups import member_roles, read_group, shared_offices
from haucan.knowledge.orgs import OrgRegistry
from haucan.knowledge.party import complete_roles, is_party_role
from haucan.knowledge.party_bodies import in_sentence_commune, with_page_names
from haucan.knowledge.party_cells import cell_as_chained
from haucan.knowledge.party_chained import body_as_chained, congress_page
from haucan.knowledge.party_places import article_places, published_roles
from haucan.knowledge.party_seats import elected_seats
from haucan.knowledge.rosters import appointed_together, led_units, office_then_holder, roster_units
from haucan.knowledge.signed import signature_offices
from haucan.records import Article, Mention, Observation, PositionHeld, Sentence
from schema.vocab import event_roles, require_vocabulary_order

EVENTS_RULES = Path(__file__).resolve().parent.parent / "rules" / "knowledge" / "events.yml"


@dataclass(frozen=True)
class RoleRule:
    role: str
    after: re.Pattern[str]
    before: re.Pattern[str] | None


@cache
def events_document() -> dict:
    """rules/knowledge/events.yml, read and parsed once: the roles here, the event types (events.py), the date and
    chair cues (event_cues.py) and the chair fallbacks (event_chair_fallbacks.py) are each compiled from it."""
    return yaml.safe_load(EVENTS_RULES.read_text(encoding="utf-8"))


@cache
def role_rules() -> tuple[RoleRule, ...]:
    """Event roles, strongest first (schema/vocab/event_roles.yml), with their words from rules/knowledge/events.yml."""
    doc = events_document()
    require_vocabulary_order(f"roles of {EVENTS_RULES.name}", (r["role"] for r in doc["roles"]), event_roles())
    return tuple(RoleRule(r["role"], re.compile(r["after"]), re.compile(r["before"]) if r["before"] else None)
                 for r in doc["roles"])


def person_id(name: str, affiliation: str | None) -> str:
    """Stable id from the name and the affiliation (see the module docstring)."""
    key = f"{name.casefold()}|{affiliation or ''}"
    return "per-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


@dataclass
class _Draft:
    name: str
    rank: str | None = None
    academic_titles: list[str] = field(default_factory=list)
    positions: list[PositionHeld] = field(default_factory=list)
    party_roles: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    role: str | None = None
    evidence: tuple[str, int | None, int, int] | None = None
    evidence_weight: int = -1
    introduced: bool = False
    """Named after a word that says a person follows ('học viên', 'tân binh', 'CCB', 'bà'; persons.yml
    `person_nouns`): a person of the article even with no rank, office or role."""


def _role(string: str, group_start: int, group_end: int, sentence: Sentence) -> str | None:
    """The person's role at the event, from the cue right after the group or right before it.

    Cues are read within the person's sentence: the text before and after the group is sliced to the
    sentence, not to the whole field (slicing and searching the field for every person made an article's
    time quadratic in its length; a cue across a sentence end, such as a "?" or "!", is no longer read)."""
    after = string[group_end:sentence.end].lstrip(" ,")
    before = string[sentence.start:group_start]
    for rule in role_rules():
        if rule.after.match(after) or (rule.before and rule.before.search(before)):
            return rule.role
    return None


def _names_head_of(title: str, unit: str) -> bool:
    """'Chủ nhiệm Khoa' of 'Khoa Quân nhu': a title that ends with the unit's head noun alone."""
    head, _, rest = unit.partition(" ")
    return bool(rest) and title.casefold().endswith(" " + head.casefold())


def _with_unit(title: str, unit: str) -> str:
    """A bare title completed with its unit, the unit's head written once: 'Phó Trưởng phòng' + 'Phòng Hậu cần - Kỹ
    thuật' is 'Phó Trưởng phòng Hậu cần - Kỹ thuật', as pages write it."""
    head, _, rest = unit.partition(" ")
    return f"{title} {rest}" if rest and title.casefold().endswith(" " + head.casefold()) else f"{title} {unit}"


def _add_positions(draft: _Draft, held: list[PositionHeld]) -> None:
    """Adds offices read about a person outside their own group ('Ông từng là …'), party roles apart."""
    for position in held:
        if is_party_role(position):
            if position.title not in draft.party_roles:
                draft.party_roles.append(position.title)
        elif new_office(draft.positions, position):
            draft.positions.append(position)

def observe(article: Article, sentences: Sequence[Sentence], mentions: Sequence[Mention], orgs: dict[str, str],
            registry: OrgRegistry, event_id: str | None, source: str = "auto") -> tuple[Observation, ...]:
    """Observations of every person named in the article (text and captions)."""
    strings = {("text", None): article.text, **{("caption", i): c for i, c in enumerate(article.metadata.captions)}}
    nested: dict[str, list[Mention]] = {}
    # Each sentence's outer mentions, grouped once (filtering every mention for every sentence was quadratic).
    outer_by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.parent_mention_id is not None:
            nested.setdefault(mention.parent_mention_id, []).append(mention)
        else:
            outer_by_sentence.setdefault(mention.sent_idx, []).append(mention)
    drafts: dict[str, _Draft] = {}
    congress = congress_page(mentions, orgs, article.text)  # its bare seats are its body's (party.complete_roles)
    last_named: str | None = None  # the person an 'Ông là …' sentence of the text speaks about
    for sentence in sentences:
        string = strings[(sentence.field, sentence.caption_idx)]
        outer = sorted(outer_by_sentence.get(sentence.sent_idx, ()), key=lambda m: m.start)
        consumed: set[str] = set()
        shared = shared_offices(outer, string)
        members = member_roles(outer, string)
        above = article.metadata.captions[:sentence.caption_idx] if sentence.field == "caption" else ()
        for member, seats in elected_seats(outer, string, sentence.start, sentence.end, above).items():  # 'bầu vào BTV'
            members.setdefault(member, []).extend(seats)
        rosters, led = roster_units(outer, string), led_units(outer, string, sentence.start)
        for member, office in (appointed_together(outer, string)  # 'bổ nhiệm A, B và C làm <office>'
                               | office_then_holder(outer, string, sentence.start)).items():  # 'Trạm trưởng là <rank> X'
            if office not in shared.setdefault(member, []):
                shared[member].append(office)
        for index, mention in enumerate(outer):
            if mention.label != "PER":
                continue
            name = " ".join(mention.surface.split())  # a name the page hard-wrapped is one name
            draft = drafts.setdefault(name, _Draft(name))
            draft.introduced = draft.introduced or bool(lexicon().person_noun.search(
                string, max(sentence.start, mention.start - 48), mention.start))  # 'Anh hùng LLVT nhân dân - '
            group = read_group(outer, index, string, sentence.start, consumed, nested.keys())
            start, end, rank = group.start, group.end, group.rank
            offices = [(office, False) for office in shared.get(mention.mention_id, [])] + group.offices
            held = [held_office(p, former, orgs, nested) for p, former in offices]
            if unit := rosters.get(mention.mention_id):  # '<unit> có 4 Phó Chủ nhiệm gồm A; B …'
                held = [dataclasses.replace(h, title=_with_unit(h.title, unit.surface), org_id=orgs.get(unit.mention_id))
                        if is_bare(h) else h for h in held]
            elif named := led.get(mention.mention_id):  # '<unit> do A làm Chủ nhiệm Khoa'
                held = [dataclasses.replace(h, title=_with_unit(h.title, named)) if is_bare(h) or _names_head_of(
                    h.title, named) else h for h in held]
            held = share_units(held, offices, nested)
            # A party role without its body ('Bí thư Đảng ủy, Chính ủy BĐBP') takes the next office's, spelled out.
            bodies = [committee_body(p, nested) for p, _ in offices]
            held, bodies = with_page_names(held, offices, bodies, string, [m for m in outer if m.label == "PER"])
            held = in_sentence_commune(complete_roles(held, bodies, [m.mention_id in group.elected for m, _ in offices], congress), string[sentence.start:sentence.end])
            draft.rank = draft.rank or rank
            draft.party_roles.extend(r for r in members.get(mention.mention_id, ()) if r not in draft.party_roles)
            draft.units.extend(orgs[u.mention_id] for u in group.units if u.mention_id in orgs)
            draft.academic_titles.extend(t for t in group.academic_titles if t not in draft.academic_titles)
            for position in held:
                target = draft.party_roles if is_party_role(position) else None
                if target is not None:
                    if position.title not in target:
                        target.append(position.title)
                elif new_office(draft.positions, position):
                    draft.positions.append(position)
            role = _role(string, start, end, sentence)
            if role and (draft.role is None or _strength(role) < _strength(draft.role)):
                draft.role = role
            weight = (rank is not None) + 2 * len(held)
            if weight > draft.evidence_weight:
                draft.evidence = (sentence.field, sentence.caption_idx, sentence.start, sentence.end)
                draft.evidence_weight = weight
        bio = pronoun_offices(outer, string, sentence.start, sentence.end, consumed) if sentence.field == "text" else None
        named = [m for m in outer if m.label == "PER" and (bio is None or m.end <= bio[0])]
        # 'Ông Nhuận 51 tuổi, …; từng là …': a given name alone names the person too (knowledge/coreference.py).
        given = given_name_reference(string, sentence.start, bio[0] if bio else sentence.end, drafts) if (
            sentence.field == "text" and not named) else None
        antecedent = " ".join(named[-1].surface.split()) if named else given or last_named
        if bio and antecedent in drafts:  # a role in the biography's chain takes its unit, as in a group (set 14: 466)
            _add_positions(drafts[antecedent], complete_roles(share_units([held_office(p, f, orgs, nested) for p, f in bio[1]],
                                                                          bio[1], nested), [committee_body(p, nested) for p, _ in bio[1]], (), congress))
        if sentence.field == "text" and any(m.label == "PER" for m in outer):
            last_named = " ".join([m for m in outer if m.label == "PER"][-1].surface.split())
        elif given:
            last_named = given
    for name, office in signature_offices(sentences, outer_by_sentence, strings).items():  # a signature's office line
        if name in drafts:
            _add_positions(drafts[name], [office] if isinstance(office, PositionHeld) else chain_held(
                office if isinstance(office, list) else [office], orgs, nested))
    observed_on, basis = (article.metadata.event_date, "event_date") if article.metadata.event_date else (
        (article.metadata.published_date, "published_date") if article.metadata.published_date else (None, None))
    _merge_given_names(drafts)
    places = article_places(article, [(m.surface, orgs.get(m.mention_id)) for m in mentions if m.label == "ORG"],
                            [n for n, d in drafts.items() if d.rank or d.positions or d.party_roles])
    chained = [r for d in drafts.values() for r in d.party_roles]
    places = body_as_chained(cell_as_chained(places, chained), chained)  # set 12: 872; set 13: 542, 906
    for draft in drafts.values():
        draft.party_roles = published_roles(draft.party_roles, places)
    observations = []
    observed = {name: d for name, d in drafts.items()
                if d.rank or d.positions or d.party_roles or d.role or ((d.introduced or d.academic_titles) and " " in name)}
    # Only what the text says about someone in a role is an observation ('Bác Hồ' in a slogan is not).
    home = _article_affiliation(observed.values(), registry)
    units = sorted(set(orgs.values()))
    for name in sorted(observed):
        draft = observed[name]
        pid = person_id(name, _affiliation(draft, registry, _headed(draft, units, registry) or home))
        field_, caption_idx, ev_start, ev_end = draft.evidence
        observations.append(Observation(
            obs_id=f"{article.article_id}:{pid}", person_id=pid, name=name, article_id=article.article_id,
            observed_on=observed_on, observed_on_basis=basis, rank=draft.rank,
            academic_titles=tuple(draft.academic_titles), positions=tuple(draft.positions),
            party_roles=tuple(draft.party_roles), event_id=event_id if draft.role else None, event_role=draft.role,
            evidence_field=field_, evidence_caption_idx=caption_idx, evidence_start=ev_start, evidence_end=ev_end,
            source=source, extractor=EXTRACTOR if source == "auto" else None))
    return tuple(observations)

def _merge_given_names(drafts: dict[str, _Draft]) -> None:
    """'đại tá Trí chia sẻ' after 'Đại tá Tô Minh Trí': a one-syllable name that ends exactly one full name
    of the article is that person (what it says joins the full name's draft; it is no person of its own)."""
    for short in [name for name in drafts if " " not in name]:
        full = [name for name in drafts if name.endswith(" " + short)]
        if len(full) != 1:
            continue
        target, draft = drafts[full[0]], drafts.pop(short)
        target.rank = target.rank or draft.rank
        target.introduced = target.introduced or draft.introduced
        target.positions.extend(p for p in draft.positions if p not in target.positions)
        target.party_roles.extend(r for r in draft.party_roles if r not in target.party_roles)
        if draft.role and (target.role is None or _strength(draft.role) < _strength(target.role)):
            target.role = draft.role

def _affiliation(draft: _Draft, registry: OrgRegistry, home: str | None) -> str | None:
    """The unit that is part of the person's id: their offices' (see OrgRegistry.affiliation), else the unit
    written beside their role ('X – Học viện KTQS, Chủ tịch Hội đồng'), else the article's unit when they have
    no office at all or only offices whose unit is named by its head alone ('Giám đốc Học viện'); a
    'Phó Thủ tướng X' keeps none (no one's staff)."""
    own = registry.affiliation(draft.positions) or next((registry.root_of(u) for u in draft.units), None)
    if own:
        return own
    headless = all(p.org_id is None and p.normalized_title and len(p.title) > len(p.normalized_title) + 1
                   for p in draft.positions)
    return home if headless and not draft.party_roles else None


def _headed(draft: _Draft, units: list[str], registry: OrgRegistry) -> str | None:
    """The unit a title names by its head alone ('Giám đốc Học viện' in a report naming Học viện Hậu cần):
    the one top unit among the article's organisations whose name starts with that head; None when the
    article names none or several (a visitor's unit must not be taken for the article's own)."""
    heads = {p.title[len(p.normalized_title):].strip().casefold() for p in draft.positions
             if p.org_id is None and p.normalized_title and len(p.title) > len(p.normalized_title) + 1}
    if not heads:
        return None
    roots = {registry.root_of(u) for u in units
             if (org := registry.get(u)) and any(org.name.casefold().startswith(h + " ") for h in heads)}
    return roots.pop() if len(roots) == 1 else None


def _article_affiliation(drafts, registry: OrgRegistry) -> str | None:
    """The unit the article's people with offices belong to, most often (first seen on a tie): the
    affiliation of a person the article names without an office ('Thiếu tướng X phát biểu' in a report on
    Tổng cục Hậu cần). Without it the same general got a second id in every article that did not repeat his
    office (issue 14). None when nobody in the article has an office."""
    counts = Counter(a for d in drafts if (a := registry.affiliation(d.positions)))
    return counts.most_common(1)[0][0] if counts else None

def _strength(role: str) -> int:
    return [r.role for r in role_rules()].index(role)
