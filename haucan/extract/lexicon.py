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


def old_style(word: str) -> str:
    """The old-style tone placement of ``word`` ('Uỷ viên' for 'Ủy viên', 'Đảng uỷ'), which real pages
    still write; the extractor matches both and canonicalises to the new style."""
    return word.replace("ủy", "uỷ").replace("Ủy", "Uỷ")


def new_style(word: str) -> str:
    """The inverse of ``old_style``."""
    return word.replace("uỷ", "ủy").replace("Uỷ", "Ủy")


def _with_old_style(words) -> set[str]:
    return {variant for w in words for variant in (w, old_style(w))}


def _alternation(words) -> str:
    """Longest first, so 'Chủ nhiệm Hậu cần-Kỹ thuật' wins over 'Chủ nhiệm Hậu cần'; old-style tone
    placement matches too."""
    return "|".join(_escape(w) for w in sorted(_with_old_style(words), key=lambda w: (-len(w), w)))


LOWER = "[" + "".join(c for c in map(chr, [*range(0x61, 0x250), *range(0x1EA0, 0x1EFA)]) if c.islower()) + "]"
"""One lower-case letter, Vietnamese ones included (a range such as 'à-ỹ' also holds capitals: 'Đ', 'Ạ')."""
UPPER = "[" + "".join(c for c in map(chr, [*range(0x41, 0x250), *range(0x1EA0, 0x1EFA)]) if c.isupper()) + "]"
"""One capital letter, Vietnamese ones included: places open with 'Ô', 'Ứ', 'Â' ('quận Ô Môn'; round 7, dev 507)."""


DASH = r" ?[-–—] ?"
"""A dash inside a name, spaced or not ('Hậu cần-Kỹ thuật', 'Hậu cần - Kỹ thuật', 'Xe máy – Vận tải')."""


def _escape(word: str) -> str:
    """``re.escape`` with every hyphen matching any dash, spaced or not."""
    return re.escape(word).replace(r"\-", DASH)


def _first_letter_fixed(word: str) -> str:
    """Regex for ``word`` with its first letter as written and the rest in any case."""
    return re.escape(word[0]) + "(?i:" + _escape(word[1:]) + ")"


def _first_letter_any(word: str) -> str:
    """Regex for ``word`` with its first letter in either case and the rest as written ('đồng chí', 'Đồng chí')."""
    return f"[{re.escape(word[0].lower())}{re.escape(word[0].upper())}]{_escape(word[1:])}"


