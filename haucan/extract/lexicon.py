"""The extractor's Vietnamese vocabulary, loaded from ``haucan/rules/entities/*.yml`` (ranks: the schema's
``schema/vocab/ranks.yml``) and compiled to regexes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from schema.vocab import rank_table

ENTITY_RULES = Path(__file__).resolve().parent.parent / "rules" / "entities"
# Word boundaries that understand Vietnamese letters (\w is Unicode-aware in Python's re).
B_START, B_END = r"(?<!\w)", r"(?!\w)"


def _load(name: str):
    return yaml.safe_load((ENTITY_RULES / name).read_text(encoding="utf-8"))


def _alternation(words) -> str:
    """Longest first, so 'Chủ nhiệm Hậu cần-Kỹ thuật' wins over 'Chủ nhiệm Hậu cần'."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _first_letter_fixed(word: str) -> str:
    """Regex for ``word`` with its first letter as written and the rest in any case."""
    return re.escape(word[0]) + "(?i:" + re.escape(word[1:]) + ")"


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns and lookup tables for every label."""

    rank: re.Pattern[str]
    rank_canonical: dict[str, str]
    rank_codes: dict[str, str]
    position: re.Pattern[str]
    position_canonical: dict[str, str]
    org_fixed: re.Pattern[str]
    org_numbered: re.Pattern[str]
    org_local_suffix: re.Pattern[str]
    org_headed: re.Pattern[str]
    org_prefix: re.Pattern[str]
    org_name_words: re.Pattern[str]
    place: re.Pattern[str]
    family_names: frozenset[str]
    known_persons: re.Pattern[str]
    doc_ref: re.Pattern[str]


@cache
def lexicon() -> Lexicon:
    """Load and compile the entity rules once per process."""
    ranks = rank_table()
    positions = _load("positions.yml")
    orgs = _load("organizations.yml")
    places = [p for group in _load("places.yml") for p in group]
    persons = _load("persons.yml")
    documents = _load("documents.yml")

    titles: dict[str, str] = {}
    for entry in positions:
        titles[entry["title"].casefold()] = entry["title"]
        if entry.get("deputy", True):
            titles[f"phó {entry['title']}".casefold()] = f"Phó {entry['title']}"
    plain = [_first_letter_fixed(t["title"]) for t in sorted(positions, key=lambda t: -len(t["title"]))]
    deputy = [re.escape(t["title"]) for t in sorted(positions, key=lambda t: -len(t["title"])) if t.get("deputy", True)]
    position = rf"{B_START}(?:Phó (?i:{'|'.join(deputy)})|{'|'.join(plain)}){B_END}"

    name_word = _alternation(orgs["name_words"])
    name = rf"(?:{name_word})(?:(?: |-)(?:{name_word}))*"
    return Lexicon(
        rank=re.compile(rf"{B_START}(?i:{_alternation(r['rank'] for r in ranks)}){B_END}"),
        rank_canonical={r["rank"].casefold(): r["rank"] for r in ranks},
        rank_codes={r["rank"]: r["code"] for r in ranks},
        position=re.compile(position),
        position_canonical=titles,
        org_fixed=re.compile(rf"{B_START}(?:{_alternation(orgs['fixed'])}){B_END}"),
        org_numbered=re.compile(rf"{B_START}(?:{_alternation(orgs['numbered_units'])}) \d+"
                                rf"(?: (?:{_alternation(orgs['service_suffixes'])}))?{B_END}"),
        org_local_suffix=re.compile(rf" (?:{_alternation(orgs['local_suffixes'])}) (?=\w)"),
        org_headed=re.compile(rf"{B_START}(?:{_alternation(orgs['heads'])}) {name}{B_END}"),
        org_prefix=re.compile(rf"{B_START}(?:{_alternation(orgs['prefixes'])}) "),
        org_name_words=re.compile(rf"{name}{B_END}"),
        place=re.compile(rf"{B_START}(?:{_alternation(places)}){B_END}"),
        family_names=frozenset(persons["family_names"]),
        known_persons=re.compile(rf"{B_START}(?:{_alternation(persons['known'])}){B_END}"),
        doc_ref=re.compile(  # the kinds, number and issue date are data (rules/entities/documents.yml)
            rf"{B_START}(?:(?:{'|'.join(_first_letter_fixed(t) for t in sorted(documents['types'], key=len, reverse=True))})"
            rf"(?: số)?|(?:{'|'.join(re.escape(t.lower()) for t in sorted(documents['types'], key=len, reverse=True))}) số)"
            rf" (?P<number>{documents['number']})(?:{documents['issued']})?(?![\w/-])"),
    )


load_rank_table = rank_table
"""The rank ladder, lowest first (the schema's vocabulary; read once per process)."""


@cache
def rank_order() -> dict[str, int]:
    """Rank -> its position in the ladder (0 = lowest), for comparing ranks over time."""
    return {r["rank"]: i for i, r in enumerate(load_rank_table())}
