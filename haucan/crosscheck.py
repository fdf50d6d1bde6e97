"""Rules that span tables of the knowledge layer, checked on the staged files before anything is published.

Each failure names the table, the row (by its key), the column and the rule. The per-article tables are read
back from the staged shards column by column (no text), so the check stays small at any corpus size.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

from haucan.extract.lexicon import rank_order

KEYS = {"person_observations": "obs_id", "events": "event_id", "persons": "person_id",
        "organizations": "org_id", "position_spells": "spell_id"}


def _failure(table: str, key: str, column: str, rule: str, value: object) -> dict:
    return {"table": table, "row": f"row {KEYS[table]}={key}", "column": column, "check": rule, "value": repr(value)}


def check_tables(tables: dict[str, pa.Table]) -> list[dict]:
    """All cross-table rules over in-memory tables (person_observations, events, persons, organizations,
    position_spells); returns the failures, sorted."""
    persons = set(tables["persons"].column("person_id").to_pylist())
    orgs = set(tables["organizations"].column("org_id").to_pylist())
    failures: list[dict] = []
    for row in tables["person_observations"].to_pylist():
        if row["person_id"] not in persons:
            failures.append(_failure("person_observations", row["obs_id"], "person_id", "observation_person_exists",
                                     row["person_id"]))
        for position in row["positions"]:
            if position["org_id"] is not None and position["org_id"] not in orgs:
                failures.append(_failure("person_observations", row["obs_id"], "positions", "position_org_exists",
                                         position["org_id"]))
    for row in tables["events"].to_pylist():
        if row["organizer_org_id"] is not None and row["organizer_org_id"] not in orgs:
            failures.append(_failure("events", row["event_id"], "organizer_org_id", "event_organizer_exists",
                                     row["organizer_org_id"]))
        if row["chair_person_id"] is not None and row["chair_person_id"] not in persons:
            failures.append(_failure("events", row["event_id"], "chair_person_id", "event_chair_exists",
                                     row["chair_person_id"]))
        for participant in row["participants"]:
            if participant["person_id"] not in persons:
                failures.append(_failure("events", row["event_id"], "participants", "event_participant_exists",
                                         participant["person_id"]))
    for row in tables["organizations"].to_pylist():
        if row["parent_org_id"] is not None and row["parent_org_id"] not in orgs:
            failures.append(_failure("organizations", row["org_id"], "parent_org_id", "org_parent_exists",
                                     row["parent_org_id"]))
        for successor in row["successor_org_ids"]:
            if successor not in orgs:
                failures.append(_failure("organizations", row["org_id"], "successor_org_ids", "org_successor_exists",
                                         successor))
    for row in tables["position_spells"].to_pylist():
        if row["person_id"] not in persons:
            failures.append(_failure("position_spells", row["spell_id"], "person_id", "spell_person_exists",
                                     row["person_id"]))
        if row["org_id"] is not None and row["org_id"] not in orgs:
            failures.append(_failure("position_spells", row["spell_id"], "org_id", "spell_org_exists", row["org_id"]))
    failures += _rank_rule(tables)
    return sorted(failures, key=lambda f: (f["table"], f["row"], f["check"]))


def _rank_rule(tables: dict[str, pa.Table]) -> list[dict]:
    """A person's rank never goes down over time unless persons.rank_flag says so."""
    order = rank_order()
    history: dict[str, list] = {}
    for row in tables["person_observations"].select(["person_id", "observed_on", "rank"]).to_pylist():
        if row["observed_on"] and row["rank"]:
            history.setdefault(row["person_id"], []).append((row["observed_on"], order[row["rank"]]))
    flags = dict(zip(tables["persons"].column("person_id").to_pylist(),
                     tables["persons"].column("rank_flag").to_pylist(), strict=True))
    failures = []
    for person, ranks in sorted(history.items()):
        highest, goes_down = -1, False
        for _date, rank in sorted(ranks):
            goes_down |= rank < highest
            highest = max(highest, rank)
        if goes_down and not flags.get(person):
            failures.append(_failure("persons", person, "rank_flag", "rank_decrease_flagged", None))
    return failures


def cross_check(writers: dict, reference: dict[str, pa.Table]) -> list[dict]:
    """Read the staged per-article knowledge tables back and run ``check_tables`` with the reference tables."""
    staged = {}
    for name in ("person_observations", "events"):
        paths = [p for (config, _split), writer in writers.items() if config == name
                 for p in sorted(writer.folder.glob("*.parquet"))]
        schema = next(w.schema for (config, _), w in writers.items() if config == name)
        staged[name] = pa.concat_tables([pq.read_table(p) for p in paths]) if paths else schema.empty_table()
    return check_tables({**staged, **reference})
