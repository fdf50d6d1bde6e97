"""The place a party role's local committee belongs to, and the role as published.

A role ending in a bare committee named by its place ('Bí thư Tỉnh ủy', 'Phó Bí thư Thị ủy', 'Ủy viên Ban Chấp
hành Đảng bộ tỉnh') is published with the place it governs, as the README's gold writes it ('Bí thư Tỉnh ủy
Quảng Bình'): the province the article names most often after 'tỉnh'/'Tỉnh ủy' (or a centrally governed city after 'thành
phố'/'TP'), else the one in the outlet's name ('Báo Bà Rịa - Vũng Tàu'); a city's committee ('Thành ủy') the
city named after 'thành phố'/'TP'/'Thành ủy' ('TP HCM'); a district's or town's ('Huyện ủy', 'Thị ủy') the
district or town named after 'huyện'/'quận'/'thị xã'. A unit written by its head noun alone ('Đảng ủy Học viện')
is kept as written, and so is a unit's committee named by 'tỉnh' alone ('Đảng ủy Quân sự tỉnh', 'Đảng ủy Công an
tỉnh': the README's session-8 convention). Abbreviated party words are written out (rules/entities/party.yml
role_words).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

import yaml

from haucan import regex_prefilter
from haucan.extract.lexicon import ENTITY_RULES, UPPER, lexicon, new_style
from haucan.extract.org_tail_words import _rules as org_tail_rules
from haucan.knowledge.commune_names import NUMBERED, commune_name
from haucan.knowledge.orgs import canonical_name
from haucan.knowledge.party_congress import hosts_congress, resolve_heads
from haucan.knowledge.party_rules import party_rules
from haucan.knowledge.text import literal_alternation, say_once
from haucan.provinces import host_match, provinces
from haucan.records import Article

_PROVINCE_CUE = r"(?<!\w)(?:tỉnh|Tỉnh ủy|thành phố|Thành ủy|TP\.?) ?"
_CITY_CUE = r"(?<!\w)(?:thành phố|Thành ủy|TP\.?) ?"
_DISTRICT_CUE = r"(?<!\w)(?:huyện|Huyện ủy|quận|Quận ủy|thị xã|Thị ủy) ?"
_COMMUNE_CUE = r"(?<!\w)(?:xã|phường|thị trấn) ?"
_CELL_CUE = r"(?<!\w)(?i:chi bộ) "
_LEVEL_LAST = re.compile(r" (?:xã|phường|thị trấn)$")  # a cell named by its commune's level alone
# A cell's leader written without the cell: 'Bí thư Chi bộ', 'Phó Bí thư Chi bộ'.
_BARE_CELL = re.compile(r"^(?:Phó )?(?i:bí thư) (?i:chi bộ)$")
# A city written by its initials ('TP HCM', 'TP.HCM'): the initials are no name without 'TP', which stays.
_INITIALS = re.compile(r"[A-ZĐ]{2,5}(?!\w)")


@dataclass(frozen=True)
class ArticlePlaces:
    """The province, city and district a bare local committee of the article belongs to, and the party body a
    bare 'Đảng ủy' is of (the body a congress report names after 'Đảng bộ')."""

    province: str | None
    district: str | None
    party_body: str | None = None
    city: str | None = None
    commune: str | None = None
    cell: str | None = None  # the party cell the page names most often ('Chi bộ Quân sự xã Văn Nho')
    congress_body: bool = False  # party_body was named after 'Đảng bộ': the body whose congress the page reports


_FORMER_PLACE = re.compile(r"\s?\((?i:cũ)\)")  # 'tỉnh Bắc Kạn (cũ)': merged away, no committee of its own (1084)


def _most_often(text: str, cue: str, named: re.Pattern[str], persons: Collection[str] = (), skip_former: bool = False) -> str | None:
    """The name written most often right after ``cue`` (first seen on a tie); initials keep their 'TP'. A person's
    name is none ('Bí thư Huyện ủy Huỳnh Văn Nở dự'), nor with ``skip_former`` a place marked gone ('(cũ)')."""
    places: Counter[str] = Counter()
    for match in regex_prefilter.finditer(re.compile(cue), text):  # the cue's '(?<!\w)' tried only where it can match
        found = named.match(text, match.end())
        if found and not (skip_former and _FORMER_PLACE.match(text, found.end())) \
                and not any(name.startswith(found.group(0)) for name in persons):
            name = found.group(0)
            places[f"TP {name}" if _INITIALS.fullmatch(name) else name] += 1
    return places.most_common(1)[0][0] if places else None


@cache
def _bare_body() -> re.Pattern[str]:
    """'Đảng bộ'/'Đảng ủy' + a unit's head noun alone (party.yml bare_heads), followed by no capitalised word or
    number (which would go on to name the unit)."""
    heads = literal_alternation(party_rules().bare_heads)
    return re.compile(rf"(?<!\w)(?:Đảng bộ|Đảng ủy|Đảng uỷ) (?P<head>{heads})(?! ?(?:{UPPER}|\d))(?!\w)")


# 'dự Đại hội Đảng bộ Sư đoàn' (the delegates' congress: set 10, 661), 'Nghị quyết Đại hội Đảng bộ Quân đội' (a resolution
# an upper body's congress passed: set 15, 588) name an upper body, not the one whose congress the page reports.
_UPPER_CONGRESS = re.compile(r"(?i:dự đại hội (?:đại biểu )?|nghị quyết (?:của )?(?:đại hội (?:đại biểu )?)?)$")


def _only_upper_congress(written: str, text: str) -> bool:
    """Whether every place ``text`` names the body ``written`` is after 'dự Đại hội' (the delegates' congress)."""
    starts = [m.start() for m in re.finditer(re.escape(written), text)]
    return bool(starts) and all(_UPPER_CONGRESS.search(text, max(0, at - 24), at) for at in starts)


def _party_body(orgs: Sequence[tuple[str, str | None]], text: str = "") -> str | None:
    """The party body the article names most often after 'Đảng bộ' (else after 'Đảng ủy'), by its shortest spelling
    ('Đảng bộ Phòng Hậu cần – Kỹ thuật Bộ CHQS tỉnh Quảng Nam' and 'Đảng bộ Phòng Hậu cần – Kỹ thuật' are one
    body, named the second way). A body named by its unit's head alone ('Đảng bộ Tổng công ty đã lãnh đạo …',
    no organisation mention) counts too, read off ``text``: a school's or an enterprise's congress report names
    its own body so more often than by its full name (set 4 page 806). 'Đảng bộ' names the body whose congress the
    page reports; a 'Đảng ủy' is as often a guest's ('Ủy viên Ban Thường vụ Đảng ủy Quân khu, … dự và chỉ đạo Đại
    hội'), so it counts only on a page naming no 'Đảng bộ' (session 11, set 6 page 123)."""
    rules = party_rules()
    bodies: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}  # named after 'Đảng bộ' -> counts
    shortest: dict[str, str] = {}
    hosts: set[str] = set()  # bodies the page names as holding the congress (party_congress.hosts_congress)
    for found in _bare_body().finditer(text):
        if _UPPER_CONGRESS.search(text, max(0, found.start() - 24), found.start()):
            continue
        bodies[found.group(0).startswith("Đảng bộ")][found.group("head")] += 1
        shortest[found.group("head")] = found.group("head")
    for surface, org_id in orgs:
        written = " ".join(surface.split())
        opener = rules.body_opener.match(written)
        if not opener:
            continue
        if _only_upper_congress(written, text):
            continue
        host = opener.group(0).startswith("Đảng bộ") and hosts_congress(" ".join(surface.split()), text)
        written = written[opener.end():]
        key = org_id or canonical_name(written)
        if host:
            hosts.add(key)
        bodies[opener.group(0).startswith("Đảng bộ")][key] += 1
        if len(written) < len(shortest.get(key, written + " ")):
            shortest[key] = written
    counted = bodies[True] or bodies[False]
    if not counted:
        return None
    resolve_heads(counted, shortest, text)
    if len(hosts & counted.keys()) == 1:
        # The congress's own body outranks the bodies it belongs to, named more often (set 15: 255, 587); a round-up
        # of several bodies' congresses (dev 237) has no one body and is left to the counts.
        counted = Counter({key: n for key, n in counted.items() if key in hosts})
    # The same body written without its parent unit, after either word ('Đảng ủy Phòng Hậu cần - Kỹ thuật' beside
    # 'Đảng bộ Phòng Hậu cần - Kỹ thuật Sư đoàn 309'), is its shortest spelling (README, pos11: 527; set 10: 661).
    chosen = canonical_name(shortest[counted.most_common(1)[0][0]])
    shorter = [n for n in map(canonical_name, shortest.values()) if chosen.startswith(n + " ")
               and n not in rules.bare_heads and org_tail_rules().heads.match(chosen, len(n) + 1)]  # no place cut: 561
    return min(shorter, key=len) if shorter else chosen


