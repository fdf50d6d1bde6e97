"""The words an organisation tail is read from (haucan/extract/org_tail.py): a capitalised word, a lower-case word,
the stop lists of rules/entities/org_tail.yml, and whether the word at a point opens the next person, rank or office
instead of going on with the unit. Kept apart from the tail's grammar so that each module reads one job."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from haucan.extract.lexicon import LOWER, UPPER, _alternation, _first_letter_fixed, _load, lexicon

# 'TP.' (and 'TX.') before the city it abbreviates keeps its dot: 'Hội Liên hiệp Phụ nữ TP. Dĩ An' (dev 643). An
# abbreviation written with dots is one word: 'BCH T.Ư Hội CCB', 'T.Ư Đoàn' (the tail stopped at 'T'; set 5: 957).
_CAPITAL = re.compile(rf"{UPPER}[^\W\d_]*(?:(?:\.{UPPER}[^\W\d_]*)+|(?<=\bT[PX])\.(?= {UPPER}))?(?!\w)")
_LOWER_WORD = re.compile(rf"{LOWER}[^\W\d_]*(?!\w)")


@dataclass(frozen=True)
class _Rules:
    stops: re.Pattern[str]
    heads: re.Pattern[str]
    capital_stops: re.Pattern[str]
    names_in_orgs: re.Pattern[str]
    staff_titles: frozenset[str]
    lower_units: re.Pattern[str]
    not_fields: re.Pattern[str]
    section_title: re.Pattern[str]
    specialty_words: int
    max_tokens: int
    max_lower_run: int
    verbs: re.Pattern[str]
    name_phrases: re.Pattern[str]


@cache
def _rules() -> _Rules:
    doc = _load("org_tail.yml")
    return _Rules(
        stops=re.compile(rf"(?!(?:{_alternation(doc['name_phrases'])})(?!\w))(?:{_alternation(doc['stops'])})(?!\w)"
                         rf"|(?<!nghệ )(?:{_alternation(doc['clause_stops'])})(?=[,:])"),
        heads=re.compile("(?:" + "|".join(_first_letter_fixed(h) for h in sorted(doc["heads"], key=len, reverse=True))
                         + r")(?!\w)" + f"|(?:{_alternation(doc['lower_heads'])})(?= {UPPER})"),
        capital_stops=re.compile(rf"(?:{_alternation(doc['capital_stops'])})(?!\w)"),
        names_in_orgs=re.compile(rf"(?:{_alternation(doc['names_in_orgs'])})(?!\w)"),
        staff_titles=frozenset(t.casefold() for t in doc["staff_titles"]),
        lower_units=re.compile(rf" (?:{_alternation(doc['lower_units'])})(?!\w)"),
        not_fields=re.compile(rf"(?:{_alternation(doc['not_fields'])})(?!\w)"),
        section_title=re.compile(rf"(?i:trưởng (?:{_alternation(doc['sections'])})(?: {LOWER}[^\W\d_]*)*)$"),
        specialty_words=doc["specialty_words"], max_tokens=doc["max_tokens"], max_lower_run=doc["max_lower_run"],
        verbs=re.compile(rf" (?:{_alternation(_load('organizations.yml')['name_stops'])})(?!\w)"),
        name_phrases=re.compile(rf"(?:{_alternation(doc['name_phrases'])})(?!\w)"))


def _next_is_person(source: str, at: int) -> bool:
    """A family name followed by a capitalised syllable opens a person's name ('Âu Thị Mai'), not a unit's. An
    abbreviation after it is no given name: 'Đoàn' + ' KT-QP 74' is a unit, though Đoàn is a family name (session 10,
    set 5: 951)."""
    word = _CAPITAL.match(source, at)
    if word is None or word.group() not in lexicon().family_names:
        return False
    # Nor is a title: 'Đoàn' + ' Chủ tịch' is a presidium ('Ủy viên Đoàn Chủ tịch', set 4: 832).
    return bool(_NAME_SYLLABLE.match(source, word.end())) and not lexicon().position.match(source, word.end() + 1)


# A given name's syllable: a capital and lower-case letters, or a capital alone ('Y Bhim'); not 'KT', 'QP', 'CHQS'.
_NAME_SYLLABLE = re.compile(rf" {UPPER}(?:{LOWER}|(?![^\W\d_]))")


def _capital_stop(source: str, at: int) -> bool:
    """Whether the capitalised word at ``at`` opens the next person, rank, office or clause."""
    lex = lexicon()
    return bool(_rules().capital_stops.match(source, at) or lex.rank.match(source, at)
                or lex.position.match(source, at) or _next_is_person(source, at))


def _lower_run(source: str, at: int, limit: int) -> list[re.Match]:
    """Up to ``limit`` lower-case words from ``at`` (single spaces between), stopping before a stop word."""
    words: list[re.Match] = []
    pos = at
    while len(words) < limit:
        if phrase := _rules().name_phrases.match(source, pos):  # 'dự bị': a name's words, though 'bị' is a stop
            words.extend(_LOWER_WORD.finditer(source, pos, phrase.end()))
            if source[phrase.end():phrase.end() + 1] != " ":
                break
            pos = phrase.end() + 1
            continue
        if _rules().stops.match(source, pos):
            break
        word = _LOWER_WORD.match(source, pos)
        if word is None:
            break
        words.append(word)
        if source[word.end():word.end() + 1] != " ":
            break
        pos = word.end() + 1
    return words


# A province absorbed in the 2025 mergers, named as before with its mark ('(cũ)', '(trước đây)').
_OLD_PLACE = re.compile(r" \((?:cũ|trước đây)\)")


def old_place_end(source: str, end: int) -> int:
    """``end`` carried over ' (cũ)' after an office's unit: 'Chủ nhiệm Hậu cần Bộ CHQS tỉnh Bình Phước (cũ)' keeps the
    mark, as the session-13 convention says, and the chain goes on after it (', nay là …'; set 12: 897)."""
    found = _OLD_PLACE.match(source, end)
    return found.end() if found else end


# A name's words after a section's lower-case words: a capitalised word or a code ('Miếu Môn', 'A3'), and a
# lower-case syllable of a capitalised word ('Phân xưởng').
_NAME_WORD = re.compile(rf" (?:{UPPER}[^\W\d_]*|[A-Z]{{0,3}}\d+[A-Za-z]?)(?!\w)")
_OWN_SYLLABLE = re.compile(rf" {LOWER}[^\W\d_]*(?!\w)")


def named_end(source: str, at: int) -> int | None:
    """The end of the capitalised name a section's lower-case words lead to ('Trưởng bếp khu tập trung' + ' Miếu Môn
    cho biết', 'Trưởng bếp ăn tập thể' + ' Phân xưởng A3,'): the kitchen's or workshop's own name, closed by
    punctuation or a verb of what the holder does next; None where a person, a rank or an office opens there (set 15:
    574, 236)."""
    if source[at:at + 1] != " " or _capital_stop(source, at + 1) or _next_is_person(source, at + 1):
        return None
    end, lower = None, 0  # at most two lower-case syllables after each capitalised word
    while (word := _NAME_WORD.match(source, end or at)) or (end and lower < 2 and (
            word := _OWN_SYLLABLE.match(source, end)) and not _rules().verbs.match(source, end)
            and not _rules().stops.match(source, end + 1)):
        end, lower = word.end(), (lower + 1 if word.group()[1:2].islower() else 0)
    if end is None:
        return None
    closed = re.match(r"[,.;:)\n]|$", source[end:end + 1]) or _rules().verbs.match(source, end)
    return end if closed else None


_AREA_WORD = re.compile(r"(?<!\w)(?i:khu vực)$")
_TWO_CAPITALS = re.compile(rf" {UPPER}[^\W\d_]*(?: {UPPER}[^\W\d_]*)?(?!\w)")


def area_name_end(source: str, at: int) -> int | None:
    """The end of the place a unit's lower-case 'khu vực' names ('Đội Cảnh sát PCCC và CNCH khu vực' + ' Mai Châu'):
    one or two capitalised syllables, read as a place though the first is a family name ('Mai', 'Lương'), when
    punctuation, 'và' or a verb closes them; None elsewhere, or where a rank or an office opens (set 15: 578)."""
    if not _AREA_WORD.search(source, max(0, at - 8), at) or not (found := _TWO_CAPITALS.match(source, at)):
        return None
    lex = lexicon()
    if lex.rank.match(source, at + 1) or lex.position.match(source, at + 1) or _rules().capital_stops.match(source, at + 1):
        return None
    end = found.end()
    closed = re.match(r"[,.;:)\n]|$| và ", source[end:end + 4]) or _rules().verbs.match(source, end)
    return end if closed else None
