"""Organisation identity: curated entries (with validity and successors) and organisations read off the text.

An ORG mention resolves to an ``org_id``: a curated entry by exact name or abbreviation; a compound
('Cục Hậu cần-Kỹ thuật Quân đoàn 34') to its head under the trailing unit; a bare name that the same article
qualifies elsewhere ('Cục Hậu cần-Kỹ thuật (Quân đoàn 34)', 'Cục Chính trị, Tổng cục Hậu cần') to that
qualified organisation; anything else to an id of its own name. Two departments with the same name in
different units therefore never share an id.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import yaml

from haucan.extract.lexicon import ENTITY_RULES, new_style
from haucan.knowledge.text import slug
from haucan.records import Mention
from schema.vocab import load_vocab

CURATED = Path(__file__).resolve().parent.parent / "rules" / "knowledge" / "organizations.yml"
# org types that can qualify a department named before them ('Cục Chính trị, Tổng cục Hậu cần').
_DASH = re.compile(r" ?[-–—] ?")
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
def _curated_by_name() -> dict[str, tuple[str, ...]]:
    """Canonical name or abbreviation -> the curated ids that carry it (several when two bodies share a name)."""
    names: dict[str, list[str]] = {}
    for org in curated().values():
        for name in (org.name, *org.abbreviations):
            ids = names.setdefault(canonical_name(name).casefold(), [])
            if org.org_id not in ids:
                ids.append(org.org_id)
    return {name: tuple(ids) for name, ids in names.items()}


@cache
def _contexts() -> dict[str, re.Pattern[str]]:
    """org_id -> the words whose presence in an article selects that entry among namesakes."""
    entries = yaml.safe_load(CURATED.read_text(encoding="utf-8"))
    return {e["org_id"]: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in e["context"]) + r")(?!\w)")
            for e in entries if e.get("context")}


@cache
def _expansions() -> tuple[re.Pattern[str], dict[str, str]]:
    table = yaml.safe_load((ENTITY_RULES / "organizations.yml").read_text(encoding="utf-8"))["expand"]
    words = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r") ?(?=\d)|(?<!\w)("
                      + "|".join(re.escape(w) for w in words) + r")(?![\w-])"), table


@lru_cache(maxsize=4096)  # ~30 calls per article, mostly for the same few surfaces; a pure function of a str
def canonical_name(surface: str) -> str:
    """One spelling per organisation name: new-style tone marks, '-' for any dash with or without spaces,
    abbreviated words expanded ('QK7' -> 'Quân khu 7', 'Bộ CHQS tỉnh' -> 'Bộ Chỉ huy Quân sự tỉnh')."""
    pattern, table = _expansions()
    text = _DASH.sub("-", new_style(" ".join(surface.split())))
    if text in table and text.isupper():  # a bare abbreviation stays as written: it is a curated name itself
        return text
    return pattern.sub(lambda m: table[m.group(1)] + " " if m.group(1) else table[m.group(2)], text)


@dataclass(frozen=True)
class Context:
    """What decides between namesakes: the observation's date and the article's text."""

    on: dt.date | None = None
    text: str = ""


def pick_curated(name: str, context: Context) -> str | None:
    """The curated id for ``name`` (canonicalised): among namesakes, the one whose context words the article
    writes, then the one that existed on ``context.on``, then the one without context words."""
    ids = _curated_by_name().get(canonical_name(name).casefold())
    if not ids:
        return None
    if len(ids) == 1:
        return ids[0]
    contexts = _contexts()
    named = [i for i in ids if i in contexts and contexts[i].search(context.text)]
    if named:
        return named[0]
    if context.on is not None:
        existing = [i for i in ids if (curated()[i].valid_from or dt.date.min) <= context.on
                    <= (curated()[i].valid_to or dt.date.max)]
        if existing:
            return existing[0]
    return next((i for i in ids if i not in contexts), ids[0])


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


def _resolve_plain(surface: str, registry: OrgRegistry, qualified: dict[str, Organization],
                   context: Context) -> str:
    curated_id = pick_curated(surface, context)
    if curated_id:
        return curated_id
    name = canonical_name(surface)
    if name in qualified:
        return registry.add(qualified[name])
    return registry.add(Organization(slug(name), name, (), org_type_of(name), None, None, None, (), "text", ()))


def _child(head: str, parent_id: str, registry: OrgRegistry) -> str:
    head = canonical_name(head)
    org_id = f"{slug(head)}.{parent_id}"
    name = f"{head} ({registry.name_of(parent_id)})"
    return registry.add(Organization(org_id, name, (), org_type_of(head), parent_id, None, None, (), "text", ()))


def _resolve_pass(strings: dict, orgs: list[Mention], registry: OrgRegistry,
                  qualified: dict[str, Organization], context: Context) -> dict[str, str]:
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
            parent_id = resolved.get(child.mention_id) or _resolve_plain(child.surface, registry, qualified, context)
            head = org.surface[: child.start - org.start].strip(" ,(")
            resolved[org.mention_id] = _child(head, parent_id, registry)
            qualified.setdefault(canonical_name(head), registry.seen[resolved[org.mention_id]])
        elif pick_curated(org.surface, context):
            resolved[org.mention_id] = pick_curated(org.surface, context)
    # 'X (Y)' and 'X, Y' (Y a unit above departments): X is Y's.
    ordered = sorted(orgs, key=lambda m: (m.field, m.caption_idx or 0, m.start))
    for first, second in zip(ordered, ordered[1:], strict=False):
        if (first.field, first.caption_idx) != (second.field, second.caption_idx) or first.mention_id in resolved:
            continue
        between = strings[(first.field, first.caption_idx)][first.end:second.start]
        second_id = resolved.get(second.mention_id) or _resolve_plain(second.surface, registry, qualified, context)
        second_org = registry.get(second_id)
        if between in (" (", ", ") and second_org.org_type in QUALIFYING_TYPES and org_type_of(first.surface) in (
                "department", "party_committee", "command"):
            resolved[first.mention_id] = _child(first.surface, second_id, registry)
            qualified.setdefault(canonical_name(first.surface), registry.seen[resolved[first.mention_id]])
    for org in orgs:
        if org.mention_id not in resolved:
            resolved[org.mention_id] = _resolve_plain(org.surface, registry, qualified, context)
    return resolved


def resolve_orgs(strings: dict, mentions: Sequence[Mention], registry: OrgRegistry,
                 context: Context | None = None) -> dict[str, str]:
    """mention_id -> org_id for every ORG mention of one article (see the module docstring).

    ``strings`` maps (field, caption_idx) to the text the mentions index; ``context`` (the observation's
    date and the article's text) chooses between curated namesakes (see ``pick_curated``). Two passes: the first only learns
    which bare names the article qualifies (on a scratch registry), the second resolves with that knowledge.
    """
    orgs = [m for m in mentions if m.label == "ORG"]
    qualified: dict[str, Organization] = {}
    context = context or Context()
    _resolve_pass(strings, orgs, OrgRegistry(dict(registry.seen)), qualified, context)
    return _resolve_pass(strings, orgs, registry, qualified, context)
