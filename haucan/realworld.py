"""Scores the build on a real-world-style set: article folders whose gold is what a reader takes off the page.

A set is a folder of scraped-page files (with ``sources.csv``) and ``gold/<stem>.page.yml`` for each (the format
is in tests/realworld/README.md): outlet and its kind, title, publication date, authors, the furniture lines the
page carries, every person (rank, academic titles, offices as written, party roles), every event (type, chairs,
date) and every cited document. Each file goes through ``haucan.process.process`` exactly as in a build, its
person ids through the build's identity pass across the set (haucan/knowledge/identity.py), and what
the release would publish for it is compared with the gold: the figures of issue 14, overall and per outlet kind.

Run ``python -m haucan.realworld tests/realworld/test`` (``--json PATH`` also writes the figures).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from haucan.knowledge.events import event_family
from haucan.knowledge.identity import Identities, canonical_article
from haucan.knowledge.orgs import OrgRegistry, canonical_name
from haucan.knowledge.party_rules import party_rules
from haucan.knowledge.text import say_once
from haucan.outlet_names import outlet_named
from haucan.per_article import StageSettings
from haucan.process import process
from haucan.read import discover, read_bytes
from haucan.realworld_compare import furniture_leaks, norm
from haucan.rules import load_rules
from haucan.sentences import segmenter_copy

PAGE_GOLD_SUFFIX = ".page.yml"
def same_outlet(predicted: str | None, gold: str | None) -> bool:
    """The README's convention: the same name, or two names of one registry entry (its pre- and post-2025 names,
    "ANTV - Truyền hình Công an nhân dân" and "Truyền hình Công an nhân dân")."""
    if norm(predicted) == norm(gold) or predicted is None or gold is None:
        return norm(predicted) == norm(gold)
    entry = outlet_named(predicted, load_rules(), exact=True)
    return entry is not None and entry is outlet_named(gold, load_rules(), exact=True)


def title_key(text: str | None) -> str | None:
    """An office or party role compared as its words: ``norm`` after abbreviations are written out and tone
    marks put in the new style ('Hoà Bình' = 'Hòa Bình', 'Chính uỷ' = 'Chính ủy'), so 'Bộ CHQS tỉnh' and 'Bộ Chỉ
    huy Quân sự tỉnh' (which the dataset publishes for a party body) are the same; the README's gold keeps
    abbreviations and old-style tone marks as written."""
    return None if text is None else norm(canonical_name(segmenter_copy(text)))


def role_key(text: str) -> str | None:
    """A party role compared as its words: ``title_key`` after the party's own abbreviations are written out
    too (rules/entities/party.yml role_words: 'UV BTV Tỉnh uỷ' = 'Ủy viên Ban Thường vụ Tỉnh ủy'), as the
    README's gold writes them as the page does and the dataset publishes them spelled out."""
    words, spelled = party_rules().role_words
    return title_key(say_once(words.sub(lambda m: spelled[m.group(0)], text)))


@dataclass
class Tally:
    """Right answers over the cases a measure counts, and the cases that went wrong (for the report)."""

    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(what)

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class SetScores:
    """Per measure, a Tally overall (group 'all') and per outlet kind; the persons' ids across the set."""

    tallies: dict[str, dict[str, Tally]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Tally)))
    person_ids: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    rejected: list[str] = field(default_factory=list)

    def add(self, measure: str, kind: str, ok: bool, what: str) -> None:
        for group in dict.fromkeys(("all", kind)):
            self.tallies[measure][group].add(ok, what)

    def person_prf(self, group: str = "all") -> tuple[float, float, float]:
        recall, precision = self.tallies["person found"][group], self.tallies["person is real (not junk)"][group]
        p = precision.value if precision.value is not None else 1.0
        r = recall.value if recall.value is not None else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _match_events(gold_events: list[dict], predicted: list) -> list[tuple[dict, object | None]]:
    """Pairs each gold event with a predicted one of its type when there is one, else with any left over. The gold
    writes the coarse type (a review conference is 'hoi_nghi', a send-off 'other'): a fine type matches its family."""
    left = list(predicted)
    pairs = []
    for gold in gold_events:
        same = [e for e in left if gold.get("type") in (e.event_type, event_family(e.event_type))]
        chosen = (same or left or [None])[0]
        if chosen is not None:
            left.remove(chosen)
        pairs.append((gold, chosen))
    return pairs


