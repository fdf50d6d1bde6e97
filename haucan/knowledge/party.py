"""Party roles completed with the body they belong to, abbreviations written out (rules/entities/party.yml).

A party role is published whole: 'Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh' in a Thanh Hóa article gives the role
'Bí thư Đảng ủy Bộ Chỉ huy Quân sự tỉnh Thanh Hóa', a bare 'Bí thư Tỉnh ủy' in Báo Tây Ninh gives
'Bí thư Tỉnh ủy Tây Ninh'. The body is spelled out the way organisations are canonicalised (knowledge/orgs.py):
a curated organisation by its registry name, any other by its name with abbreviated words expanded; an
abbreviation standing alone as the whole name ('BĐBP', 'CATW') stays as written, being a name of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

import yaml

from haucan.extract.lexicon import ENTITY_RULES, lexicon
from haucan.knowledge.orgs import canonical_name, curated
from haucan.records import Article, PositionHeld


@dataclass(frozen=True)
class PartyRules:
    """rules/entities/party.yml, compiled."""

    party_titles: tuple[str, ...]
    member_of_party: re.Pattern[str]
    open_committee: re.Pattern[str]
    cell_committee: re.Pattern[str]
    provincial: re.Pattern[str]
    district: re.Pattern[str]
    unit_of_title: dict[str, str]
    role_words: tuple[re.Pattern[str], dict[str, str]]
    """Abbreviated words of a party role and their spelled-out forms (party.yml role_words)."""
    province: re.Pattern[str]
    """A province or centrally governed city (the first two groups of rules/entities/places.yml)."""
    commune_body: re.Pattern[str]
    """A commune's council or committee ('HĐND xã Thái Bình'); group 'place' is the commune (party.yml
    commune_bodies)."""
    member_list: re.Pattern[str]
    """'các đồng chí trong BTV Tỉnh ủy:' (party.yml member_lists); group 'role' is the committee and its body."""
    party_office: re.Pattern[str]
    """An office of a party organ's own apparatus, listed with the party roles too (party.yml party_offices)."""
    bare_heads: tuple[str, ...]
    """Head nouns that, standing alone, name the article's one unit of that kind (party.yml bare_heads)."""
    bare_head_role: re.Pattern[str]
    """A role ending in a committee and a bare head ('Bí thư Đảng ủy Tổng cục'); group 'head'."""
    bare_committee: re.Pattern[str]
    """A role ending in a party committee with no body ('Phó Bí thư Đảng ủy'); not a party cell's."""
    body_opener: re.Pattern[str]
    """'Đảng bộ ' / 'Đảng ủy ' opening an organisation mention that names a party body (party_body_openers)."""


_REPEATED_WORD = re.compile(r"(?<!\w)(\w+)(?: \1)+(?!\w)")
# A registry name's qualifier in brackets ('Tổng cục Hậu cần-Kỹ thuật (Bộ Công an)') tells namesakes apart in the
# registry; the article writes no such thing, and a role is written with its body as the article names it.
_QUALIFIER = re.compile(r" \([^()]*\)$")