def _names_a_branch(orgs: Sequence[tuple[str, str | None]], text: str = "") -> bool:
    """Whether ``_party_body`` read its body after 'Đảng bộ' (a branch whose congress the page reports)."""
    written = [f.group(0) for f in _bare_body().finditer(text)] + [" ".join(s.split()) for s, _ in orgs]
    return any(w.startswith("Đảng bộ ") and not _only_upper_congress(w, text) for w in written)


def article_places(article: Article, orgs: Sequence[tuple[str, str | None]] = (),
                   persons: Collection[str] = ()) -> ArticlePlaces:
    """The article's province, district and city (module docstring); ``orgs``: the article's organisation
    mentions (surface, org id), for the party body; ``persons``: the names of its people, which are no place."""
    text, outlet = article.text, article.metadata.outlet or ""
    province = _most_often(text, _PROVINCE_CUE, lexicon().place, skip_former=True)
    if province is None:
        found = party_rules().province.search(outlet)  # else a paper with a name of its own ('Báo Ấp Bắc'; 1032)
        province = found.group(0) if found else next((p.name for p in provinces() if p.paper == outlet), None) \
            or _host_province(article.url)
    province = _after_merger(province, text, article.metadata.published_date)
    city = _most_often(text, _CITY_CUE, lexicon().place) or _most_often(text, _CITY_CUE, lexicon().org_local_place, persons)
    district = _most_often(text, _DISTRICT_CUE, lexicon().org_local_place, persons)
    if district is None:  # a district's own portal: 'Cổng TTĐT huyện Núi Thành (Quảng Nam)'
        district = _most_often(outlet, _DISTRICT_CUE, lexicon().org_local_place)
    commune = _most_often(text, _COMMUNE_CUE, commune_name(), persons)
    cell = _most_often(text, _CELL_CUE, _CellName(orgs))
    if cell and commune and _LEVEL_LAST.search(cell):
        cell = f"{cell} {commune}"  # 'Chi bộ Quân sự xã' on a page naming 'xã Bình Long' (set 16: 1026)
    return ArticlePlaces(province, district, _party_body(orgs, text), city, commune, cell and f"Chi bộ {cell}",
                         _names_a_branch(orgs, text))


