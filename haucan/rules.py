"""Loads the data-file rules (residue patterns, the outlet registry and its fingerprints) into frozen, compiled
records."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, wraps
from pathlib import Path

import yaml

from haucan.provinces import generated_entries

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
    """A news outlet of ``rules/outlets.yml``: its domains, kind, the names it goes by, and its fingerprints
    (the ``dateline`` ones generated from its lead prefixes)."""

    name: str
    domains: tuple[str, ...]
    kind: str
    fingerprints: tuple[Fingerprint, ...]
    lead_prefixes: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    mirror_of: str | None = None
    why: str = ""

    @property
    def domain(self) -> str:
        """The outlet's main domain (its first): the one ``dateline:<domain>`` block rules name; "" for an outlet
        known only by name (outlets_more.yml entries whose host was not verified, generated provincial outlets)."""
        return self.domains[0] if self.domains else ""


_DASHES = "-\u2013\u2014"
_HOST_PREFIXES = ("www.", "m.", "amp.")


def bare_host(host: str) -> str:
    """``host`` lowercased, without a trailing dot and without leading "www.", "m.", "amp." (a mobile or AMP
    copy is the same outlet's page)."""
    host = host.strip().lower().rstrip(".")
    while host.startswith(_HOST_PREFIXES) and host.count(".") > 1:
        host = host.split(".", 1)[1]
    return host


def dateline_pattern(prefix: str) -> re.Pattern[str]:
    """The regex of a lead prefix as the registry writes it ("(QK7 Online) – "): the words escaped, any run of
    spaces between them, optional spaces inside brackets, and its dash as any of '-', '–', '—' with any spacing
    or none around it. A bracketed prefix seen without a dash ("(THTG) ") also accepts one; an unbracketed one
    always ends in a dash or a space, so "Biên phòng - " never matches a lead that starts "Biên phòng tỉnh"."""
    body = prefix.strip()
    dashed = body[-1:] in _DASHES
    body = body.rstrip(_DASHES).rstrip()
    core = r"\s+".join(re.escape(word) for word in body.split())
    bracketed = body.startswith("(") and body.endswith(")")
    if bracketed:
        core = r"\(\s*" + core[2:-2] + r"\s*\)"
    if dashed:
        tail = rf"\s*[{_DASHES}]\s*"
    elif bracketed:
        tail = rf"\s*(?:[{_DASHES}]\s*)?"
    else:
        tail = rf"(?:\s*[{_DASHES}]\s*|\s+)"
    return re.compile("^" + core + tail)


def _outlet(entry: dict) -> Outlet:
    """An Outlet from its registry entry: longer lead prefixes are tried first ("QĐND Online – " before "QĐND - ")."""
    prefixes = tuple(entry.get("lead_prefixes") or ())
    # Prefixes differing only in their dash or spacing give one pattern, kept once.
    patterns = {dateline_pattern(p).pattern: p for p in sorted(prefixes, key=len, reverse=True)}
    datelines = tuple(Fingerprint(kind="dateline", why=f"the lead prefix {p!r} of rules/outlets.yml",
                                  pattern=re.compile(pattern)) for pattern, p in patterns.items())
    others = tuple(Fingerprint(kind=f["kind"], why=f["why"], rule=f.get("rule"),
                               pattern=re.compile(f["pattern"]) if "pattern" in f else None)
                   for f in entry.get("fingerprints", ()))
    return Outlet(name=entry["name"], domains=tuple(entry.get("domains") or ()), kind=entry["kind"],
                  fingerprints=datelines + others, lead_prefixes=prefixes, aliases=tuple(entry.get("aliases") or ()),
                  mirror_of=entry.get("mirror_of"), why=entry["why"])


def per_object(derive):
    """Memoise ``derive(obj)`` by the object's identity: an index built once per loaded Rules (or per tuple of its
    outlets) instead of on every line. Not functools.cache: hashing a frozen Rules hashes every rule and outlet it
    holds, which cost more than the lookups it saved."""
    memo: dict[int, tuple[object, object]] = {}

    @wraps(derive)
    def derived(obj):
        hit = memo.get(id(obj))
        if hit is None or hit[0] is not obj:  # the id of a freed object can be reused: check it is the same one
            hit = memo[id(obj)] = (obj, derive(obj))
        return hit[1]
    return derived


@dataclass(frozen=True, slots=True)
class Rules:
    """Everything the block segmenter and metadata parser need from the data files."""

    residue: tuple[ResidueRule, ...]
    prefixes: tuple[PrefixRule, ...]
    stamps: tuple[StampRule, ...]
    title_stamp: LineRule
    forbidden_characters: tuple[str, ...]
    outlets: tuple[Outlet, ...]
    attributions: tuple[LineRule, ...] = ()

    def outlet_for_host(self, host: str) -> tuple[Outlet, str] | None:
        """(outlet, registry domain) for a host equal to a registry domain or under one, the longest winning
        ("hc.qdnd.vn" is its own outlet, "foo.qdnd.vn" is qdnd.vn's); a look-alike ("vietnamplus.com.vn") is not
        under "vietnamplus.vn" and matches nothing. None when no registry domain covers the host."""
        labels = bare_host(host).split(".")
        for start in range(len(labels) - 1):
            candidate = ".".join(labels[start:])
            for outlet in self.outlets:
                match = next((d for d in outlet.domains if bare_host(d) == candidate), None)
                if match is not None:
                    return outlet, match
        return None

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
    # The registry in two files (outlets.yml, then outlets_more.yml) plus every generated provincial outlet.
    entries = generated_entries(outlets_doc["outlets"] + _load_yaml("outlets_more.yml")["outlets"])
    outlets = tuple(_outlet(o) for o in entries)
    return Rules(
        residue=residue,
        prefixes=prefixes,
        stamps=stamps,
        title_stamp=title_stamp,
        forbidden_characters=tuple(c["char"] for c in residue_doc["forbidden_characters"]),
        outlets=outlets,
        attributions=tuple(LineRule(**_line(a)) for a in outlets_doc["attributions"]),
    )
