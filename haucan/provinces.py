"""Provinces, their host templates, and the provincial outlets they generate (issue 14), from
``rules/provinces.yml``. Imports nothing from the build: haucan/rules.py adds ``generated_entries`` to the registry
it loads, haucan/outlet_patterns.py reads hosts with ``host_match``.

Every province's Party paper, government portal, Party portal, police portal and radio-TV station becomes a
registry entry without domains, so a page that names one ("Theo Báo Lai Châu", a masthead "CỔNG THÔNG TIN ĐIỆN TỬ
TỈNH LAI CHÂU", a site name after the title) is found by name and the build's contract knows the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

PROVINCES_FILE = Path(__file__).resolve().parent / "rules" / "provinces.yml"
_HOST_PREFIXES = ("www.", "m.", "amp.")


@dataclass(frozen=True, slots=True)
class Province:
    """A province or centrally run city as its outlets write it, and the slugs its hosts use."""

    name: str
    unit: str
    slugs: tuple[str, ...]
    paper: str | None
    renamed_to: str | None = None
    merged_into: str | None = None


@dataclass(frozen=True, slots=True)
class HostTemplate:
    """A host pattern (``{slug}`` a province's slug) and the outlet name and kind it stands for."""

    pattern: str
    outlet: str
    kind: str
    why: str
    aliases: tuple[str, ...] = ()


@cache
def _doc() -> dict:
    with open(PROVINCES_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def provinces() -> tuple[Province, ...]:
    """Every province of rules/provinces.yml, before and after the 2025 merger."""
    return tuple(Province(p["name"], p["unit"], tuple(p["slugs"]), p.get("paper", "Báo {name}"), p.get("renamed_to"),
                          p.get("merged_into")) for p in _doc()["provinces"])


@cache
def templates() -> tuple[HostTemplate, ...]:
    """The host templates, in the order they are tried."""
    return tuple(HostTemplate(t["pattern"], t["outlet"], t["kind"], t["why"], tuple(t.get("aliases") or ()))
                 for t in _doc()["host_patterns"])


def _fill(pattern: str, province: Province) -> str:
    committee = "Thành ủy" if province.unit == "thành phố" else "Tỉnh ủy"
    return pattern.format(name=province.name, unit=province.unit, committee=committee)


def template_aliases(template: HostTemplate, province: Province) -> list[str]:
    """The other names the outlet ``template`` stands for goes by in ``province`` ("Trang thông tin điện tử Tỉnh
    ủy Bình Phước" for the Party portal)."""
    return [_fill(alias, province) for alias in template.aliases]


def department_match(host: str) -> tuple[str, str] | None:
    """(name, kind) of a provincial department's or Party board's own site (``department_site``), else None."""
    site = department_site(host)
    return site[:2] if site else None


# The registrable suffixes a body's own host glued to its province's slug ends with (``dukdnvinhphuc.vn``).
_GLUED_SUFFIXES = (["gov", "vn"], ["org", "vn"], ["com", "vn"], ["vn"])


def department_site(host: str) -> tuple[str, str, Province] | None:
    """(name, kind, province) of a provincial department's, Party board's or association's own site: its label
    under the province's ``.gov.vn`` or ``.dcs.vn`` domain (``btg.dongthap.gov.vn``), or glued before the province's slug
    (``tnmttuyenquang.gov.vn``, and off the state's domain ``tuyengiaotiengiang.vn``, ``dukdnvinhphuc.vn``);
    None otherwise. The name is the one the label stands for; a page that prints its body's own name
    (haucan/outlet_masthead.py) is named by that instead."""
    labels = _bare(host).split(".")
    suffix = next((s for s in _GLUED_SUFFIXES if labels[-len(s):] == s and len(labels) == len(s) + 1), None)
    # The Party's own domain holds its boards' and associations' sites too (``ccb.hungyen.dcs.vn``).
    under_state = labels[-2:] in (["gov", "vn"], ["dcs", "vn"]) and len(labels) >= 4
    if suffix is None and not under_state:
        return None
    for entry in _doc()["department_hosts"]:
        for province in provinces():
            for slug in province.slugs:
                for label in entry["labels"]:
                    if under_state and labels[-4:-2] == [label, slug] or suffix and labels[0] == label + slug:
                        return _fill(entry["outlet"], province), entry["kind"], province
    return None


def outlet_name(template: HostTemplate, province: Province) -> str | None:
    """The outlet ``template`` stands for in ``province``; None when the province has no such outlet."""
    # A province whose paper has its own name (Báo Ấp Bắc) or none (Hà Nội's is Hà Nội Mới) overrides "Báo {name}".
    pattern = province.paper if template.outlet.startswith("Báo ") else template.outlet
    return None if pattern is None else _fill(pattern, province)


@cache
def _compiled(template: HostTemplate, slug: str) -> re.Pattern[str]:
    return re.compile(template.pattern.replace("{slug}", re.escape(slug)))


def _bare(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    while host.startswith(_HOST_PREFIXES) and host.count(".") > 1:
        host = host.split(".", 1)[1]
    return host


def host_match(host: str) -> tuple[HostTemplate, Province] | None:
    """(template, province) of the first template a host fits (``baolaichau.vn``), else None."""
    bare = _bare(host)
    for template in templates():
        for province in provinces():
            if any(_compiled(template, slug).match(bare) for slug in province.slugs):
                return template, province
    return None


def generated_entries(entries: list[dict]) -> list[dict]:
    """The registry entries with every provincial outlet added. An entry whose domain fits a template for a
    province already IS that outlet: it keeps its name and gains the generated one as an alias (a masthead
    "Cổng thông tin điện tử tỉnh Bình Định" finds "Cổng TTĐT tỉnh Bình Định"); no second entry is made."""
    out = [dict(e) for e in entries]
    taken: dict[str, int] = {}
    for index, entry in enumerate(out):
        for domain in entry.get("domains") or ():
            hit = host_match(domain)
            name = outlet_name(*hit) if hit else None
            if name and name.casefold() not in taken:
                taken[name.casefold()] = index
                known = {n.casefold() for n in (entry["name"], *(entry.get("aliases") or ()))}
                extra = [n for n in (name, *template_aliases(*hit)) if n.casefold() not in known]
                entry["aliases"] = [*(entry.get("aliases") or ()), *extra]
    for index, entry in enumerate(out):
        for name in (entry["name"], *(entry.get("aliases") or ())):
            taken.setdefault(name.casefold(), index)
    for template in templates():
        for province in provinces():
            name = outlet_name(template, province)
            if name is None:
                continue
            renamed = _renamed_owner(template, province, taken)
            if renamed is not None:
                # A renamed province's outlets are the new name's, under their old names too ("Báo Thừa Thiên Huế").
                extra = [n for n in (name, *template_aliases(template, province)) if n.casefold() not in taken]
                out[renamed]["aliases"] = [*(out[renamed].get("aliases") or ()), *extra]
                taken.update((n.casefold(), renamed) for n in extra)
                continue
            if name.casefold() in taken:
                # An entry written by hand under the generated name (for its lead abbreviation, "BPO") keeps the
                # template's other names too ("Báo và Phát thanh, Truyền hình <province>").
                owner = taken[name.casefold()]
                extra = [a for a in template_aliases(template, province) if a.casefold() not in taken]
                out[owner]["aliases"] = [*(out[owner].get("aliases") or ()), *extra]
                taken.update((a.casefold(), owner) for a in extra)
                continue
            taken[name.casefold()] = len(out)
            out.append({"name": name, "domains": [], "kind": template.kind,
                        "aliases": [a for a in template_aliases(template, province) if a.casefold() not in taken],
                        "why": f"Generated from rules/provinces.yml ({province.name}): {template.why}"})
            for alias in out[-1]["aliases"]:
                taken[alias.casefold()] = len(out) - 1
    return out


def _renamed_owner(template: HostTemplate, province: Province, taken: dict[str, int]) -> int | None:
    """The index of the entry ``template`` made for the province ``province`` was renamed to, else None."""
    target = next((p for p in provinces() if p.name == province.renamed_to), None) if province.renamed_to else None
    name = outlet_name(template, target) if target is not None else None
    return taken.get(name.casefold()) if name else None