class _CellName:
    """A party cell's name after 'Chi bộ': the longest of ``_cell_name``'s reading and an organisation mention of the
    page written there, up to its first comma ('Chi bộ Phòng Hậu cần, Công an tỉnh …' -> 'Phòng Hậu cần', whose
    lower-case 'cần' the capitalised reading drops; set 8: 017). Only ``match`` of a pattern, for ``_most_often``."""

    def __init__(self, orgs: Sequence[tuple[str, str | None]]) -> None:
        surfaces = {" ".join(s.split()).split(",")[0] for s, _ in orgs}
        self._surfaces = sorted((s for s in surfaces if s[:1].isupper()), key=len, reverse=True)

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        found = _cell_name().match(text, pos)
        for surface in self._surfaces:
            if text.startswith(surface, pos) and (found is None or len(surface) > len(found.group(0))):
                return re.compile(re.escape(surface)).match(text, pos)
        return found


@cache
def _cell_name() -> re.Pattern[str]:
    """A cell's name after 'Chi bộ': a capitalised word, up to three more, a commune level and its name and number
    ('Quân sự xã Bàu Hàm 2'; a bare level takes the page's commune), else capitalised words ('Trạm')."""
    word = rf"(?:{UPPER})\w*"
    levels = literal_alternation(yaml.safe_load((ENTITY_RULES / "party.yml").read_text(encoding="utf-8"))
                                 ["commune_bodies"]["levels"])
    return re.compile(rf"(?:{word}(?: \w+){{0,3}}? (?:{levels})(?: {word})*{NUMBERED}|{word}(?: {word})*)(?!\w)")


@cache
def _merged_from() -> dt.date:
    """The day the 2025 provincial mergers took effect (party.yml merged_from)."""
    return yaml.safe_load((ENTITY_RULES / "party.yml").read_text(encoding="utf-8"))["merged_from"]


def _after_merger(province: str | None, text: str, published: dt.date | None) -> str | None:
    """The province a bare 'Tỉnh ủy' belongs to on a page that names both a province merged in 2025 and the
    province it joined ('sau khi hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị'), published after the merger: the
    joined one, the only one with a Tỉnh ủy by then (set 6 page 128). A page naming the old province alone keeps it,
    as its gold writes it (dev 247, 648: pages dated after the merger that still speak of the old province)."""
    joined = next((p.merged_into for p in provinces() if p.name == province and p.merged_into), None)
    if joined is None or published is None or published < _merged_from():
        return province
    return joined if re.search(rf"{_PROVINCE_CUE}{re.escape(joined)}(?!\w)", text) else province


@cache
def _slugs() -> tuple[dict[str, str], dict[str, str]]:
    """(slug -> the first province or city of rules/provinces.yml that host labels write so; a centrally run city
    -> the province it was before, when both go by one slug: 'Huế' -> 'Thừa Thiên Huế')."""
    by_slug: dict[str, str] = {}
    for province in provinces():
        for slug in province.slugs:
            by_slug.setdefault(slug, province.name)
    cities = {p.name: set(p.slugs) for p in provinces() if p.unit == "thành phố"}
    # A province renamed to a city ('renamed_to') or merged into one ('merged_into') under one slug precedes it.
    before = {after: p.name for p in provinces() if p.unit == "tỉnh"
              and (after := p.renamed_to or p.merged_into) and set(p.slugs) & cities.get(after, set())}
    return by_slug, before


