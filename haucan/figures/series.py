"""What the card's plots show, read back from the Parquet rows of the release being staged.

Plain, sorted Python values only (no matplotlib here), so the drawing is a pure function of them and two
builds of the same data draw the same bytes. Every reader returns an empty value for a config with no files
(a corpus without people has no ``position_spells``), and the plot is then left out of the card.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from haucan.output.paths import config_dir

UNKNOWN_OUTLET = "(outlet unknown)"


def read_table(folder: Path, config: str, columns: list[str]) -> pa.Table | None:
    """``columns`` of ``config`` in the release ``folder`` (every split); None when the config has no files."""
    where = config_dir(folder, config)
    if not where.is_dir() or not any(where.glob("*.parquet")):
        return None
    return pq.read_table(where, columns=columns)


def read_rows(folder: Path, config: str, columns: list[str]) -> list[dict]:
    """The rows of ``config`` as dictionaries ([] without files): for the small tables only (articles, people)."""
    table = read_table(folder, config, columns)
    return [] if table is None else table.to_pylist()


def articles_per_outlet(folder: Path) -> list[tuple[str, int]]:
    """(outlet, articles), most articles first, then by name."""
    counts = Counter(r["outlet"] or UNKNOWN_OUTLET for r in read_rows(folder, "articles", ["outlet"]))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def articles_per_month(folder: Path) -> tuple[list[tuple[str, int]], int, int]:
    """Articles per ``YYYY-MM`` of the publication date, else the event date, for every month from the first to
    the last (months without articles as 0, so the axis is a true timeline); then (dated, total) articles."""
    rows = read_rows(folder, "articles", ["published_date", "event_date"])
    months = Counter(d.strftime("%Y-%m") for r in rows if (d := r["published_date"] or r["event_date"]))
    if not months:
        return [], 0, len(rows)
    first, last = min(months), max(months)
    year, month = int(first[:4]), int(first[5:])
    series = []
    while (key := f"{year:04d}-{month:02d}") <= last:
        series.append((key, months.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return series, sum(months.values()), len(rows)


def mentions_per_label(folder: Path, labels: list[str]) -> dict[str, dict[str, int]]:
    """source (``gold``/``auto``) -> label -> mentions, for every label of the label set (0 when absent).
    Counted in Arrow: a large corpus has millions of mentions."""
    table = read_table(folder, "mentions", ["source", "label"])
    if table is None or not table.num_rows:
        return {}
    counts = {(r["source"], r["label"]): r["count_all"]
              for r in table.group_by(["source", "label"]).aggregate([([], "count_all")]).to_pylist()}
    return {source: {label: counts.get((source, label), 0) for label in labels}
            for source in sorted({source for source, _ in counts})}


def sentence_lengths(folder: Path) -> list[int]:
    """Syllables per sentence (the ``sentences.syllables`` tokens), sorted; measured in Arrow, not as lists."""
    table = read_table(folder, "sentences", ["syllables"])
    return [] if table is None else sorted(pc.list_value_length(table["syllables"]).to_pylist())


def article_lengths(folder: Path) -> list[int]:
    """Syllables of clean text per article, sorted."""
    table = read_table(folder, "articles", ["n_syllables"])
    return [] if table is None else sorted(table["n_syllables"].to_pylist())


def median(values: list[int]) -> int:
    return int(statistics.median(values)) if values else 0


@dataclass(frozen=True)
class Spell:
    """One row of the timeline: a person's office in an organisation, with the rank they held then."""

    person: str
    rank: str | None
    title: str
    org: str  # the organisation's name; "" for an office the text ties to no organisation
    first: dt.date | None
    last: dt.date | None
    seen_on: tuple[dt.date, ...]  # the dated observations behind the spell

    @property
    def label(self) -> str:
        rank = f"{self.rank} " if self.rank else ""
        return f"{rank}{self.person}: {self.title}" + (f", {self.org}" if self.org else "")


def person_spells(folder: Path, max_rows: int) -> tuple[list[Spell], int]:
    """Offices of the observed people, people with most articles first (then by name), each person's offices in
    date order (undated last); at most ``max_rows`` rows, whole people only. Then the number of people."""
    persons = read_rows(folder, "persons", ["person_id", "name", "n_articles"])
    spells = read_rows(folder, "position_spells", ["person_id", "normalized_title", "org_id", "first_observed",
                                                   "last_observed", "article_ids"])
    observations = read_rows(folder, "person_observations", ["person_id", "article_id", "rank", "observed_on"])
    org_names = {r["org_id"]: r["name"] for r in read_rows(folder, "organizations", ["org_id", "name"])}
    seen = {(o["person_id"], o["article_id"]): o for o in observations}
    by_person: dict[str, list[dict]] = {}
    for spell in spells:
        by_person.setdefault(spell["person_id"], []).append(spell)
    rows: list[Spell] = []
    for person in sorted(persons, key=lambda p: (-p["n_articles"], p["name"], p["person_id"])):
        own = by_person.get(person["person_id"], [])
        if not own or (rows and len(rows) + len(own) > max_rows):
            continue
        made = []
        for spell in own:
            behind = sorted((seen[key] for aid in spell["article_ids"] if (key := (person["person_id"], aid)) in seen),
                            key=lambda o: (o["observed_on"] or dt.date.max, o["article_id"]))
            ranks = [o["rank"] for o in behind if o["rank"]]
            made.append(Spell(person["name"], ranks[-1] if ranks else None, spell["normalized_title"],
                              org_names.get(spell["org_id"], spell["org_id"] or ""), spell["first_observed"],
                              spell["last_observed"], tuple(sorted({o["observed_on"] for o in behind if o["observed_on"]}))))
        rows += sorted(made, key=lambda s: (s.first or dt.date.max, s.title, s.org))
    return rows, len(persons)


def f1_by_label(tables: dict[str, dict], labels: list[str]) -> dict[str, list[float | None]]:
    """set name -> F1 per label of ``labels``, then micro, from ``Scores.table()`` dictionaries; None where the set
    has neither gold nor predicted mentions of the label (nothing to score, which is not an F1 of 0)."""
    def f1(scores: dict) -> float | None:
        return scores["f1"] if scores.get("support") or scores.get("fp") else None

    return {name: [f1(table["labels"].get(label, {})) for label in labels] + [f1(table["micro"])]
            for name, table in tables.items()}
