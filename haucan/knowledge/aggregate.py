"""Cross-article tables (persons, position spells) built from compact per-observation keys, never from texts.

``PeopleIndex(workdir)`` appends one row per observation and one per (observation, position) to a scratch
SQLite file with a bounded page cache; ``person_rows()`` and ``spell_rows()`` aggregate them back in order,
one person at a time. Python memory holds one buffer of pending rows and one person's data, whatever the
corpus size; the rest lives on disk (and in SQLite's page cache and sorter, both bounded by ``cache_kib``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from haucan.extract.lexicon import rank_order
from haucan.records import Observation
from haucan.scratch import ScratchIndex

CACHE_KIB = 32 * 1024
"""SQLite page cache (and sorter memory) of the index: the bound on its memory, whatever the corpus size."""
FLUSH_ROWS = 10_000
"""Observations buffered in memory before they are appended to the file in one transaction."""

_SCHEMA = """
CREATE TABLE obs (seq INTEGER PRIMARY KEY, person_id TEXT NOT NULL, name TEXT NOT NULL, affiliation TEXT,
                  article_id TEXT NOT NULL, day INTEGER, rank TEXT);
CREATE TABLE pos (seq INTEGER PRIMARY KEY, person_id TEXT NOT NULL, title TEXT, org_id TEXT,
                  article_id TEXT NOT NULL, day INTEGER);