def _host_province(url: str | None) -> str | None:
    """The province a site's host names by a label ('daibieunhandan.dienbien.gov.vn' -> 'Điện Biên'; a provincial
    body's site under the province's domain, whose page may name the province only in its masthead; set 5 page
    978), or a host pattern of rules/provinces.yml ('baolaichau.vn'); None for any other host."""
    host = (urlsplit(url).hostname or "") if url else ""
    matched = host_match(host) if host else None
    if matched:
        return matched[1].name
    return next((_slugs()[0][label] for label in reversed(host.split(".")) if label in _slugs()[0]), None)


def _provincial_place(place: str | None) -> str | None:
    """The place a provincial committee ('Tỉnh ủy') of ``place`` is named by: a centrally run city that was a
    province under the same name until its upgrade ('Huế', a city since 2025, was 'Thừa Thiên Huế') had a Tỉnh ủy
    only as that province; any other place as it is. Set 5 page 977 (Báo Thừa Thiên Huế, 2024, read as 'Báo Huế')."""
    return _slugs()[1].get(place or "", place)


def with_place(role: str, places: ArticlePlaces) -> str:
    """A role whose body is a bare local committee or body ('Bí thư Tỉnh ủy', '… Bộ Chỉ huy Quân sự tỉnh')
    with the article's place appended, its abbreviated party words written out first ('Ủy viên BTV Tỉnh ủy'
    -> 'Ủy viên Ban Thường vụ Tỉnh ủy <Province>'); a bare 'Đảng ủy' takes the article's party body."""
    rules = party_rules()
    words, spelled = rules.role_words
    # 'Thị uỷ', 'Tỉnh Uỷ viên': old-style tone marks are published in the new style, as positions are.
    role = words.sub(lambda m: spelled[m.group(0)], new_style(role))
    role = say_once(role)
    if places.party_body and rules.bare_committee.search(role):
        role = f"{role} {places.party_body}"
    if rules.city.search(role):
        place = places.city or places.province
    elif rules.provincial.search(role):
        place = _provincial_place(places.province)
    elif rules.commune.search(role):
        place = places.commune
    elif role in rules.body_members and places.congress_body:
        place = places.party_body  # a bare 'Đảng ủy viên': a seat on the branch's committee whose congress it is
    elif role in rules.congress_seats and places.congress_body and places.party_body:
        place = f"Đảng bộ {places.party_body}"  # 'trúng cử Ủy viên Ban Chấp hành' at a branch's congress (set 13: 540)
    elif role in rules.cell_members:
        place = places.cell  # a bare 'Chi ủy viên': a seat on the cell the page reports on (party.yml cell_members)
    elif places.cell and _BARE_CELL.search(role):
        # 'được bầu làm Bí thư Chi bộ' on a page reporting its cell's congress: the secretary of that cell, as a
        # congress elects the committee of its own body (README, session 11 pos11; set 8: 017).
        place = places.cell.removeprefix("Chi bộ ")
    else:
        place = places.district if rules.district.search(role) else None
    return f"{role} {place}" if place else role


def published_roles(roles: Sequence[str], places: ArticlePlaces) -> list[str]:
    """A person's party roles as published: each completed with its place and body (``with_place``), once each.
    An office of a party organ ('Thường trực Ban Bí thư', 'Trưởng ban Tuyên giáo Tỉnh ủy') is a position only
    (README, conventions decided in session 8)."""
    published = list(dict.fromkeys(with_place(r, places) for r in roles))
    return [r for r in published if not _subsumed(r, published)]


def _subsumed(role: str, roles: Sequence[str]) -> bool:
    """Whether another of the person's roles says the same more fully: ``role`` with its body ('Phó Bí thư
    Thường trực' beside 'Phó Bí thư Thường trực Đảng ủy Quân sự tỉnh X', an appointment restated bare), or with a
    qualifier ('Phó Bí thư Thường trực Tỉnh ủy X' for 'Phó Bí thư Tỉnh ủy X': a role stated for a list, 'ba Phó bí
    thư Tỉnh ủy gồm ông A, …', is no second role of the member whose own role says which deputy he is; party.yml
    qualifiers). Round 8, dev 628, 648."""
    qualified, key = party_rules().qualified, role.casefold()
    return any(other != role and (other.casefold().startswith(key + " ") or qualified.sub("", other).casefold() == key)
               for other in roles)
