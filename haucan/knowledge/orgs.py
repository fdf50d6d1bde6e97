"""Organisation identity: curated entries (with validity and successors) and organisations read off the text.

An ORG mention resolves to an ``org_id``: a curated entry by exact name or abbreviation; a compound
('Cục Hậu cần-Kỹ thuật Quân đoàn 34') to its head under the trailing unit; a bare name that the same article
qualifies elsewhere ('Cục Hậu cần-Kỹ thuật (Quân đoàn 34)', 'Cục Chính trị, Tổng cục Hậu cần') to that
qualified organisation; anything else to an id of its own name. Two departments with the same name in
different units therefore never share an id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from haucan.knowledge.text import slug
from haucan.records import Mention
from schema.vocab import load_vocab

CURATED = Path(__file__).resolve().parent.parent / "rules" / "knowledge" / "organizations.yml"
# org types that can qualify a department named before them ('Cục Chính trị, Tổng cục Hậu cần').
QUALIFYING_TYPES = frozenset({"ministry", "general_department", "military_region", "corps", "service", "division",
                              "command"})


@dataclass(frozen=True, slots=True)
class Organization:
    """One row of the ``organizations`` config."""

    org_id: str
    name: str
    abbreviations: tuple[str, ...]
    org_type: str
    parent_org_id: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    successor_org_ids: tuple[str, ...]
    origin: str
    sources: tuple[str, ...]


@cache
def curated() -> dict[str, Organization]:
    """The curated organisations by id."""
    entries = yaml.safe_load(CURATED.read_text(encoding="utf-8"))
    return {e["org_id"]: Organization(
        org_id=e["org_id"], name=e["name"], abbreviations=tuple(e.get("abbreviations", ())),
        org_type=e["org_type"], parent_org_id=e.get("parent"), valid_from=e.get("valid_from"),
        valid_to=e.get("valid_to"), successor_org_ids=tuple(e.get("successors", ())), origin="curated",
        sources=tuple(e.get("sources", ())),
    ) for e in entries}


@cache
def _curated_by_name() -> dict[str, str]:
    names = {}
    for org in curated().values():
        for name in (org.name, *org.abbreviations):
            names[name] = org.org_id
    return names


def org_type_of(name: str) -> str:
    """The org type implied by the name's head word (schema/vocab/org_types.yml), 'other' if none."""
    for entry in load_vocab("org_types"):
        if any(name == head or name.startswith(head + " ") for head in entry["heads"]):
            return entry["org_type"]
    return "other"


@dataclass
class OrgRegistry:
    """Every organisation seen so far (curated ones always included); compact, one entry per org id."""

    seen: dict[str, Organization] = field(default_factory=dict)

    def add(self, org: Organization) -> str:
        self.seen.setdefault(org.org_id, org)
        return org.org_id

    def get(self, org_id: str | None) -> Organization | None:
        """The organisation with this id: a curated entry wins over one read off the text."""
        return curated().get(org_id) or self.seen.get(org_id)

    def all(self) -> list[Organization]:
        """Curated plus seen organisations, sorted by id."""
        merged = {**self.seen, **curated()}
        return [merged[k] for k in sorted(merged)]

    def name_of(self, org_id: str) -> str:
        org = self.get(org_id)
        return org.name if org else org_id

    def root_of(self, org_id: str | None) -> str | None:
        """The top unit below the ministry (or a party organ), followed to its latest successor: the
        affiliation used to tell namesakes apart and to join a person across a merger."""
        current, guard = org_id, 0
        while (org := self.get(current)) and org.parent_org_id not in (None, "bqp") and guard < 10:
            current, guard = org.parent_org_id, guard + 1
        while (org := self.get(current)) and len(org.successor_org_ids) == 1 and guard < 20:
            current, guard = org.successor_org_ids[0], guard + 1
        return current

    def affiliation(self, positions) -> str | None:
        """The root of the first office that names its organisation: part of a person's identity."""
        return next((self.root_of(p.org_id) for p in positions if p.org_id), None)


def _resolve_plain(surface: str, registry: OrgRegistry, qualified: dict[str, Organization]) -> str:
    if surface in _curated_by_name():
        return _curated_by_name()[surface]
    if surface in qualified:
        return registry.add(qualified[surface])
    return registry.add(Organization(slug(surface), surface, (), org_type_of(surface), None, None, None, (), "text", ()))


def _child(head: str, parent_id: str, registry: OrgRegistry) -> str:
    org_id = f"{slug(head)}.{parent_id}"
    name = f"{head} ({registry.name_of(parent_id)})"
    return registry.add(Organization(org_id, name, (), org_type_of(head), parent_id, None, None, (), "text", ()))


def _resolve_pass(strings: dict, orgs: list[Mention], registry: OrgRegistry,
                  qualified: dict[str, Organization]) -> dict[str, str]:
    resolved: dict[str, str] = {}
    # Each organisation's nested organisations, in mention order, grouped in one pass (not one scan per org).
    children: dict[str, list[Mention]] = {m.mention_id: [] for m in orgs}
    for child in orgs:
        if child.parent_mention_id in children:
            children[child.parent_mention_id].append(child)
    # Compounds first, inner before outer: an ORG whose nested ORG ends where it ends ('Đảng ủy Quân khu 1').
    for org in sorted(orgs, key=lambda m: (m.end - m.start, m.mention_id)):
        trailing = [c for c in children[org.mention_id] if c.end == org.end]
        if trailing:
            child = trailing[0]
            parent_id = resolved.get(child.mention_id) or _resolve_plain(child.surface, registry, qualified)
            head = org.surface[: child.start - org.start].strip(" ,(")
            resolved[org.mention_id] = _child(head, parent_id, registry)
            qualified.setdefault(head, registry.seen[resolved[org.mention_id]])
        elif org.surface in _curated_by_name():
            resolved[org.mention_id] = _curated_by_name()[org.surface]
    # 'X (Y)' and 'X, Y' (Y a unit above departments): X is Y's.
    ordered = sorted(orgs, key=lambda m: (m.field, m.caption_idx or 0, m.start))
    for first, second in zip(ordered, ordered[1:], strict=False):
        if (first.field, first.caption_idx) != (second.field, second.caption_idx) or first.mention_id in resolved:
            continue
        between = strings[(first.field, first.caption_idx)][first.end:second.start]
        second_id = resolved.get(second.mention_id) or _resolve_plain(second.surface, registry, qualified)
        second_org = registry.get(second_id)
        if between in (" (", ", ") and second_org.org_type in QUALIFYING_TYPES and org_type_of(first.surface) in (
                "department", "party_committee", "command"):
            resolved[first.mention_id] = _child(first.surface, second_id, registry)
            qualified.setdefault(first.surface, registry.seen[resolved[first.mention_id]])
    for org in orgs:
        if org.mention_id not in resolved:
            resolved[org.mention_id] = _resolve_plain(org.surface, registry, qualified)
    return resolved


def resolve_orgs(strings: dict, mentions: Sequence[Mention], registry: OrgRegistry) -> dict[str, str]:
    """mention_id -> org_id for every ORG mention of one article (see the module docstring).

    ``strings`` maps (field, caption_idx) to the text the mentions index. Two passes: the first only learns
    which bare names the article qualifies (on a scratch registry), the second resolves with that knowledge.
    """
    orgs = [m for m in mentions if m.label == "ORG"]
    qualified: dict[str, Organization] = {}
    _resolve_pass(strings, orgs, OrgRegistry(dict(registry.seen)), qualified)
    return _resolve_pass(strings, orgs, registry, qualified)
