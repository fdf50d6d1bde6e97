"""Rule- and gazetteer-based entity extractor: ``Article -> tuple[Span, ...]`` over the text and the captions.

Order of work: candidate spans per label (regexes from the data files), then person names anchored on
ranks, positions and family names, propagated to every later occurrence in the article, then one overlap
resolution that keeps allowed nestings (ORG in POSITION or ORG, DATE in DOC_REF) and drops the rest by
label priority.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from haucan.extract.lexicon import lexicon
from haucan.extract.overlaps import resolve
from haucan.gold import Span
from haucan.records import Article

NAME = "entities"
VERSION = "1.1.0"
EXTRACTOR = f"{NAME}@{VERSION}"

MAX_NAME_SYLLABLES = 4
_SYLLABLE = re.compile(r"[^\W\d_]+")
_SYLLABLE_CHAR = re.compile(r"[^\W\d_]")  # one character of a _SYLLABLE
_WORD_CHAR = re.compile(r"\w")
_SPACE = re.compile(" ")  # what (?<!\w) and (?!\w) test, for the boundary checks done by hand
_DATE_DMY = re.compile(r"(?<![\w/-])(?P<d>\d{1,2})[/-](?P<m>\d{1,2})(?:[/-](?P<y>\d{4}))?(?![\w/-])")
_DATE_YEAR = re.compile(r"(?<!\w)(?:[Nn]ăm )?(?P<y>19[4-9]\d|20\d\d)(?![\w/-])")
_PERIOD = re.compile(
    r"(?<!\w)(?:(?P<months>\d+|(?i:một|hai|ba|sáu|chín)) tháng (?:(?P<part>đầu|cuối) )?năm(?: (?P<y>(?:19|20)\d\d))?"
    r"|(?i:quý) (?P<q>IV|I{1,3}|[1-4])(?:(?:/| năm )(?P<qy>(?:19|20)\d\d))?"
    r"|(?i:nhiệm kỳ|giai đoạn|năm học) (?P<a>(?:19|20)\d\d) ?[-–] ?(?P<b>(?:19|20)\d\d))(?!\w)")


def _fields(article: Article) -> Iterator[tuple[str, int | None, str]]:
    yield "text", None, article.text
    for index, caption in enumerate(article.metadata.captions):
        yield "caption", index, caption


def _span(field, caption_idx, source, start, end, label) -> Span:
    return Span(field, caption_idx, start, end, label, source[start:end])


def _regex_spans(source: str) -> list[tuple[int, int, str]]:
    """Candidates from the pattern-shaped labels."""
    lex = lexicon()
    found = [(m.start(), m.end(), "RANK") for m in lex.rank.finditer(source)]
    found += [(m.start(), m.end(), "POSITION") for m in lex.position.finditer(source)]
    found += [(m.start(), m.end(), "LOC") for m in lex.place.finditer(source)]
    found += [(m.start(), m.end(), "PER") for m in lex.known_persons.finditer(source)]
    found += [(m.start(), m.end(), "DOC_REF") for m in lex.doc_ref.finditer(source)]
    found += [(m.start(), m.end(), "PERIOD") for m in _PERIOD.finditer(source)]
    for m in _DATE_DMY.finditer(source):
        day, month = int(m.group("d")), int(m.group("m"))
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append((m.start(), m.end(), "DATE"))
    found += [(m.start(), m.end(), "DATE") for m in _DATE_YEAR.finditer(source)]
    found += _org_spans(source)
    return _with_position_complements(source, found)


MAX_PARENT_UNITS = 4
"""A title takes at most this many comma-joined parent units after its organisation ('Cục trưởng Cục Chính trị,
Tổng cục Hậu cần, Bộ Quốc phòng' has two). Without a bound, every title inside a run of thousands of
comma-joined units ('Bộ Tư lệnh Quân khu 1, Bộ Tư lệnh Quân khu 2, ...') reached to the end of the run: time
quadratic in the article's length."""


def _with_position_complements(source: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A title takes the organisation written right after it, and comma-joined parent units after that:
    'Cục trưởng' + ' Cục Chính trị' + ', Tổng cục Hậu cần'. The organisations stay as nested spans."""
    org_end_by_start: dict[int, int] = {}
    for start, end, label in spans:
        if label == "ORG":
            org_end_by_start[start] = max(end, org_end_by_start.get(start, end))
    extended = []
    name_words = lexicon().org_name_words
    for start, end, label in spans:
        # 'Trưởng phòng Xe máy - Vận tải': a title may take organisation words without a head noun.
        words = name_words.match(source, end + 1) if label == "POSITION" and source[end:end + 1] == " " else None
        if words and end + 1 not in org_end_by_start:
            end = words.end()
        bare = lexicon().bare_head.match(source, end) if label == "POSITION" else None
        if bare and end + 1 not in org_end_by_start:
            end = bare.end()
        if label == "POSITION" and source[end:end + 1] == " " and end + 1 in org_end_by_start:
            end = org_end_by_start[end + 1]
            parents = 0
            while source[end:end + 2] == ", " and end + 2 in org_end_by_start and parents < MAX_PARENT_UNITS:
                end = org_end_by_start[end + 2]
                parents += 1
        extended.append((start, end, label))
    return extended


def _org_spans(source: str) -> list[tuple[int, int, str]]:
    """Named organisations, grown into compounds: a prefix before one ('Đảng ủy Quân khu 1') or one before
    another ('Cục Hậu cần-Kỹ thuật Quân đoàn 34'). A compound keeps the trailing organisation as a nested
    span; its own head ('Cục Hậu cần-Kỹ thuật' there) is not a separate organisation."""
    lex = lexicon()
    spans = {(m.start(), m.end()) for p in (lex.org_fixed, lex.org_numbered, lex.org_headed) for m in p.finditer(source)}
    prefixes = [lex.org_prefix.match(source, m.start()) for m in lex.org_prefix_starts.finditer(source)]
    for prefix in prefixes:
        words = lex.org_name_words.match(source, prefix.end())
        if words:
            spans.add((prefix.start(), words.end()))
    # 'Bộ Chỉ huy Quân sự' + ' tỉnh ' + a place: the place completes the name; 'Tỉnh ủy' takes the place
    # right after it ('Tỉnh ủy Tây Ninh').
    for start, end in list(spans):
        suffix = lex.org_local_suffix.match(source, end)
        if source[end:end + 1] == " " and lex.org_place_named.fullmatch(source, start, end) and (
                not suffix or lex.place.match(source, end + 1)):
            suffix = _SPACE.match(source, end)  # 'UBND TP.HCM': the place itself, not the word 'TP'

        if not suffix:
            continue
        place = lex.place.match(source, suffix.end()) or (
            lex.org_local_place.match(source, suffix.end()) if source[suffix.start() + 1:suffix.start() + 2].islower()
            or source[suffix.start() + 1:suffix.start() + 3] == "TP" else None)
        if place:
            spans.add((start, place.end()))
        elif not source[suffix.end() - 1:suffix.end()].isspace():
            spans.add((start, suffix.end()))  # 'Bộ CHQS tỉnh,': the province is the one the article is about
        elif source[suffix.end():suffix.end() + 1].islower():
            spans.add((start, suffix.end() - 1))  # 'Công an tỉnh dự …'

    return [(start, end, "ORG") for start, end in _longest_compounds(source, spans, prefixes)]


MAX_ORG_PARTS = 8
"""An organisation compound joins at most this many organisations and prefixes ('Ban Thường vụ Đảng ủy' +
'Cục Hậu cần' + 'Quân khu 7' is three). Real names have at most three (seeds, held-out articles, a 300-article
generated corpus); without a bound, a run of thousands of
names joined by spaces would make thousands of nested compounds, each as long as the run: output and time
quadratic in the article's length."""


def _longest_compounds(source: str, spans: set[tuple[int, int]], prefixes: list[re.Match]) -> list[tuple[int, int]]:
    """(start, furthest end) for every start of an organisation once compounds are grown, in start order.

    Growing means: a span followed by a space and a span makes one span ('A B'), and a prefix right before a
    span makes one ('Đảng ủy A'), repeated (up to MAX_ORG_PARTS parts) until nothing new appears; of the spans
    from one start only the longest is kept. The furthest end from a start with k parts depends only on the
    furthest ends from later starts with k - 1 parts, so it is computed per start, one part count after the
    other (growing every pair of spans again and again took time quadratic in a run of organisations)."""
    ends_at: dict[int, list[int]] = {}
    for start, end in spans:
        ends_at.setdefault(start, []).append(end)
    prefix_ends_at: dict[int, list[int]] = {}
    for prefix in prefixes:
        if prefix.end() > prefix.start():
            prefix_ends_at.setdefault(prefix.start(), []).append(prefix.end())
    starts = sorted(ends_at.keys() | prefix_ends_at.keys())
    furthest: dict[int, int] = {}  # start -> furthest end with at most `parts` parts
    for parts in range(1, MAX_ORG_PARTS + 1):
        shorter, furthest = furthest, {}
        for start in starts:
            reach = list(ends_at.get(start, ()))
            if parts > 1:
                # A span's end b reaches as far as a compound from b + 1 does, when a space joins them.
                reach += [shorter[end + 1] for end in ends_at.get(start, ())
                          if source[end:end + 1] == " " and end + 1 in shorter]
                reach += [shorter[end] for end in prefix_ends_at.get(start, ()) if end in shorter]
            if reach:
                furthest[start] = max(reach)
        if furthest == shorter:
            break  # no compound grows with one more part
    return sorted(furthest.items())


def _capitalised_run(source: str, start: int, limit: int = MAX_NAME_SYLLABLES) -> tuple[int, int] | None:
    """The run of capitalised syllables from ``start``, joined by single spaces, at most ``limit`` long."""
    end, count, position = start, 0, start
    while count < limit:
        match = _SYLLABLE.match(source, position)
        if not match or not match.group(0)[0].isupper():
            break
        end, count = match.end(), count + 1
        if source[end:end + 1] != " ":
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
    return previous[:1].isupper() and not previous.endswith((":", ",", ";", ".", ")", "-", "–", "—"))


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
    for start in _family_name_starts(source):
        if _follows_capitalised_word(source, start) or _after_academic_title(source, start):
            continue
        run = _capitalised_run(source, start)
        if run and " " in source[run[0]:run[1]]:
            people.append((*run, "PER"))
    return people


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


def extract(article: Article) -> tuple[Span, ...]:
    """All entity spans of the article's text and captions, resolved, in (field, start) order."""
    per_field: list[tuple[str, int | None, str, list[tuple[int, int, str]]]] = []
    names: set[str] = set()
    for field, caption_idx, source in _fields(article):
        candidates = _regex_spans(source)
        people = _person_spans(source, candidates)
        resolved = resolve(candidates + people)
        names.update(source[s:e] for s, e, label in resolved if label == "PER")
        per_field.append((field, caption_idx, source, resolved))
    # Second pass: a name found anywhere in the article is a name wherever else it is written.
    spans: list[Span] = []
    finder = _NameFinder(names)
    for field, caption_idx, source, resolved in per_field:
        if names:
            resolved = resolve(resolved + [(start, end, "PER") for start, end in finder.occurrences(source)])
        spans.extend(_span(field, caption_idx, source, s, e, label) for s, e, label in resolved)
    return tuple(spans)
