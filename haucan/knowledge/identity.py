"""One person, one id, across articles: the main process's identity pass over the per-article person ids.

A worker gives each observation the id ``person_id(name, affiliation)`` of its article alone (see
haucan/knowledge/people.py). ``Identities`` sees the articles in id order (haucan/corpus/decide.py) and maps
each such key to a canonical id, the id of the first key of that person:

- a key seen before keeps its person;
- a key without affiliation joins the only person of that name; with several, the person the bare name first
  went to (a bare name cannot tell namesakes apart, and sending it to a new id splits the person anyway);
- a key with affiliation joins the one person of that name whose affiliations are the same unit or related
  to it by successor or parent links (a merger, or a unit stated at two levels) or named incompletely ('Bộ
  CHQS tỉnh' for 'Bộ CHQS tỉnh Tuyên Quang', 'Cục Hậu cần' for Quân khu 2's); with none related, the only
  person of that name if that person has no affiliation of their own offices yet (observed without office
  before); otherwise it is a new person, so two namesakes in unrelated units stay apart;
- an affiliation the article gave (not the unit of the person's own offices: the unit most of the article's
  people belong to, or a head-only title's) is weaker: with no person of the name related to it, it joins
  the only person of that name whatever their unit (the officer named without office in a report on another
  unit), and an own affiliation later may join a person known only through such units.

Memory is one entry per distinct (name, affiliation) key and per person, never per article. The result
depends only on the articles and their order, never on workers or chunking.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pyarrow as pa

from haucan.knowledge.orgs import OrgRegistry
from haucan.knowledge.people import person_id
from haucan.records import AnnotatedArticle, Observation

_MINISTRY = "bqp"
"""Not a unit that relates its children: every military unit is under it, namesakes included."""
_HOPS = 20


@dataclass(slots=True)
class _Person:
    """One per distinct person for the whole build (in the main process), so kept small: no per-instance
    ``__dict__``, and tuples (the empty one is shared) rather than two lists per person."""

    person_id: str
    affiliations: tuple[str, ...] = ()
    """Units of the person's own offices."""
    inferred: tuple[str, ...] = ()
    """Units given to the person by the article alone (its people's unit, a head-only title): weaker."""