def score_article(scores: SetScores, gold: dict, article, name: str) -> None:
    """Adds one article's comparisons to ``scores`` (``article`` is the AnnotatedArticle the release publishes)."""
    kind = gold.get("outlet_kind") or "unknown"
    meta = article.article.metadata
    scores.add("outlet", kind, same_outlet(meta.outlet, gold.get("outlet")), f"{name}: {meta.outlet!r}")
    scores.add("title", kind, norm(meta.title) == norm(gold.get("title")), f"{name}: {meta.title!r}")
    if gold.get("published_date") is not None:
        scores.add("publication date (stated)", kind, meta.published_date == gold["published_date"],
                   f"{name}: {meta.published_date}")
    scores.add("authors", kind, {norm(a) for a in meta.authors} == {norm(a) for a in gold.get("authors") or []},
               f"{name}: {list(meta.authors)}")
    leaks = furniture_leaks(article.article, gold.get("furniture") or [], gold.get("title") or "",
                            gold.get("authors") or [])
    scores.add("no furniture leaked", kind, not leaks, f"{name}: {leaks}")

    observed = {norm(o.name): o for o in article.observations}
    gold_people = {norm(p["name"]): p for p in gold.get("persons") or []}
    for key, person in gold_people.items():
        found = observed.get(key)
        scores.add("person found", kind, found is not None, f"{name}: {person['name']}")
        for position in person.get("positions") or []:
            titles = {title_key(p.title) for p in found.positions} if found else set()
            scores.add("position exact", kind, title_key(position["title"]) in titles,
                       f"{name}: {person['name']}: {position['title']!r} not in {sorted(t for t in titles if t)}")
        for role in person.get("party_roles") or []:
            roles = {role_key(r) for r in found.party_roles} if found else set()
            scores.add("party role", kind, role_key(role) in roles, f"{name}: {person['name']}: {role!r}")
    for key, obs in observed.items():
        scores.add("person is real (not junk)", kind, key in gold_people, f"{name}: {obs.name!r}")
        if key in gold_people:
            scores.person_ids[key].add(obs.person_id)

    names = {o.person_id: norm(o.name) for o in article.observations}
    for gold_event, event in _match_events(list(gold.get("events") or []), list(article.events)):
        what = f"{name}: {gold_event.get('type')}"
        scores.add("event found", kind, event is not None, what)
        if gold_event.get("chairs"):
            chairs = {norm(c) for c in gold_event["chairs"]}
            chair = names.get(event.chair_person_id) if event is not None else None
            scores.add("event chair", kind, chair in chairs, f"{what}: {chair!r} not in {sorted(chairs)}")
        if gold_event.get("date") is not None:
            date = event.event_date if event is not None else None
            scores.add("event date", kind, date == gold_event["date"], f"{what}: {date} != {gold_event['date']}")
    predicted_docs = {d.doc_id for d in article.documents}
    gold_docs = {d["doc_id"] for d in gold.get("documents") or []}
    for doc in sorted(gold_docs | predicted_docs):
        scores.add("cited document", kind, doc in gold_docs and doc in predicted_docs, f"{name}: {doc}")