def _academic(entries) -> tuple[str, dict[str, str]]:
    """(regex of one run of academic titles, form -> canonical title). A run is titles joined by ', ', ',',
    '.', ' ' or ', ' ('GS, TS', 'GS.TS', 'PGS,TS', 'Giáo sư, Tiến sĩ')."""
    forms = {form.casefold(): e["title"] for e in entries for form in e["forms"]}
    one = _alternation(form for e in entries for form in e["forms"])
    return rf"{B_START}(?:{one})(?:(?:\. ?|, ?| )(?:{one}))*{B_END}\.?", forms


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns and lookup tables for every label."""

    rank: re.Pattern[str]
    rank_canonical: dict[str, str]
    rank_codes: dict[str, str]
    position: re.Pattern[str]
    position_canonical: dict[str, str]
    position_org: dict[str, str]
    """Canonical title -> the organisation it names by itself ('Thứ trưởng Quốc phòng' -> 'Bộ Quốc phòng')."""
    org_fixed: re.Pattern[str]
    org_numbered: re.Pattern[str]
    org_local_suffix: re.Pattern[str]
    org_headed: re.Pattern[str]
    org_prefix: re.Pattern[str]
    org_prefix_starts: re.Pattern[str]
    """Where a prefix opens, nested ones too ('Đảng ủy' inside 'Ban Thường vụ Đảng ủy')."""
    org_local_place: re.Pattern[str]
    bare_head: re.Pattern[str]
    not_shared: re.Pattern[str]
    mass_body: re.Pattern[str]
    mass_body_in: re.Pattern[str]
    """An association's body inside an office's words ('Trung ương Hội LHPN Việt Nam' in 'Trưởng ban … Trung ương Hội …')."""
    """The words after a title that name a Youth Union or association body ('Tỉnh Đoàn Nghệ An', 'BCH T.Ư Hội CCB')."""
    board_tail: re.Pattern[str]
    """A unit named by its head noun alone after a title ('Phó Tư lệnh Quân khu', 'Giám đốc Học viện')."""
    """A place name the gazetteer lacks, after 'tỉnh'/'xã'/'TP' ('xã Phố Bảng')."""
    org_name_words: re.Pattern[str]
    named_after_head: re.Pattern[str]
    """A head and a name the vocabulary lacks, from a capital (' Cục Quản lý trang bị và kho vận')."""
    place: re.Pattern[str]
    family_names: frozenset[str]
    honorifics: frozenset[str]
    name_opener: re.Pattern[str]
    """A word after which a run of capitalised syllables is a name ('bà ', 'Đồng chí '; persons.yml `name_openers`)."""
    name_middles: frozenset[str]
    named_after: re.Pattern[str]
    person_noun: re.Pattern[str]
    """A word that says a person's name follows, ending where the name starts ('học viên ', 'Tân binh ')."""
    """What names a campaign, site or body after a person, ending where the name starts ('Chiến dịch ')."""
    known_persons: re.Pattern[str]
    academic: re.Pattern[str]
    """One run of academic titles ('PGS, TS')."""
    academic_one: re.Pattern[str]
    """One academic title (for reading a run title by title)."""
    academic_canonical: dict[str, str]
    name_gap: re.Pattern[str]
    """What may stand between a rank and a name: a space, or academic titles ('Thiếu tướng, PGS, TS Lê …'), after a
    rank qualifier ('Đại úy QNCN Mông Thị Hiền'; persons.yml `rank_qualifiers`)."""
    org_place_named: re.Pattern[str]
    org_place_named_any: re.Pattern[str]
    doc_ref: re.Pattern[str]


def _named_after_head(orgs, not_a_part: list[str], places: list[str]) -> re.Pattern[str]:
    """' <head> <Name the vocabulary lacks>': the head, then 1-8 words from a capital, none a word of
    ``name_stops`` and no 'và' before a capital (rules/entities/organizations.yml `named_after_head`); then
    the rest of a name that lists its fields 'A, B và C' ('Sở Văn hóa, Thể thao và Du lịch'): each field a
    capitalised word and lower-case words, none opening with a word of ``not_a_part`` (ranks, titles, heads,
    honorifics: 'và Đại tá X', 'và Giám đốc Sở Y' are the next person or office), the last one not followed
    by a capital ('và Hồ Văn Tâm' is a person)."""
    # The verbs of two syllables and more that end an organisation tail (org_tail.yml `stops`) end such a name too,
    # and a few verbs of one ('Hội CCB TP Cần Thơ' + ' giữ chức vụ …', 'Hội CCB TP' + ' thôi tham gia'; session 9);
    # not the tail's other one-syllable stops, which are also syllables of names ('trang bị', 'Tổng cục Hậu cần').
    tail_stops = [w for w in _load("org_tail.yml")["stops"] if " " in w] + ["giữ", "thôi", "nhận", "từng", "kiêm"]
    stops = _alternation([*orgs["name_stops"], *tail_stops])
    # 'Hội TSVN và đại diện các ban': 'và' before the next people ends the name.
    # A word may be hyphenated ('Đài PT-TH Tiền Giang').
    word = rf"(?!(?:{stops}){B_END})(?!và [A-ZĐ])(?!và (?i:{_alternation(orgs['field_stops'])}){B_END})[^\W\d_]+(?:-[^\W\d_]+)*"
    low = rf"(?!(?:{stops}|và){B_END}){LOWER}[^\W\d_]*"
    # A field's lower-case words are taken whole (possessive): 'và Truyền hình Tiền Giang' is no field 'Truyền'.
    part = rf"(?!(?:{_alternation(not_a_part)}){B_END})[A-ZĐ][^\W\d_]*(?: {low}){{0,4}}+"
    # The province may close the name ('Đài Phát thanh và Truyền hình Tiền Giang'; round 7, dev 338).
    fields = rf"(?:(?:, {part})* và {part}(?: (?:{_alternation(places)}){B_END})?(?![ -]?[A-ZĐ\d]))?"
    return re.compile(rf" (?:{_alternation(orgs['named_after_head'])}) (?=[A-ZĐ]){word}(?: {word}){{0,7}}{fields}"
                      rf"(?=[,.;:)\n]| |$)")


