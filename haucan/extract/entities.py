"""Rule- and gazetteer-based entity extractor: ``Article -> tuple[Span, ...]`` over the text and the captions.

Order of work: candidate spans per label (regexes from the data files), then person names anchored on
ranks, positions and family names, propagated to every later occurrence in the article, then one overlap
resolution that keeps allowed nestings (ORG in POSITION or ORG, DATE in DOC_REF) and drops the rest by
label priority.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from haucan.extract.lexicon import LOWER, lexicon
from haucan.extract.names import _NameFinder, _person_spans
from haucan.extract.org_spans import org_spans, unlisted_place
from haucan.extract.org_tail import tail_end
from haucan.extract.org_tail_words import old_place_end
from haucan.extract.overlaps import resolve
from haucan.extract.parent_units import before_parent_dash
from haucan.gold import Span
from haucan.records import Article
from haucan.regex_prefilter import finditer as prefiltered

NAME = "entities"
VERSION = "1.1.0"
EXTRACTOR = f"{NAME}@{VERSION}"

_SPACE = re.compile(" ")
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
    # ``prefiltered``: exactly ``finditer``, each lexicon's alternation tried only where one of its words can
    # begin (haucan/regex_prefilter.py): 1.2-2.8x on these, measured (benchmarks/RESULTS.md, perf14).
    found = [(m.start(), m.end(), "RANK") for m in prefiltered(lex.rank, source)]
    found += [(m.start(), m.end(), "POSITION") for m in prefiltered(lex.position, source)]
    found += [(m.start(), m.end(), "LOC") for m in lex.place.finditer(source)]
    found += [(m.start(), m.end(), "PER") for m in prefiltered(lex.known_persons, source)]
    found += [(m.start(), m.end(), "DOC_REF") for m in prefiltered(lex.doc_ref, source)]
    found += [(m.start(), m.end(), "PERIOD") for m in _PERIOD.finditer(source)]
    for m in _DATE_DMY.finditer(source):
        day, month = int(m.group("d")), int(m.group("m"))
        if 1 <= day <= 31 and 1 <= month <= 12:
            found.append((m.start(), m.end(), "DATE"))
    found += [(m.start(), m.end(), "DATE") for m in prefiltered(_DATE_YEAR, source)]
    found += org_spans(source)
    return _with_position_complements(source, found)


# After 'tỉnh'/'huyện' closing a title, what shows that no place name follows: punctuation, the end, or a
# lower-case word ('Trưởng phòng Hậu cần Công an tỉnh chủ trì': the article's own province).
# A level word closing an office alone: before punctuation, a lower-case word or a bracketed aside ('Chỉ huy trưởng
# Ban Chỉ huy Quân sự xã (được điều động từ …)'; set 19: 1146).
_LOCAL_ALONE = re.compile(r"[,.;:)]|$| " + LOWER + r"| \(")
# 'và' before the last field of a name that lists them ('Sở Khoa học' + ' và Công nghệ').
_FIELD_AND = re.compile(r" và [A-ZĐ]")
# A board's title, which names its event after it in lower case (organizations.yml board_events).
_BOARD_END = re.compile(r"(?i:ban|chỉ đạo|tổ chức|thường trực)$")
# Between a unit and its parent: a comma, or a slash ('Cục Hậu cần/Quân đoàn 4', 'Cục Xe máy - Vận tải/TCHC-KT').
_PARENT_JOINER = re.compile(r", |/")
# A ministry ('Bộ Quốc phòng', 'Bộ Công an'), the top of every chain of parent units; not 'Bộ Tư lệnh', 'Bộ Chỉ huy',
# 'Bộ Tổng Tham mưu' (session 9, set 4: 845).
_MINISTRY = re.compile(r"Bộ (?!Tư lệnh|Chỉ huy|CHQS|Tổng Tham mưu|Tham mưu|đội|Quốc phòng - )[A-ZĐ]")
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
        title_end = end
        # 'Trưởng phòng Xe máy - Vận tải': a title may take organisation words without a head noun.
        words = name_words.match(source, end + 1) if label == "POSITION" and source[end:end + 1] == " " else None
        if words and end + 1 not in org_end_by_start and not ((head := lexicon().bare_head.match(source, end)) and head.end() > words.end()):
            end = words.end()  # not ' Quân y' of ' Quân y viện', a head opening with name words (set 11: 783)
        named = lexicon().named_after_head.match(source, end) if label == "POSITION" else None
        bare = lexicon().bare_head.match(source, end) if label == "POSITION" else None
        if named and (end + 1 not in org_end_by_start or (  # 'Sở Khoa học' + ' và Công nghệ'
                _FIELD_AND.search(source, org_end_by_start[end + 1], named.end()) and named.end() > org_end_by_start[end + 1])):
            end = named.end()  # 'Cục trưởng Cục Quản lý trang bị và kho vận', 'Chủ tịch Hội CCB tỉnh Hà Nam'
        elif bare and end + 1 not in org_end_by_start:
            end = bare.end()
        board = lexicon().board_tail.match(source, end) if label == "POSITION" and _BOARD_END.search(
            source, start, end) else None
        if board and end + 1 not in org_end_by_start:
            end = board.end()  # 'Trưởng ban Chỉ đạo' + ' hội thao', 'Trưởng ban' + ' bảo đảm hậu cần diễn tập'
        local = lexicon().org_local_suffix.match(source, end) if label == "POSITION" else None
        place = local and (lexicon().place.match(source, local.end()) or unlisted_place(source, local.end()))
        if place and end + 1 not in org_end_by_start:
            end = place.end()  # 'Trưởng Công an xã Phố Bảng'
        elif local and not place and (_LOCAL_ALONE.match(source, local.end() - (source[local.end() - 1] == " "))
                                      or lexicon().org_local_place.match(source, local.end())):
            end = local.end() - (source[local.end() - 1] == " ")  # 'Trưởng ban Chỉ đạo diễn tập huyện chủ trì'
        # 'Phó Tham mưu trưởng của Cảnh sát biển Việt Nam' (national dailies): 'của' joins a bare title to its unit.
        joined = end + 5 if source[end:end + 5] == " của " else end + 1 if source[end:end + 1] == " " else None
        if label == "POSITION" and joined in org_end_by_start:
            end = _parents(source, org_end_by_start[joined], org_end_by_start)
            if unit := lexicon().bare_head.match(source, end):
                end = unit.end()  # 'Cục trưởng Cục hậu cần' + ' Quân khu': the unit named by its head alone
        if label == "POSITION" and (tail := _grammar_tail(source, start, title_end, end, org_end_by_start)) > end:
            end = tail  # the grammar read further than the lists of words (a parent unit after it stays out)
            end = _local_after(source, end)  # 'nhân viên quân y Bệnh xá' + ' đặc khu' (set 18: 1124)
            if _BOARD_END.search(source, start, end) and (board := lexicon().board_tail.match(source, end)):
                end = board.end()  # '… Tiểu ban Tuyên truyền Ban Chỉ đạo' + ' diễn tập' (set 9: 081)
                if (local := lexicon().org_local_suffix.match(source, end)) and _LOCAL_ALONE.match(
                        source, local.end() - (source[local.end() - 1] == " ")):
                    end = local.end() - (source[local.end() - 1] == " ")  # + ' huyện' before a verb or punctuation
        if label == "POSITION":
            end = before_parent_dash(source, title_end, end)  # '… Hậu cần' + '-Công an tỉnh X': its parent unit
            end = old_place_end(source, end)  # '… tỉnh Bình Phước' + ' (cũ)': the office as written (set 12: 897)
        extended.append((start, end, label))
    return extended


def _local_after(source: str, end: int) -> int:
    """``end`` carried over a level word closing a unit the grammar read ('Bệnh xá' + ' đặc khu', 'Trạm Y tế' + ' xã
    Phú Hữu'): with the place it names, or alone before punctuation or a lower-case word (the page's own place)."""
    if not (local := lexicon().org_local_suffix.match(source, end)):
        return end
    if place := lexicon().place.match(source, local.end()) or unlisted_place(source, local.end()):
        return place.end()
    back = source[local.end() - 1] == " "
    return local.end() - back if _LOCAL_ALONE.match(source, local.end() - back) else end


def _parents(source: str, end: int, org_end_by_start: dict[int, int]) -> int:
    """``end`` carried over the comma- or slash-joined parent units written after a unit (MAX_PARENT_UNITS)."""
    parents, unit_start = 0, max((s for s, e in org_end_by_start.items() if e == end), default=end)
    while parents < MAX_PARENT_UNITS and (joiner := _PARENT_JOINER.match(source, end)) and joiner.end() in org_end_by_start:
        if _MINISTRY.match(source, unit_start):
            break  # a ministry has no parent unit: 'của Bộ trưởng Bộ Quốc phòng, Tổng cục … có' opens a clause
        unit_start, end = joiner.end(), org_end_by_start[joiner.end()]
        parents += 1
    return end


def _grammar_tail(source: str, start: int, title_end: int, end: int, org_end_by_start: dict[int, int]) -> int:
    """The organisation tail read by its grammar (haucan/extract/org_tail.py) from the title's own end, carried
    to the end of any organisation span that opens inside it and reaches further ('… Bộ CHQS' + ' tỉnh Lào Cai')."""
    tail = tail_end(source, title_end, source[start:title_end])
    reach = [e for s, e in org_end_by_start.items() if title_end < s < tail < e] if tail > end else []
    return max([tail, *reach])


def _names_over_countries(source: str, candidates: list[tuple[int, int, str]],
                          people: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The candidates without a one-word place inside a person's name: 'Mỹ' in 'Võ Thị Mỹ Tiên', 'Nga' in 'Nguyễn
    Thị Nga' are given names, and a place outranks a name in the overlap resolution (the person was lost, with
    her offices and party roles; round 8, dev 637, 645)."""
    ranked = {end + 1 for _start, end, label in candidates if label == "RANK" and source[end:end + 1] == " "}
    # A place of several words opening a name right after a rank is the name's start ('Thiếu tướng Hàn Quốc Đoan':
    # 'Hàn Quốc' is Korea; session 9, set 4: 718).
    inside = {(start, end) for start, end, label in candidates if label == "LOC" and (
        " " not in source[start:end] or start in ranked)
              and any(s <= start and end <= e and e - s > end - start for s, e, _ in people)}
    return [c for c in candidates if (c[0], c[1]) not in inside or c[2] != "LOC"] if inside else candidates


def _named_after(source: str, span: tuple) -> bool:
    """Whether the name ``span`` is part of what is named after a person ('Chiến dịch Hồ Chí Minh', 'Khu di tích Chủ
    tịch Hồ Chí Minh'; persons.yml `named_after`), or the first words of a mass body's name that goes on past it ('Đoàn
    Thanh' of 'Đoàn Thanh niên phường', set 10: 663): then it is no person of the article."""
    body = lexicon().mass_body_in.match(source, span[0])
    return bool(lexicon().named_after.search(source, max(0, span[0] - 40), span[0])) or bool(body and body.end() > span[1])


def extract(article: Article) -> tuple[Span, ...]:
    """All entity spans of the article's text and captions, resolved, in (field, start) order."""
    per_field: list[tuple[str, int | None, str, list[tuple[int, int, str]]]] = []
    names: set[str] = set()
    for field, caption_idx, source in _fields(article):
        candidates = _regex_spans(source)
        candidates = [c for c in candidates if c[2] != "PER" or not _named_after(source, c)]
        people = [p for p in _person_spans(source, candidates) if not _named_after(source, p)]
        resolved = resolve(_names_over_countries(source, candidates, people) + people)
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