def _words(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def party_rules() -> PartyRules:
    """The completion rules, loaded once per process."""
    doc = yaml.safe_load((ENTITY_RULES / "party.yml").read_text(encoding="utf-8"))
    places = yaml.safe_load((ENTITY_RULES / "places.yml").read_text(encoding="utf-8"))
    return PartyRules(
        party_titles=tuple(doc["party_titles"]),
        member_of_party=re.compile(rf"(?<!\w)(?:{_words(doc['member_of_party'])})(?!\w)"),
        open_committee=re.compile(rf"(?<!\w)(?i:{_words(doc['open_committees'])})$"),
        cell_committee=re.compile(rf"(?<!\w)(?i:{_words(doc['cell_committees'])})$"),
        provincial=re.compile(rf"(?<!\w)(?:{_words(doc['provincial'])})$"),
        district=re.compile(rf"(?<!\w)(?:{_words(doc['district'])})$"),
        unit_of_title=dict(doc["unit_of_title"]),
        role_words=(re.compile(rf"(?<!\w)(?:{_words(doc['role_words'])})(?!\w)"), dict(doc["role_words"])),
        province=re.compile(rf"(?<!\w)(?:{_words(places[0] + places[1])})(?!\w)"),
        commune_body=re.compile(rf"(?:{_words(doc['commune_bodies']['bodies'])}) "
                                rf"(?P<place>(?:{_words(doc['commune_bodies']['levels'])}) \S.*)"),
        member_list=re.compile(rf"(?<!\w)(?i:{_words(doc['member_lists']['openers'])}) "
                               rf"(?P<role>(?:{_words(doc['member_lists']['committees'])}) [^\W\d_][^:;,.()\n]{{1,60}}?)\s?:\s?"),
        party_office=re.compile(doc["party_offices"]),
        bare_heads=tuple(doc["bare_heads"]),
        bare_head_role=re.compile(rf"(?<!\w)(?i:{_words(doc['open_committees'])}) (?P<head>{_words(doc['bare_heads'])})$"),
        # Only a Đảng bộ's committee is the article's party body: a bare 'Chi bộ' or 'Đảng đoàn' is none of it.
        bare_committee=re.compile(rf"(?<!\w)(?:{_words(c for c in doc['open_committees'] if c.endswith('Đảng ủy'))})$"),
        body_opener=re.compile(rf"(?:{_words(doc['party_body_openers'])}) (?=\S)"))


def is_party_role(position: PositionHeld) -> bool:
    """True for a party role ('Bí thư Đảng ủy', 'Ủy viên Ban Thường vụ Tỉnh ủy'); a bare 'Ủy viên' of a
    council or an 'Ủy viên Hội đồng' is an office."""
    title = position.normalized_title or ""
    rules = party_rules()
    if title.startswith(rules.party_titles):
        return True
    # The canonical title counts too: 'UVTW' names no party body as written, 'Ủy viên Ban Chấp hành Trung
    # ương Đảng' does (read as an office, it took the next office's organisation: 'UVTW Tỉnh ủy X').
    return title.startswith("Ủy viên") and bool(rules.member_of_party.search(position.title)
                                                 or rules.member_of_party.search(title))


def spelled_body(surface: str, org_id: str | None) -> str:
    """An organisation as a party role names it: the curated name, else the name with its abbreviated words
    written out; a lone abbreviation ('BĐBP') as written."""
    written = " ".join(surface.split())
    if " " not in written and written.replace("-", "").isupper():
        return written
    org = curated().get(org_id or "")
    return _QUALIFIER.sub("", org.name) if org else canonical_name(written)


def _commune_or_spelled(surface: str, org_id: str | None) -> str:
    """The body an open committee takes from an office of ``surface``: the commune itself for a commune's
    council or committee ('HĐND xã Thái Bình' -> 'xã Thái Bình'), else the organisation spelled out."""
    commune = party_rules().commune_body.fullmatch(" ".join(surface.split()))
    return commune.group("place") if commune else spelled_body(surface, org_id)


def _unit_of(position: PositionHeld) -> str | None:
    """The unit an office names without an organisation mention: 'Trưởng phòng Hậu cần – Kỹ thuật' -> 'Phòng
    Hậu cần-Kỹ thuật' (rules: unit_of_title), 'Chủ tịch Hội CCB Việt Nam' -> 'Hội Cựu chiến binh Việt Nam' (the
    rest of the title opens with an organisation's head)."""
    rest = position.title[len(position.normalized_title or ""):].strip()
    head = party_rules().unit_of_title.get(position.normalized_title or "")
    if head and rest:
        return canonical_name(f"{head} {rest}")
    if lexicon().named_after_head.match(f" {rest}"):
        return canonical_name(rest)
    # 'Chính ủy Quân khu': a unit named by its head alone; the article's full name replaces it (with_place).
    return rest if rest in party_rules().bare_heads else None


def complete_roles(held: Sequence[PositionHeld], bodies: Sequence[str | None]) -> list[PositionHeld]:
    """A party role of the chain ``held`` that ends in an open committee ('Bí thư Đảng ủy') takes the body of
    the next office of the chain that has one, else of the office before it. ``bodies[i]``: the
    organisation of ``held[i]`` as written (None when its title names none)."""
    rules = party_rules()
    offices = [(i, _commune_or_spelled(body, p.org_id) if body else _unit_of(p))
               for i, (p, body) in enumerate(zip(held, bodies, strict=True)) if not is_party_role(p)]
    units = {i: _unit_of(p) for i, p in enumerate(held) if not is_party_role(p)}
    out = list(held)
    for i, position in enumerate(held):
        if not is_party_role(position) or not rules.open_committee.search(position.title):
            continue
        # A party cell is named by the unit the office heads, not by that office's organisation.
        cell = rules.cell_committee.search(position.title)
        bodies_of = [(j, units.get(j) or b) for j, b in offices] if cell else offices
        after = [b for j, b in bodies_of if j > i and b]
        before = [b for j, b in bodies_of if j < i and b]
        body = (after or before[::-1] or [None])[0]
        if body:
            out[i] = replace(position, title=f"{position.title} {body}")
    return out


def _most_often(text: str, after: str, place: re.Pattern[str]) -> str | None:
    places: Counter[str] = Counter()
    for match in re.finditer(after, text):
        found = place.match(text, match.end())
        if found:
            places[found.group(0)] += 1
    return places.most_common(1)[0][0] if places else None


@dataclass(frozen=True)
class ArticlePlaces:
    """The province and the district a bare local committee of the article belongs to; the unit a bare head
    noun stands for ('Tổng cục' -> 'Tổng cục Hậu cần-Kỹ thuật') and the party body a bare 'Đảng ủy' is of."""

    province: str | None
    district: str | None
    units: dict[str, str] = field(default_factory=dict)
    party_body: str | None = None


def _named_units(orgs: Sequence[tuple[str, str | None]]) -> tuple[dict[str, str], str | None]:
    """From the article's organisation mentions (surface, org id): per bare head, the unit of that head the
    article names most often (first seen on a tie), spelled out; and the party body it names most often after
    'Đảng bộ'/'Đảng ủy', by its shortest spelling ('Đảng bộ Phòng Hậu cần – Kỹ thuật Bộ CHQS tỉnh Quảng Nam' and
    'Đảng bộ Phòng Hậu cần – Kỹ thuật' are one body, named the second way)."""
    rules = party_rules()
    heads: dict[str, Counter[str]] = {}
    names: dict[str, str] = {}
    bodies: Counter[str] = Counter()
    shortest: dict[str, str] = {}
    for surface, org_id in orgs:
        written = " ".join(surface.split())
        opener = rules.body_opener.match(written)
        if opener:
            written = written[opener.end():]
            key = org_id or canonical_name(written)
            bodies[key] += 1
            if len(written) < len(shortest.get(key, written + " ")):
                shortest[key] = written
            org_id = org_id.split(".", 1)[1] if org_id and org_id.startswith("dang-") and "." in org_id else None
        head = next((h for h in rules.bare_heads if written.startswith(h + " ")), None)
        if head:
            key = org_id or canonical_name(written)
            heads.setdefault(head, Counter())[key] += 1
            names.setdefault(key, spelled_body(written, org_id))
    units = {head: names[keys.most_common(1)[0][0]] for head, keys in heads.items()}
    body = canonical_name(shortest[bodies.most_common(1)[0][0]]) if bodies else None
    return units, body


def article_places(article: Article, orgs: Sequence[tuple[str, str | None]] = ()) -> ArticlePlaces:
    """The place the article writes most often after 'tỉnh'/'Tỉnh ủy'/'thành phố' (first seen on a tie), else
    the province the outlet's name carries ('Báo Tây Ninh'); the district likewise after 'huyện'/'Huyện ủy'.
    ``orgs``: the article's organisation mentions (surface, org id), for the units and the party body."""
    text = article.text
    province = _most_often(text, r"(?<!\w)(?:tỉnh|Tỉnh ủy|thành phố|Thành ủy) ", lexicon().place)
    if province is None:
        outlet = party_rules().province.search(article.metadata.outlet or "")
        province = outlet.group(0) if outlet else None
    district = _most_often(text, r"(?<!\w)(?:huyện|Huyện ủy|quận|Quận ủy) ", lexicon().org_local_place)
    if district is None:  # a district's own portal: 'Cổng TTĐT huyện Núi Thành (Quảng Nam)'
        district = _most_often(article.metadata.outlet or "", r"(?<!\w)(?:huyện|quận) ", lexicon().org_local_place)
    return ArticlePlaces(province, district, *_named_units(orgs))


def with_place(role: str, places: ArticlePlaces) -> str:
    """A role whose body is a bare local committee or unit ('Bí thư Tỉnh ủy', '… Bộ Chỉ huy Quân sự tỉnh')
    with the article's place appended, its abbreviated party words written out first ('Ủy viên BTV Tỉnh ủy'
    -> 'Ủy viên Ban Thường vụ Tỉnh ủy <Province>')."""
    rules = party_rules()
    words, spelled = rules.role_words
    role = words.sub(lambda m: spelled[m.group(0)], role)
    role = _REPEATED_WORD.sub(r"\1", role)  # 'UVTW Đảng' -> 'Ủy viên … Trung ương Đảng Đảng' -> '… Đảng'
    if places.party_body and rules.bare_committee.search(role):
        role = f"{role} {places.party_body}"
    head = rules.bare_head_role.search(role)
    if head and head.group("head") in places.units:
        role = role[:head.start("head")] + places.units[head.group("head")]
    place = (places.province if rules.provincial.search(role) else
             places.district if rules.district.search(role) else None)
    return f"{role} {place}" if place else role


def published_roles(roles: Sequence[str], positions: Sequence[PositionHeld], places: ArticlePlaces) -> list[str]:
    """A person's party roles as published: each completed with its place and body (``with_place``), then the
    offices held in a party organ's apparatus ('Thường trực Ban Bí thư', 'Trưởng ban Tuyên giáo Tỉnh ủy'), which
    stay among the positions too; once each."""
    offices = [p.title for p in positions if party_rules().party_office.search(p.title)]
    return list(dict.fromkeys(with_place(r, places) for r in [*roles, *offices]))
