"""Cross-article tables (persons, position spells) built from compact per-observation keys, never from texts.

Memory grows with the number of distinct people and spells, not with the text of the corpus.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from haucan.extract.lexicon import rank_order
from haucan.records import Observation


@dataclass
class _Person:
    names: Counter = field(default_factory=Counter)
    affiliation: str | None = None
    dates: list[dt.date] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    ranks: list[tuple[dt.date, str, str]] = field(default_factory=list)  # (date, article, rank)


@dataclass
class _Spell:
    dates: list[dt.date] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    n: int = 0


@dataclass
class PeopleIndex:
    """Accumulates observations; yields the ``persons`` and ``position_spells`` rows at the end."""

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
    def rank_flag(ranks: list[tuple[dt.date, str, str]]) -> str | None:
        """A description of the first time the rank goes down, in date order; None when it never does."""
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
