"""Person names in a text: after a rank (academic titles may stand between), after academic titles alone, and
runs of capitalised syllables opening with a family name; and every later occurrence of a name found once
(``_NameFinder``). Used by haucan/extract/entities.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from haucan.extract.lexicon import lexicon
from haucan.extract.org_tail_words import _rules as org_tail_rules

__all__ = ("MAX_NAME_SYLLABLES", "_NameFinder", "_SYLLABLE", "_family_name_starts", "_name_occurrences",
           "_person_spans", "place_then_name")

MAX_NAME_SYLLABLES = 4
_SYLLABLE = re.compile(r"[^\W\d_]+")
_SYLLABLE_CHAR = re.compile(r"[^\W\d_]")  # one character of a _SYLLABLE
# A syllable of a name: letters, joined by an apostrophe to more letters in the names of the Central Highlands'
# peoples ("H'Bia", "K'Lang", "Y'Sơn", printed with ', ’ or ʼ); cutting at the apostrophe left a junk 'Ksor H'.
_NAME_SYLLABLE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_WORD_CHAR = re.compile(r"\w")  # what (?<!\w) and (?!\w) test, for the boundary checks done by hand
# The last syllable of a name the page hard-wrapped onto the next line: capitalised, closed at once by the
# separator before an office (a line opening a new paragraph goes on with words, not with ', Chính trị viên').
_WRAPPED = re.compile(r"\n([^\W\d_]+)(?=[,;:]| ?[-–—] )")


def _capitalised_run(source: str, start: int, limit: int = MAX_NAME_SYLLABLES) -> tuple[int, int] | None:
    """The run of capitalised syllables from ``start``, joined by single spaces, at most ``limit`` long; its
    last syllable may stand on the next line (see ``_WRAPPED``)."""
    end, count, position = start, 0, start
    while count < limit:
        match = _NAME_SYLLABLE.match(source, position)
        if not match or not match.group(0)[0].isupper():
            break
        end, count = match.end(), count + 1
        if source[end:end + 1] != " ":
            wrapped = _WRAPPED.match(source, end) if 2 <= count < limit else None
            if wrapped and wrapped.group(1)[0].isupper():
                end = wrapped.end()  # 'Trịnh Công\nDanh, Chính trị viên': a name hard-wrapped by the page
            break
        position = end + 1
    return (start, end) if count else None


def _follows_capitalised_word(source: str, start: int) -> bool:
    """True when the word right before ``start`` (one space away) is capitalised: a family name inside a
    longer capitalised run ('Quân khu', 'Bộ Tư lệnh') does not open a person's name. Rank words end in a
    lower-case syllable ('Thượng tướng'), so a name after a rank still qualifies."""
    if start < 2 or source[start - 1] != " ":
        return False
    # The previous word starts after the last space before it (found backwards from here: slicing the whole
    # text before ``start`` for every candidate made an article's time quadratic in its length).
    previous_start = source.rfind(" ", 0, start - 1) + 1
    previous = source[previous_start:start - 1]
    # A word closed by punctuation ends a clause: 'Trung ương Đảng: Phạm Văn A' opens a name.
    # An honorific opens a name ('Ông Lù Văn Páo' at a sentence start).
    # An academic title opens a name as an honorific does ('Thiếu tướng, PGS, TS Văn Đức Hạnh': the family name
    # 'Văn' is in no list, and the run was read from 'TS'; set 14: 217).
    return (previous[:1].isupper() and not previous.endswith((":", ",", ";", ".", ")", "-", "–", "—"))
            and previous not in lexicon().honorifics and not lexicon().academic_one.fullmatch(previous))


def _after_place(source: str, start: int) -> bool:
    """True when a gazetteer place ends one space before ``start``: an office naming its province or city is
    followed by its holder ('Bí thư Thành ủy Hà Nội Đinh Văn Dũng', 'nguyên Bí thư Tỉnh ủy Tây Ninh Lê Hữu
    Phước'); the place is no part of the name (round 6, national dailies write roles before names)."""
    return any(m.end() == start - 1 for m in lexicon().place.finditer(source, max(0, start - 40), start - 1))


# The administrative word before a place the gazetteer may lack ('huyện Văn Lãng', 'xã Tân Hòa'), or the party
# committee named by it ('Bí thư Thị ủy Bến Cát Nguyễn Thanh Tâm', set 16: 1035; national dailies write the holder so).
_ADMIN_BEFORE = re.compile(r"(?:^|(?<=\W))(?:huyện|xã|quận|phường|tỉnh|thị xã|thị trấn|thành phố|TP\.?"
                           r"|(?:Huyện|Quận|Thị|Thành) (?:ủy|uỷ)) $")
# Middle names: a run whose second syllable is one of these is a person ('tỉnh Trần Văn Bình'), never a place.
_MIDDLE_NAMES = frozenset({"Văn", "Thị", "Hữu", "Đức", "Công", "Quang", "Xuân", "Ngọc", "Thanh", "Minh"})
PLACE_SYLLABLES = 2


def place_then_name(source: str, start: int) -> int | None:
    """Where the holder's name starts when an office names a place the gazetteer lacks and then its holder,
    in one capitalised run after an administrative word: 'Chỉ huy trưởng Ban CHQS huyện Văn Lãng Triệu Văn
    Nhất' gives the start of 'Triệu Văn Nhất'. The place is taken as two syllables (nearly every district and
    commune name), followed by a family name opening a name of at least two syllables; None otherwise."""
    if not _ADMIN_BEFORE.search(source, max(0, start - 12), start):
        return None
    run = _capitalised_run(source, start, PLACE_SYLLABLES + MAX_NAME_SYLLABLES)
    if run is None:
        return None
    words = [(m.start(), m.group()) for m in _SYLLABLE.finditer(source, run[0], run[1])]
    if len(words) < PLACE_SYLLABLES + 2 or words[1][1] in _MIDDLE_NAMES:
        return None
    name_start, family = words[PLACE_SYLLABLES]
    return name_start if family in lexicon().family_names else None


def _after_unlisted_place(source: str, start: int) -> bool:
    """True when ``start`` is where ``place_then_name`` puts a holder's name after a place no gazetteer lists."""
    before = source.rfind(" ", 0, max(0, start - 1))
    before = source.rfind(" ", 0, max(0, before)) + 1  # two syllables back: the place's first
    return place_then_name(source, before) == start


# 'TP' alone closing an office names the article's own city; its holder's name follows ('Phó Chủ tịch UBND TP Lã
# Thanh Nhã'; Hanoi's dailies; session 9, set 4: 846).
_OWN_CITY = re.compile(r"(?<!\w)(?:TP|TX|TT)\.? $")


def _after_own_city(source: str, start: int, places: list[tuple[int, int]]) -> bool:
    """True when 'TP' (or 'TX', 'TT') alone stands right before ``start`` and no listed place ('TP Hồ Chí Minh')
    covers ``start``: the name opens there."""
    return bool(_OWN_CITY.search(source, max(0, start - 4), start)) and not any(s < start < e for s, e in places)


def _after_academic_title(source: str, start: int) -> bool:
    """True when academic titles end right before ``start`` (their own rule reads the name then)."""
    before = source[max(0, start - 24):start]
    return bool(before) and any(m.end() in (len(before), len(before) - 1) for m in lexicon().academic.finditer(before))


def _person_spans(source: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names after a rank ('Đại tá Đặng Hữu Hiền', ending at a hyphen or punctuation; academic titles may
    stand between: 'Thiếu tướng, PGS, TS Lê Văn A'), after academic titles alone ('PGS.TS Trần B'), and
    runs of 2-4 capitalised syllables that open with a family name ('Trần Duy Giang lĩnh hội')."""
    lex = lexicon()
    people = []
    places = [(s, e) for s, e, label in candidates if label == "LOC"]
    for _start, end, label in candidates:
        gap = lex.name_gap.match(source, end) if label == "RANK" else None
        if gap:
            run = _capitalised_run(source, gap.end())
            if run:
                people.append((*run, "PER"))
    for titles in lex.academic.finditer(source):
        if source[titles.end():titles.end() + 1] == " ":
            run = _capitalised_run(source, titles.end() + 1)
            if run and " " in source[run[0]:run[1]]:
                people.append((*run, "PER"))
    people += _opened_names(source, candidates)
    for start in _family_name_starts(source):
        if (_follows_capitalised_word(source, start) and not _after_place(source, start)
                and not _after_unlisted_place(source, start) and not _after_own_city(source, start, places)
                ) or _after_academic_title(source, start):
            continue
        if place_then_name(source, start) is not None:
            continue  # 'huyện Văn Lãng Triệu Văn Nhất' opens with the place: the name is found at 'Triệu'
        run = _capitalised_run(source, start)
        if run and " " in source[run[0]:run[1]]:
            people.append((*run, "PER"))
    return _before_offices(source, people, candidates)


def _before_offices(source: str, people: list[tuple[int, int, str]],
                    candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each name cut before an office or rank that opens inside its capitalised run: a commune's page writes the
    office right after the name with no punctuation, its first word capitalised ('Đồng chí: Đinh Văn Thoại Bí Thư
    Đảng ủy xã'), and the run read on into 'Bí' lost the person to the office (set 16: 1025). A cut leaving one
    syllable is no name."""
    offices = sorted(start for start, _end, label in candidates if label in ("POSITION", "RANK"))
    cut = []
    for start, end, label in people:
        inside = next((o for o in offices if start < o < end), None)
        if inside is not None:
            end = inside - 1 if source[inside - 1:inside] == " " else inside
            if " " not in source[start:end]:
                continue
        cut.append((start, end, label))
    return cut


# What joins a name to the rank or office written right after it: a comma, a dash, a table's bar.
_TO_OFFICE = re.compile(r" ?[,|:\-–—] ?")
# Where a member of a colon list opens: after its colon or a semicolon.
_LIST_MEMBER = re.compile(r"(?<=[:;]) (?=[^\W\d_])")


def _opened_names(source: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names whose family name may be in no list, read by the grammar around them: a run of 2-4 capitalised
    syllables after a word that opens a name ('bà Pả Thị Hiên', 'Đồng chí Moong Văn Tình'; persons.yml
    `name_openers`), a run of three or four whose second syllable is a middle name ('Văn', 'Thị') followed by
    a rank or an office ('Ông Thị Hằng | Trung tá | …'), and a member of a colon list followed by its office. A run that opens with an office, a rank, an organisation
    or a place is not a name ('đồng chí Phó Chủ tịch', 'ông Bộ CHQS'), nor one that holds a place ('Bà Mẹ Việt Nam
    Anh hùng')."""
    lex = lexicon()
    taken = {start for start, _end, label in candidates if label in ("POSITION", "RANK", "ORG", "LOC")}
    ranked_or_office = {start for start, _end, label in candidates if label in ("POSITION", "RANK")}
    found = []

    def name_like(run: tuple[int, int] | None) -> bool:
        # A unit's head opening the run is no name ('các đồng chí Ban Thường vụ Huyện ủy': dev 221).
        return bool(run) and " " in source[run[0]:run[1]] and run[0] not in taken and not any(
            run[0] <= s < run[1] for s in taken) and not org_tail_rules().heads.match(source, run[0])

    for opener in lex.name_opener.finditer(source):
        run = _capitalised_run(source, opener.end())
        if name_like(run):
            found.append((*run, "PER"))
    # 'các đồng chí: Ksor Y-Ủy viên …; Rơ Châm Z-Phó Chủ tịch UBND tỉnh': each member of a colon list, when an
    # office or a rank follows it at once (Central Highlands names; Báo Gia Lai; session 9).
    for member in _LIST_MEMBER.finditer(source):
        run = _capitalised_run(source, member.end())
        joiner = _TO_OFFICE.match(source, run[1]) if run else None
        if joiner and joiner.end() in ranked_or_office and name_like(run):
            found.append((*run, "PER"))
    for middle in lex.name_middles:
        for at in _occurrences(source, f" {middle} "):
            family = source.rfind(" ", 0, at) + 1
            if lexicon().academic_one.fullmatch(source, family, at):
                continue  # 'TS Văn Đức Hạnh': the title is no family name; the next middle name opens the run
            run = _capitalised_run(source, family)
            joiner = _TO_OFFICE.match(source, run[1]) if run else None
            if (run and run[1] > at + len(middle) + 2 and len(source[run[0]:run[1]].split()) >= 3 and joiner
                    and joiner.end() in ranked_or_office and name_like(run)
                    and not _follows_capitalised_word(source, family)):
                found.append((*run, "PER"))
    return found


def _occurrences(source: str, text: str) -> Iterator[int]:
    """Every start of ``text`` in ``source``."""
    start = source.find(text)
    while start >= 0:
        yield start
        start = source.find(text, start + 1)


def _family_name_starts(source: str) -> list[int]:
    """Where a syllable (a whole run of letters, as ``_SYLLABLE`` finds them) is a family name, in order.

    Looping over every syllable in Python was the cost; instead the family names the text contains are
    found with one ``findall`` and a set intersection, then located with ``str.find`` and the same
    whole-run test (no letter right before or right after)."""
    return sorted(start for name in lexicon().family_names.intersection(_SYLLABLE.findall(source))
                  for start in _standalone_occurrences(source, name, _SYLLABLE_CHAR))


def _standalone_occurrences(source: str, name: str, joining: re.Pattern) -> Iterator[int]:
    r"""Every start of ``name`` in ``source`` with no ``joining`` character right before or right after it
    (the boundary test of a regex such as ``(?<!\w)name(?!\w)``, done by hand around ``str.find``)."""
    start = source.find(name)
    while start >= 0:
        if (start == 0 or not joining.match(source, start - 1)) and not joining.match(source, start + len(name)):
            yield start
        start = source.find(name, start + 1)


class _NameFinder:
    """Where a text writes one of ``names`` as whole words: the matches of
    ``(?<!\\w)(?:name1|name2|...)(?!\\w)`` with the names longest first.

    Compiling that pattern took more time than using it, and it is different for every article; searching
    the text once per name made an article's time grow with its length times its number of names. The regex
    scans left to right, takes at each position the first (so the longest) name that fits between word
    boundaries, and goes on after it. This does the same in one scan: only a position with no word character
    before it and the first character of some name can open a match, and there each length a name with that
    first character has is tried, longest first, as one set lookup. Built once per article, used on the text
    and on every caption."""

    def __init__(self, names: set[str]) -> None:
        self.by_first: dict[str, set[str]] = {}
        for name in names:
            if name:
                self.by_first.setdefault(name[0], set()).add(name)
        self.lengths = {first: sorted({len(name) for name in group}, reverse=True)
                        for first, group in self.by_first.items()}
        self.opening = re.compile(r"(?<!\w)[" + "".join(re.escape(first) for first in sorted(self.by_first)) + "]"
                                  ) if self.by_first else None

    def occurrences(self, source: str) -> list[tuple[int, int]]:
        if self.opening is None:
            return []
        found: list[tuple[int, int]] = []
        last_end = 0
        for match in self.opening.finditer(source):
            start = match.start()
            if start < last_end:
                continue  # matches do not overlap: the scan resumes after the previous one
            group = self.by_first[source[start]]
            for length in self.lengths[source[start]]:
                end = start + length
                if end <= len(source) and source[start:end] in group and not _WORD_CHAR.match(source, end):
                    found.append((start, end))
                    last_end = end
                    break
        return found


def _name_occurrences(source: str, names: set[str]) -> list[tuple[int, int]]:
    """The whole-word occurrences of ``names`` in ``source`` (see _NameFinder)."""
    return _NameFinder(names).occurrences(source)
