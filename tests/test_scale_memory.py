"""Memory of the cross-article knowledge steps does not grow with the number of articles.

The people index (persons, position spells) lives in a scratch SQLite file and its rows are generated one person
at a time; the cross-table rules stream the staged Parquet files in record batches. Both must give exactly what
the former in-memory implementations gave (kept here as oracles), and the seed build's reference tables must be
the bytes that a single write of the whole sorted table gave.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from haucan import crosscheck, pipeline
from haucan.config import BuildConfig
from haucan.crosscheck import check_tables, cross_check
from haucan.extract.lexicon import rank_order
from haucan.knowledge.aggregate import PeopleIndex
from haucan.output import reference
from haucan.output.writer import ShardWriter
from haucan.records import Observation, PositionHeld
from haucan.tables import to_arrow
from schema import CONFIG_BY_NAME

from .conftest import SEEDS

KNOWLEDGE = ("person_observations", "events", "persons", "organizations", "position_spells")
RANKS = list(rank_order())


# --- oracles: the in-memory implementations this replaces (verbatim but for names) -----------------------------

@dataclass
class _Person:
    names: Counter = field(default_factory=Counter)
    affiliation: str | None = None
    dates: list[dt.date] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    ranks: list[tuple[dt.date, str, str]] = field(default_factory=list)


@dataclass
class _Spell:
    dates: list[dt.date] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    n: int = 0


@dataclass
class OldPeopleIndex:
    people: dict[str, _Person] = field(default_factory=dict)
    spells: dict[tuple[str, str | None, str | None], _Spell] = field(default_factory=dict)

    def add(self, observation: Observation, affiliation: str | None) -> None:
        person = self.people.setdefault(observation.person_id, _Person())
        person.names[observation.name] += 1
        person.affiliation = affiliation
        person.articles.add(observation.article_id)
        if observation.observed_on:
            person.dates.append(observation.observed_on)
            if observation.rank:
                person.ranks.append((observation.observed_on, observation.article_id, observation.rank))
        for position in observation.positions:
            spell = self.spells.setdefault((observation.person_id, position.normalized_title, position.org_id), _Spell())
            spell.n += 1
            spell.articles.add(observation.article_id)
            if observation.observed_on:
                spell.dates.append(observation.observed_on)

    @staticmethod
    def rank_flag(ranks):
        order = rank_order()
        highest = None
        for date, article, rank in sorted(ranks):
            if highest and order[rank] < order[highest[2]]:
                return (f"rank goes down: {rank} on {date.isoformat()} (article {article}) after {highest[2]} on "
                        f"{highest[0].isoformat()} (article {highest[1]})")
            if highest is None or order[rank] > order[highest[2]]:
                highest = (date, article, rank)
        return None

    def person_rows(self) -> list[dict]:
        rows = []
        for person_id in sorted(self.people):
            person = self.people[person_id]
            names = sorted(person.names.items(), key=lambda kv: (-kv[1], kv[0]))
            rows.append({
                "person_id": person_id, "name": names[0][0], "name_variants": [n for n, _ in names[1:]],
                "affiliation_org_id": person.affiliation,
                "first_observed": min(person.dates) if person.dates else None,
                "last_observed": max(person.dates) if person.dates else None,
                "n_articles": len(person.articles), "rank_flag": self.rank_flag(person.ranks),
            })
        return rows

    def spell_rows(self) -> list[dict]:
        rows = []
        for key in sorted(self.spells, key=lambda k: (k[0], k[1] or "", k[2] or "")):
            spell = self.spells[key]
            person_id, title, org_id = key
            rows.append({
                "spell_id": f"{person_id}|{title or ''}|{org_id or ''}", "person_id": person_id,
                "normalized_title": title, "org_id": org_id,
                "first_observed": min(spell.dates) if spell.dates else None,
                "last_observed": max(spell.dates) if spell.dates else None,
                "n_observations": spell.n, "article_ids": sorted(spell.articles),
            })
        return rows


def old_check_tables(tables: dict[str, pa.Table]) -> list[dict]:
    fail = crosscheck._failure
    persons = set(tables["persons"].column("person_id").to_pylist())
    orgs = set(tables["organizations"].column("org_id").to_pylist())
    failures: list[dict] = []
    for row in tables["person_observations"].to_pylist():
        if row["person_id"] not in persons:
            failures.append(fail("person_observations", row["obs_id"], "person_id", "observation_person_exists",
                                 row["person_id"]))
        for position in row["positions"]:
            if position["org_id"] is not None and position["org_id"] not in orgs:
                failures.append(fail("person_observations", row["obs_id"], "positions", "position_org_exists",
                                     position["org_id"]))
    for row in tables["events"].to_pylist():
        if row["organizer_org_id"] is not None and row["organizer_org_id"] not in orgs:
            failures.append(fail("events", row["event_id"], "organizer_org_id", "event_organizer_exists",
                                 row["organizer_org_id"]))
        if row["chair_person_id"] is not None and row["chair_person_id"] not in persons:
            failures.append(fail("events", row["event_id"], "chair_person_id", "event_chair_exists",
                                 row["chair_person_id"]))
        for participant in row["participants"]:
            if participant["person_id"] not in persons:
                failures.append(fail("events", row["event_id"], "participants", "event_participant_exists",
                                     participant["person_id"]))
    for row in tables["organizations"].to_pylist():
        if row["parent_org_id"] is not None and row["parent_org_id"] not in orgs:
            failures.append(fail("organizations", row["org_id"], "parent_org_id", "org_parent_exists",
                                 row["parent_org_id"]))
        for successor in row["successor_org_ids"]:
            if successor not in orgs:
                failures.append(fail("organizations", row["org_id"], "successor_org_ids", "org_successor_exists",
                                     successor))
    for row in tables["position_spells"].to_pylist():
        if row["person_id"] not in persons:
            failures.append(fail("position_spells", row["spell_id"], "person_id", "spell_person_exists",
                                 row["person_id"]))
        if row["org_id"] is not None and row["org_id"] not in orgs:
            failures.append(fail("position_spells", row["spell_id"], "org_id", "spell_org_exists", row["org_id"]))
    order = rank_order()
    history: dict[str, list] = {}
    for row in tables["person_observations"].select(["person_id", "observed_on", "rank"]).to_pylist():
        if row["observed_on"] and row["rank"]:
            history.setdefault(row["person_id"], []).append((row["observed_on"], order[row["rank"]]))
    flags = dict(zip(tables["persons"].column("person_id").to_pylist(),
                     tables["persons"].column("rank_flag").to_pylist(), strict=True))
    for person, ranks in sorted(history.items()):
        highest, goes_down = -1, False
        for _date, rank in sorted(ranks):
            goes_down |= rank < highest
            highest = max(highest, rank)
        if goes_down and not flags.get(person):
            failures.append(fail("persons", person, "rank_flag", "rank_decrease_flagged", None))
    return sorted(failures, key=lambda f: (f.table, f.row, f.check))


# --- synthetic observations --------------------------------------------------------------------------------------

def _observation(i: int, person: str, name: str, article: str, day: dt.date | None, rank: str | None,
                 positions: tuple[PositionHeld, ...]) -> Observation:
    return Observation(obs_id=f"{article}:{i}", person_id=person, name=name, article_id=article, observed_on=day,
                       observed_on_basis=None, rank=rank, academic_titles=(), positions=positions, party_roles=(), event_id=None,
                       event_role=None, evidence_field="text", evidence_caption_idx=None, evidence_start=0,
                       evidence_end=1, source="auto", extractor=None)


def _edge_cases() -> list[tuple[Observation, str | None]]:
    """Ties of names, None dates/ranks/titles/orgs, '' against None, a title that is a prefix of another (tuple
    order and spell_id order disagree), rank decreases, an affiliation that changes, repeated articles."""
    day = dt.date(2024, 3, 1)
    p = PositionHeld
    rows = [
        # person A: name tie (2 x 'Nguyễn Văn A', 2 x 'Nguyen Van A'), rank goes down later, affiliation changes
        ("per-00000000000a", "Nguyễn Văn A", "a01", day, "Đại tá", (p("Cục trưởng", "Cục trưởng", "org-1"),), "org-1"),
        ("per-00000000000a", "Nguyen Van A", "a01", day, None, (p("x", "Cục trưởng", "org-1"),), "org-1"),
        ("per-00000000000a", "Nguyen Van A", "a02", None, "Thiếu tướng", (p("x", None, None),), "org-1"),
        ("per-00000000000a", "Nguyễn Văn A", "a03", day + dt.timedelta(days=30), "Thiếu tướng",
         (p("x", "Cục trưởng Cục", "org-2"), p("y", "", None), p("z", None, "org-1")), "org-2"),
        ("per-00000000000a", "Zeta", "a04", day + dt.timedelta(days=60), "Đại tá",
         (p("x", "Cục trưởng", "org-1"),), None),
        # person B: only undated, no rank, no positions
        ("per-00000000000b", "Trần B", "a02", None, None, (), None),
        ("per-00000000000b", "Trần B", "a02", None, None, (), None),
        # person C: same date, different articles; rank equal then higher; titles in spell-id-disorder
        ("per-00000000000c", "Lê C", "a05", day, "Trung tá", (p("t", "Phó", "org-3"), p("t", "Phó Chính ủy", "org-3")),
         "org-3"),
        ("per-00000000000c", "Lê C", "a06", day, "Thượng tá", (p("t", "Phó", "org-3"),), "org-3"),
        ("per-00000000000c", "Lê C", "a06", day + dt.timedelta(days=1), "Thượng tá", (p("t", "Phó|x", None),), "org-3"),
        # person D: a rank decrease on the same day (ordered by article id)
        ("per-00000000000d", "Phạm D", "a07", day, "Thiếu tướng", (), None),
        ("per-00000000000d", "Phạm D", "a08", day, "Đại tá", (), "org-9"),
        ("per-0000000000", "Short id", "a09", day, "Đại úy", (p("t", "Phó", None),), None),
    ]
    return [(_observation(i, *row[:6]), row[6]) for i, row in enumerate(rows)]


def _random_cases(n: int, people: int, seed: int) -> Iterator[tuple[Observation, str | None]]:
    """``n`` observations of ``people`` persons over articles in id order (several per article)."""
    rng = random.Random(seed)
    titles = [None, "", "Chính ủy", "Chính ủy Quân khu", "Phó", "Phó Tư lệnh", "Tư lệnh"]
    orgs = [None, "org-a", "org-b", "org-b|c"]
    for i in range(n):
        person = rng.randrange(people)
        day = None if rng.random() < 0.2 else dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(1500))
        rank = None if rng.random() < 0.3 else rng.choice(RANKS)
        positions = tuple(PositionHeld("t", rng.choice(titles), rng.choice(orgs)) for _ in range(rng.randrange(3)))
        names = [f"Người {person}", f"Nguoi {person}", f"Người {person} B"]
        yield (_observation(i, f"per-{person:012x}", rng.choice(names), f"{i // 4:016x}", day, rank, positions),
               rng.choice([None, "org-a", "org-b"]))


def _cheap_cases(n: int, people: int) -> Iterator[tuple[Observation, str | None]]:
    """Like ``_random_cases`` but from a few prebuilt values (fast enough to trace 200,000 of them)."""
    ids = [f"per-{p:012x}" for p in range(people)]
    names = [(f"Người {p}", f"Nguoi {p}") for p in range(people)]
    days = [None, *(dt.date(2020, 1, 1) + dt.timedelta(days=d) for d in range(0, 1500, 7))]
    positions = [(), (PositionHeld("t", "Phó", "org-a"),), (PositionHeld("t", None, None), PositionHeld("t", "", "x"))]
    for i in range(n):
        person = i * 7919 % people
        yield (_observation(i, ids[person], names[person][i % 2], f"{i // 4:016x}", days[i % len(days)],
                            RANKS[i * 31 % len(RANKS)] if i % 3 else None, positions[i % 3]), (None, "org-a")[i % 2])


def _indexes(cases, tmp_path: Path, **kwargs) -> tuple[OldPeopleIndex, PeopleIndex]:
    old, new = OldPeopleIndex(), PeopleIndex(tmp_path, **kwargs)
    for observation, affiliation in cases:
        old.add(observation, affiliation)
        new.add(observation, affiliation)
    return old, new


@pytest.mark.parametrize("cases", [_edge_cases, lambda: _random_cases(5000, 40, seed=7)], ids=["edges", "random"])
def test_people_index_gives_the_rows_of_the_in_memory_index(cases, tmp_path):
    old, new = _indexes(cases(), tmp_path, flush_rows=7)  # small buffer: several flushes
    with new:
        assert list(new.person_rows()) == old.person_rows()
        assert list(new.spell_rows()) == old.spell_rows()
        assert list(new.person_rows()) == old.person_rows()  # rows can be read again
        # the published order is what sorting the old table by the sort keys gave
        spec = CONFIG_BY_NAME["position_spells"]
        published = to_arrow(spec, old.spell_rows()).sort_by([(k, "ascending") for k in spec.sort_keys])
        assert list(new.spell_rows(published_order=True)) == published.to_pylist()
    assert (tmp_path / PeopleIndex.FILENAME).exists()


def test_edge_cases_cover_what_they_claim(tmp_path):
    with PeopleIndex(tmp_path) as index:
        for observation, affiliation in _edge_cases():
            index.add(observation, affiliation)
        persons = {row["person_id"]: row for row in index.person_rows()}
        spells = list(index.spell_rows())
        published = list(index.spell_rows(published_order=True))
    a = persons["per-00000000000a"]
    assert a["name"] == "Nguyen Van A" and a["name_variants"] == ["Nguyễn Văn A", "Zeta"]  # tie: lowest name
    assert a["affiliation_org_id"] is None and a["n_articles"] == 4 and a["rank_flag"].startswith("rank goes down")
    assert persons["per-00000000000b"]["first_observed"] is None and persons["per-00000000000b"]["n_articles"] == 1
    assert persons["per-00000000000d"]["rank_flag"] is not None and persons["per-00000000000c"]["rank_flag"] is None
    titles = [(s["normalized_title"], s["org_id"]) for s in spells if s["person_id"] == "per-00000000000a"]
    assert (None, None) in titles and ("", None) in titles
    assert spells != published  # the two orders differ on these rows


def test_a_leftover_index_is_discarded_and_a_closed_one_refuses(tmp_path):
    (tmp_path / PeopleIndex.FILENAME).write_bytes(b"not a database")
    index = PeopleIndex(tmp_path)
    index.add(*_edge_cases()[0])
    assert [r["person_id"] for r in index.person_rows()] == ["per-00000000000a"]
    index.close()
    with pytest.raises(ValueError):
        list(index.person_rows())


def _traced_peak(work) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_people_index_memory_does_not_grow_with_observations(tmp_path):
    def run(n: int) -> tuple[int, int]:
        def add_all() -> None:
            for case in _cheap_cases(n, 500):
                index.add(*case)

        with PeopleIndex(tmp_path / str(n)) as index:
            adding = _traced_peak(add_all)
            reading = _traced_peak(lambda: sum(1 for _ in index.person_rows()))
        return adding, reading

    small, large = run(20_000), run(200_000)
    assert large[0] - small[0] < 2 * 2**20, (small, large)
    assert large[1] - small[1] < 2 * 2**20, (small, large)


# --- cross-table rules ---------------------------------------------------------------------------------------------

@pytest.fixture
def tables(seed_build):
    return {name: pq.read_table(seed_build.output_dir / "data" / name) for name in KNOWLEDGE}


def _write_files(tables: dict[str, pa.Table], folder: Path, pieces: int = 3) -> dict[str, list[Path]]:
    """Each table in several files of small row groups."""
    files = {}
    for name, table in tables.items():
        files[name] = []
        step = max(1, -(-table.num_rows // pieces))
        for index, offset in enumerate(range(0, max(1, table.num_rows), step)):
            path = folder / name / f"part-{index}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table.slice(offset, step), path, row_group_size=5)  # batches of 3 start mid-group
            files[name].append(path)
    return files


def _broken(tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """The seed tables with one bad row of every kind (and a rank that goes down unflagged)."""
    def replace(name, rows):
        return pa.Table.from_pylist(rows, schema=tables[name].schema)

    obs = tables["person_observations"].to_pylist()
    obs[0] = dict(obs[0], person_id="per-000000000000")
    obs[1]["positions"] = [*obs[1]["positions"], {"title": "X", "normalized_title": None, "org_id": "nowhere"},
                           {"title": "Y", "normalized_title": None, "org_id": "nowhere-2"}]
    obs[-1]["positions"] = [*obs[-1]["positions"], {"title": "Z", "normalized_title": None, "org_id": "nowhere"}]
    obs[-2] = dict(obs[-2], person_id=None)
    dated = next(r for r in obs if r["observed_on"] and r["rank"] == "Trung tướng")
    obs.append(dict(dated, obs_id="later:" + dated["obs_id"], article_id="ffffffffffffffff",
                    observed_on=dated["observed_on"] + dt.timedelta(days=400), rank="Đại tá"))
    events = tables["events"].to_pylist()
    events[0] = dict(events[0], organizer_org_id="nowhere", chair_person_id="per-ffffffffffff")
    events[0]["participants"] = [*events[0]["participants"], {"person_id": "per-ffffffffffff", "role": "attends"}]
    events[-1]["participants"] = [{"person_id": None, "role": "attends"}, *events[-1]["participants"]]
    orgs = tables["organizations"].to_pylist()
    orgs[0] = dict(orgs[0], parent_org_id="nowhere")
    orgs[1]["successor_org_ids"] = [*orgs[1]["successor_org_ids"], "nowhere", "nowhere"]
    orgs[-1]["successor_org_ids"] = [*orgs[-1]["successor_org_ids"], "elsewhere"]
    spells = tables["position_spells"].to_pylist()
    spells[0] = dict(spells[0], org_id="nowhere", person_id="per-eeeeeeeeeeee")
    spells[-1] = dict(spells[-1], org_id="elsewhere")
    return {**tables, "person_observations": replace("person_observations", obs), "events": replace("events", events),
            "organizations": replace("organizations", orgs), "position_spells": replace("position_spells", spells)}


@pytest.mark.parametrize("broken", [False, True], ids=["seed", "broken"])
def test_streamed_rules_give_the_failures_of_the_in_memory_rules(tables, tmp_path, monkeypatch, broken):
    tables = _broken(tables) if broken else tables
    expected = old_check_tables(tables)
    assert bool(expected) == broken
    if broken:
        assert {f.check for f in expected} == {
            "observation_person_exists", "position_org_exists", "event_organizer_exists", "event_chair_exists",
            "event_participant_exists", "org_parent_exists", "org_successor_exists", "spell_person_exists",
            "spell_org_exists", "rank_decrease_flagged"}
    monkeypatch.setattr(crosscheck, "BATCH_ROWS", 3)  # many batches per file
    assert check_tables(tables) == expected
    assert cross_check(_write_files(tables, tmp_path / "files"), tmp_path / "scratch") == expected
    assert not (tmp_path / "scratch" / crosscheck.FILENAME).exists()


def _observations_file(path: Path, n: int, people: int) -> None:
    """A person_observations file of ``n`` rows (only the columns the rules read), ranks going up over time."""
    rng = random.Random(n)
    schema = CONFIG_BY_NAME["person_observations"].features.arrow_schema
    columns = ("obs_id", "person_id", "positions", "observed_on", "rank")
    writer = pq.ParquetWriter(path, pa.schema([schema.field(c) for c in columns]))
    for start in range(0, n, 50_000):
        size = min(50_000, n - start)
        writer.write_table(pa.table({
            "obs_id": [f"o{start + i}" for i in range(size)],
            "person_id": [f"per-{rng.randrange(people):012x}" for _ in range(size)],
            "positions": [[{"title": "t", "normalized_title": "n", "org_id": "org-a"}]] * size,
            "observed_on": [dt.date(2020, 1, 1) + dt.timedelta(days=(start + i) // 1000) for i in range(size)],
            "rank": [RANKS[min((start + i) * len(RANKS) // n, len(RANKS) - 1)] for i in range(size)],
        }, schema=writer.schema))
    writer.close()


@pytest.mark.slow
def test_cross_check_memory_does_not_grow_with_observations(tmp_path, monkeypatch):
    monkeypatch.setattr(crosscheck, "BATCH_ROWS", 4096)
    people = 500
    reference = tmp_path / "reference"
    persons = pa.table({"person_id": [f"per-{i:012x}" for i in range(people)], "rank_flag": [None] * people})
    orgs = pa.table({"org_id": ["org-a"], "parent_org_id": pa.array([None], pa.string()),
                     "successor_org_ids": pa.array([[]], pa.list_(pa.string()))})
    reference.mkdir()
    pq.write_table(persons, reference / "persons.parquet")
    pq.write_table(orgs, reference / "orgs.parquet")

    def run(n: int) -> tuple[int, int]:
        path = tmp_path / f"obs-{n}.parquet"
        _observations_file(path, n, people)
        files = {"person_observations": [path], "persons": [reference / "persons.parquet"],
                 "organizations": [reference / "orgs.parquet"]}
        pool = pa.proxy_memory_pool(pa.default_memory_pool())
        previous = pa.default_memory_pool()
        pa.set_memory_pool(pool)
        try:
            result: list = []
            peak = _traced_peak(lambda: result.append(cross_check(files, tmp_path / "scratch")))
        finally:
            pa.set_memory_pool(previous)
        assert result == [[]]
        return peak, pool.max_memory()

    small, large = run(150_000), run(600_000)  # 50,000-row row groups: several in both (two may be alive at once)
    assert large[0] - small[0] < 2 * 2**20, (small, large)  # Python objects
    assert large[1] - small[1] < 2 * 2**20, (small, large)  # Arrow buffers


# --- the seed build ------------------------------------------------------------------------------------------------

def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_seed_reference_tables_are_the_bytes_of_the_in_memory_build(tmp_path, monkeypatch):
    """A build whose people index also feeds the old in-memory index: the published persons and position_spells
    files are byte for byte what the old rows, sorted and written in one ``write``, give; and the cross-table
    rules (now reading the closed shards) pass."""
    oracle = OldPeopleIndex()

    class Spy(PeopleIndex):
        def add(self, observation, affiliation):
            oracle.add(observation, affiliation)
            super().add(observation, affiliation)

    monkeypatch.setattr(pipeline, "PeopleIndex", Spy)
    config = BuildConfig(input_dir=SEEDS, output_dir=tmp_path / "new" / "ds", heldout_dir=None)
    result = pipeline.build(config)
    assert oracle.people and oracle.spells
    for name, rows in (("persons", oracle.person_rows()), ("position_spells", oracle.spell_rows())):
        spec = CONFIG_BY_NAME[name]
        writer = ShardWriter(tmp_path / "old" / name, "train", spec.features.arrow_schema, spec.sort_keys,
                             config.row_group_bytes, config.shard_bytes)
        writer.write(to_arrow(spec, rows).sort_by([(k, "ascending") for k in spec.sort_keys]))
        (old,) = writer.close()
        (new,) = sorted((result.output_dir / "data" / name).glob("*.parquet"))
        assert _sha256(new) == _sha256(old)
        assert result.rows[name] == writer.rows
    assert not list(tmp_path.glob("new/*scratch*"))  # the scratch folder (people index) is gone


@pytest.mark.parametrize("size", [50, 10_000])
def test_reference_batches_write_the_bytes_of_one_write(tmp_path, size):
    """Within a row group, rows handed to the writer in batches give the file of one write of the whole sorted
    table; in one batch (as the seeds' tables are) the Arrow byte count the card shows as well (concatenated
    batches drop the all-valid validity bitmaps that a sort of the whole table allocates)."""
    old = OldPeopleIndex()
    for case in _random_cases(3000, 60, seed=3):
        old.add(*case)
    spec = CONFIG_BY_NAME["position_spells"]
    rows = to_arrow(spec, old.spell_rows()).sort_by([(k, "ascending") for k in spec.sort_keys]).to_pylist()
    whole = ShardWriter(tmp_path / "whole", "train", spec.features.arrow_schema, spec.sort_keys)
    whole.write(to_arrow(spec, old.spell_rows()).sort_by([(k, "ascending") for k in spec.sort_keys]))
    batched = ShardWriter(tmp_path / "batched", "train", spec.features.arrow_schema, spec.sort_keys)
    tables = list(reference.batches(spec, iter(rows), size=size))
    assert (len(tables) > 5) == (size == 50)
    for table in tables:
        batched.write(table)
    assert [_sha256(p) for p in whole.close()] == [_sha256(p) for p in batched.close()]
    assert (whole.arrow_bytes == batched.arrow_bytes) == (len(tables) == 1)
    with pytest.raises(RuntimeError, match="sort-key order"):
        list(reference.batches(spec, iter(rows[::-1]), size=50))


def test_small_row_groups_build_with_the_same_reference_rows(seed_build, tmp_path):
    """Row groups flushed before the cross-table rules run: the rules read the closed shards (they used to open
    the still-open part files and fail), and the tables hold the same rows as the default build."""
    out = tmp_path / "small" / "ds"
    pipeline.build(BuildConfig(input_dir=SEEDS, output_dir=out, heldout_dir=None, row_group_bytes=2000))
    for name in KNOWLEDGE:
        assert pq.ParquetFile(next((out / "data" / name).glob("*.parquet"))).metadata.num_row_groups >= 1
        got = pq.read_table(out / "data" / name).to_pylist()
        expected = pq.read_table(seed_build.output_dir / "data" / name).to_pylist()
        assert got == expected, name
