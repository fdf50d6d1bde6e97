"""Scores of the fact extractor against fact gold: observation tuples, event fields, cited documents."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from haucan.records import Event

EVENT_FIELDS = ("event_type", "event_date", "chair", "organizer_org_id", "location", "period_reviewed", "period_planned")


def observation_tuples(observations, names_by_id: dict[str, str] | None = None) -> set[tuple]:
    """(name, rank, canonical title, org_id) per office; (name, rank, None, None) for a person without one."""
    tuples = set()
    for o in observations:
        if not o.positions:
            tuples.add((o.name, o.rank, None, None))
        for p in o.positions:
            tuples.add((o.name, o.rank, p.normalized_title, p.org_id))
    return tuples


@dataclass
class FactScores:
    """Accumulated counts; ``table()`` gives precision, recall and F1 per item."""

    counts: dict[str, Counter] = field(default_factory=dict)
    articles: int = 0

    def _count(self, item: str, predicted: set, gold: set) -> None:
        counter = self.counts.setdefault(item, Counter())
        counter["tp"] += len(predicted & gold)
        counter["fp"] += len(predicted - gold)
        counter["fn"] += len(gold - predicted)

    def add(self, auto: tuple, gold: tuple) -> None:
        """Score one article: auto and gold are (observations, event, documents)."""
        self.articles += 1
        self._count("observation tuples", observation_tuples(auto[0]), observation_tuples(gold[0]))
        self._count("event roles", {(o.name, o.event_role) for o in auto[0] if o.event_role},
                    {(o.name, o.event_role) for o in gold[0] if o.event_role})
        names = {o.person_id: o.name for o in (*auto[0], *gold[0])}
        for name in EVENT_FIELDS:
            self._count(f"event {name}", _event_value(auto[1], name, names), _event_value(gold[1], name, names))
        cited = Counter(d.doc_id for d in auto[2])
        dated = {d.doc_id: d.issued_on for d in auto[2]}
        self._count("cited documents (id, date, citations)", {(doc, dated[doc], n) for doc, n in cited.items()},
                    {(d.doc_id, d.issued_on, d.citations) for d in gold[2]})

    def table(self) -> list[dict]:
        rows = []
        for item, c in self.counts.items():
            p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else (1.0 if not c["fn"] else 0.0)
            r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            rows.append({"item": item, "precision": p, "recall": r, "f1": f1, "support": c["tp"] + c["fn"],
                         "predicted": c["tp"] + c["fp"]})
        return rows


def _event_value(event: Event | None, name: str, names: dict[str, str]) -> set:
    """A one-element set holding the field's value (chair as the person's name), empty when null."""
    if event is None:
        return set()
    value = names.get(event.chair_person_id) if name == "chair" else getattr(event, name)
    return {value} if value is not None else set()
