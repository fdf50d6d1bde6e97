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
from dataclasses import dataclass, replace
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


_REPEATED_WORD = re.compile(r"(?<!\w)(\w+)(?: \1)+(?!\w)")


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
                               rf"(?P<role>(?:{_words(doc['member_lists']['committees'])}) [^\W\d_][^:;,.()\n]{{1,60}}?)\s?:\s?"))


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
    return org.name if org else canonical_name(written)


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
    return canonical_name(rest) if lexicon().named_after_head.match(f" {rest}") else None


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
    """The province and the district a bare local committee of the article belongs to."""

    province: str | None
    district: str | None


def article_places(article: Article) -> ArticlePlaces:
    """The place the article writes most often after 'tỉnh'/'Tỉnh ủy'/'thành phố' (first seen on a tie), else
    the province the outlet's name carries ('Báo Tây Ninh'); the district likewise after 'huyện'/'Huyện ủy'."""
    text = article.text
    province = _most_often(text, r"(?<!\w)(?:tỉnh|Tỉnh ủy|thành phố|Thành ủy) ", lexicon().place)
    if province is None:
        outlet = party_rules().province.search(article.metadata.outlet or "")
        province = outlet.group(0) if outlet else None
    district = _most_often(text, r"(?<!\w)(?:huyện|Huyện ủy|quận|Quận ủy) ", lexicon().org_local_place)
    if district is None:  # a district's own portal: 'Cổng TTĐT huyện Núi Thành (Quảng Nam)'
        district = _most_often(article.metadata.outlet or "", r"(?<!\w)(?:huyện|quận) ", lexicon().org_local_place)
    return ArticlePlaces(province, district)


def with_place(role: str, places: ArticlePlaces) -> str:
    """A role whose body is a bare local committee or unit ('Bí thư Tỉnh ủy', '… Bộ Chỉ huy Quân sự tỉnh')
    with the article's place appended, its abbreviated party words written out first ('Ủy viên BTV Tỉnh ủy'
    -> 'Ủy viên Ban Thường vụ Tỉnh ủy <Province>')."""
    rules = party_rules()
    words, spelled = rules.role_words
    role = words.sub(lambda m: spelled[m.group(0)], role)
    role = _REPEATED_WORD.sub(r"\1", role)  # 'UVTW Đảng' -> 'Ủy viên … Trung ương Đảng Đảng' -> '… Đảng'
    place = (places.province if rules.provincial.search(role) else
             places.district if rules.district.search(role) else None)
    return f"{role} {place}" if place else role