def academic_forms_all(entries) -> list[str]:
    """Every spelling of every academic title."""
    return [form for e in entries for form in e["forms"]]


STAFF_CATEGORIES = ("cán bộ", "chiến sĩ", "sĩ quan", "quân nhân", "công nhân", "đảng viên", "người lao động", "nhân viên")
"""Collective nouns that open lists of staff categories ('cán bộ, nhân viên hậu cần toàn quân'): a lowercase
title right after one of them and a comma names a category, never someone's office."""


@cache
def lexicon() -> Lexicon:
    """Load and compile the entity rules once per process."""
    ranks = rank_table()
    # Party titles and their abbreviations live with the party rules (party.yml `titles`), read the same way.
    positions = _load("positions.yml") + (_load("party.yml").get("titles") or [])
    orgs = _load("organizations.yml")
    places = [p for group in _load("places.yml") for p in group]
    persons = _load("persons.yml")
    documents = _load("documents.yml")

    titles: dict[str, str] = {}
    spellings: list[tuple[str, bool]] = []  # (a way of writing a title, whether 'Phó ' may open it)
    unit_only: set[str] = set()  # titles that are offices only with a capitalised unit after them (positions.yml unit_after)
    head_only: set[str] = set()  # titles that are offices only with a unit's head noun after them (unit_after: head)
    for entry in positions:
        for form in _with_old_style((entry["title"], *entry.get("forms", ()))):
            titles[form.casefold()] = entry["title"]
            spellings.append((form, entry.get("deputy", True)))
            if entry.get("unit_after"):
                (head_only if entry["unit_after"] == "head" else unit_only).add(form)
            if entry.get("deputy", True):
                titles[f"phó {form}".casefold()] = f"Phó {entry['title']}"
    spellings.sort(key=lambda t: -len(t[0]))
    # 'cán bộ Phòng Hậu cần' is an office, 'chiến sĩ thi đua' or a bare 'cán bộ' is not (positions.yml unit_after);
    # a word that also introduces a name ('chiến sĩ Nguyễn Văn A') needs a unit's head noun after it ('chiến sĩ
    # Đại đội 1'; unit_after: head).
    unit_heads = _alternation([*orgs["heads"], *orgs["numbered_units"], *orgs["small_units"]])
    def unit(form: str) -> str:
        if form in head_only:
            return rf"(?= (?:{unit_heads})(?!\w))"
        return rf"(?= (?:{UPPER}|\d))" if form in unit_only else ""

    plain = [_first_letter_fixed(form) + unit(form) for form, _ in spellings]
    deputy = [_escape(form) for form, has_deputy in spellings if has_deputy]
    # A title may say which deputy it is ('Phó Tư lệnh về Chính trị'). Lowercase-first titles are read only
    # where a chain of offices goes on (after ', ', any dash, 'nguyên ', 'là ', 'làm ': 'làm tổ trưởng tổ tăng gia'):
    # elsewhere 'chính ủy' is prose.
    # 'Phó Trung đoàn trưởng về Hậu cần - Kỹ thuật' (the merged branch, any dash): it was cut at ' - Kỹ thuật'.
    # In lower case too: 'Phó Lữ đoàn trưởng về chính trị' (session 10, set 5: 913).
    aspect = rf"(?: về (?:[Cc]hính trị|[Hh]ậu cần(?:{DASH}[Kk]ỹ thuật)?|[Kk]ỹ thuật|[Qq]uân sự|[Tt]ham mưu))?"
    lower = "|".join("(?i:" + _escape(form) + ")" + unit(form) for form, _ in spellings)
    # After a collective noun ('cán bộ, nhân viên, chiến sĩ') a lowercase title is a category of staff, not an office.
    # Opening a sentence too ('Cán bộ, chiến sĩ Bộ CHQS tỉnh vận chuyển …'; 'chiến sĩ' before a unit is an office).
    not_after_category = "".join(f"(?<!{re.escape(form)}, )" for noun in STAFF_CATEGORIES
                                 for form in (noun, noun[0].upper() + noun[1:]))
    position = (rf"{B_START}(?:(?:Phó (?i:{'|'.join(deputy)})|{'|'.join(plain)}){aspect}"
                rf"|(?:(?<=, )|(?<=- )|(?<=– )|(?<=— )|(?<=\[)|(?<=[^\W\d_]-)|(?<=nguyên )|(?<=là )|(?<=làm )){not_after_category}"
                rf"(?:phó )?(?:{lower}){aspect}){B_END}")

    name_word = _alternation(orgs["name_words"])
    name = rf"(?:{name_word})(?:(?: |{DASH})(?:{name_word}))*"
    academic, academic_forms = _academic(persons["academic"])
    return Lexicon(
        rank=re.compile(rf"{B_START}(?i:{_alternation(r['rank'] for r in ranks)}){B_END}"),
        rank_canonical={r["rank"].casefold(): r["rank"] for r in ranks},
        rank_codes={r["rank"]: r["code"] for r in ranks},
        position=re.compile(position),
        position_canonical=titles,
        position_org={e["title"]: e["org"] for e in positions if e.get("org")}
        | {f"Phó {e['title']}": e["org"] for e in positions if e.get("org") and e.get("deputy", True)},
        org_fixed=re.compile(rf"{B_START}(?:{_alternation(orgs['fixed'])}){B_END}"),
        # 'Quân khu I', 'Quân đoàn IV': national dailies write the old Roman numerals (round 7, dev 317).
        # 'Sư đoàn Không quân 371', 'Lữ đoàn ra-đa 551', 'Lữ đoàn Vận tải 652', 'Kho Kỹ thuật K57': the branch (or any
        # organisation word) may stand between the unit and its number.
        org_numbered=re.compile(rf"{B_START}(?:{_alternation(orgs['numbered_units'])})(?: (?:{_alternation([*orgs['numbered_branches'], *orgs['name_words']])}))? ?(?:[A-Z]?\d+|(?:IX|IV|V?I{{1,3}}|V)(?!\w))"
                                rf"(?: (?:{_alternation(orgs['service_suffixes'])}))?{B_END}"),
        org_local_suffix=re.compile(rf" (?:{_alternation(orgs['local_suffixes'])})(?: (?=\w)|(?=[,.;:)]| \(|$))"),
        org_local_place=re.compile(rf"{UPPER}[^\W\d_]*(?:[ .]{UPPER}[^\W\d_]*){{0,3}}(?!\w)"),
        org_headed=re.compile(B_START + "(?:" + "|".join(_first_letter_fixed(h) for h in sorted(_with_old_style(orgs["heads"]), key=len, reverse=True))
                              + rf") {name}{B_END}|{B_START}(?:{_alternation(orgs['lower_case_branches']['heads'])}) "
                              + rf"(?:{_alternation(orgs['lower_case_branches']['words'])}){B_END}"),
        org_prefix=re.compile(rf"{B_START}(?:{_alternation(orgs['prefixes'])}) "),
        bare_head=re.compile(rf" (?:{_alternation(orgs['bare_heads'])})(?: (?:{_alternation(orgs['bare_heads'])}))?(?=[,.;:)]| [^\W\d_]*[a-zđà-ỹ]|$)"),
        not_shared=re.compile(rf"(?i:{_alternation(orgs['not_shared'])})(?!\w)"),
        # 'Trung ương Đoàn' / 'T.Ư Đoàn': after the committee words a bare 'Đoàn' is the Youth Union's.
        mass_body_in=re.compile(rf"{B_START}(?:(?:{_alternation(orgs['mass_committees'])}) )*(?:{_alternation(orgs['mass_bodies'])}){B_END}"),
        mass_body=re.compile(rf"(?:(?:{_alternation(orgs['mass_committees'])}) )*(?:{_alternation(orgs['mass_bodies'])}"
                             rf"|(?<= )Đoàn){B_END}"),
        # The words before the event are none of 'và' or a verb ('Trưởng ban Tổ chức' + ' và chủ trì hội thao' is his
        # role at the event); an abbreviation may qualify the event ('Trưởng Ban bảo đảm diễn tập KVPT tỉnh';
        # session 10, set 5: 961, 979).
        board_tail=re.compile(rf"(?: (?!(?:và|{_alternation(orgs['name_stops'])}){B_END}){LOWER}[^\W\d_]*){{0,4}}? "
                              rf"(?i:{_alternation(orgs['board_events'])})(?!\w)(?: [A-ZĐ]{{2,6}}(?!\w))?"),
        org_prefix_starts=re.compile(rf"{B_START}(?=(?:{_alternation(orgs['prefixes'])}) )"),
        org_name_words=re.compile(rf"{name}{B_END}"),
        named_after_head=_named_after_head(orgs, [*orgs["heads"], *orgs["prefixes"], *orgs["fixed"], *persons["honorifics"],
                                                  *(r["rank"] for r in ranks), *(f.title() for f, _ in spellings),
                                                  *(f for f, _ in spellings), *orgs["field_stops"]], places),
        # After 'Thị' a place's word is a woman's name ('Võ Thị Mỹ Tiên', 'Lê Thị Nga'), never the place.
        place=re.compile(rf"{B_START}(?<!Thị )(?:{_alternation(places)}){B_END}"),
        family_names=frozenset(persons["family_names"]),
        honorifics=frozenset(persons["honorifics"]),
        name_opener=re.compile(rf"{B_START}(?:{'|'.join(_first_letter_any(w) for w in persons['name_openers'])}) (?=[A-ZĐ]|{UPPER})"),
        name_middles=frozenset(persons["name_middles"]),
        person_noun=re.compile(rf"{B_START}(?:{'|'.join(_first_letter_any(w) for w in persons['person_nouns'])}),? $"),
        named_after=re.compile(rf"{B_START}(?:{_alternation(persons['named_after'])}) (?:(?:Chủ tịch|Đại tướng|Bác) )?$"),
        known_persons=re.compile(rf"{B_START}(?:{_alternation(persons['known'])}){B_END}"),
        academic=re.compile(academic),
        academic_one=re.compile(rf"{B_START}(?:{_alternation(academic_forms_all(persons['academic']))}){B_END}"),
        academic_canonical=academic_forms,
        name_gap=re.compile(rf"(?: (?:{_alternation(persons.get('rank_qualifiers') or [])}))?(?:,? (?P<titles>{academic}),? | )"),
        org_place_named=re.compile(rf"(?:{_alternation(orgs['place_named'])})"),
        org_place_named_any=re.compile(rf"(?:{_alternation(orgs['place_named_any'])})"),
        doc_ref=re.compile(  # the kinds, number and issue date are data (rules/entities/documents.yml)
            rf"{B_START}(?:(?:{'|'.join(_first_letter_fixed(t) for t in sorted(documents['types'], key=len, reverse=True))})"
            rf"(?:{_qualified(documents)} số| số)?|(?:{'|'.join(re.escape(t.lower()) for t in sorted(documents['types'], key=len, reverse=True))}"
            rf"{''.join('|' + _first_letter_any(t) for t in documents.get('types_with_so') or [])})"
            rf"(?:{_qualified(documents)})? số{'|' + documents['named'] if documents.get('named') else ''})"
            rf" (?P<number>{documents['number']})(?:{documents['issued']})?(?![\w/-])"),
    )



def _qualified(documents: dict) -> str:
    """The words that may stand between a document's kind and 'số' ('Thông tư liên tịch số 20/2019/TTLT-BQP-BYT',
    'Kế hoạch hiệp đồng số 215/KH-BTL'): `qualifiers` in rules/entities/documents.yml, each after a space."""
    words = "|".join(re.escape(q) for q in sorted(documents.get("qualifiers") or [], key=len, reverse=True))
    return f" (?:{words})" if words else "(?!)"


load_rank_table = rank_table
"""The rank ladder, lowest first (the schema's vocabulary; read once per process)."""


@cache
def rank_order() -> dict[str, int]:
    """Rank -> its position in the ladder (0 = lowest), for comparing ranks over time."""
    return {r["rank"]: i for i, r in enumerate(load_rank_table())}