"""
# Built once, when the rows are first read (bulk-building an index is cheaper than maintaining it). Each covers
# its query, so the scans below never leave the index; the rowid (seq, the order of add()) is part of every entry.
_INDEXES = """
CREATE INDEX IF NOT EXISTS obs_by_person ON obs (person_id, article_id, name, day);
CREATE INDEX IF NOT EXISTS obs_ranks ON obs (person_id, day, article_id, rank) WHERE rank IS NOT NULL;
CREATE INDEX IF NOT EXISTS pos_by_spell ON pos (person_id, title, org_id, article_id, day);
"""
_PERSON_SCAN = "SELECT person_id, article_id, name, day, seq FROM obs ORDER BY person_id, article_id, name, day"
_RANK_SCAN = ("SELECT person_id, day, article_id, rank FROM obs WHERE rank IS NOT NULL "
              "ORDER BY person_id, day, article_id, rank")
_SPELL_SCAN = ("SELECT person_id, title, org_id, article_id, day, seq FROM pos "
               "ORDER BY person_id, title, org_id, article_id, day")


class PeopleIndex(ScratchIndex):
    """Accumulates observations in ``workdir/people.sqlite3``; yields the ``persons`` and ``position_spells``
    rows at the end. A context manager; ``close()`` closes the file (the caller's scratch cleanup removes it).

    ``workdir`` is scratch owned by the caller: an index left there by an earlier (crashed) build is discarded.
    """

    FILENAME = "people.sqlite3"

    def __init__(self, workdir: Path, cache_kib: int = CACHE_KIB, flush_rows: int = FLUSH_ROWS) -> None:
        super().__init__(workdir, _SCHEMA, cache_kib)
        self._flush_rows = flush_rows
        self._obs: list[tuple] = []
        self._pos: list[tuple] = []

    def add(self, observation: Observation, affiliation: str | None) -> None:
        """Remember one observation (called in article id order; several per article)."""
        day = observation.observed_on.toordinal() if observation.observed_on else None
        rank = observation.rank if observation.observed_on and observation.rank else None
        self._obs.append((observation.person_id, observation.name, affiliation, observation.article_id, day, rank))
        for position in observation.positions:
            self._pos.append((observation.person_id, position.normalized_title, position.org_id,
                              observation.article_id, day))
        if len(self._obs) >= self._flush_rows:
            self._flush()

    def _flush(self) -> None:
        db = self._connection()
        if not self._obs:
            return
        db.execute("BEGIN")
        db.executemany("INSERT INTO obs (person_id, name, affiliation, article_id, day, rank) "
                       "VALUES (?, ?, ?, ?, ?, ?)", self._obs)
        db.executemany("INSERT INTO pos (person_id, title, org_id, article_id, day) VALUES (?, ?, ?, ?, ?)",
                       self._pos)
        db.execute("COMMIT")
        self._obs, self._pos = [], []

    def _ready(self) -> sqlite3.Connection:
        """Everything added is in the file and the indexes exist."""
        self._flush()
        db = self._connection()
        db.executescript(_INDEXES)
        return db

    @staticmethod
    def rank_flag(ranks: Iterable[tuple[dt.date, str, str]]) -> str | None:
        """A description of the first time the rank goes down, in date order; None when it never does."""
        return _first_decrease(sorted(ranks))

    def person_rows(self) -> Iterator[dict]:
        """``persons`` rows in person_id order: the most frequent name (ties: the lowest) and the others, the
        affiliation given with the person's last ``add``, first/last dated observation, distinct articles, and
        the rank flag. Two index scans in person order, merged; one person's names are in memory at a time."""
        db = self._ready()
        ranks = itertools.groupby(db.execute(_RANK_SCAN), key=lambda r: r[0])
        pending = next(ranks, None)
        for person_id, rows in itertools.groupby(db.execute(_PERSON_SCAN), key=lambda r: r[0]):
            names: Counter = Counter()
            n_articles, previous_article, first, last, last_seq = 0, None, None, None, -1
            for _, article_id, name, day, seq in rows:
                names[name] += 1
                if article_id != previous_article:  # rows come sorted by article within a person
                    n_articles, previous_article = n_articles + 1, article_id
                if day is not None:
                    first = day if first is None else min(first, day)
                    last = day if last is None else max(last, day)
                last_seq = max(last_seq, seq)
            flag = None
            if pending is not None and pending[0] == person_id:
                flag = _first_decrease((dt.date.fromordinal(day), article, rank) for _, day, article, rank in pending[1])
                pending = next(ranks, None)
            ranked = sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))
            (affiliation,) = db.execute("SELECT affiliation FROM obs WHERE seq = ?", (last_seq,)).fetchone()
            yield {
                "person_id": person_id, "name": ranked[0][0], "name_variants": [n for n, _ in ranked[1:]],
                "affiliation_org_id": affiliation,
                "first_observed": _date(first), "last_observed": _date(last),
                "n_articles": n_articles, "rank_flag": flag,
            }

    def spell_rows(self, *, published_order: bool = False) -> Iterator[dict]:
        """``position_spells`` rows, one per (person_id, normalized_title, org_id) with None distinct from '':
        ordered by (person_id, title or '', org_id or '') (ties in first-seen order), or with
        ``published_order`` as a stable sort of that order by (person_id, spell_id) would put them (the order
        of the published shards). One scan of the covering index; one person's spells in memory at a time."""
        db = self._ready()
        for _person_id, rows in itertools.groupby(db.execute(_SPELL_SCAN), key=lambda r: r[0]):
            spells = []
            for (person_id, title, org_id), spell in itertools.groupby(rows, key=lambda r: r[:3]):
                articles: list[str] = []
                n, first, last, first_seq = 0, None, None, None
                for _, _, _, article_id, day, seq in spell:
                    n += 1
                    if not articles or articles[-1] != article_id:  # sorted by article within a spell
                        articles.append(article_id)
                    if day is not None:
                        first = day if first is None else min(first, day)
                        last = day if last is None else max(last, day)
                    first_seq = seq if first_seq is None else min(first_seq, seq)
                spell_id = f"{person_id}|{title or ''}|{org_id or ''}"
                key = (title or "", org_id or "", first_seq)
                spells.append(((spell_id, *key) if published_order else key, {
                    "spell_id": spell_id, "person_id": person_id, "normalized_title": title, "org_id": org_id,
                    "first_observed": _date(first), "last_observed": _date(last),
                    "n_observations": n, "article_ids": articles,
                }))
            spells.sort(key=lambda s: s[0])
            yield from (row for _, row in spells)

    def close(self) -> None:
        """Close the file (pending rows are dropped: the index is only read through its open connection)."""
        super().close()
        self._obs, self._pos = [], []


def _date(day: int | None) -> dt.date | None:
    return None if day is None else dt.date.fromordinal(day)


def _first_decrease(ranks: Iterable[tuple[dt.date, str, str]]) -> str | None:
    """``rank_flag`` over (date, article, rank) already in sorted order."""
    order = rank_order()
    highest = None
    for date, article, rank in ranks:
        if highest and order[rank] < order[highest[2]]:
            return (f"rank goes down: {rank} on {date.isoformat()} (article {article}) after {highest[2]} on "
                    f"{highest[0].isoformat()} (article {highest[1]})")
        if highest is None or order[rank] > order[highest[2]]:
            highest = (date, article, rank)
    return None