@dataclass
class Identities:
    """Canonical person ids, decided key by key in article id order (see the module docstring)."""

    registry: OrgRegistry
    canonical: dict[str, str] = field(default_factory=dict)
    """Per-article id (the key) -> canonical id."""
    by_name: dict[str, list[_Person]] = field(default_factory=dict)
    """Case-folded name -> its persons, in the order they were first seen."""
    by_id: dict[str, _Person] = field(default_factory=dict)
    """Canonical id -> the person."""

    def resolve(self, observation: Observation, affiliation: str | None) -> str:
        """The canonical id of an observation whose article-level id was made from ``affiliation``. The
        affiliation is the person's own when it is the top unit of their offices; otherwise the article gave
        it (a visitor can be given the host's unit), and it only tells namesakes apart, never splits one."""
        key = observation.person_id
        if key in self.canonical:
            return self.canonical[key]
        persons = self.by_name.setdefault(observation.name.casefold(), [])
        own = affiliation is not None and affiliation == self.registry.affiliation(observation.positions)
        target = self._target(persons, affiliation, own)
        if target is None:
            target = self.by_id[key] = _Person(key)
            persons.append(target)
        if affiliation is not None and affiliation not in (target.affiliations if own else target.inferred):
            if own:
                target.affiliations += (affiliation,)
            else:
                target.inferred += (affiliation,)
        self.canonical[key] = target.person_id
        return target.person_id

    def unit(self, canonical: str) -> str | None:
        """The person's unit: the latest added of their own offices' units, else of those articles gave them."""
        person = self.by_id.get(canonical)
        return next(iter([*person.affiliations[-1:], *person.inferred[-1:]]), None) if person else None

    def _target(self, persons: list[_Person], affiliation: str | None, own: bool) -> _Person | None:
        if affiliation is None:
            return persons[0] if persons else None

        def units(person: _Person) -> tuple[str, ...]:
            return person.affiliations if own else (*person.affiliations, *person.inferred)

        same = [p for p in persons if affiliation in units(p)]
        if same:
            return same[0]
        related = [p for p in persons if any(self.related(affiliation, a) for a in units(p))]
        if len(related) == 1:
            return related[0]
        if related:
            return None
        if len(persons) == 1 and (not own or not persons[0].affiliations):
            return persons[0]
        # An own unit also finds a person known only through the same unit given by an article.
        given = [p for p in persons if own and not p.affiliations
                 and any(affiliation == a or self.related(affiliation, a) for a in p.inferred)]
        return given[0] if len(given) == 1 else None

    def _lineage(self, org_id: str) -> set[str]:
        """The unit, the units above it (below the ministry) and every successor of any of them."""
        seen, todo = set(), [org_id]
        while todo and len(seen) < _HOPS:
            current = todo.pop()
            if current in seen or current == _MINISTRY:
                continue
            seen.add(current)
            org = self.registry.get(current)
            if org is not None:
                todo.extend(o for o in (org.parent_org_id, *org.successor_org_ids) if o)
        return seen

    def related(self, first: str, second: str) -> bool:
        """Whether two affiliations can be one person's: one is in the other's lineage (above it, or its
        successor), or one is the other named incompletely; two units under the same parent are not."""
        return (first in self._lineage(second) or second in self._lineage(first)
                or self._incomplete(first, second) or self._incomplete(second, first))

    def _incomplete(self, general: str, specific: str) -> bool:
        """Whether ``general`` is ``specific`` named without what tells it apart: a unit read off the text,
        with no parent, whose name ``specific``'s extends ('Bộ CHQS tỉnh' of 'Bộ CHQS tỉnh Tuyên Quang'), or
        which is known as a department of a unit in ``specific``'s lineage ('Cục Hậu cần' of Quân khu 2,
        whose Cục Hậu cần another article named in full). Namesakes it could stand for in several units make
        the match ambiguous, and ambiguity makes no merge (``_target``)."""
        org = self.registry.get(general)
        if org is None or org.origin == "curated" or org.parent_org_id is not None:
            return False
        return specific.startswith(general + "-") or any(
            self.registry.get(f"{general}.{unit}") is not None for unit in self._lineage(specific))

    def rewrite(self, observations: pa.Table, events: pa.Table) -> tuple[pa.Table, pa.Table]:
        """A chunk's ``person_observations`` and ``events`` tables with the canonical ids (obs_id is
        article_id:person_id, so it follows); rows re-sorted by (article_id, obs_id), participants by
        (person_id, role). Ids never resolved (rows of articles not published) are left as they are."""
        get = self.canonical.get
        if observations.num_rows:
            ids = [get(p, p) for p in observations.column("person_id").to_pylist()]
            obs_ids = [f"{a}:{p}" for a, p in zip(observations.column("article_id").to_pylist(), ids, strict=True)]
            observations = observations.set_column(observations.schema.get_field_index("person_id"),
                                                   observations.schema.field("person_id"), pa.array(ids, pa.string()))
            observations = observations.set_column(observations.schema.get_field_index("obs_id"),
                                                   observations.schema.field("obs_id"), pa.array(obs_ids, pa.string()))
            observations = observations.sort_by([("article_id", "ascending"), ("obs_id", "ascending")])
        if events.num_rows:
            rows = events.to_pylist()
            for row in rows:
                row["chair_person_id"] = get(row["chair_person_id"], row["chair_person_id"])
                row["participants"] = sorted(({**p, "person_id": get(p["person_id"], p["person_id"])}
                                              for p in row["participants"]),
                                             key=lambda p: (p["person_id"], p["role"]))
            events = pa.Table.from_pylist(rows, schema=events.schema)
        return observations, events


def key_affiliation(observation: Observation, candidates: list[str | None]) -> str | None:
    """Which of ``candidates`` (the article's units; None) the observation's id was made from; None if none.

    The worker's id is a hash of (name, affiliation): checking the article's few candidate units recovers the
    affiliation without carrying a second copy of it through every record."""
    for candidate in candidates:
        if person_id(observation.name, candidate) == observation.person_id:
            return candidate
    return None


def canonical_article(annotated: AnnotatedArticle, affiliations: tuple[str | None, ...],
                      identities: Identities) -> AnnotatedArticle:
    """The article as the release publishes it: observations and events with the canonical person ids (for
    callers that hold records rather than tables, such as the real-world scorer)."""
    ids = {o.person_id: identities.resolve(o, a) for o, a in zip(annotated.observations, affiliations, strict=True)}
    observations = tuple(sorted((dataclasses.replace(o, person_id=ids[o.person_id],
                                                     obs_id=f"{o.article_id}:{ids[o.person_id]}")
                                 for o in annotated.observations), key=lambda o: o.obs_id))
    events = tuple(dataclasses.replace(
        e, chair_person_id=ids.get(e.chair_person_id, e.chair_person_id),
        participants=tuple(sorted((dataclasses.replace(p, person_id=ids.get(p.person_id, p.person_id))
                                   for p in e.participants), key=lambda p: (p.person_id, p.role))))
        for e in annotated.events)
    return dataclasses.replace(annotated, observations=observations, events=events)
