"""Loads the data-file rules (residue patterns, outlet fingerprints) into frozen, compiled records."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

RULES_DIR = Path(__file__).resolve().parent / "rules"  # from the package, never the working directory


@dataclass(frozen=True, slots=True)
class LineRule:
    """A named pattern of ``rules/residue.yml``, with why it is there."""

    name: str
    pattern: re.Pattern[str]
    why: str


@dataclass(frozen=True, slots=True)
class StampRule(LineRule):
    """A line holding only a time stamp (groups ``day``/``month``/``year``); ``meaning`` says whether it is the
    publication date (``published``, ``posted``), the scrape's clock (``crawl_clock``) or only a month."""

    meaning: str = "published"


@dataclass(frozen=True, slots=True)
class RemovedRule(LineRule):
    """A pattern whose matches never reach the published text; ``in_text_pattern`` finds one that did."""

    in_text_pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class ResidueRule(RemovedRule):
    """A whole-line residue pattern; ``next_is_caption`` marks photo furniture followed by its caption."""

    next_is_caption: bool


@dataclass(frozen=True, slots=True)
class PrefixRule(RemovedRule):
    """A publication date glued to the start of the lead; group ``date`` is parsed with ``date_format``."""

    date_format: str


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """One way the text can reveal its outlet: a dateline regex, a residue rule name, or a domain footer."""

    kind: str
    why: str
    pattern: re.Pattern[str] | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news outlet with its domain and fingerprints."""

    name: str
    domain: str
    fingerprints: tuple[Fingerprint, ...]


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything the block segmenter and metadata parser need from the data files."""

    residue: tuple[ResidueRule, ...]
    prefixes: tuple[PrefixRule, ...]
    stamps: tuple[StampRule, ...]
    title_stamp: LineRule
    forbidden_characters: tuple[str, ...]
    outlets: tuple[Outlet, ...]

    def outlet_by_domain(self, domain: str) -> Outlet | None:
        """The outlet whose domain equals ``domain`` (``www.`` ignored), or None."""
        bare = domain.removeprefix("www.")
        return next((o for o in self.outlets if o.domain == bare), None)

    def in_text_patterns(self) -> tuple[re.Pattern[str], ...]:
        """Patterns that must never match published text: residue, date prefixes, forbidden characters."""
        patterns = [r.in_text_pattern for r in self.residue] + [p.in_text_pattern for p in self.prefixes]
        patterns += [re.compile(re.escape(c)) for c in self.forbidden_characters]
        return tuple(patterns)


def _load_yaml(name: str) -> dict:
    with open(RULES_DIR / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _line(entry: dict) -> dict:
    """The LineRule fields of a YAML entry, its pattern compiled."""
    return {"name": entry["name"], "pattern": re.compile(entry["pattern"]), "why": entry["why"]}


def _removed(entry: dict) -> dict:
    """The RemovedRule fields of a YAML entry; the in-text pattern checks whole texts, line by line."""
    return {**_line(entry), "in_text_pattern": re.compile(entry["in_text_pattern"], re.MULTILINE)}


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    """Replace ``{NAME}`` placeholders of a stamp pattern by the shared fragments of residue.yml."""
    for name, fragment in fragments.items():
        pattern = pattern.replace("{" + name + "}", fragment)
    return pattern


@cache
def load_rules() -> Rules:
    """Read and compile ``haucan/rules/*.yml`` once per process."""
    residue_doc = _load_yaml("residue.yml")
    outlets_doc = _load_yaml("outlets.yml")
    residue = tuple(ResidueRule(**_removed(r), next_is_caption=bool(r.get("next_is_caption", False)))
                    for r in residue_doc["line_rules"])
    prefixes = tuple(PrefixRule(**_removed(r), date_format=r["date_format"]) for r in residue_doc["prefix_rules"])
    fragments = residue_doc["stamp_fragments"]
    stamps = tuple(StampRule(**_line({**r, "pattern": _expand(r["pattern"], fragments)}),
                             meaning=r.get("meaning", "published"))
                   for r in residue_doc["publication_stamps"])
    suffix = residue_doc["title_stamp_suffix"]
    title_stamp = LineRule(**_line({**suffix, "pattern": _expand(suffix["pattern"], fragments)}))
    outlets = tuple(
        Outlet(
            name=o["name"],
            domain=o["domain"],
            fingerprints=tuple(
                Fingerprint(
                    kind=f["kind"],
                    why=f["why"],
                    pattern=re.compile(f["pattern"]) if "pattern" in f else None,
                    rule=f.get("rule"),
                )
                for f in o["fingerprints"]
            ),
        )
        for o in outlets_doc["outlets"]
    )
    return Rules(
        residue=residue,
        prefixes=prefixes,
        stamps=stamps,
        title_stamp=title_stamp,
        forbidden_characters=tuple(c["char"] for c in residue_doc["forbidden_characters"]),
        outlets=outlets,
    )