def score_set(folder: Path, words: str = "underthesea") -> SetScores:
    """Every file of ``folder`` with page gold, through the build's per-article path."""
    scores = SetScores()
    settings = StageSettings(folder, words=words)
    identities = Identities(OrgRegistry())  # person ids across the set, decided in id order as a build does
    for source in discover(folder).sources:
        gold_file = folder / "gold" / (Path(source.relative_path).stem + PAGE_GOLD_SUFFIX)
        if not gold_file.is_file():
            continue
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        result = process(source, read_bytes(folder, source), settings)
        if result.annotated is None:
            scores.rejected.append(f"{source.relative_path}: {result.error or result.gold_error}")
            continue
        for org in result.orgs:
            identities.registry.add(org)
        score_article(scores, gold, canonical_article(result.annotated, result.affiliations, identities),
                      source.relative_path)
    for key, ids in sorted(scores.person_ids.items()):
        scores.add("no person split", "all", len(ids) == 1, f"{key}: {len(ids)} ids")
    return scores


def figures(scores: SetScores) -> dict:
    """The figures as data: per group (overall, then each outlet kind), each measure's value and counts."""
    groups = sorted({g for t in scores.tallies.values() for g in t} - {"all"})
    out: dict = {"rejected": scores.rejected}
    for group in ("all", *groups):
        row = {m: {"value": t[group].value, "right": t[group].right, "total": t[group].total}
               for m, t in sorted(scores.tallies.items()) if group in t}
        p, r, f1 = scores.person_prf(group)
        row["person F1"] = {"value": f1, "precision": p, "recall": r}
        out[group] = row
    return out


CARD_MEASURES = ("outlet", "publication date (stated)", "title", "authors", "no furniture leaked", "person F1",
                 "person is real (not junk)", "no person split", "position exact", "party role", "event found",
                 "event chair", "event date", "cited document")


def _cell(value: dict | None, with_count: bool) -> str:
    if value is None or value["value"] is None:
        return "–"
    count = f" ({value['right']}/{value['total']})" if with_count and "total" in value else ""
    return f"{value['value']:.2f}{count}"


def card_table(path: Path, dev_path: Path | None = None) -> dict | None:
    """The figures ``make score`` wrote, shaped for the card: one row per measure; a column for the development
    set overall (``dev_path``, when present: tuned on, so optimistic), the blind test set overall, then the test
    set per outlet kind; overall cells carry their counts. None when the test figures are absent."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    dev = json.loads(dev_path.read_text(encoding="utf-8")) if dev_path is not None and dev_path.is_file() else None
    kinds = sorted(k for k in data if k not in ("all", "rejected"))
    rows = []
    for measure in CARD_MEASURES:
        cells = ([_cell(dev["all"].get(measure), True)] if dev else []) + [_cell(data["all"].get(measure), True)]
        cells += [_cell(data[kind].get(measure), False) for kind in kinds]
        rows.append({"measure": measure, "cells": cells})
    groups = (["dev (tuned on)"] if dev else []) + ["test (blind)", *kinds]
    return {"groups": groups, "rows": rows, "articles": data["all"]["outlet"]["total"],
            "dev_articles": dev["all"]["outlet"]["total"] if dev else 0, "kinds": len(kinds),
            "rejected": len(data["rejected"])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--words", default="underthesea", choices=("underthesea", "whitespace"))
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--misses", action="store_true", help="list what went wrong, measure by measure")
    args = parser.parse_args(argv)
    scores = score_set(args.folder, args.words)
    result = figures(scores)
    print(f"{args.folder}: {sum(t['all'].total for t in [scores.tallies['outlet']])} articles scored, "
          f"{len(scores.rejected)} rejected")
    for measure, value in result["all"].items():
        counts = f"{value['right']}/{value['total']}" if "total" in value else ""
        print(f"  {measure:<28} {value['value'] if value['value'] is None else round(value['value'], 3)!s:>6} {counts}")
    if args.misses:
        for measure, tallies in sorted(scores.tallies.items()):
            for miss in tallies["all"].misses:
                print(f"  MISS {measure}: {miss}")
    for line in scores.rejected:
        print(f"  REJECTED {line}")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
